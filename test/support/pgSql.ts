// A small tagged-template client over node-postgres for the tests' and the bench's own look at a
// PostgreSQL server (create and drop databases, count rows), kept apart from the app's pool.
// Lost connections (a server restarted by a fault test) fail the query in hand, never the process.
import pg from 'pg';

type Rows = readonly unknown[];

export interface PgSql {
  <T extends Rows = Array<Record<string, unknown>>>(strings: TemplateStringsArray, ...values: unknown[]): Promise<T>;
  unsafe<T extends Rows = Array<Record<string, unknown>>>(text: string, params?: unknown[]): Promise<T>;
  end(): Promise<void>;
}

/** A pool whose lost connections fail only the query in hand (they are dropped, and the next query opens another). */
export function quietPool(url: string, options: { max?: number; connectTimeoutSeconds?: number } = {}): pg.Pool {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.max ?? 1,
    connectionTimeoutMillis: (options.connectTimeoutSeconds ?? 10) * 1000,
  });
  const ignore = () => {};
  pool.on('error', ignore);
  pool.on('connect', (client) => client.on('error', ignore));
  return pool;
}

export function pgSql(url: string, options: { max?: number; connectTimeoutSeconds?: number } = {}): PgSql {
  const pool = quietPool(url, options);
  const unsafe = async <T extends Rows>(text: string, params: unknown[] = []) => (await pool.query(text, params)).rows as unknown as T;
  const sql = <T extends Rows>(strings: TemplateStringsArray, ...values: unknown[]) =>
    unsafe<T>(
      strings.reduce((text, part, i) => `${text}$${i}${part}`),
      values,
    );
  return Object.assign(sql, { unsafe, end: () => pool.end() }) as PgSql;
}
