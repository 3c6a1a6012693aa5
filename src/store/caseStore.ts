// Cases, their audit trail and attachments, the case and RMA number sequences, the locks that serialize
// case changes, and processed platform events. Every write takes the transaction the case service
// opened, so one event is one commit; every row returned has its timestamps in ISO form.
import { and, asc, count, desc, eq, gte, inArray, or, sql } from 'drizzle-orm';
import type { Q, Tx } from './database.ts';
import type { CaseEventRow, CaseRow, NewAttachment, NewCase, NewCaseEvent } from './rows.ts';
import { attachments, caseEvents, caseRefSeq, cases, OPEN_CASE_SQL, processedEvents, rmaSeq } from './schema.ts';
import { isoRow, isoRows } from './timestamps.ts';

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

function caseRow(row: CaseRow | undefined): CaseRow | undefined {
  return row && isoRow(cases, row);
}

export async function findCaseByRef(q: Q, ref: string): Promise<CaseRow | undefined> {
  const [row] = await q.select().from(cases).where(eq(cases.ref, ref));
  return caseRow(row);
}

export async function findCaseByThread(q: Q, platform: string, thread: string): Promise<CaseRow | undefined> {
  const [row] = await q
    .select()
    .from(cases)
    .where(and(eq(cases.platform, platform), eq(cases.thread, thread)))
    .orderBy(desc(cases.id))
    .limit(1);
  return caseRow(row);
}

export async function latestOpenCaseOf(q: Q, platform: string, customer: string): Promise<CaseRow | undefined> {
  const [row] = await q
    .select()
    .from(cases)
    .where(and(eq(cases.platform, platform), eq(cases.customer, customer), OPEN_CASE_SQL))
    .orderBy(desc(cases.id))
    .limit(1);
  return caseRow(row);
}

/**
 * The customer's latest case that is open, or closed no earlier than `closedSince`: a closed case stays
 * the customer's conversation for a while (policy `closedConversationDays`).
 */
export async function latestCaseOf(q: Q, platform: string, customer: string, closedSince: string): Promise<CaseRow | undefined> {
  // One read: open cases (closed_at null) first, then the most recently closed.
  const [row] = await q
    .select()
    .from(cases)
    .where(and(eq(cases.platform, platform), eq(cases.customer, customer), or(OPEN_CASE_SQL, gte(cases.closedAt, closedSince))))
    .orderBy(sql`${cases.closedAt} is null desc`, desc(cases.closedAt), desc(cases.id))
    .limit(1);
  return caseRow(row);
}

/** The customer's open case for an order, if any. */
export async function openCaseOfOrder(q: Q, platform: string, customer: string, orderNumber: string): Promise<CaseRow | undefined> {
  const [row] = await q
    .select()
    .from(cases)
    .where(and(eq(cases.platform, platform), eq(cases.customer, customer), eq(cases.orderNumber, orderNumber), OPEN_CASE_SQL))
    .orderBy(desc(cases.id))
    .limit(1);
  return caseRow(row);
}

/** How many cases the customer opened since `since` (the daily limit on new claims). */
export async function casesOpenedSince(q: Q, platform: string, customer: string, since: string): Promise<number> {
  const [row] = await q
    .select({ n: count() })
    .from(cases)
    .where(and(eq(cases.platform, platform), eq(cases.customer, customer), gte(cases.openedAt, since)));
  return row?.n ?? 0;
}

/** Whether a platform event id was recorded (read before any parsing: a replay costs one look-up). */
export async function platformEventSeen(q: Q, platform: string, eventId: string): Promise<boolean> {
  const [row] = await q
    .select({ eventId: processedEvents.eventId })
    .from(processedEvents)
    .where(and(eq(processedEvents.platform, platform), eq(processedEvents.eventId, eventId)))
    .limit(1);
  return row !== undefined;
}

export async function insertCase(tx: Tx, row: NewCase): Promise<CaseRow> {
  const [inserted] = await tx.insert(cases).values(row).returning();
  return isoRow(cases, inserted!);
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

export async function lockCaseById(tx: Tx, id: number): Promise<CaseRow | undefined> {
  const [row] = await tx.select().from(cases).where(eq(cases.id, id)).for('update');
  return caseRow(row);
}

/** Serializes case creation for one customer until the transaction ends. */
export async function lockCustomer(tx: Tx, platform: string, customer: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`${platform}:${customer}`}))`);
}

export async function appendCaseEvents(tx: Tx, events: NewCaseEvent[]): Promise<void> {
  if (events.length > 0) await tx.insert(caseEvents).values(events);
}

export async function insertAttachments(tx: Tx, rows: NewAttachment[]): Promise<number[]> {
  if (rows.length === 0) return [];
  const inserted = await tx.insert(attachments).values(rows).returning({ id: attachments.id });
  return inserted.map((r) => r.id);
}

/** Records a platform event id; false when it was recorded before (a retry or a replay). */
export async function claimPlatformEvent(tx: Tx, platform: string, eventId: string): Promise<boolean> {
  const inserted = await tx
    .insert(processedEvents)
    .values({ platform, eventId })
    .onConflictDoNothing()
    .returning({ eventId: processedEvents.eventId });
  return inserted.length === 1;
}

export async function listCases(
  q: Q,
  filter: { state: string | 'open' | 'all'; platform?: string; customer?: string; limit: number; newestFirst?: boolean },
): Promise<CaseRow[]> {
  const conditions = [];
  if (filter.state === 'open') conditions.push(OPEN_CASE_SQL);
  else if (filter.state !== 'all') conditions.push(eq(cases.state, filter.state));
  if (filter.platform) conditions.push(eq(cases.platform, filter.platform));
  if (filter.customer) conditions.push(eq(cases.customer, filter.customer));
  const found = await q
    .select()
    .from(cases)
    .where(conditions.length > 0 ? and(...conditions) : undefined)
    .orderBy(...(filter.newestFirst ? [desc(cases.openedAt), desc(cases.id)] : [asc(cases.openedAt), asc(cases.id)]))
    .limit(filter.limit);
  return isoRows(cases, found);
}

export async function casesByRefs(q: Q, refs: string[]): Promise<CaseRow[]> {
  if (refs.length === 0) return [];
  return isoRows(cases, await q.select().from(cases).where(inArray(cases.ref, refs)).orderBy(asc(cases.id)));
}

export async function caseHistory(q: Q, caseId: number, limit = 1000): Promise<CaseEventRow[]> {
  return isoRows(
    caseEvents,
    await q.select().from(caseEvents).where(eq(caseEvents.caseId, caseId)).orderBy(asc(caseEvents.id)).limit(limit),
  );
}
