// The web desk's queue as data: open cases oldest first, filtered by state, kind of claim, flag and
// platform, or searched by case ref, RMA, order, serial or part number. Everything a row shows is read
// from the case row's columns (the kind, flags, serial and part number are columns the database keeps
// from the snapshot: no snapshot and no audit trail is read), every value typed is a bound parameter,
// and open cases are found through the `cases_open_opened` partial index (OPEN_CASE_SQL).
import { and, asc, count, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import { normalizeRef } from '../case/caseRef.ts';
import { CASE_STATES } from '../case/caseState.ts';
import { normalizeSerial } from '../case/machineHelpers.ts';
import type { ClaimKind, FlagCode } from '../case/types.ts';
import type { Q } from '../store/database.ts';
import { cases, OPEN_CASE_SQL } from '../store/schema.ts';
import { iso } from '../store/timestamps.ts';

export const CLAIM_KINDS: readonly ClaimKind[] = ['doa', 'warranty'];

/** Every flag a case can carry (a record, so that a new FlagCode fails to compile until it is listed here). */
const FLAGS: Record<FlagCode, true> = {
  human_requested: true,
  over_cost_cap: true,
  serial_mismatch: true,
  unverified_order: true,
  damage_reported: true,
  compatibility_claim: true,
  unit_mismatch: true,
  return_overdue: true,
};
export const FLAG_CODES = Object.keys(FLAGS) as readonly FlagCode[];

/** The longest search text kept (characters). */
export const QUEUE_SEARCH_MAX = 100;
export const QUEUE_LIMIT_DEFAULT = 200;
/** The most rows one query returns, whatever limit is asked for. */
export const QUEUE_LIMIT_MAX = 1000;
/** The most cases counted for the queue's caption ("200 of more than 10,000 cases shown"). */
export const QUEUE_COUNT_MAX = 10_000;

export interface QueueFilter {
  /** One state exactly (a closed one too). Without it: open cases, or every case with `includeClosed`. */
  state?: string;
  kind?: ClaimKind;
  flag?: FlagCode;
  platform?: string;
  /**
   * Case ref (`C-1001`, `c1001`, `1001`), RMA number or order number; when it is none of these, the claimed
   * item's serial or part number. Exact matches (case-insensitive) among the cases the rest of the filter selects.
   */
  q?: string;
  includeClosed?: boolean;
  /** Default 200, at most 1000. */
  limit?: number;
}

export interface QueueRow {
  ref: string;
  platform: string;
  customer: string;
  state: string;
  /** DOA or warranty once the claim was checked against the order; null before. */
  kind: ClaimKind | null;
  orderNumber: string | null;
  rma: string | null;
  /** ISO instants. */
  openedAt: string;
  stateSince: string;
  updatedAt: string;
  /** The flag codes on the case, each once, in the order they were raised. */
  flags: FlagCode[];
  /** Whole and fractional hours from opening, and in the current state, to `now`. */
  ageHours: number;
  timeInStateHours: number;
}

/** Hours from `from` to `now` (0 when `from` is later). */
export function hoursSince(from: string, now: string): number {
  return Math.max(0, (Date.parse(now) - Date.parse(from)) / 3_600_000);
}

/** The cases the text names by case ref, RMA number or order number: indexed columns. */
function namedCondition(typed: string): SQL {
  const upper = typed.toUpperCase();
  const ref = normalizeRef(typed);
  // An order number as typed, uppercase, or, when typed as digits with dashes or spaces, its digits (`100-234`).
  const digits = /^[\d\s-]+$/.test(typed) ? typed.replace(/\D/g, '') : '';
  const orderNumbers = [...new Set([typed, upper, ...(digits ? [digits] : [])])];
  const conditions: SQL[] = [eq(cases.rma, upper), inArray(cases.orderNumber, orderNumbers)];
  if (ref) conditions.push(eq(cases.ref, ref));
  return or(...conditions)!;
}

/** The cases whose claimed item has the text as its serial (however spaced or dashed) or part number. */
function itemCondition(typed: string): SQL {
  const serial = normalizeSerial(typed);
  const part = eq(cases.itemPart, typed.toUpperCase());
  return serial ? or(part, eq(cases.itemSerial, serial))! : part;
}

function filterConditions(filter: QueueFilter): SQL[] {
  const conditions: SQL[] = [];
  if (filter.state) conditions.push(eq(cases.state, filter.state));
  // Spelled as the partial index's predicate, so open cases are read from cases_open_opened.
  else if (!filter.includeClosed) conditions.push(OPEN_CASE_SQL);
  if (filter.platform) conditions.push(eq(cases.platform, filter.platform));
  if (filter.kind) conditions.push(eq(cases.claimKind, filter.kind));
  if (filter.flag) conditions.push(sql`${cases.flagCodes} @> ${JSON.stringify([filter.flag])}::jsonb`);
  return conditions;
}

/**
 * The filter as SQL. A search finds the cases its text names by ref, RMA or order number; only when it
 * names none of the cases filtered are their claimed items' serial and part numbers searched (an order
 * number that is also some item's serial finds the order's case). Both are index look-ups.
 */
async function whereOf(q: Q, filter: QueueFilter): Promise<SQL | undefined> {
  const conditions = filterConditions(filter);
  const typed = filter.q?.trim();
  if (typed) {
    const named = namedCondition(typed);
    const [hit] = await q
      .select({ id: cases.id })
      .from(cases)
      .where(and(...conditions, named))
      .limit(1);
    conditions.push(hit ? named : itemCondition(typed));
  }
  return conditions.length > 0 ? and(...conditions) : undefined;
}

function limitOf(filter: QueueFilter): number {
  const limit = filter.limit ?? QUEUE_LIMIT_DEFAULT;
  return Number.isSafeInteger(limit) && limit > 0 ? Math.min(limit, QUEUE_LIMIT_MAX) : QUEUE_LIMIT_DEFAULT;
}

function flagCodes(codes: unknown): FlagCode[] {
  if (!Array.isArray(codes)) return [];
  return [...new Set(codes.filter((c): c is FlagCode => typeof c === 'string' && Object.hasOwn(FLAGS, c)))];
}

/** The cases the queue shows for `filter`, oldest first (then by id: the order they were stored in); `now` for their ages. */
export async function queueCases(q: Q, filter: QueueFilter, now: string): Promise<QueueRow[]> {
  return rowsWhere(q, await whereOf(q, filter), limitOf(filter), now);
}

async function rowsWhere(q: Q, where: SQL | undefined, limit: number, now: string): Promise<QueueRow[]> {
  const found = await q
    .select({
      ref: cases.ref,
      platform: cases.platform,
      customer: cases.customer,
      state: cases.state,
      orderNumber: cases.orderNumber,
      rma: cases.rma,
      openedAt: cases.openedAt,
      stateSince: cases.stateSince,
      updatedAt: cases.updatedAt,
      kind: cases.claimKind,
      flags: cases.flagCodes,
    })
    .from(cases)
    .where(where)
    .orderBy(asc(cases.openedAt), asc(cases.id))
    .limit(limit);
  return found.map((r) => {
    const openedAt = iso(r.openedAt);
    // A case stored before state_since was kept has been in its state since it opened, as far as is known.
    const stateSince = iso(r.stateSince) ?? openedAt;
    return {
      ref: r.ref,
      platform: r.platform,
      customer: r.customer,
      state: r.state,
      kind: (CLAIM_KINDS as readonly (string | null)[]).includes(r.kind) ? (r.kind as ClaimKind) : null,
      orderNumber: r.orderNumber,
      rma: r.rma,
      openedAt,
      stateSince,
      updatedAt: iso(r.updatedAt),
      flags: flagCodes(r.flags),
      ageHours: hoursSince(openedAt, now),
      timeInStateHours: hoursSince(stateSince, now),
    };
  });
}

/**
 * What the queue page shows for `filter`: its rows, and how many cases match in all when the rows fill
 * the limit (counted only then: a queue shorter than its limit is all there is).
 */
export async function readQueue(q: Q, filter: QueueFilter, now: string): Promise<{ rows: QueueRow[]; total?: number }> {
  const where = await whereOf(q, filter);
  const limit = limitOf(filter);
  const rows = await rowsWhere(q, where, limit, now);
  return rows.length < limit ? { rows } : { rows, total: await countWhere(q, where) };
}

/**
 * How many cases match `filter` in all (the queue shows at most its limit of them), counted up to one
 * more than QUEUE_COUNT_MAX: a count above it means "more than 10,000" (counting every one of 100,000
 * cases would take longer than the page).
 */
export async function countQueueCases(q: Q, filter: QueueFilter): Promise<number> {
  return countWhere(q, await whereOf(q, filter));
}

async function countWhere(q: Q, where: SQL | undefined): Promise<number> {
  const matching = q
    .select({ id: cases.id })
    .from(cases)
    .where(where)
    .limit(QUEUE_COUNT_MAX + 1)
    .as('matching');
  const [row] = await q.select({ n: count() }).from(matching);
  return Number(row?.n ?? 0);
}

const PLATFORM_NAME = /^[a-z][a-z0-9_-]{0,31}$/;

/**
 * The queue's filter from the page's query string (`state`, `kind`, `flag`, `platform`, `q`). A value
 * that is not one of the known ones is left out (so it filters nothing); `state=all` is every case,
 * closed ones too; the search is trimmed and cut to 100 characters.
 */
export function queueFilterFrom(params: URLSearchParams): QueueFilter {
  const filter: QueueFilter = {};
  const state = params.get('state')?.trim() ?? '';
  if ((CASE_STATES as readonly string[]).includes(state)) filter.state = state;
  else if (state === 'all') filter.includeClosed = true;
  const kind = params.get('kind')?.trim() ?? '';
  if ((CLAIM_KINDS as readonly string[]).includes(kind)) filter.kind = kind as ClaimKind;
  const flag = params.get('flag')?.trim() ?? '';
  if (Object.hasOwn(FLAGS, flag)) filter.flag = flag as FlagCode;
  const platform = params.get('platform')?.trim().toLowerCase() ?? '';
  if (PLATFORM_NAME.test(platform)) filter.platform = platform;
  // Cut by code points, so no emoji is split in half.
  const q = [...(params.get('q') ?? '').trim()].slice(0, QUEUE_SEARCH_MAX).join('').trim();
  if (q) filter.q = q;
  return filter;
}

/** Whether the filter narrows the queue at all (otherwise it is every open case). */
export function isFiltered(filter: QueueFilter): boolean {
  return Boolean(filter.state || filter.kind || filter.flag || filter.platform || filter.q || filter.includeClosed);
}
