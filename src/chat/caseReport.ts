// The text of `/rma show` and `/rma list`.
import { Temporal } from '@js-temporal/polyfill';
import type { CaseHistoryEntry, CaseSummary } from '../case/caseSummary.ts';
import { isMultiUnit, unitsOf } from '../case/units.ts';
import { normalizeSerial } from '../case/machineHelpers.ts';
import type { CaseContext, EvidenceEntry } from '../case/types.ts';
import { coveredCents, formatUsd, pendingCents } from '../policy/costs.ts';
import { counted } from './plural.ts';
import { quoteLines } from './quoted.ts';

/** How much of one pasted evidence text `/rma show` quotes for staff (code points); its full length is given. */
export const EVIDENCE_TEXT_SHOWN = 500;
/** How many pasted evidence texts `/rma show` quotes; older ones are counted. */
export const EVIDENCE_TEXTS_SHOWN = 10;

function age(from: string, now: string): string {
  const hours = Math.max(0, Math.floor(Temporal.Instant.from(from).until(Temporal.Instant.from(now), { largestUnit: 'hours' }).hours));
  return hours >= 48 ? `${Math.floor(hours / 24)}d` : `${hours}h`;
}

/** `/rma list`: "3 cases, oldest first", "10 open cases, oldest first", "1 declined case". */
export function caseListText(rows: CaseSummary[], state: string, now: string): string {
  const what = state === 'all' ? 'case' : `${state} case`;
  if (rows.length === 0) return `No ${what}s.`;
  const lines = rows.map(
    (r) =>
      `${r.ref}  ${r.state.padEnd(15)} ${r.platform}:${r.customer}  order ${r.orderNumber ?? '-'}${r.rma ? `  ${r.rma}` : ''}  opened ${age(r.openedAt, now)} ago`,
  );
  return `${counted(rows.length, what)}${rows.length > 1 ? ', oldest first' : ''}:\n${lines.join('\n')}`;
}

/** The customer proved the serial by typing it: it matches the order's. */
function serialProved(c: CaseContext): boolean {
  return !!c.item && c.serialGiven !== null && normalizeSerial(c.serialGiven) === normalizeSerial(c.item.serialNumber);
}

/** The item line: staff see the order's serial; a customer sees it only once they typed a matching one. */
function itemText(c: CaseContext, staff: boolean): string {
  if (!c.item) return '-';
  const serial = staff || serialProved(c) ? ` serial ${c.item.serialNumber}` : '';
  return `${c.item.partNumber}${serial}, delivered ${c.item.deliveredOn ?? 'unknown'}, terms ${c.item.terms}`;
}

/** Up to `max` characters (code points, so no emoji is cut in half), with "…" when there is more. */
function excerpt(text: string, max: number): string {
  const chars = [...text];
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : text;
}

function evidenceList(c: CaseContext, staff: boolean): string {
  const names = c.evidence.map(
    (e) => e.file?.name ?? (staff ? 'pasted text (below)' : `text (${counted([...(e.text ?? '')].length, 'char')})`),
  );
  return names.join(', ') || '-';
}

/** Staff read what the customer pasted (console output, logs) without leaving the chat. */
function evidenceTexts(evidence: EvidenceEntry[]): string[] {
  const texts = evidence.filter((e): e is EvidenceEntry & { text: string } => !e.file && typeof e.text === 'string');
  if (texts.length === 0) return [];
  const shown = texts.slice(-EVIDENCE_TEXTS_SHOWN);
  const lines = [`Pasted evidence (${counted(texts.length, 'text')}):`];
  if (texts.length > shown.length) lines.push(`  (${counted(texts.length - shown.length, 'older text')} not shown)`);
  for (const e of shown) {
    const length = [...e.text].length;
    const cut = length > EVIDENCE_TEXT_SHOWN;
    lines.push(`  ${e.at}, ${counted(length, 'char')}${cut ? `, first ${EVIDENCE_TEXT_SHOWN} shown` : ''}:`);
    lines.push(quoteLines(excerpt(e.text, EVIDENCE_TEXT_SHOWN), '    '));
  }
  return lines;
}

/** A claim for several units: each unit's cover, decision, arrival and outcome (a customer sees only the serials they typed). */
function unitLines(c: CaseContext, staff: boolean): string[] {
  const units = unitsOf(c);
  return [
    `Units (${units.length}):`,
    ...units.map((u) => {
      const serial = staff ? `serial ${u.item?.serialNumber ?? '-'}, typed ${u.serialGiven ?? '-'}` : `serial ${u.serialGiven ?? '-'}`;
      const cover = u.reason ? `not covered (${u.reason})` : (u.kind ?? 'not decided');
      const decision = u.outcome.decision === 'pending' && u.reason ? 'denied' : u.outcome.decision;
      const advance = u.outcome.advance
        ? `; replacement shipped ahead (${u.outcome.advance.tracking}), faulty unit due back ${u.outcome.advance.returnBy}${u.outcome.advance.overdue ? ' (overdue)' : ''}`
        : '';
      return `  ${u.number}. ${u.item?.partNumber ?? '-'} ${serial}; ${cover}; ${decision}${u.outcome.decision === 'approved' ? (u.outcome.received ? ', received' : ', not received yet') : ''}; outcome ${u.outcome.resolution ?? '-'}${advance}`;
    }),
  ];
}

export function caseReport(row: CaseSummary, c: CaseContext, history: CaseHistoryEntry[], staff: boolean): string {
  const lines = [
    `${row.ref} (${row.state}) on ${row.platform}, customer ${row.customer}, opened ${row.openedAt}`,
    `Order ${c.orderNumber ?? '-'}; item ${itemText(c, staff)}`,
    `Claim: ${c.kind ?? 'not decided'}${c.windowEndsOn ? `, window ends ${c.windowEndsOn}` : ''}; serial given ${c.serialGiven ?? '-'}`,
    // The customer's words, quoted line by line: none of their lines can pass for the report's own.
    c.fault?.trim() ? `Fault, as the customer described it:\n${quoteLines(c.fault)}` : 'Fault: -',
    `Photos: serial ${c.serialPhoto?.name ?? '-'}, installation ${c.installPhoto?.name ?? '-'}; evidence: ${evidenceList(c, staff)}`,
    `RMA: ${c.rma ?? '-'}; tracking: ${c.tracking ?? '-'}; resolution: ${c.resolution ?? '-'}`,
    `Costs: covered ${formatUsd(coveredCents(c.costs))}, pending approval ${formatUsd(pendingCents(c.costs))}`,
  ];
  if (isMultiUnit(c)) lines.push(...unitLines(c, staff));
  if (c.reasons.length > 0) lines.push(`Reasons: ${c.reasons.join(', ')}${c.declineNote ? ` (${c.declineNote})` : ''}`);
  if (staff) {
    lines.push(...evidenceTexts(c.evidence));
    if (c.flags.length > 0) lines.push(`Flags: ${c.flags.map((f) => `${f.code} (${f.detail})`).join(', ')}`);
    for (const note of c.notes) lines.push(`Note by ${note.by} at ${note.at}: ${note.text}`);
    if (history.length > 0) {
      lines.push('History:');
      for (const h of history) lines.push(`  ${h.at}  ${h.actorKind}:${h.actorId}  ${h.type}  ${h.stateBefore ?? '-'} -> ${h.stateAfter}`);
    }
  }
  return lines.join('\n');
}
