// Wires the parts together: database (migrated), order source, policy, the case service, the system
// events, the outbox and the case queries, and the Desk the adapters are given.
import type { Logger } from 'pino';
import type { EvidenceStore } from './evidence/storage.ts';
import type { Policy } from './policy/policy.ts';
import { CaseQueries } from './service/caseQueries.ts';
import { CaseService } from './service/caseService.ts';
import type { Desk } from './service/desk.ts';
import { caseDocuments } from './service/documents.ts';
import { mailLedger } from './service/mailLedger.ts';
import { Outbox } from './service/outbox.ts';
import { SystemEvents } from './service/systemEvents.ts';
import { openMigrated } from './store/databaseSetup.ts';
import type { Database } from './store/database.ts';
import { TableOrderSource } from './store/orderStore.ts';

export interface App {
  database: Database;
  service: CaseService;
  systemEvents: SystemEvents;
  outbox: Outbox;
  queries: CaseQueries;
  desk: Desk;
  close(): Promise<void>;
}

export interface AppOptions {
  databaseUrl: string;
  policy: Policy;
  log?: Logger | undefined;
  /** The evidence vault's store, for the photo previews that go with staff messages. */
  evidenceStore?: EvidenceStore | undefined;
  /** The outbox's clock (leases, retry times); the system clock by default. */
  now?: (() => Date) | undefined;
  /** Told once the database is open, before it is migrated (for /readyz). */
  onOpened?: ((database: Database) => void) | undefined;
}

export async function openApp(options: AppOptions): Promise<App> {
  const { log } = options;
  const database = await openMigrated(
    options.databaseUrl,
    { onConnectionError: (error) => log?.warn({ err: error }, 'lost a database connection; the next query opens a new one') },
    options.onOpened,
  );
  const db = database.db;
  const service = new CaseService({ db, orders: new TableOrderSource(db), policy: options.policy, log });
  let recording = 0;
  const outbox = new Outbox({
    db,
    recording: () => recording,
    documents: caseDocuments({ db, evidenceStore: options.evidenceStore, log }),
    log,
    ...(options.now ? { now: options.now } : {}),
  });
  const queries = new CaseQueries(db);
  const systemEvents = new SystemEvents({ db, log });
  const desk: Desk = {
    handle: async (inbound) => {
      recording++;
      try {
        return await service.handle(inbound);
      } finally {
        recording--;
      }
    },
    admit: (platform, user, at) => service.limits.admit(platform, user, at),
    deliver: (messages, delivery) => outbox.deliverNow(messages, delivery),
    cases: queries,
    fireDueTimers: (now, limit) => systemEvents.fireDueTimers(now, limit),
    mail: mailLedger(db),
  };
  return { database, service, systemEvents, outbox, queries, desk, close: () => database.close() };
}
