// Which durable timers a case wants in its current state: pure, from the snapshot and two row facts
// (when the customer last wrote, when the case entered its state). The service reconciles the
// timer rows with this list after every change; the worker fires due rows as `timer.fired` events.
import type { CaseState } from './caseState.ts';
import type { CaseContext, TimerKind } from './types.ts';
import { plusBusinessDays, plusDays, wallClockOn } from './zonedDays.ts';
import { advanceTimes, awaitedAdvanceUnits } from './units.ts';

export interface WantedTimer {
  kind: TimerKind;
  /** ISO instant. */
  dueAt: string;
}

export interface TimerFacts {
  state: CaseState;
  /** When the customer last sent anything (or the case opened). */
  lastCustomerAt: string;
  /** When the case entered its current top-level state. */
  stateSince: string;
}

export function wantedTimers(context: CaseContext, facts: TimerFacts): WantedTimer[] {
  const advance = advanceTimers(context, facts);
  return advance.length > 0
    ? [...stateTimers(context, facts).filter((t) => t.kind !== 'rma_expiry'), ...advance]
    : stateTimers(context, facts);
}

/**
 * An advance replacement shipped and a faulty unit is not back: a reminder before its last day (when
 * that is still ahead) and the overdue flag the day after. The earliest deadline of the units still out.
 */
function advanceTimers(context: CaseContext, facts: TimerFacts): WantedTimer[] {
  if (facts.state !== 'awaiting_return' && facts.state !== 'in_transit' && facts.state !== 'inspection') return [];
  const out = awaitedAdvanceUnits(context).filter((u) => !u.outcome.advance!.overdue);
  if (out.length === 0) return [];
  const returnBy = out.map((u) => u.outcome.advance!.returnBy).sort()[0]!;
  const shippedAt = out.map((u) => u.outcome.advance!.shippedAt).sort()[0]!;
  const { reminder, overdue } = advanceTimes(context, returnBy);
  return [
    ...(Date.parse(reminder) > Date.parse(shippedAt) ? [{ kind: 'return_reminder' as const, dueAt: reminder }] : []),
    { kind: 'return_overdue', dueAt: overdue },
  ];
}

function stateTimers(context: CaseContext, facts: TimerFacts): WantedTimer[] {
  const { timeZone, timers } = context.policy;
  switch (facts.state) {
    case 'intake': {
      const wanted: WantedTimer[] = [
        { kind: 'intake_reminder', dueAt: plusDays(facts.lastCustomerAt, timers.remindIntakeAfterDays, timeZone) },
        { kind: 'intake_close', dueAt: plusDays(facts.lastCustomerAt, timers.closeSilentIntakeAfterDays, timeZone) },
      ];
      if (context.kind === 'doa' && context.windowEndsOn && timers.warnDoaWindowDaysBefore > 0) {
        // At 09:00 local time, `warnDoaWindowDaysBefore` days before the last DOA day ends.
        const dueAt = wallClockOn(context.windowEndsOn, -timers.warnDoaWindowDaysBefore, 9, timeZone);
        if (Date.parse(dueAt) > Date.parse(context.openedAt)) wanted.push({ kind: 'doa_window_warning', dueAt });
      }
      return wanted;
    }
    case 'awaiting_return':
      return [
        { kind: 'tracking_reminder', dueAt: plusDays(facts.stateSince, timers.remindTrackingAfterDays, timeZone) },
        { kind: 'rma_expiry', dueAt: plusDays(facts.stateSince, timers.expireRmaAfterDays, timeZone) },
      ];
    case 'review':
      return [{ kind: 'review_overdue', dueAt: plusBusinessDays(facts.stateSince, timers.reviewOverdueBusinessDays, timeZone) }];
    default:
      return [];
  }
}

/**
 * The case's timers after a change, or null when nothing `wantedTimers` reads changed (the timers
 * stored after the previous change stand): most events need no timer write at all.
 */
export function timersAfter(
  before: { context: CaseContext; facts: TimerFacts } | null,
  after: { context: CaseContext; facts: TimerFacts },
): WantedTimer[] | null {
  if (
    before &&
    before.facts.state === after.facts.state &&
    before.facts.lastCustomerAt === after.facts.lastCustomerAt &&
    before.facts.stateSince === after.facts.stateSince &&
    before.context.kind === after.context.kind &&
    before.context.windowEndsOn === after.context.windowEndsOn &&
    before.context.openedAt === after.context.openedAt &&
    JSON.stringify(before.context.outcomes) === JSON.stringify(after.context.outcomes) &&
    before.context.policy.timeZone === after.context.policy.timeZone &&
    JSON.stringify(before.context.policy.timers) === JSON.stringify(after.context.policy.timers)
  )
    return null;
  return wantedTimers(after.context, after.facts);
}
