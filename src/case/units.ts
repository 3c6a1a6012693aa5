// The units of a claim (issue 20). Unit 1 is the case's own item, serial, photo and fault, so a
// one-unit case reads as it always did; units 2 and on are `moreUnits`. `unitsOf` gives every unit the
// same shape, and staff's decisions live in `outcomes`, one per unit.
import { calendarDate, decideEligibility } from '../policy/eligibility.ts';
import { wallClockOn } from './zonedDays.ts';
import type { CaseContext, ClaimKind, FileRef, MoreUnit, OrderItem, UnitOutcome } from './types.ts';

/** Days the faulty unit of an advance replacement has to come back when the case's policy predates the setting. */
export const DEFAULT_ADVANCE_RETURN_DAYS = 14;
/** The reminder before the advance return's deadline, in days. */
export const ADVANCE_REMINDER_DAYS_BEFORE = 3;

export interface UnitView {
  /** 1-based, as customers and staff name it. */
  number: number;
  item: OrderItem | null;
  serialGiven: string | null;
  serialPhoto: FileRef | null;
  fault: string | null;
  kind: ClaimKind | null;
  windowEndsOn: string | null;
  /** Why the policy does not cover it; null when it may be covered. */
  reason: 'outside_window' | 'non_returnable' | null;
  declineNote: string | null;
  outcome: UnitOutcome;
}

type UnitContext = Pick<
  CaseContext,
  'item' | 'serialGiven' | 'serialPhoto' | 'fault' | 'kind' | 'windowEndsOn' | 'reasons' | 'declineNote' | 'moreUnits' | 'outcomes'
>;

export function unitCount(c: Pick<CaseContext, 'moreUnits'>): number {
  return 1 + (c.moreUnits?.length ?? 0);
}

export function isMultiUnit(c: Pick<CaseContext, 'moreUnits'>): boolean {
  return (c.moreUnits?.length ?? 0) > 0;
}

const PENDING: UnitOutcome = {
  decision: 'pending',
  note: null,
  received: false,
  resolution: null,
  advance: null,
};

/** Every unit of the claim, unit 1 first. */
export function unitsOf(c: UnitContext): UnitView[] {
  const leadReason = c.reasons.find((r) => r === 'outside_window' || r === 'non_returnable') ?? null;
  const outcome = (i: number) => c.outcomes?.[i] ?? PENDING;
  return [
    {
      number: 1,
      item: c.item,
      serialGiven: c.serialGiven,
      serialPhoto: c.serialPhoto,
      fault: c.fault,
      kind: c.kind,
      windowEndsOn: c.windowEndsOn,
      reason: leadReason,
      declineNote: leadReason ? c.declineNote : null,
      outcome: outcome(0),
    },
    ...(c.moreUnits ?? []).map((u, i) => ({
      ...u,
      number: i + 2,
      outcome: outcome(i + 1),
    })),
  ];
}

/** Units the policy may cover: they go through intake and to staff. */
export function coveredUnits(c: UnitContext): UnitView[] {
  return unitsOf(c).filter((u) => u.reason === null);
}

/** A unit after the first, with its eligibility from the order's records. */
export function moreUnit(c: Pick<CaseContext, 'openedAt' | 'policy'>, item: OrderItem, serial: string | null): MoreUnit {
  const base = {
    item,
    serialGiven: serial,
    serialPhoto: null,
    fault: null,
    kind: null,
    windowEndsOn: null,
    reason: null,
    declineNote: null,
  };
  const decision = decideEligibility(item, c.openedAt, c.policy);
  switch (decision.outcome) {
    case 'eligible':
      return {
        ...base,
        kind: decision.kind,
        windowEndsOn: decision.windowEndsOn,
      };
    case 'unverified':
      return base;
    case 'declined':
      return {
        ...base,
        reason: decision.reason,
        declineNote:
          decision.reason === 'outside_window'
            ? `delivered ${item.deliveredOn}, ${decision.daysSinceDelivery} days before the claim; the warranty ended on ${decision.windowEndedOn}`
            : decision.terms,
      };
  }
}

/** The outcomes once staff decide: one per unit, the units the policy does not cover denied with their reason. */
export function decidedOutcomes(c: UnitContext, approved: (u: UnitView) => boolean, deniedNote: string | null): UnitOutcome[] {
  return unitsOf(c).map((u) => {
    if (u.outcome.decision !== 'pending') return u.outcome;
    if (u.reason !== null)
      return {
        ...u.outcome,
        decision: 'denied',
        note: u.declineNote ?? u.reason,
      };
    return approved(u) ? { ...u.outcome, decision: 'approved' } : { ...u.outcome, decision: 'denied', note: deniedNote };
  });
}

/** The outcomes with `change` applied to the units numbered in `numbers`. */
export function withOutcomes(c: UnitContext, numbers: ReadonlySet<number>, change: (o: UnitOutcome) => UnitOutcome): UnitOutcome[] {
  return unitsOf(c).map((u) => (numbers.has(u.number) ? change(u.outcome) : u.outcome));
}

export function approvedUnits(c: UnitContext): UnitView[] {
  return unitsOf(c).filter((u) => u.outcome.decision === 'approved');
}

/**
 * An approved unit is done once it is back and has its outcome (a replacement shipped ahead counts
 * once the faulty unit is back), or once staff declined it.
 */
export function unitDone(u: UnitView): boolean {
  if (u.outcome.decision !== 'approved') return true;
  if (u.outcome.resolution === 'declined') return true;
  return u.outcome.resolution !== null && u.outcome.received;
}

/** Approved units that are back and wait for their outcome. */
export function unitsToResolve(c: UnitContext): UnitView[] {
  return approvedUnits(c).filter((u) => u.outcome.received && u.outcome.resolution === null);
}

/** Every approved unit has its outcome (and there was one to decide). */
export function allUnitsDone(c: UnitContext): boolean {
  const approved = approvedUnits(c);
  return approved.length > 0 && approved.every(unitDone);
}

/** The approved units whose advance replacement shipped and which are not back yet. */
export function awaitedAdvanceUnits(c: UnitContext): UnitView[] {
  return approvedUnits(c).filter((u) => u.outcome.advance !== null && !u.outcome.received);
}

/** The faulty unit's last day to come back, `advanceReturnDays` after the replacement shipped. */
export function advanceReturnBy(c: Pick<CaseContext, 'policy'>, shippedAt: string): string {
  const days = c.policy.timers.advanceReturnDays ?? DEFAULT_ADVANCE_RETURN_DAYS;
  return calendarDate(shippedAt, c.policy.timeZone).add({ days }).toString();
}

/** When the advance return's reminder and deadline fire: 09:00 local time a few days before, and the day after the last day. */
export function advanceTimes(c: Pick<CaseContext, 'policy'>, returnBy: string): { reminder: string; overdue: string } {
  const tz = c.policy.timeZone;
  return {
    reminder: wallClockOn(returnBy, -ADVANCE_REMINDER_DAYS_BEFORE, 9, tz),
    overdue: wallClockOn(returnBy, 1, 0, tz),
  };
}

/** The serial a unit is known by: the one the customer typed, else the order's (staff only). */
export function unitSerial(u: Pick<UnitView, 'serialGiven' | 'item'>): string {
  return u.serialGiven ?? u.item?.serialNumber ?? '';
}

/** One unit as the `chat --jsonl` case line and the case export give it (snake_case, the contract's names). */
export function unitRecord(u: UnitView): Record<string, unknown> {
  const advance = u.outcome.advance;
  return {
    unit: u.number,
    part_number: u.item?.partNumber ?? null,
    serial_number: u.item?.serialNumber ?? u.serialGiven,
    kind: u.kind,
    // A unit the policy does not cover is denied by it, with the reason.
    decision: u.outcome.decision === 'pending' && u.reason !== null ? 'denied' : u.outcome.decision,
    ...(u.reason !== null ? { reason: u.reason } : {}),
    resolution: u.outcome.resolution,
    received: u.outcome.received,
    ...(advance ? { advance: { tracking: advance.tracking, return_by: advance.returnBy, overdue: advance.overdue } } : {}),
  };
}
