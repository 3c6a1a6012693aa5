// Which case a message belongs to, and which order it names: read before the case transaction (the
// version-checked update catches a case that changes in between).
import { normalizeSerial } from '../case/machineHelpers.ts';
import type { OrderSource, Policy } from '../case/types.ts';
import type { OrderLookup } from '../chat/customerEvents.ts';
import { normalizeRef } from '../chat/commands.ts';
import { orderNumberCandidates, orderNumberVariants, serialCandidates } from '../chat/parse.ts';
import { findCaseByRef, findCaseByThread, latestCaseOf } from '../store/caseStore.ts';
import type { Db } from '../store/database.ts';
import type { CaseRow } from '../store/rows.ts';
import { Refusal } from './inboundValues.ts';
import { hoursBefore } from './instants.ts';
import type { Inbound } from './messages.ts';

/** The case was the customer's latest one, not named by the message or its thread. */
export function foundByFallback(row: CaseRow, inbound: Inbound): boolean {
  return !inbound.caseRef && (!inbound.thread || row.thread !== inbound.thread);
}

/**
 * The case a message belongs to: the one named, the thread's, or the customer's latest one: open, or
 * closed within the policy's `closedConversationDays` (a reply to a decision goes to that case).
 */
export async function customerCase(db: Db, inbound: Inbound, policy: Policy): Promise<CaseRow | null> {
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
  const closedSince = hoursBefore(inbound.at, 24 * policy.conversation.closedConversationDays);
  return (await latestCaseOf(db, inbound.platform, inbound.user, closedSince)) ?? null;
}

/**
 * The order a message names. Each candidate is tried as typed, then as digits only (`100-310` is
 * `100310`); two orders on record is `several`; a number the customer called an order number that is
 * not on record is `unknown`; other tokens not on record only count as a try. Without an order
 * number, a serial on record finds the order that sold it (typing it proves the customer has the unit).
 */
export async function lookUpOrder(orders: OrderSource, text: string): Promise<OrderLookup | null> {
  const mentions = orderNumberCandidates(text);
  const found = new Map<string, Awaited<ReturnType<OrderSource['findOrder']>>>();
  for (const mention of mentions) {
    for (const number of orderNumberVariants(mention.number)) {
      if (found.has(number)) break;
      const items = await orders.findOrder(number);
      if (items.length > 0) {
        found.set(number, items);
        break;
      }
    }
  }
  if (found.size > 1) return { kind: 'several', numbers: [...found.keys()] };
  const [first] = found;
  if (first) return { kind: 'found', number: first[0], items: first[1] };
  if (orders.findOrderBySerial) {
    for (const serial of serialCandidates(text)) {
      const items = await orders.findOrderBySerial(serial);
      const index = items.findIndex((i) => normalizeSerial(i.serialNumber) === serial);
      if (index >= 0) return { kind: 'found', number: items[0]!.orderNumber, items, bySerial: { serial, index } };
    }
  }
  const labelled = mentions.find((m) => m.labelled);
  if (labelled) return { kind: 'unknown', number: labelled.number, labelled: true };
  return mentions[0] ? { kind: 'unknown', number: mentions[0].number, labelled: false } : null;
}
