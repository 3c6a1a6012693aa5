// Reads cases with their audit trail and evidence files for exports and reports: one query for the
// cases, one each for their events and files (filtered by the same condition, not by a list of ids, so
// a large export stays three queries).
import { and, asc, eq, gte, inArray, type SQL } from 'drizzle-orm';
import type { CaseContext } from '../case/types.ts';
import { persistedSnapshot } from '../case/snapshot.ts';
import type { Db, Tx } from '../store/database.ts';
import type { CaseEventRow, CaseRow, EvidenceRow } from '../store/rows.ts';
import { caseEvents, cases, evidence, OPEN_CASE_SQL } from '../store/schema.ts';
import { isoRows } from '../store/timestamps.ts';
import type { StateFilter } from './reportInput.ts';

export interface CaseFilter {
  /** Cases opened at or after this instant. */
  since?: string | null | undefined;
  state?: StateFilter | undefined;
  ref?: string | undefined;
}

export interface LoadedCase {
  row: CaseRow;
  context: CaseContext;
  /** The audit trail, oldest first. */
  events: CaseEventRow[];
  /** The case's files in the evidence vault, in the order they came. */
  evidence: EvidenceRow[];
}

function byCaseId<T extends { caseId: number }>(rows: T[]): Map<number, T[]> {
  const byCase = new Map<number, T[]>();
  for (const row of rows) {
    const list = byCase.get(row.caseId);
    if (list) list.push(row);
    else byCase.set(row.caseId, [row]);
  }
  return byCase;
}

function condition(filter: CaseFilter): SQL | undefined {
  const parts: SQL[] = [];
  if (filter.since) parts.push(gte(cases.openedAt, filter.since));
  if (filter.state === 'open') parts.push(OPEN_CASE_SQL);
  else if (filter.state && filter.state !== 'all') parts.push(eq(cases.state, filter.state));
  if (filter.ref) parts.push(eq(cases.ref, filter.ref));
  return parts.length > 0 ? and(...parts) : undefined;
}

/** Runs `read` in one read-only snapshot, so cases, their events and the orders agree with each other. */
export function consistentRead<T>(db: Db, read: (tx: Tx) => Promise<T>): Promise<T> {
  return db.transaction(read, { isolationLevel: 'repeatable read', accessMode: 'read only' });
}

/** Cases oldest first, each with its typed context and audit trail. */
export async function loadCases(db: Db | Tx, filter: CaseFilter): Promise<LoadedCase[]> {
  const where = condition(filter);
  const rows = isoRows(cases, await db.select().from(cases).where(where).orderBy(asc(cases.openedAt), asc(cases.id)));
  if (rows.length === 0) return [];
  const ids = db.select({ id: cases.id }).from(cases).where(where);
  const events = byCaseId(
    isoRows(
      caseEvents,
      await db.select().from(caseEvents).where(inArray(caseEvents.caseId, ids)).orderBy(asc(caseEvents.caseId), asc(caseEvents.id)),
    ),
  );
  const files = byCaseId(
    isoRows(
      evidence,
      await db.select().from(evidence).where(inArray(evidence.caseId, ids)).orderBy(asc(evidence.caseId), asc(evidence.id)),
    ),
  );
  return rows.map((row) => ({
    row,
    context: persistedSnapshot(row).context,
    events: events.get(row.id) ?? [],
    evidence: files.get(row.id) ?? [],
  }));
}
