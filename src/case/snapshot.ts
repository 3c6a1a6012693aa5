// Restoring a stored case: cases live for months, so a snapshot persisted by an earlier version of the
// machine must still load. Each step upgrades a persisted snapshot by one machine version.
import { CASE_MACHINE_VERSION } from './caseMachine.ts';
import type { CaseSnapshot } from './caseState.ts';

type Persisted = Record<string, unknown>;

/** Reminder and expiry settings as they were before version 2 recorded them with each case. */
const V1_TIMER_DEFAULTS = {
  remindIntakeAfterDays: 2,
  closeSilentIntakeAfterDays: 7,
  remindTrackingAfterDays: 7,
  expireRmaAfterDays: 30,
  reviewOverdueBusinessDays: 1,
  warnDoaWindowDaysBefore: 2,
};

/** Conversation settings as they were before version 3 recorded them with each case. */
const V2_CONVERSATION_DEFAULTS = { closedConversationDays: 30, maxNewClaimsPerDay: 5, maxOrderAttempts: 5 };

const STEPS: Record<number, (snapshot: Persisted) => Persisted> = {
  // 1 → 2: the policy recorded with a case gained its reminder and expiry settings.
  1: (snapshot) => {
    const context = snapshot.context as { policy: Record<string, unknown> };
    return { ...snapshot, context: { ...context, policy: { ...context.policy, timers: { ...V1_TIMER_DEFAULTS } } } };
  },
  // 2 → 3: the conversation's settings, its count of messages the step could not place, a pending
  // cancel question and the day the unit arrived.
  2: (snapshot) => {
    const context = snapshot.context as { policy: Record<string, unknown> };
    return {
      ...snapshot,
      context: {
        ...context,
        policy: { ...context.policy, conversation: { ...V2_CONVERSATION_DEFAULTS } },
        misses: 0,
        cancelPending: false,
        receivedAt: null,
      },
    };
  },
  // 3 → 4: whether staff spoke to the customer since the step last asked.
  3: (snapshot) => {
    const context = snapshot.context as Record<string, unknown>;
    return { ...snapshot, context: { ...context, staffSpokeLast: false } };
  },
  // 4 → 5: claims for several units. The case's unit stays unit 1 (its own fields); what staff decided
  // for it, told by the case's RMA, receipt, resolution and decline, becomes its outcome.
  4: (snapshot) => {
    const context = snapshot.context as Record<string, unknown>;
    return { ...snapshot, context: { ...context, moreUnits: [], outcomes: v4Outcomes(context, snapshot.value) } };
  },
};

/** Unit 1's outcome in a version-4 case; none while staff have not decided. */
function v4Outcomes(context: Record<string, unknown>, value: unknown): unknown[] {
  const reasons = (context.reasons as string[] | undefined) ?? [];
  const resolution = context.resolution as string | null;
  // Cases stored before version 3 recorded no arrival day: being in inspection or resolved after it tells it.
  const received =
    (context.receivedAt !== null && context.receivedAt !== undefined) || value === 'inspection' || (value === 'resolved' && !!context.rma);
  const note = (context.declineNote as string | null) ?? null;
  const base = { received, advance: null };
  if (context.rma) {
    const denied = reasons.includes('denied_by_staff');
    const remedy = resolution === 'replacement' || resolution === 'repair' || resolution === 'refund' ? resolution : null;
    return [{ ...base, decision: 'approved', note: denied ? note : null, resolution: denied ? 'declined' : remedy }];
  }
  if (reasons.includes('denied_by_staff')) return [{ ...base, decision: 'denied', note, resolution: null }];
  return [];
}

export function upgradeSnapshot(snapshot: Persisted, fromVersion: number): Persisted {
  if (fromVersion > CASE_MACHINE_VERSION) {
    throw new Error(`case snapshot is from machine version ${fromVersion}, newer than this build (${CASE_MACHINE_VERSION})`);
  }
  let current = snapshot;
  for (let v = fromVersion; v < CASE_MACHINE_VERSION; v++) {
    const step = STEPS[v];
    if (!step) throw new Error(`no snapshot migration from machine version ${v}`);
    current = step(current);
  }
  return current;
}

/** A stored case as far as restoring it goes: its persisted snapshot and the machine version that wrote it. */
export interface StoredSnapshot {
  snapshot: unknown;
  machineVersion: number;
}

/** The stored snapshot, upgraded to this build's machine version. */
export function persistedSnapshot(stored: StoredSnapshot): CaseSnapshot {
  return upgradeSnapshot(stored.snapshot as Persisted, stored.machineVersion) as unknown as CaseSnapshot;
}
