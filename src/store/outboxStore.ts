// The outbox: messages written with the case change that caused them (caseWrite.ts), leased by
// the relay (or by an adapter for immediate delivery) and marked delivered, failed or released.
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Q, Tx } from './database.ts';
import type { OutboxRow } from './rows.ts';
import { outbox } from './schema.ts';
import { isoRows } from './timestamps.ts';

export async function pendingOutbox(q: Q, limit = 100): Promise<OutboxRow[]> {
  return isoRows(outbox, await q.select().from(outbox).where(isNull(outbox.deliveredAt)).orderBy(asc(outbox.id)).limit(limit));
}

/**
 * Leases up to `limit` deliverable rows: not delivered, not backing off, not leased by a live relay,
 * and with no earlier undelivered row of the same case (a case's messages go out in order).
 */
export async function leaseOutbox(
  tx: Tx,
  options: { now: string; leaseUntil: string; platforms: string[]; limit: number },
): Promise<OutboxRow[]> {
  if (options.platforms.length === 0) return [];
  const candidates = await tx
    .select({ id: outbox.id })
    .from(outbox)
    .where(
      and(
        isNull(outbox.deliveredAt),
        inArray(outbox.platform, options.platforms),
        sql`(${outbox.nextAttemptAt} is null or ${outbox.nextAttemptAt} <= ${options.now})`,
        sql`(${outbox.leaseUntil} is null or ${outbox.leaseUntil} < ${options.now})`,
        sql`not exists (select 1 from outbox earlier where earlier.case_id = ${outbox.caseId} and earlier.delivered_at is null and earlier.id < ${outbox.id})`,
      ),
    )
    .orderBy(asc(outbox.id))
    .limit(options.limit)
    .for('update', { skipLocked: true });
  if (candidates.length === 0) return [];
  // The attempt is counted when it starts, so a crash after posting still counts as an attempt.
  const leased = await tx
    .update(outbox)
    .set({ leaseUntil: options.leaseUntil, attempts: sql`${outbox.attempts} + 1` })
    .where(
      inArray(
        outbox.id,
        candidates.map((c) => c.id),
      ),
    )
    .returning();
  return isoRows(outbox, leased);
}

/** Leases the given rows for an adapter's immediate delivery; returns the ids it got (not delivered, not leased). */
export async function leaseRows(q: Q, ids: number[], now: string, leaseUntil: string): Promise<number[]> {
  if (ids.length === 0) return [];
  const idList = sql.join(
    ids.map((id) => sql`${id}`),
    sql`, `,
  );
  const leased = await q
    .update(outbox)
    .set({ leaseUntil, attempts: sql`${outbox.attempts} + 1` })
    .where(
      and(
        inArray(outbox.id, ids),
        isNull(outbox.deliveredAt),
        sql`(${outbox.leaseUntil} is null or ${outbox.leaseUntil} < ${now})`,
        // Not ahead of an earlier message of the same case that is still waiting (e.g. in backoff).
        sql`not exists (select 1 from outbox earlier where earlier.case_id = ${outbox.caseId} and earlier.delivered_at is null and earlier.id < ${outbox.id} and earlier.id not in (${idList}))`,
      ),
    )
    .returning({ id: outbox.id });
  return leased.map((r) => r.id);
}

/** The rows went out (by the relay or an adapter): delivered at `at`, lease and last error cleared. */
export async function markOutboxDelivered(q: Q, ids: number[], at: string): Promise<void> {
  if (ids.length > 0) await q.update(outbox).set({ deliveredAt: at, leaseUntil: null, lastError: null }).where(inArray(outbox.id, ids));
}

/**
 * A delivery failed; the row waits until `nextAttemptAt`. A rate-limited try (the platform said "later",
 * nothing was posted) is not counted as an attempt, so that it does not lengthen the backoff of a real
 * failure after it.
 */
export async function outboxFailed(
  q: Q,
  id: number,
  nextAttemptAt: string,
  error: string,
  options: { rateLimited?: boolean } = {},
): Promise<void> {
  await q
    .update(outbox)
    .set({
      nextAttemptAt,
      leaseUntil: null,
      lastError: error.slice(0, 1000),
      ...(options.rateLimited ? { attempts: sql`greatest(${outbox.attempts} - 1, 0)` } : {}),
    })
    .where(eq(outbox.id, id));
}

/** Gives a leased row back without counting an attempt. */
export async function outboxRelease(q: Q, id: number): Promise<void> {
  await q.update(outbox).set({ leaseUntil: null }).where(eq(outbox.id, id));
}
