// Plain SQL through the driver the app uses for that database (postgres.js, or PGlite itself), with
// no ORM in between: the baseline's way to the data.
import type { Sql } from 'postgres';
import type { DbKind } from './databases.ts';

export type Row = Record<string, unknown>;

export interface RawQuery {
  query(text: string, params?: unknown[]): Promise<Row[]>;
}

export interface RawSql extends RawQuery {
  transaction<T>(work: (tx: RawQuery) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Opens `url` the way `openDatabase` does (same pool size for PostgreSQL); the schema must exist. */
export async function openRawSql(kind: DbKind, url: string): Promise<RawSql> {
  if (kind === 'postgres') {
    const { default: postgres } = await import('postgres');
    const sql = postgres(url, { max: 10, onnotice: () => {}, connect_timeout: 10 });
    // Named prepared statements, as postgres.js does for its own tagged templates.
    const on = (client: Pick<Sql, 'unsafe'>): RawQuery => ({
      query: async (text, params = []) => (await client.unsafe(text, params as never[], { prepare: true })) as unknown as Row[],
    });
    return {
      ...on(sql),
      transaction: async <T>(work: (tx: RawQuery) => Promise<T>) => (await sql.begin((tx) => work(on(tx)))) as T,
      close: () => sql.end({ timeout: 5 }),
    };
  }
  const { PGlite } = await import('@electric-sql/pglite');
  const pg = new PGlite(url);
  await pg.waitReady;
  return {
    query: async (text, params = []) => (await pg.query<Row>(text, params)).rows,
    transaction: (work) => pg.transaction((tx) => work({ query: async (text, params = []) => (await tx.query<Row>(text, params)).rows })),
    close: () => pg.close(),
  };
}
