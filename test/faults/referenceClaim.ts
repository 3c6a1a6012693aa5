// Prepares a fault test's database (migrated, orders loaded) and runs one reference claim on it, in
// process, in order, with nothing going wrong: what each step writes. The faulted runs are compared
// with it step by step, so "lost" and "duplicated" are measured against the product's own clean
// behaviour, not a hand-kept list.
import { asc } from 'drizzle-orm';
import { lineSchema, toInbound } from '../../src/adapters/console/jsonlRunner.ts';
import { openApp } from '../../src/app.ts';
import { DEFAULT_POLICY } from '../../src/policy/policy.ts';
import { iso } from '../../src/store/timestamps.ts';
import { markOutboxDelivered } from '../../src/store/outboxStore.ts';
import { upsertOrderItems } from '../../src/store/orderStore.ts';
import { caseEvents, outbox } from '../../src/store/schema.ts';
import { ORDERS } from '../support/testApp.ts';
import { buildEvent, CLAIM_STEPS, customerId, eventAt, STAFF } from './claimScript.ts';

export interface StepExpectation {
  name: string;
  /** Audit row types the step writes, in order. */
  audit: string[];
  /** Outbox rows the step writes. */
  outbox: number;
}

/** The reference claim's customer index; the load uses lower ones. */
export const REFERENCE_INDEX = 999;
export const REFERENCE_CUSTOMER = customerId(REFERENCE_INDEX);

export async function prepareFaultDatabase(databaseUrl: string): Promise<StepExpectation[]> {
  const staff = new Set(STAFF);
  const app = await openApp({ databaseUrl, policy: DEFAULT_POLICY });
  try {
    await upsertOrderItems(app.database.db, ORDERS);
    let ref = '';
    for (let step = 0; step < CLAIM_STEPS.length; step++) {
      const event = lineSchema.parse(buildEvent('ref', REFERENCE_INDEX, step, ref));
      const result = await app.service.handle(toInbound(event, event.at!, staff));
      if (!result.ok || !result.caseRef)
        throw new Error(`the reference claim failed at ${CLAIM_STEPS[step]?.name}: ${result.error ?? 'no case'}`);
      ref = result.caseRef;
    }
    const audit = await app.database.db.select().from(caseEvents).orderBy(asc(caseEvents.id));
    const rows = await app.database.db.select().from(outbox).orderBy(asc(outbox.id));
    // Its messages are not part of the load: out of the relays' way.
    await markOutboxDelivered(
      app.database.db,
      rows.map((r) => r.id),
      new Date().toISOString(),
    );
    return CLAIM_STEPS.map((step, index) => {
      const at = eventAt(REFERENCE_INDEX, index);
      return {
        name: step.name,
        audit: audit.filter((a) => iso(a.at) === at).map((a) => a.type),
        outbox: rows.filter((r) => iso(r.createdAt) === at).length,
      };
    });
  } finally {
    await app.close();
  }
}
