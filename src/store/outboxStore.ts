// The outbox: messages written with the case change that caused them (caseWrite.ts), leased by
// the relay (or by an adapter for immediate delivery) and marked delivered, failed or released.
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Q, Tx } from './database.ts';
import { runStatement, type Statement } from './rawStatement.ts';
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

/**
 * Leases rows for immediate delivery (an adapter posting an event's replies), for several deliveries
 * in one statement: each group of ids is leased as if on its own. Returns the ids it got (not
 * delivered, not leased). A row is held back by an earlier waiting row of its case (e.g. in backoff,
 * or another event's reply not posted yet) unless that row is in the same group. An id given in two
 * groups is leased for the first.
 */
export async function leaseRows(q: Q, groups: number[][], now: string, leaseUntil: string): Promise<number[]> {
  const seen = new Set<number>();
  const ids: number[] = [];
  const groupOf: number[] = [];
  groups.forEach((asked, group) => {
    for (const id of asked) {
      if (seen.has(id)) continue;
      seen.add(id);
      ids.push(id);
      groupOf.push(group);
    }
  });
  if (ids.length === 0) return [];
  const rows = await runStatement(q, LEASE_ROWS, [ids, groupOf, leaseUntil, now]);
  return rows.map((r) => Number(r.id));
}

// Arrays, not a list of values: one text whatever the number of ids, prepared once per connection.
const LEASE_ROWS: Statement = {
  name: 'rma_outbox_lease_rows',
  text: `with asked (id, grp) as (select * from unnest($1::bigint[], $2::int[]))
    update outbox set lease_until = $3::timestamptz, attempts = outbox.attempts + 1
    from asked
    where outbox.id = asked.id
      and outbox.delivered_at is null
      and (outbox.lease_until is null or outbox.lease_until < $4::timestamptz)
      and not exists (
        select 1 from outbox earlier
        where earlier.case_id = outbox.case_id and earlier.delivered_at is null and earlier.id < outbox.id
          and earlier.id not in (select same.id from asked same where same.grp = asked.grp))
    returning outbox.id`,
};

/** The rows went out (by the relay or an adapter): delivered at `at`, lease and last error cleared. */
export async function markOutboxDelivered(q: Q, ids: number[], at: string): Promise<void> {
  if (ids.length > 0) await runStatement(q, MARK_DELIVERED, [ids, at]);
}

const MARK_DELIVERED: Statement = {
  name: 'rma_outbox_delivered',
  text: 'update outbox set delivered_at = $2::timestamptz, lease_until = null, last_error = null where id = any($1::bigint[])',
};

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
