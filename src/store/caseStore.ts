// Queries on cases, their audit trail, attachments, the outbox and processed platform events.
// Every write takes the transaction the case service opened, so one event is one commit.
import { and, asc, desc, eq, inArray, isNull, lte, notInArray, sql } from 'drizzle-orm';
import type { Db, Tx } from './db.ts';
import { attachments, caseEvents, caseRefSeq, cases, evidence, outbox, processedEvents, rmaSeq, timers } from './schema.ts';

export type CaseRow = typeof cases.$inferSelect;
export type CaseEventRow = typeof caseEvents.$inferSelect;
export type NewCaseEvent = typeof caseEvents.$inferInsert;
export type NewAttachment = typeof attachments.$inferInsert;
export type OutboxRow = typeof outbox.$inferSelect;

type Q = Db | Tx;

const CLOSED = ['resolved', 'declined', 'cancelled'];

/** Timestamps come back as `2026-11-20 10:00:00+00` or ISO depending on the driver; always ISO out. */
export function iso(value: string): string;
export function iso(value: string | null): string | null;
export function iso(value: string | null): string | null {
  return value === null ? null : new Date(value.includes('T') ? value : value.replace(' ', 'T').replace(/([+-]\d\d)$/, '$1:00')).toISOString();
}

export async function nextCaseRef(tx: Q): Promise<string> {
  const [row] = rows<{ n: string }>(await tx.execute(sql`select nextval(${caseRefSeq.seqName}) as n`));
  return `C-${row!.n}`;
}

/** `RMA-26-00001`: the approval year in the policy's time zone, then a number that never repeats. */
export async function nextRmaNumber(tx: Q, year: number): Promise<string> {
  const [row] = rows<{ n: string }>(await tx.execute(sql`select nextval(${rmaSeq.seqName}) as n`));
  return `RMA-${String(year % 100).padStart(2, '0')}-${String(row!.n).padStart(5, '0')}`;
}

/** Drivers differ in what `execute` returns: an array of rows, or a result with `.rows` (PGlite, node-postgres). */
function rows<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

export async function findCaseByRef(q: Q, ref: string): Promise<CaseRow | undefined> {
  const [row] = await q.select().from(cases).where(eq(cases.ref, ref));
  return row;
}

export async function findCaseByThread(q: Q, platform: string, thread: string): Promise<CaseRow | undefined> {
  const [row] = await q
    .select()
    .from(cases)
    .where(and(eq(cases.platform, platform), eq(cases.thread, thread)))
    .orderBy(desc(cases.id))
    .limit(1);
  return row;
}

export async function latestOpenCaseOf(q: Q, platform: string, customer: string): Promise<CaseRow | undefined> {
  const [row] = await q
    .select()
    .from(cases)
    .where(and(eq(cases.platform, platform), eq(cases.customer, customer), notInArray(cases.state, CLOSED)))
    .orderBy(desc(cases.id))
    .limit(1);
  return row;
}

export async function insertCase(tx: Tx, row: typeof cases.$inferInsert): Promise<CaseRow> {
  const [inserted] = await tx.insert(cases).values(row).returning();
  return inserted!;
}

/** Writes the new snapshot if the row is still at `version`; false when someone else got there first. */
export async function updateCase(
  tx: Tx,
  id: number,
  version: number,
  values: Pick<CaseRow, 'state' | 'snapshot' | 'orderNumber' | 'rma' | 'updatedAt' | 'closedAt' | 'lastCustomerAt' | 'stateSince'>,
): Promise<boolean> {
  const updated = await tx
    .update(cases)
    .set({ ...values, version: version + 1 })
    .where(and(eq(cases.id, id), eq(cases.version, version)))
    .returning({ id: cases.id });
  return updated.length === 1;
}

export async function appendCaseEvents(tx: Tx, events: NewCaseEvent[]): Promise<void> {
  if (events.length > 0) await tx.insert(caseEvents).values(events);
}

export async function insertAttachments(tx: Tx, rows: NewAttachment[]): Promise<number[]> {
  if (rows.length === 0) return [];
  const inserted = await tx.insert(attachments).values(rows).returning({ id: attachments.id });
  return inserted.map((r) => r.id);
}

export type NewEvidence = typeof evidence.$inferInsert;
export type EvidenceRow = typeof evidence.$inferSelect;

export async function insertEvidence(tx: Tx, rows: NewEvidence[]): Promise<void> {
  if (rows.length > 0) await tx.insert(evidence).values(rows);
}

export async function evidenceOfCase(q: Q, caseId: number): Promise<EvidenceRow[]> {
  return q.select().from(evidence).where(eq(evidence.caseId, caseId)).orderBy(asc(evidence.id));
}

export async function insertOutbox(tx: Tx, rowsToSend: Array<typeof outbox.$inferInsert>): Promise<number[]> {
  if (rowsToSend.length === 0) return [];
  const inserted = await tx.insert(outbox).values(rowsToSend).returning({ id: outbox.id });
  return inserted.map((r) => r.id);
}

export async function markOutboxDelivered(q: Q, ids: number[], at: string): Promise<void> {
  if (ids.length > 0) await q.update(outbox).set({ deliveredAt: at, leaseUntil: null }).where(inArray(outbox.id, ids));
}

export async function pendingOutbox(q: Q, limit = 100): Promise<OutboxRow[]> {
  return q.select().from(outbox).where(isNull(outbox.deliveredAt)).orderBy(asc(outbox.id)).limit(limit);
}

/** Records a platform event id; false when it was recorded before (a retry or a replay). */
export async function claimPlatformEvent(tx: Tx, platform: string, eventId: string): Promise<boolean> {
  const inserted = await tx.insert(processedEvents).values({ platform, eventId }).onConflictDoNothing().returning({ eventId: processedEvents.eventId });
  return inserted.length === 1;
}

export async function listCases(q: Q, filter: { state: string | 'open' | 'all'; platform?: string; customer?: string; limit: number; newestFirst?: boolean }): Promise<CaseRow[]> {
  const conditions = [];
  // Spelled as the partial index cases_open_opened is, constants and all, so that the planner uses it.
  if (filter.state === 'open') conditions.push(sql`${cases.state} not in ('resolved', 'declined', 'cancelled')`);
  else if (filter.state !== 'all') conditions.push(eq(cases.state, filter.state));
  if (filter.platform) conditions.push(eq(cases.platform, filter.platform));
  if (filter.customer) conditions.push(eq(cases.customer, filter.customer));
  return q
    .select()
    .from(cases)
    .where(conditions.length > 0 ? and(...conditions) : undefined)
    .orderBy(...(filter.newestFirst ? [desc(cases.openedAt), desc(cases.id)] : [asc(cases.openedAt), asc(cases.id)]))
    .limit(filter.limit);
}

export async function caseHistory(q: Q, caseId: number, limit = 1000): Promise<CaseEventRow[]> {
  return q.select().from(caseEvents).where(eq(caseEvents.caseId, caseId)).orderBy(asc(caseEvents.id)).limit(limit);
}

export async function casesByRefs(q: Q, refs: string[]): Promise<CaseRow[]> {
  if (refs.length === 0) return [];
  return q.select().from(cases).where(inArray(cases.ref, refs)).orderBy(asc(cases.id));
}

// --- durable timers -------------------------------------------------------------------------------

export type TimerRow = typeof timers.$inferSelect;

/** Makes the case's pending timers exactly `wanted`; fired timers stay as they are (they fire once). */
export async function reconcileTimers(tx: Tx, caseId: number, wanted: Array<{ kind: string; dueAt: string }>): Promise<void> {
  const pending = await tx.select().from(timers).where(and(eq(timers.caseId, caseId), isNull(timers.firedAt)));
  const key = (t: { kind: string; dueAt: string }) => `${t.kind}@${new Date(t.dueAt).getTime()}`;
  const wantedKeys = new Set(wanted.map(key));
  const pendingByKey = new Map(pending.map((t) => [key({ kind: t.kind, dueAt: iso(t.dueAt) }), t]));
  const stale = [...pendingByKey].filter(([k]) => !wantedKeys.has(k)).map(([, t]) => t);
  if (stale.length > 0) await tx.delete(timers).where(inArray(timers.id, stale.map((t) => t.id)));
  // Only what is not pending yet; one that already fired stays fired (the conflict on its identity).
  const missing = wanted.filter((w) => !pendingByKey.has(key(w)));
  if (missing.length > 0) await tx.insert(timers).values(missing.map((w) => ({ caseId, kind: w.kind, dueAt: w.dueAt }))).onConflictDoNothing();
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
  return row;
}

export async function markTimerFired(tx: Tx, id: number, at: string): Promise<void> {
  await tx.update(timers).set({ firedAt: at }).where(eq(timers.id, id));
}

export async function pendingTimers(q: Q, caseId: number): Promise<TimerRow[]> {
  return q.select().from(timers).where(and(eq(timers.caseId, caseId), isNull(timers.firedAt))).orderBy(asc(timers.dueAt));
}

export async function lockCaseById(tx: Tx, id: number): Promise<CaseRow | undefined> {
  const [row] = await tx.select().from(cases).where(eq(cases.id, id)).for('update');
  return row;
}

// --- outbox relay ---------------------------------------------------------------------------------

/**
 * Leases up to `limit` deliverable rows: not delivered, not backing off, not leased by a live relay,
 * and with no earlier undelivered row of the same case (a case's messages go out in order).
 */
export async function leaseOutbox(tx: Tx, options: { now: string; leaseUntil: string; platforms: string[]; limit: number }): Promise<OutboxRow[]> {
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
  return tx
    .update(outbox)
    .set({ leaseUntil: options.leaseUntil, attempts: sql`${outbox.attempts} + 1` })
    .where(inArray(outbox.id, candidates.map((c) => c.id)))
    .returning();
}

export async function outboxDelivered(q: Q, id: number, at: string): Promise<void> {
  await q.update(outbox).set({ deliveredAt: at, leaseUntil: null, lastError: null }).where(eq(outbox.id, id));
}

/**
 * A delivery failed; the row waits until `nextAttemptAt`. A rate-limited try (the platform said "later",
 * nothing was posted) is not counted as an attempt, so that it does not lengthen the backoff of a real
 * failure after it.
 */
export async function outboxFailed(q: Q, id: number, nextAttemptAt: string, error: string, options: { rateLimited?: boolean } = {}): Promise<void> {
  await q
    .update(outbox)
    .set({ nextAttemptAt, leaseUntil: null, lastError: error.slice(0, 1000), ...(options.rateLimited ? { attempts: sql`greatest(${outbox.attempts} - 1, 0)` } : {}) })
    .where(eq(outbox.id, id));
}

/** Gives a leased row back without counting an attempt. */
export async function outboxRelease(q: Q, id: number): Promise<void> {
  await q.update(outbox).set({ leaseUntil: null }).where(eq(outbox.id, id));
}

/** Serializes case creation for one customer until the transaction ends. */
export async function lockCustomer(tx: Tx, platform: string, customer: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`${platform}:${customer}`}))`);
}

/** Leases the given rows for an adapter's immediate delivery; returns the ids it got (not delivered, not leased). */
export async function leaseRows(q: Q, ids: number[], now: string, leaseUntil: string): Promise<number[]> {
  if (ids.length === 0) return [];
  const idList = sql.join(ids.map((id) => sql`${id}`), sql`, `);
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
