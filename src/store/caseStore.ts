// Reading cases and their audit trail; the case and RMA number sequences, the locks that serialize
// case creation and approvals, and processed platform events. A case change itself is written by
// caseWrite.ts in one statement. Every row returned has its timestamps in ISO form.
import { and, asc, desc, eq, gte, inArray, or, sql } from 'drizzle-orm';
import type { Q, Tx } from './database.ts';
import type { CaseEventRow, CaseRow } from './rows.ts';
import { runStatement, type Statement } from './rawStatement.ts';
import { caseEvents, caseRefSeq, cases, OPEN_CASE_SQL, OPEN_CASE_TEXT, processedEvents, rmaSeq } from './schema.ts';
import { isoRow, isoRows } from './timestamps.ts';

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

// The reads every event makes, prepared once per database handle: a named statement on node-postgres,
// so drizzle does not build them again nor PostgreSQL parse them again on every event.
const prepared = {
  byRef: (q: Q) =>
    q
      .select()
      .from(cases)
      .where(eq(cases.ref, sql.placeholder('ref')))
      .prepare('rma_case_by_ref'),
  byThread: (q: Q) =>
    q
      .select()
      .from(cases)
      .where(and(eq(cases.platform, sql.placeholder('platform')), eq(cases.thread, sql.placeholder('thread'))))
      .orderBy(desc(cases.id))
      .limit(1)
      .prepare('rma_case_by_thread'),
  latestOf: (q: Q) =>
    q
      .select()
      .from(cases)
      .where(
        and(
          eq(cases.platform, sql.placeholder('platform')),
          eq(cases.customer, sql.placeholder('customer')),
          or(OPEN_CASE_SQL, gte(cases.closedAt, sql.placeholder('closedSince'))),
        ),
      )
      .orderBy(sql`${cases.closedAt} is null desc`, desc(cases.closedAt), desc(cases.id))
      .limit(1)
      .prepare('rma_latest_case_of'),
};
type Prepared = { [K in keyof typeof prepared]: ReturnType<(typeof prepared)[K]> };
const preparedByHandle = new WeakMap<Q, Partial<Prepared>>();

function preparedOn<K extends keyof Prepared>(q: Q, key: K): Prepared[K] {
  let forHandle = preparedByHandle.get(q);
  if (!forHandle) preparedByHandle.set(q, (forHandle = {}));
  return (forHandle[key] ??= prepared[key](q) as Prepared[K]);
}

export async function findCaseByRef(q: Q, ref: string): Promise<CaseRow | undefined> {
  const [row] = await preparedOn(q, 'byRef').execute({ ref });
  return caseRow(row);
}

export async function findCaseByThread(q: Q, platform: string, thread: string): Promise<CaseRow | undefined> {
  const [row] = await preparedOn(q, 'byThread').execute({ platform, thread });
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
  const [row] = await preparedOn(q, 'latestOf').execute({ platform, customer, closedSince });
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

/** Whether a platform event id was recorded (read before any parsing: a replay costs one look-up). */
export async function platformEventSeen(q: Q, platform: string, eventId: string): Promise<boolean> {
  const [row] = await q
    .select({ eventId: processedEvents.eventId })
    .from(processedEvents)
    .where(and(eq(processedEvents.platform, platform), eq(processedEvents.eventId, eventId)))
    .limit(1);
  return row !== undefined;
}

export async function lockCaseById(tx: Tx, id: number): Promise<CaseRow | undefined> {
  const [row] = await tx.select().from(cases).where(eq(cases.id, id)).for('update');
  return caseRow(row);
}

/**
 * Opening a case, first statement: claims the platform event id (when there is one) and takes the
 * customer's lock until the transaction ends, so two first messages of one customer open one case.
 * False when the event id was claimed before (a replay).
 */
export async function claimAndLockCustomer(tx: Tx, platform: string, customer: string, eventId: string | null): Promise<boolean> {
  const [row] = await runStatement(tx, CLAIM_AND_LOCK, [platform, eventId, `${platform}:${customer}`]);
  return row!.claimed === true;
}

const CLAIM_AND_LOCK: Statement = {
  name: 'rma_claim_and_lock_customer',
  text: `with claim as (
      insert into processed_events (platform, event_id) select $1::text, $2::text where $2::text is not null
      on conflict do nothing returning 1)
    select pg_advisory_xact_lock(hashtext($3::text)) as locked, ($2::text is null or exists (select 1 from claim)) as claimed`,
};

/**
 * Opening a case, second statement (under the customer's lock): whether the customer has an open case,
 * how many cases they opened since `since`, and, when a case may be opened (no open one unless
 * `another`, fewer than `maxNew` recent ones), its new reference.
 */
export async function openingCheck(
  tx: Tx,
  options: { platform: string; customer: string; since: string; maxNew: number; another: boolean },
): Promise<{ open: boolean; recent: number; ref: string | null }> {
  const { platform, customer, since, maxNew, another } = options;
  const [row] = await runStatement(tx, OPENING_CHECK, [platform, customer, since, maxNew, another]);
  return {
    open: row!.open === true,
    recent: Number(row!.recent),
    ref: row!.n === null || row!.n === undefined ? null : `C-${String(row!.n)}`,
  };
}

const OPENING_CHECK: Statement = {
  name: 'rma_opening_check',
  text: `with o as (select exists (select 1 from cases where platform = $1::text and customer = $2::text and ${OPEN_CASE_TEXT}) as open),
      r as (select count(*)::int as recent from cases where platform = $1::text and customer = $2::text and opened_at >= $3::timestamptz)
    select o.open, r.recent,
      case when ($5::boolean or not o.open) and r.recent < $4::int then nextval('${caseRefSeq.seqName}') end as n
    from o, r`,
};

/** Records a platform event id; false when it was recorded before (a retry or a replay). */
export async function claimPlatformEvent(q: Q, platform: string, eventId: string): Promise<boolean> {
  const inserted = await q
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
