// Pure helpers of the case machine's actions: flags, eligibility once the item is known, the serial check.
import { decideEligibility } from '../policy/eligibility.ts';
import { flagsInText } from '../policy/exclusions.ts';
import type { CaseContext, FlagEntry, Notice, OrderItem } from './types.ts';

export function normalizeSerial(serial: string): string {
  return serial.replace(/[\s-]/g, '').toUpperCase();
}

export function addFlags(flags: FlagEntry[], added: FlagEntry[]): FlagEntry[] {
  const seen = new Set(flags.map((f) => `${f.code}:${f.detail}`));
  return [...flags, ...added.filter((f) => !seen.has(`${f.code}:${f.detail}`))];
}

/** How an item's sale terms read in a decline: "this item was sold as-is". */
const SOLD_AS: Record<string, string> = { 'as-is': 'sold as-is', 'for-parts': 'sold for parts', 'no-returns': 'sold with no returns' };

/** Whether a person has been asked for and not yet answered. */
export function humanRequested(context: Pick<CaseContext, 'flags'>): boolean {
  return context.flags.some((f) => f.code === 'human_requested');
}

export function withHuman(flags: FlagEntry[], why: 'asked' | 'unplaced' | 'order_attempts', at: string): FlagEntry[] {
  return flags.some((f) => f.code === 'human_requested') ? flags : [...flags, { code: 'human_requested', detail: why, at }];
}

export function withoutHuman(flags: FlagEntry[]): FlagEntry[] {
  return flags.some((f) => f.code === 'human_requested') ? flags.filter((f) => f.code !== 'human_requested') : flags;
}

export function sameItem(a: OrderItem, b: OrderItem): boolean {
  return a.partNumber === b.partNumber && a.serialNumber === b.serialNumber;
}

export function textFlags(text: string, at: string): FlagEntry[] {
  return flagsInText(text).map((f) => ({ code: f.code, detail: f.detail, at }));
}

/** Eligibility and flags once the claimed item is known (policy sections 2, 3 and 6). */
export function withItem(context: CaseContext, item: OrderItem, at: string): Partial<CaseContext> {
  const decision = decideEligibility(item, context.openedAt, context.policy);
  switch (decision.outcome) {
    case 'eligible':
      return { item, kind: decision.kind, windowEndsOn: decision.windowEndsOn };
    case 'unverified':
      return { item, kind: null, flags: addFlags(context.flags, [{ code: 'unverified_order', detail: 'no delivery date on record', at }]) };
    case 'declined':
      return {
        item,
        kind: null,
        reasons: [decision.reason],
        declineNote:
          decision.reason === 'outside_window'
            ? `delivered ${item.deliveredOn}, ${decision.daysSinceDelivery} days before the claim; the warranty ended on ${decision.windowEndedOn}`
            : SOLD_AS[decision.terms],
      };
  }
}

export function eligibilityNotice(context: CaseContext): Notice | null {
  const reason = context.reasons[0];
  if (reason === 'outside_window' || reason === 'non_returnable') return { type: 'declined', reason, detail: context.declineNote ?? '' };
  if (!context.item) return null;
  if (!context.kind) return { type: 'unverified_order' };
  const decision = decideEligibility(context.item, context.openedAt, context.policy);
  return decision.outcome === 'eligible'
    ? { type: 'eligible', kind: decision.kind, daysSinceDelivery: decision.daysSinceDelivery, windowEndsOn: decision.windowEndsOn }
    : null;
}
