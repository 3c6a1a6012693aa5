// Part 1: whole cases through the CaseService (the machine, drizzle, one transaction per event), on a
// fresh database, after a short warm-up that is not counted.
import { EVENTS_PER_CASE } from './caseScript.ts';
import { driveCases, type DriveResult, type EventRunner } from './caseDriver.ts';
import { freshBenchDatabase, type DbKind } from './databases.ts';
import { loadOrders, openBenchApp } from './benchApp.ts';
import { phase } from './progress.ts';

export interface CaseRunOptions {
  kind: DbKind;
  customers: number;
  concurrency: number;
  timeLimitMs: number;
}

/** Customers the warm-up runs before the measured ones (the JIT, the pool, the caches). */
export function warmupCustomers(customers: number, concurrency: number): number {
  return Math.min(customers, Math.max(20, 2 * concurrency));
}

export async function runCaseEvents(options: CaseRunOptions): Promise<DriveResult> {
  const { kind, customers, concurrency } = options;
  const warmup = warmupCustomers(customers, concurrency);
  const database = await freshBenchDatabase(kind, `cases_c${concurrency}`);
  try {
    const app = await openBenchApp(database.url);
    try {
      await loadOrders(app, customers + warmup);
      const execute: EventRunner = async (step, _i, _index, ref) => {
        const result = await app.service.handle(step.inbound(ref));
        return { ref: result.caseRef, ok: result.ok, error: result.error };
      };
      await driveCases({ run: 'w', from: customers, customers: warmup, concurrency, execute, timeLimitMs: options.timeLimitMs });
      const bar = phase(`rma-desk   ${kind} c=${concurrency}`, customers * EVENTS_PER_CASE, 'events');
      try {
        return await driveCases({
          run: 'm',
          from: 0,
          customers,
          concurrency,
          execute,
          onCaseDone: () => bar.increment(EVENTS_PER_CASE),
          timeLimitMs: options.timeLimitMs,
        });
      } finally {
        bar.stop();
      }
    } finally {
      await app.close();
    }
  } finally {
    await database.drop();
  }
}
