// Durable timers (reminders and expiries): the case service reconciles a case's pending timers after
// each change, and the timer worker claims due ones and marks them fired. Timestamps come back in ISO form.
import { and, asc, eq, inArray, isNull, lte } from 'drizzle-orm';
import type { Q, Tx } from './database.ts';
import type { TimerRow } from './rows.ts';
import { timers } from './schema.ts';
import { isoRow, isoRows } from './timestamps.ts';

/** Makes the case's pending timers exactly `wanted`; fired timers stay as they are (they fire once). */
export async function reconcileTimers(tx: Tx, caseId: number, wanted: Array<{ kind: string; dueAt: string }>): Promise<void> {
  const pending = isoRows(
    timers,
    await tx
      .select()
      .from(timers)
      .where(and(eq(timers.caseId, caseId), isNull(timers.firedAt))),
  );
  const key = (t: { kind: string; dueAt: string }) => `${t.kind}@${new Date(t.dueAt).getTime()}`;
  const wantedKeys = new Set(wanted.map(key));
  const pendingByKey = new Map(pending.map((t) => [key(t), t]));
  const stale = [...pendingByKey].filter(([k]) => !wantedKeys.has(k)).map(([, t]) => t);
  if (stale.length > 0)
    await tx.delete(timers).where(
      inArray(
        timers.id,
        stale.map((t) => t.id),
      ),
    );
  // Only what is not pending yet; one that already fired stays fired (the conflict on its identity).
  const missing = wanted.filter((w) => !pendingByKey.has(key(w)));
  if (missing.length > 0)
    await tx
      .insert(timers)
      .values(missing.map((w) => ({ caseId, kind: w.kind, dueAt: w.dueAt })))
      .onConflictDoNothing();
}

/** The earliest due timer nobody else is firing, locked until the caller's transaction ends. */
export async function claimDueTimer(tx: Tx, now: string): Promise<TimerRow | undefined> {
  const [row] = await tx
    .select()
    .from(timers)
    .where(and(isNull(timers.firedAt), lte(timers.dueAt, now)))
    .orderBy(asc(timers.dueAt), asc(timers.id))
    .limit(1)
    .for('update', { skipLocked: true });
  return row && isoRow(timers, row);
}

export async function markTimerFired(tx: Tx, id: number, at: string): Promise<void> {
  await tx.update(timers).set({ firedAt: at }).where(eq(timers.id, id));
}

export async function pendingTimers(q: Q, caseId: number): Promise<TimerRow[]> {
  return isoRows(
    timers,
    await q
      .select()
      .from(timers)
      .where(and(eq(timers.caseId, caseId), isNull(timers.firedAt)))
      .orderBy(asc(timers.dueAt)),
  );
}
