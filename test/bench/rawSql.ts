// Plain SQL through the driver the app uses for that database (node-postgres, or PGlite itself), with
// no ORM in between: the baseline's way to the data.
import { quietPool } from '../support/pgSql.ts';
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
    const pool = quietPool(url, { max: 10 });
    const on = (client: Pick<typeof pool, 'query'>): RawQuery => ({
      query: async (text, params = []) => (await client.query<Row>(text, params)).rows,
    });
    return {
      ...on(pool),
      // As drizzle's node-postgres session does: begin, the work, commit (or rollback) on one connection.
      transaction: async <T>(work: (tx: RawQuery) => Promise<T>) => {
        const client = await pool.connect();
        try {
          await client.query('begin');
          const result = await work(on(client));
          await client.query('commit');
          return result;
        } catch (error) {
          await client.query('rollback').catch(() => {});
          throw error;
        } finally {
          client.release();
        }
      },
      close: () => pool.end(),
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
