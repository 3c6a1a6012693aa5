// The database handle's types, shared by the opener (db.ts), the PostgreSQL pool and every query module,
// so that neither opener imports the other for its types.
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type * as schema from './schema.ts';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
/** A query runs on the database or inside a transaction. */
export type Q = Db | Tx;

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** Where the data lives, without credentials: for logs and the start banner. */
  where: string;
  /**
   * Takes a lock that lasts until released or until this process's connection ends (a crash
   * releases it): one holder per key across every process on the database. Null when held elsewhere.
   */
  tryLock(key: string): Promise<HeldLock | null>;
  close(): Promise<void>;
}

export interface HeldLock {
  release(): Promise<void>;
  /** Resolves if the lock is lost without a release: its connection died (a server restart). */
  lost: Promise<void>;
  /**
   * Takes or renews the lock's lease for `holder`, `ms` from now on the database's clock, on the
   * lock's own connection (src/store/roleLease.ts). 0 once held, else how many milliseconds the
   * previous holder's lease still runs. A release ends the lease.
   */
  lease(holder: string, ms: number): Promise<number>;
  /** Drops the lock's connection without a word to the server: for one that stopped answering. */
  abandon(): void;
}

export interface OpenOptions {
  /** Told of a connection the pool lost (a server restart, a network cut); the pool opens a new one. */
  onConnectionError?: ((error: Error) => void) | undefined;
}
