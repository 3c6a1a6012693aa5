// Durable timers (reminders and expiries): the case write (caseWrite.ts) keeps a case's pending timers
// as the case wants them, and the timer worker claims due ones and marks them fired. Timestamps come back in ISO form.
import { and, asc, eq, isNull, lte } from 'drizzle-orm';
import type { Q, Tx } from './database.ts';
import type { TimerRow } from './rows.ts';
import { timers } from './schema.ts';
import { isoRow, isoRows } from './timestamps.ts';

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
