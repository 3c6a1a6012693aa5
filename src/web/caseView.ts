// Everything the desk's case page shows of one case, read in one place: the case row and its context
// (restored from the snapshot), the audit trail, the messages the bot sent for it (the outbox), the
// order record, the evidence files, the eligibility decision, the shipping costs against the cap, flags
// and notes. No platform link leaves this module: files are named by their evidence id, which the desk
// serves from the vault (a platform's link expires, and would send a staffer's browser to Slack or Discord).
import { and, asc, eq, notExists } from 'drizzle-orm';
import type { CaseSummary } from '../case/caseSummary.ts';
import { normalizeRef } from '../case/caseRef.ts';
import type { CaseSnapshot } from '../case/caseState.ts';
import { persistedSnapshot } from '../case/snapshot.ts';
import type { CaseContext, ClaimKind, CostLine, FileRef, FlagEntry, OrderItem, StaffNote } from '../case/types.ts';
import { evidenceItem, type EvidenceItem } from '../evidence/evidenceQueries.ts';
import { calendarDate, decideEligibility } from '../policy/eligibility.ts';
import { coveredCents, pendingCents } from '../policy/costs.ts';
import type { SaleTerms } from '../policy/policy.ts';
import { caseSummary } from '../service/caseQueries.ts';
import { plainText, type Outbound } from '../service/messages.ts';
import { caseHistory, findCaseByRef } from '../store/caseStore.ts';
import type { Db } from '../store/database.ts';
import { evidenceOfCase } from '../store/evidenceStore.ts';
import type { EvidenceRow } from '../store/rows.ts';
import { attachments, evidence as evidenceTable, outbox } from '../store/schema.ts';
import { TableOrderSource } from '../store/orderStore.ts';
import { isoRows } from '../store/timestamps.ts';

/** How many audit rows a page reads; a case with more shows the first ones and says so. */
export const HISTORY_LIMIT = 5_000;

/** A file as the page may show it: no platform link, and the vault's id when the desk can serve it. */
export interface ShownFile {
  name: string;
  type: string;
  size: number;
  /** The `evidence` row of this file; null when it was not queued for the vault (no link to copy from). */
  evidenceId: number | null;
}

/** One row of the audit trail, with the event's data (files in it as `ShownFile`s). */
export interface CaseEventEntry {
  id: number;
  at: string;
  actorKind: string;
  actorId: string;
  type: string;
  data: Record<string, unknown>;
  stateBefore: string | null;
  stateAfter: string;
  /** The case's version after the write that recorded it: the rows of one write share it. */
  version: number;
}

/** A message the bot queued for the case (an outbox row): to the customer, or to the staff channel. */
export interface CaseMessage {
  id: number;
  /** The case version its write made (rows written before this was noted: null). */
  version: number | null;
  /** When it was written: the time of the event that caused it. */
  at: string;
  to: 'customer' | 'staff';
  /** The customer it went to, or null for the staff channel. */
  user: string | null;
  /** As the platform shows it: the bot's text, then any quoted customer words. */
  text: string;
  /** A document sent with it (`rma_document`, `serial_preview`), if any. */
  attachment: string | null;
  deliveredAt: string | null;
  attempts: number;
  lastError: string | null;
}

/** A file posted to the case that was not queued for the vault (the platform gave no link to copy). */
export interface UnvaultedFile {
  attachmentId: number;
  name: string;
  type: string;
  size: number;
  purpose: string;
  at: string;
}

/** The claim's window by the policy the case opened under (policy sections 2, 3 and 6). */
export type EligibilityView =
  | { outcome: 'undecided'; why: 'no_order' | 'no_item' }
  | {
      outcome: 'eligible';
      kind: ClaimKind;
      deliveredOn: string;
      /** The day the claim was made (the case opened), in the policy's time zone. */
      claimedOn: string;
      daysSinceDelivery: number;
      windowDays: number;
      windowEndsOn: string;
    }
  | {
      outcome: 'outside_window';
      deliveredOn: string;
      claimedOn: string;
      daysSinceDelivery: number;
      windowDays: number;
      windowEndedOn: string;
    }
  | { outcome: 'non_returnable'; terms: SaleTerms }
  /** No delivery date on record: the policy cannot tell; staff decide. */
  | { outcome: 'unverified' };

/** What staff decided, from the audit trail (the latest of each). */
export interface StaffDecisions {
  approved: { rma: string; by: string; at: string } | null;
  denied: { reason: string; by: string; at: string } | null;
}

export interface CostsView {
  lines: CostLine[];
  /** The cap per case, from the policy the case opened under (USD 500 in the published policy). */
  capCents: number;
  totalCents: number;
  /** Covered: within the cap, plus what staff approved above it in writing. */
  coveredCents: number;
  /** Above the cap, waiting for written approval. */
  pendingCents: number;
  /** Above the cap and approved in writing. */
  approvedCents: number;
  /** Each written approval of costs above the cap (`/rma approve-cost`). */
  approvals: Array<{ by: string; at: string }>;
}

export interface CaseView {
  summary: CaseSummary;
  /** The machine's context, platform links taken out. */
  context: CaseContext;
  /** The case's snapshot as stored (with that context): what the desk asks the machine whether it takes an action now. */
  snapshot: CaseSnapshot;
  history: CaseEventEntry[];
  /** False when the case has more than HISTORY_LIMIT audit rows (only the first ones are here). */
  historyComplete: boolean;
  messages: CaseMessage[];
  order: {
    number: string | null;
    /** The order's items as the order table has them now; the case's own copy when the table has none. */
    items: OrderItem[];
    /** Whether `items` came from the order table (false: the copy the case took when the customer named it). */
    onRecord: boolean;
    /** The item the claim is for. */
    claimed: OrderItem | null;
  };
  evidence: EvidenceItem[];
  otherFiles: UnvaultedFile[];
  eligibility: EligibilityView;
  decisions: StaffDecisions;
  costs: CostsView;
  notes: StaffNote[];
  flags: FlagEntry[];
}

export async function loadCaseView(db: Db, ref: string): Promise<CaseView | null> {
  const row = await findCaseByRef(db, normalizeRef(ref) ?? ref.trim().toUpperCase());
  if (!row) return null;
  const summary = caseSummary(row);
  const stored = persistedSnapshot(row);
  const rawContext = stored.context;
  const [historyRows, outboxRows, evidenceRows, unvaulted] = await Promise.all([
    caseHistory(db, row.id, HISTORY_LIMIT + 1),
    db.select().from(outbox).where(eq(outbox.caseId, row.id)).orderBy(asc(outbox.id)),
    evidenceOfCase(db, row.id),
    db
      .select()
      .from(attachments)
      .where(
        and(
          eq(attachments.caseId, row.id),
          notExists(db.select({ id: evidenceTable.id }).from(evidenceTable).where(eq(evidenceTable.attachmentId, attachments.id))),
        ),
      )
      .orderBy(asc(attachments.id)),
  ]);
  const orderNumber = rawContext.orderNumber ?? summary.orderNumber;
  const recorded = orderNumber ? await new TableOrderSource(db).findOrder(orderNumber) : [];

  const files = new FileMatcher(evidenceRows);
  const history = historyRows.slice(0, HISTORY_LIMIT).map((h): CaseEventEntry => ({
    id: h.id,
    at: h.at,
    actorKind: h.actorKind,
    actorId: h.actorId,
    type: h.type,
    data: files.shownData(h.data),
    stateBefore: h.stateBefore,
    stateAfter: h.stateAfter,
    version: h.version,
  }));
  const context = withoutLinks(rawContext);
  return {
    summary,
    context,
    snapshot: { ...stored, context } as CaseSnapshot,
    history,
    historyComplete: historyRows.length <= HISTORY_LIMIT,
    messages: isoRows(outbox, outboxRows).map(caseMessage),
    order: {
      number: orderNumber,
      items: recorded.length > 0 ? recorded : context.orderItems,
      onRecord: recorded.length > 0,
      claimed: context.item,
    },
    evidence: evidenceRows.map(evidenceItem),
    otherFiles: isoRows(attachments, unvaulted).map((a) => ({
      attachmentId: a.id,
      name: a.name,
      type: a.type,
      size: a.size,
      purpose: a.purpose,
      at: a.at,
    })),
    eligibility: eligibilityOf(context),
    decisions: decisionsOf(history),
    costs: costsOf(context, history),
    notes: context.notes,
    flags: context.flags,
  };
}

function caseMessage(r: typeof outbox.$inferSelect): CaseMessage {
  const payload = (r.payload ?? {}) as Partial<Outbound> & { caseVersion?: unknown };
  return {
    id: r.id,
    version: typeof payload.caseVersion === 'number' ? payload.caseVersion : null,
    at: r.createdAt,
    to: payload.to === 'customer' ? 'customer' : 'staff',
    user: payload.user ?? null,
    text: plainText({ text: payload.text ?? '', quote: payload.quote }),
    attachment: payload.attachment?.kind ?? null,
    deliveredAt: r.deliveredAt,
    attempts: r.attempts,
    lastError: r.lastError,
  };
}

function isFileRef(value: unknown): value is FileRef {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.name === 'string' && typeof v.type === 'string' && typeof v.size === 'number';
}

/**
 * Names the files of audit rows by their evidence row: by the platform link the row was copied from
 * (the same link twice goes to the next row each time), else by the platform's file id and name.
 */
class FileMatcher {
  private readonly used = new Set<number>();
  constructor(private readonly rows: EvidenceRow[]) {}

  private evidenceIdOf(file: FileRef): number | null {
    const byUrl = file.url ? this.rows.filter((r) => r.url === file.url) : [];
    const byId = byUrl.length === 0 && file.id ? this.rows.filter((r) => r.fileId === file.id && r.name === file.name) : [];
    const candidates = byUrl.length > 0 ? byUrl : byId;
    const found = candidates.find((r) => !this.used.has(r.id)) ?? candidates[0];
    if (!found) return null;
    this.used.add(found.id);
    return found.id;
  }

  shown(file: FileRef): ShownFile {
    return { name: file.name, type: file.type, size: file.size, evidenceId: this.evidenceIdOf(file) };
  }

  /** An audit row's data with its files (`file`, `files`) as ShownFiles. */
  shownData(data: unknown): Record<string, unknown> {
    const out = { ...((typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>) };
    if (isFileRef(out.file)) out.file = this.shown(out.file);
    if (Array.isArray(out.files)) out.files = out.files.filter(isFileRef).map((f) => this.shown(f));
    return out;
  }
}

function linkless(file: FileRef): FileRef;
function linkless(file: FileRef | null): FileRef | null;
function linkless(file: FileRef | null): FileRef | null {
  if (!file) return null;
  const { url: _url, ...rest } = file;
  return rest;
}

/** The context with the platform links of its files taken out. */
function withoutLinks(c: CaseContext): CaseContext {
  return {
    ...c,
    serialPhoto: linkless(c.serialPhoto),
    installPhoto: linkless(c.installPhoto),
    evidence: c.evidence.map((e) => (e.file ? { ...e, file: linkless(e.file) } : e)),
  };
}

function eligibilityOf(c: CaseContext): EligibilityView {
  if (!c.item) return { outcome: 'undecided', why: c.orderNumber === null || c.orderItems.length === 0 ? 'no_order' : 'no_item' };
  const decision = decideEligibility(c.item, c.openedAt, c.policy);
  const claimedOn = calendarDate(c.openedAt, c.policy.timeZone).toString();
  switch (decision.outcome) {
    case 'eligible':
      return {
        outcome: 'eligible',
        kind: decision.kind,
        deliveredOn: c.item.deliveredOn!,
        claimedOn,
        daysSinceDelivery: decision.daysSinceDelivery,
        windowDays: decision.kind === 'doa' ? c.policy.doaDays : c.policy.warrantyDays,
        windowEndsOn: decision.windowEndsOn,
      };
    case 'declined':
      return decision.reason === 'non_returnable'
        ? { outcome: 'non_returnable', terms: decision.terms }
        : {
            outcome: 'outside_window',
            deliveredOn: c.item.deliveredOn!,
            claimedOn,
            daysSinceDelivery: decision.daysSinceDelivery,
            windowDays: c.policy.warrantyDays,
            windowEndedOn: decision.windowEndedOn,
          };
    case 'unverified':
      return { outcome: 'unverified' };
  }
}

function text(data: Record<string, unknown>, key: string): string {
  const value = data[key];
  return typeof value === 'string' ? value : '';
}

function decisionsOf(history: CaseEventEntry[]): StaffDecisions {
  const approve = history.findLast((h) => h.type === 'staff.approve');
  const deny = history.findLast((h) => h.type === 'staff.deny');
  const reopened = history.findLast((h) => h.type === 'staff.reopen');
  // A reopen undoes a denial (the case is open again); an approval and its RMA number stay.
  const denyStands = deny && (!reopened || reopened.id < deny.id);
  return {
    approved: approve ? { rma: text(approve.data, 'rma'), by: approve.actorId, at: approve.at } : null,
    denied: deny && denyStands ? { reason: text(deny.data, 'reason'), by: deny.actorId, at: deny.at } : null,
  };
}

function costsOf(c: CaseContext, history: CaseEventEntry[]): CostsView {
  return {
    lines: c.costs,
    capCents: c.policy.costCapCents,
    totalCents: c.costs.reduce((sum, line) => sum + line.cents, 0),
    coveredCents: coveredCents(c.costs),
    pendingCents: pendingCents(c.costs),
    approvedCents: c.costs.reduce((sum, line) => sum + line.approvedCents, 0),
    approvals: history.filter((h) => h.type === 'staff.approve_cost').map((h) => ({ by: h.actorId, at: h.at })),
  };
}
