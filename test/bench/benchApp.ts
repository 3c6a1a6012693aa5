// The application as the bot runs it (migrated database, order table, case service), with the bench
// staff, no logging, and the orders of the simulated customers loaded.
import { openApp, type App } from '../../src/app.ts';
import { DEFAULT_POLICY } from '../../src/policy/policy.ts';
import { upsertOrderItems } from '../../src/store/orderStore.ts';
import { orderFor } from './caseScript.ts';

export async function openBenchApp(url: string): Promise<App> {
  return openApp({ databaseUrl: url, policy: DEFAULT_POLICY });
}

/** Orders for customers `0 … count - 1`, in batches. */
export async function loadOrders(app: App, count: number): Promise<void> {
  const batch = 5_000;
  for (let from = 0; from < count; from += batch) {
    const items = Array.from({ length: Math.min(batch, count - from) }, (_, i) => orderFor(from + i));
    await upsertOrderItems(app.database.db, items);
  }
}
