// `rma-desk cases export`: one record per case as CSV or JSON; and one case in full (record, notes,
// costs and audit trail) for a machine-readable `cases show`.
import { evidenceItem } from '../evidence/evidenceQueries.ts';
import type { CaseContext, CostLine, StaffNote } from '../case/types.ts';
import type { Db } from '../store/database.ts';
import { consistentRead, loadCases } from './caseQuery.ts';
import { caseRecord, CSV_COLUMNS, csvValues, type CaseRecord } from './caseRecord.ts';
import { toCsv } from './csv.ts';
import { parseSince, parseStateFilter, ReportInputError } from './reportInput.ts';

export type ExportFormat = 'csv' | 'json';

export interface ExportOptions {
  format: ExportFormat;
  /** `YYYY-MM-DD` (in `timeZone`) or an ISO instant: cases opened since then. */
  since?: string | undefined;
  /** A state name, `open` or `all` (default). */
  state?: string | undefined;
  /** The export's clock: the current state's time runs to it. */
  now: string;
  /** The policy's time zone, for `since` dates. Default UTC. */
  timeZone?: string | undefined;
}

export function parseExportFormat(text: string | undefined): ExportFormat {
  const value = (text ?? 'csv').trim().toLowerCase();
  if (value === 'csv' || value === 'json') return value;
  throw new ReportInputError(`--format: "${text}" is not csv or json`);
}

export async function exportRecords(db: Db, options: Omit<ExportOptions, 'format'>): Promise<CaseRecord[]> {
  const since = parseSince(options.since, options.timeZone ?? 'UTC');
  const state = parseStateFilter(options.state);
  const loaded = await consistentRead(db, (tx) => loadCases(tx, { since: since?.instant, state }));
  return loaded.map(({ row, context, events, evidence }) => caseRecord(row, context, events, evidence, options.now));
}

/** The export's text: CSV (RFC 4180, CRLF, header first) or a JSON array, oldest case first. */
export async function exportCases(db: Db, options: ExportOptions): Promise<string> {
  const format = parseExportFormat(options.format);
  const records = await exportRecords(db, options);
  if (format === 'json') return `${JSON.stringify(records, null, 2)}\n`;
  return toCsv(CSV_COLUMNS, records.map(csvValues));
}

export interface CaseDetail extends CaseRecord {
  description: string | null;
  delivered_on: string | null;
  window_ends_on: string | null;
  fault: string | null;
  decline_note: string | null;
  approved_by: string | null;
  costs: CostLine[];
  notes: StaffNote[];
  flag_details: CaseContext['flags'];
  /** Every file of the case in the evidence vault, with its store key once stored (`cases evidence REF` has them too). */
  evidence: Array<{
    name: string;
    purpose: string;
    status: string;
    sha256: string | null;
    size: number;
    type: string;
    key: string | null;
    preview_key: string | null;
    error: string | null;
    posted_at: string;
    stored_at: string | null;
  }>;
  history: Array<{
    at: string;
    actor_kind: string;
    actor_id: string;
    type: string;
    data: unknown;
    state_before: string | null;
    state_after: string;
  }>;
}

/** One case with everything staff see in `cases show`, as data; null when there is no such case. */
export async function exportCase(db: Db, ref: string, options: { now: string }): Promise<CaseDetail | null> {
  const [loaded] = await consistentRead(db, (tx) => loadCases(tx, { ref: ref.trim().toUpperCase() }));
  if (!loaded) return null;
  const { row, context: c, events, evidence } = loaded;
  return {
    ...caseRecord(row, c, events, evidence, options.now),
    description: c.item?.description ?? null,
    delivered_on: c.item?.deliveredOn ?? null,
    window_ends_on: c.windowEndsOn,
    fault: c.fault,
    decline_note: c.declineNote,
    approved_by: c.approvedBy,
    costs: c.costs,
    notes: c.notes,
    flag_details: c.flags,
    evidence: evidence.map(evidenceItem).map((e) => ({
      name: e.name,
      purpose: e.purpose,
      status: e.status,
      sha256: e.sha256,
      size: e.size,
      type: e.type,
      key: e.key,
      preview_key: e.previewKey,
      error: e.error,
      posted_at: e.postedAt,
      stored_at: e.storedAt,
    })),
    history: events.map((e) => ({
      at: e.at,
      actor_kind: e.actorKind,
      actor_id: e.actorId,
      type: e.type,
      data: e.data,
      state_before: e.stateBefore,
      state_after: e.stateAfter,
    })),
  };
}
