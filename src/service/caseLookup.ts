// Which case a message belongs to, and which order it names: read before the case transaction (the
// version-checked update catches a case that changes in between).
import type { OrderItem, OrderSource } from '../case/types.ts';
import { normalizeRef } from '../chat/commands.ts';
import { orderNumberCandidates } from '../chat/parse.ts';
import { findCaseByRef, findCaseByThread, latestOpenCaseOf } from '../store/caseStore.ts';
import type { Db } from '../store/database.ts';
import type { CaseRow } from '../store/rows.ts';
import { Refusal } from './inboundValues.ts';
import type { Inbound } from './messages.ts';

/** The case was the customer's latest open one, not named by the message or its thread. */
export function foundByFallback(row: CaseRow, inbound: Inbound): boolean {
  return !inbound.caseRef && (!inbound.thread || row.thread !== inbound.thread);
}

/** The case a message belongs to: the one named, the thread's, or the customer's latest open one. */
export async function customerCase(db: Db, inbound: Inbound): Promise<CaseRow | null> {
  if (inbound.caseRef) {
    const ref = normalizeRef(inbound.caseRef);
    const row = ref ? await findCaseByRef(db, ref) : undefined;
    if (!row || row.platform !== inbound.platform) throw new Refusal(`There is no case ${inbound.caseRef}.`);
    return row;
  }
  if (inbound.thread) {
    const row = await findCaseByThread(db, inbound.platform, inbound.thread);
    if (row) return row;
  }
  if (inbound.newCase) return null;
  return (await latestOpenCaseOf(db, inbound.platform, inbound.user)) ?? null;
}

/** The first candidate in the text that is an order on record, else the first candidate (unknown), else null. */
export async function lookUpOrder(orders: OrderSource, text: string): Promise<{ number: string; items: OrderItem[] } | null> {
  const candidates = orderNumberCandidates(text).map((m) => m.number);
  for (const number of candidates) {
    const items = await orders.findOrder(number);
    if (items.length > 0) return { number, items };
  }
  return candidates[0] ? { number: candidates[0], items: [] } : null;
}
