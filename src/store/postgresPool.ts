// PostgreSQL through node-postgres. Every pooled connection gets an error listener of its own: a
// connection that dies while checked out (a server restart in the middle of a transaction) must fail
// that transaction, not crash the process with an unhandled 'error' event; the pool then drops it
// and opens a fresh one for the next query.
import pg from 'pg';
import { drizzle } from 'drizzle-orm/node-postgres';
import * as schema from './schema.ts';
import type { Database, Db, OpenOptions } from './database.ts';

const POOL_SIZE = 10;
const CONNECT_TIMEOUT_MS = 10_000;

// pg-pool uses one setting, connectionTimeoutMillis, both for opening a connection and for waiting for
// a free one. A burst of events (Slack acknowledges before handling) may wait in the pool's queue
// longer than a connection may take to open, and must not be dropped for it: the pool waits without
// a limit, and each new connection carries its own connect timeout.
class TimedClient extends pg.Client {
  constructor(config: pg.ClientConfig = {}) {
    super({ ...config, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  }
}

function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+)(:[^@/]*)?@/, (_m, user: string) => `//${user}@`);
}

export function openPostgres(url: string, options: OpenOptions = {}): Database {
  const report = (error: Error) => options.onConnectionError?.(error);
  const pool = new pg.Pool({ connectionString: url, max: POOL_SIZE, connectionTimeoutMillis: 0, Client: TimedClient });
  pool.on('error', report); // an idle connection lost
  pool.on('connect', (client) => {
    client.on('error', report); // a checked-out connection lost
    client.on('notice', () => {});
  });
  const db = drizzle(pool, { schema }) as unknown as Db;

  const tryLock = async (key: string) => {
    // A session lock lives on one connection: hold it out of the pool for as long as the lock.
    const client = await pool.connect();
    let locked = false;
    try {
      const result = await client.query<{ locked: boolean }>('select pg_try_advisory_lock(hashtext($1)) as locked', [key]);
      locked = result.rows[0]?.locked === true;
    } catch (error) {
      client.release(error as Error);
      throw error;
    }
    if (!locked) {
      client.release();
      return null;
    }
    let markLost = () => {};
    const lost = new Promise<void>((resolve) => (markLost = resolve));
    client.once('error', () => markLost());
    client.once('end', () => markLost());
    return {
      lost,
      release: async () => {
        try {
          await client.query('select pg_advisory_unlock(hashtext($1))', [key]);
          client.release();
        } catch (error) {
          // The connection is gone, and the lock with it.
          client.release(error as Error);
        }
      },
    };
  };

  return { db, kind: 'postgres', where: redact(url), tryLock, close: () => pool.end() };
}
