// What every `rma-desk` command shares: the validated environment, the logger, common options.
import { Option } from 'commander';
import type { Logger } from 'pino';
import { type Env } from '../config/config.ts';
import type { Db } from '../store/database.ts';
import { openMigrated } from '../store/databaseSetup.ts';

export interface CommandContext {
  env: Env;
  log: Logger;
}

export const dbOption = () =>
  new Option('--db <url>', 'database: postgres://…, memory:, or a PGlite directory (default DATABASE_URL or .rma-desk/pglite)');
export const policyOption = () => new Option('--policy <file>', 'policy overrides, JSON or YAML (default POLICY_FILE)');

/** Opens and migrates the database for one command, and closes it afterwards. */
export async function withDatabase<T>(url: string, use: (db: Db) => Promise<T>): Promise<T> {
  const database = await openMigrated(url);
  try {
    return await use(database.db);
  } finally {
    await database.close();
  }
}
