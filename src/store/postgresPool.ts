// PostgreSQL through node-postgres. Every pooled connection gets an error listener of its own: a
// connection that dies while checked out (a server restart in the middle of a transaction) must fail
// that transaction, not crash the process with an unhandled 'error' event; the pool then drops it
// and opens a fresh one for the next query.
import pg from 'pg';
import { drizzle } from 'drizzle-orm/node-postgres';
import { END_LEASE_SQL, fenceSession, holdLease } from './roleLease.ts';
import * as schema from './schema.ts';
import type { Database, Db, OpenOptions } from './database.ts';

const POOL_SIZE = 10;
const CONNECT_TIMEOUT_MS = 10_000;
const KEEPALIVE_DELAY_MS = 10_000;

// pg-pool uses one setting, connectionTimeoutMillis, both for opening a connection and for waiting for
// a free one. A burst of events (Slack acknowledges before handling) may wait in the pool's queue
// longer than a connection may take to open, and must not be dropped for it: the pool waits without
// a limit, and each new connection carries its own connect timeout.
// TCP keepalive too: a connection whose peer vanished without a word (a silent network partition)
// is found dead by the kernel instead of waiting forever. It takes minutes (the system's probe
// interval and count); leadership.ts's lease bounds the one connection that cannot wait that long.
class TimedClient extends pg.Client {
  constructor(config: pg.ClientConfig = {}) {
    super({ ...config, connectionTimeoutMillis: CONNECT_TIMEOUT_MS, keepAlive: true, keepAliveInitialDelayMillis: KEEPALIVE_DELAY_MS });
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
    let leasedBy: string | null = null;
    /** The lease as last taken or renewed: [holder, expiry]. */
    let lease: [string, string] | null = null;
    let done = false;
    // A connection that held a lease carries its session settings: it never goes back to the pool.
    const giveBack = (error?: Error) => {
      if (done) return;
      done = true;
      client.release(error ?? leasedBy !== null);
    };
    return {
      lost,
      lease: async (holder: string, ms: number) => {
        if (leasedBy === null) await fenceSession(client, ms);
        leasedBy = holder;
        const result = await holdLease(client, key, holder, ms);
        if ('waitMs' in result) return result.waitMs;
        lease = [holder, result.until];
        return 0;
      },
      abandon: () => giveBack(new Error('lock connection abandoned: the server stopped answering')),
      release: async () => {
        try {
          if (lease) await client.query(END_LEASE_SQL, [key, ...lease]);
          await client.query('select pg_advisory_unlock(hashtext($1))', [key]);
          giveBack();
        } catch (error) {
          // The connection is gone, and the lock with it. The role stopped: end the lease on another
          // connection if the database answers, so that the next holder need not wait it out.
          giveBack(error as Error);
          if (lease)
            await pool
              .query({ text: END_LEASE_SQL, values: [key, ...lease], query_timeout: CONNECT_TIMEOUT_MS } as pg.QueryConfig)
              .catch(() => undefined);
        }
      },
    };
  };

  return { db, kind: 'postgres', where: redact(url), tryLock, close: () => pool.end() };
}
