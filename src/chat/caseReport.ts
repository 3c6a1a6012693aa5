// The text of `/rma show` and `/rma list`.
import { Temporal } from '@js-temporal/polyfill';
import type { CaseHistoryEntry, CaseSummary } from '../case/caseSummary.ts';
import type { CaseContext } from '../case/types.ts';
import { coveredCents, formatUsd, pendingCents } from '../policy/costs.ts';

function age(from: string, now: string): string {
  const hours = Math.max(0, Math.floor(Temporal.Instant.from(from).until(Temporal.Instant.from(now), { largestUnit: 'hours' }).hours));
  return hours >= 48 ? `${Math.floor(hours / 24)}d` : `${hours}h`;
}

export function caseListText(rows: CaseSummary[], state: string, now: string): string {
  if (rows.length === 0) return `No ${state === 'all' ? '' : `${state} `}cases.`;
  const lines = rows.map(
    (r) =>
      `${r.ref}  ${r.state.padEnd(15)} ${r.platform}:${r.customer}  order ${r.orderNumber ?? '-'}${r.rma ? `  ${r.rma}` : ''}  opened ${age(r.openedAt, now)} ago`,
  );
  return `${rows.length} ${state} case(s), oldest first:\n${lines.join('\n')}`;
}

export function caseReport(row: CaseSummary, c: CaseContext, history: CaseHistoryEntry[], staff: boolean): string {
  const lines = [
    `${row.ref} (${row.state}) on ${row.platform}, customer ${row.customer}, opened ${row.openedAt}`,
    `Order ${c.orderNumber ?? '-'}; item ${c.item ? `${c.item.partNumber} serial ${c.item.serialNumber}, delivered ${c.item.deliveredOn ?? 'unknown'}, terms ${c.item.terms}` : '-'}`,
    `Claim: ${c.kind ?? 'not decided'}${c.windowEndsOn ? `, window ends ${c.windowEndsOn}` : ''}; serial given ${c.serialGiven ?? '-'}`,
    `Fault: ${c.fault ?? '-'}`,
    `Photos: serial ${c.serialPhoto?.name ?? '-'}, installation ${c.installPhoto?.name ?? '-'}; evidence: ${c.evidence.map((e) => e.file?.name ?? `text (${e.text?.length ?? 0} chars)`).join(', ') || '-'}`,
    `RMA: ${c.rma ?? '-'}; tracking: ${c.tracking ?? '-'}; resolution: ${c.resolution ?? '-'}`,
    `Costs: covered ${formatUsd(coveredCents(c.costs))}, pending approval ${formatUsd(pendingCents(c.costs))}`,
  ];
  if (c.reasons.length > 0) lines.push(`Reasons: ${c.reasons.join(', ')}${c.declineNote ? ` (${c.declineNote})` : ''}`);
  if (staff) {
    if (c.flags.length > 0) lines.push(`Flags: ${c.flags.map((f) => `${f.code} (${f.detail})`).join(', ')}`);
    for (const note of c.notes) lines.push(`Note by ${note.by} at ${note.at}: ${note.text}`);
    if (history.length > 0) {
      lines.push('History:');
      for (const h of history) lines.push(`  ${h.at}  ${h.actorKind}:${h.actorId}  ${h.type}  ${h.stateBefore ?? '-'} -> ${h.stateAfter}`);
    }
  }
  return lines.join('\n');
}
