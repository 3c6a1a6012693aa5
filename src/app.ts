// Wires the parts together: database (migrated), order source, policy, case service.
import type { Logger } from 'pino';
import type { EvidenceStore } from './evidence/storage.ts';
import type { Policy } from './policy/policy.ts';
import { CaseService } from './service/caseService.ts';
import type { Database } from './store/database.ts';
import { migrate, openDatabase } from './store/db.ts';
import { TableOrderSource } from './store/orderStore.ts';

export interface App {
  database: Database;
  service: CaseService;
  close(): Promise<void>;
}

export interface AppOptions {
  databaseUrl: string;
  policy: Policy;
  isStaff: (platform: string, user: string) => boolean | Promise<boolean>;
  log?: Logger | undefined;
  /** The evidence vault's store, for the photo previews that go with staff messages. */
  evidenceStore?: EvidenceStore | undefined;
}

export async function openApp(options: AppOptions): Promise<App> {
  const database = await openDatabase(options.databaseUrl, {
    onConnectionError: (error) => options.log?.warn({ err: error }, 'lost a database connection; the next query opens a new one'),
  });
  try {
    await migrate(database);
  } catch (error) {
    await database.close();
    throw error;
  }
  const service = new CaseService({
    db: database.db,
    orders: new TableOrderSource(database.db),
    policy: options.policy,
    isStaff: options.isStaff,
    log: options.log,
    evidenceStore: options.evidenceStore,
  });
  return { database, service, close: () => database.close() };
}
