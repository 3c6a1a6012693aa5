// Demo mode: the few demo orders (adapters/console/demoOrders.ts) go only into a desk meant for trying
// the bot, never into a seller's real database, where customers could claim them.
import { Temporal } from '@js-temporal/polyfill';
import { Option } from 'commander';
import type { Logger } from 'pino';
import { demoOrders } from '../adapters/console/demoOrders.ts';
import type { Db } from '../store/database.ts';
import { hasAnyOrder, TableOrderSource, upsertOrderItems } from '../store/orderStore.ts';

export const demoOption = () =>
  new Option(
    '--demo',
    'demo mode: put the demo orders (100234, 100310, …) into an empty database (implied by the console on the default embedded database)',
  );

export interface DemoChoice {
  /** --demo was given. */
  demo?: boolean | undefined;
  /** --db, when given. */
  db?: string | undefined;
  /** The embedded default counts as a demo only where a person tries it: the console chat, not a Slack or Discord desk. */
  console: boolean;
}

/** Demo mode: `--demo`, or the console on the embedded default (neither `--db` nor DATABASE_URL given). */
export function isDemoMode({ demo, db, console }: DemoChoice, env: NodeJS.ProcessEnv): boolean {
  if (demo) return true;
  return console && db === undefined && !env.DATABASE_URL;
}

export const DEMO_ORDERS_LINE =
  'Demo orders: 100234 (DOA), 100310 (warranty, 2 items), 100120 (too old), 100400 (as-is), 100500 (no delivery date), 100600 (6 optics: DOA, as-is, warranty, too old).';

/**
 * In demo mode, seeds the demo orders into a database with no orders and returns the line that lists
 * them (null when the database holds other orders only). Outside demo mode, seeds nothing and warns
 * when there are no orders at all: every customer would be told their order is unknown.
 */
export async function prepareOrders(
  db: Db,
  { demo, timeZone, log }: { demo: boolean; timeZone: string; log: Logger },
): Promise<string | null> {
  const any = await hasAnyOrder(db);
  if (!demo) {
    if (!any) log.warn('the database has no orders: no customer order will be found; import them with `rma-desk orders import FILE.csv`');
    return null;
  }
  if (!any) await upsertOrderItems(db, demoOrders(Temporal.Now.plainDateISO(timeZone)));
  return (await new TableOrderSource(db).findOrder('100234')).length > 0 ? DEMO_ORDERS_LINE : null;
}
