// Opening a database and bringing its schema up to date, as one step that either gives a ready
// database or says which database could not be made ready (unreachable, refused, missing, locked,
// not migratable): a setup problem for whoever configured it, not a bug.
import type { Database, OpenOptions } from './database.ts';
import { migrate, openDatabase } from './db.ts';

export class DatabaseSetupError extends Error {
  override name = 'DatabaseSetupError';
  constructor(
    /** The database as configured, without its password. */
    readonly where: string,
    override readonly cause: unknown,
  ) {
    super(`database ${where}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  }
}

/** The URL without its password: `postgres://user@host/db`, a PGlite directory, or `memory:`. */
export function databaseLabel(url: string): string {
  return url.replace(/^(postgres(?:ql)?:\/\/[^:@/]+):[^@/]*@/i, '$1@');
}

/**
 * The database at `url`, migrated; a DatabaseSetupError when it cannot be opened or migrated.
 * `onOpened` sees it before the migrations run (the health check watches it from then on).
 */
export async function openMigrated(url: string, options: OpenOptions = {}, onOpened?: (database: Database) => void): Promise<Database> {
  let database: Database;
  try {
    database = await openDatabase(url, options);
  } catch (error) {
    throw new DatabaseSetupError(databaseLabel(url), error);
  }
  onOpened?.(database);
  try {
    // PostgreSQL connects lazily: an unreachable server or a missing database shows here.
    await migrate(database);
  } catch (error) {
    await database.close();
    throw new DatabaseSetupError(databaseLabel(url), error);
  }
  return database;
}
