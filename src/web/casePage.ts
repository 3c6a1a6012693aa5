// The body of a case's desk page (read view): the case at a glance, the conversation, the order record
// (serial numbers shown: the desk is for staff only), eligibility, evidence from the vault, shipping
// costs against the cap, flags, notes and the audit trail. Pure: the view and the clock come in. Every
// value is escaped by `html`; files link to the desk's own route, never to a platform.
import { Temporal } from '@js-temporal/polyfill';
import { normalizeSerial } from '../case/machineHelpers.ts';
import { isMultiUnit, unitsOf, type UnitView } from '../case/units.ts';
import type { EvidenceItem } from '../evidence/evidenceQueries.ts';
import { LANGUAGE_NAMES } from '../i18n/languages.ts';
import { formatUsd } from '../policy/costs.ts';
import type { CaseEventEntry, CaseView, EligibilityView, ShownFile } from './caseView.ts';
import { caseStateWords } from './deskWords.ts';
import { INLINE_TYPES } from './inlineTypes.ts';
import { html, type SafeHtml } from './html.ts';
import { DESK_BASE } from './layout.ts';
import { transcriptOf, type TranscriptLine } from './transcript.ts';

export interface RenderCaseOptions {
  /** The time the page is drawn (ISO): ages and what is left of a window count from it. */
  now: string;
  /** The policy's time zone: times and dates are shown in it. */
  timeZone: string;
}

const FLAG_WORDS: Record<string, string> = {
  serial_mismatch: 'serial mismatch',
  damage_reported: 'damage reported',
  compatibility_claim: 'compatibility claim',
  over_cost_cap: 'over the cost cap',
  unverified_order: 'order not verified',
  human_requested: 'asks for a person',
};

const PURPOSE_WORDS: Record<string, string> = {
  serial_photo: 'serial-label photo',
  install_photo: 'installation photo',
  evidence: 'evidence',
  other: 'other file',
};

const REASON_WORDS: Record<string, string> = {
  outside_window: 'outside the warranty window',
  non_returnable: 'not returnable (sale terms)',
  denied_by_staff: 'denied by staff',
  no_response: 'closed: no reply from the customer during intake',
  rma_expired: 'closed: the RMA expired unshipped',
};

/** `2026-11-20 11:00` in the policy's time zone. */
function localTime(at: string, timeZone: string): string {
  const z = Temporal.Instant.from(at).toZonedDateTimeISO(timeZone);
  return `${z.toPlainDate().toString()} ${String(z.hour).padStart(2, '0')}:${String(z.minute).padStart(2, '0')}`;
}

function when(at: string, o: RenderCaseOptions): SafeHtml {
  return html`<time class="when" datetime="${at}">${localTime(at, o.timeZone)}</time>`;
}

function day(date: string): SafeHtml {
  return html`<time datetime="${date}">${date}</time>`;
}

function today(o: RenderCaseOptions): Temporal.PlainDate {
  return Temporal.Instant.from(o.now).toZonedDateTimeISO(o.timeZone).toPlainDate();
}

/** "in 3 days", "today", "3 days ago", relative to the page's day. */
function fromToday(date: string, o: RenderCaseOptions): string {
  const days = today(o).until(Temporal.PlainDate.from(date), { largestUnit: 'days' }).days;
  if (days === 0) return 'today';
  const n = Math.abs(days);
  const span = `${n} day${n === 1 ? '' : 's'}`;
  return days > 0 ? `in ${span}` : `${span} ago`;
}

function age(at: string, o: RenderCaseOptions): string {
  const hours = Math.max(0, (Date.parse(o.now) - Date.parse(at)) / 3_600_000);
  return hours < 48 ? `${Math.floor(hours)} h ago` : `${Math.floor(hours / 24)} d ago`;
}

function bytes(size: number): string {
  if (size < 1024) return `${size} B`;
  if (size < 1024 * 1024) return `${(size / 1024).toFixed(1)} KB`;
  return `${(size / (1024 * 1024)).toFixed(1)} MB`;
}

function evidenceHref(ref: string, id: number): string {
  return `${DESK_BASE}/cases/${encodeURIComponent(ref)}/evidence/${id}`;
}

function section(id: string, title: string, body: SafeHtml): SafeHtml {
  return html`<section id="${id}" aria-labelledby="${id}-heading">
<h2 id="${id}-heading">${title}</h2>
${body}
</section>`;
}

/** `before`: drawn before the audit trail (the desk's action forms). */
export function renderCase(view: CaseView, options: RenderCaseOptions & { before?: SafeHtml }): SafeHtml {
  const { summary, context: c } = view;
  const kind = c.kind === 'doa' ? 'DOA claim' : c.kind === 'warranty' ? 'warranty claim' : 'claim kind not decided';
  return html`<h1>${summary.ref} <span class="badge">${caseStateWords(summary.state)}</span> <span class="badge">${kind}</span> <span class="badge">${summary.rma ?? 'no RMA number yet'}</span></h1>
<p class="muted">Customer ${summary.customer} on ${summary.platform}${c.language && c.language !== 'en' ? `, writes in ${LANGUAGE_NAMES[c.language]}` : ''}; opened ${when(summary.openedAt, options)} (${age(summary.openedAt, options)}), last change ${when(summary.updatedAt, options)}; order ${view.order.number ?? 'not given yet'}. Times in ${options.timeZone}.</p>
${section('conversation', 'Conversation', conversation(view, options))}
${section('order', 'Order record', orderRecord(view))}
${section('eligibility', 'Eligibility', eligibility(view, options))}
${section('evidence', 'Evidence', evidenceSection(view, options))}
${section('costs', 'Shipping costs', costs(view, options))}
${section('flags', 'Flags', flags(view, options))}
${section('notes', 'Notes', notes(view, options))}
${options.before ?? null}
${section('history', 'Audit trail', auditTrail(view.history, options))}`;
}

// --- conversation --------------------------------------------------------------------------------

function conversation(view: CaseView, o: RenderCaseOptions): SafeHtml {
  const lines = transcriptOf(view);
  const evidence = new Map(view.evidence.map((e) => [e.id, e]));
  const cut = view.historyComplete
    ? null
    : html`<p class="notice">This case has more events than a page shows: the conversation stops at the ${view.history.length}th.</p>`;
  if (lines.length === 0) return html`${cut}<p class="muted">Nothing was said on this case yet.</p>`;
  return html`${cut}<ol class="transcript">
${lines.map((line) => transcriptLine(view.summary.ref, line, evidence, o))}
</ol>`;
}

function transcriptLine(ref: string, line: TranscriptLine, evidence: Map<number, EvidenceItem>, o: RenderCaseOptions): SafeHtml {
  const details = line.details.join('; ');
  const text = line.text ? html`<div class="text">${line.text}</div>` : html`<div class="text"><span class="muted">${details}</span></div>`;
  return html`<li data-from="${line.from}"><span class="who">${line.who}</span> ${when(line.at, o)}${line.staffOnly ? html` <span class="badge">staff only</span>` : null}
${text}${line.text && details ? html`<div class="muted">${details}</div>` : null}${
    // One line per file (a nested list would take the transcript's item style).
    line.files.map((f) => html`<div>${fileInLine(ref, f, evidence)}</div>`)
  }${deliveryNote(line)}</li>`;
}

/** A file in the conversation: a link to the desk's copy when the vault has it, else its name and why not. */
function fileInLine(ref: string, file: ShownFile, evidence: Map<number, EvidenceItem>): SafeHtml {
  const stored = file.evidenceId !== null ? evidence.get(file.evidenceId) : undefined;
  const about = html`<span class="muted">${file.type}, ${bytes(file.size)}</span>`;
  if (stored?.status === 'stored') return html`<a href="${evidenceHref(ref, stored.id)}">${file.name}</a> ${about}`;
  const why = stored ? evidenceStatusWords(stored) : 'not in the evidence vault (the platform gave no link to copy)';
  return html`${file.name} ${about} <span class="muted">(${why})</span>`;
}

function deliveryNote(line: TranscriptLine): SafeHtml | null {
  const d = line.delivery;
  if (!d || d.deliveredAt !== null) return null;
  if (d.attempts === 0 || !d.lastError) return html`<div class="muted">Not posted yet.</div>`;
  return html`<div><span class="flag">not posted</span> ${d.attempts} attempt${d.attempts === 1 ? '' : 's'}; last error: ${d.lastError}</div>`;
}

// --- order ---------------------------------------------------------------------------------------

function orderRecord(view: CaseView): SafeHtml {
  const { order, context: c } = view;
  if (!order.number) return html`<p class="muted">The customer has not given an order number on record yet.</p>`;
  const claimed = order.claimed;
  const units = unitsOf(c);
  const isClaimed = (i: (typeof order.items)[number]) =>
    units.some((u) => u.item !== null && i.partNumber === u.item.partNumber && i.serialNumber === u.item.serialNumber);
  const source = order.onRecord
    ? null
    : html`<p class="notice">Order ${order.number} is not in the order table${order.items.length > 0 ? '; these items are the copy the case took when the customer named it' : ''}.</p>`;
  const table =
    order.items.length === 0
      ? html`<p class="muted">No items on record for order ${order.number}.</p>`
      : html`<table>
<caption class="muted">Order ${order.number}</caption>
<thead><tr><th scope="col">Part number</th><th scope="col">Serial number</th><th scope="col">Description</th><th scope="col">Terms</th><th scope="col">Delivered</th><th scope="col">Claim</th></tr></thead>
<tbody>${order.items.map(
          (i) =>
            html`<tr><td>${i.partNumber}</td><td>${i.serialNumber}</td><td>${i.description || '-'}</td><td>${i.terms}</td><td>${i.deliveredOn ? day(i.deliveredOn) : 'unknown'}</td><td>${isClaimed(i) ? html`<span class="badge">claimed</span>` : ''}</td></tr>`,
        )}</tbody>
</table>`;
  const serial =
    c.serialGiven === null
      ? html`<p>Serial number given by the customer: <span class="muted">none yet</span>.</p>`
      : html`<p>Serial number given by the customer: ${c.serialGiven}${
          claimed
            ? normalizeSerial(c.serialGiven) === normalizeSerial(claimed.serialNumber)
              ? html` <span class="badge">matches the order</span>`
              : html` <span class="flag">does not match the order's ${claimed.serialNumber}</span>`
            : null
        }.</p>`;
  const claimedLine =
    claimed && !order.items.some(isClaimed)
      ? html`<p class="notice">The claim is for ${claimed.partNumber} (serial ${claimed.serialNumber}), no longer in this order's record.</p>`
      : claimed
        ? null
        : html`<p class="muted">Which item the claim is for is not known yet.</p>`;
  const fault = c.fault?.trim()
    ? html`<p>Fault, as the customer described it:</p><div class="text">${c.fault}</div>`
    : html`<p>Fault: <span class="muted">not described yet</span>.</p>`;
  return html`${source}${table}${isMultiUnit(c) ? unitsTable(units) : null}${claimedLine}${serial}${c.tracking ? html`<p>Tracking number: ${c.tracking}</p>` : null}${fault}`;
}

/** A claim for several units (issue 20): each unit's serials, cover, decision, arrival and outcome. */
function unitsTable(units: UnitView[]): SafeHtml {
  const serialCell = (u: UnitView) =>
    u.serialGiven === null
      ? html`<span class="muted">none yet</span>`
      : u.item && normalizeSerial(u.serialGiven) !== normalizeSerial(u.item.serialNumber)
        ? html`<span class="flag">${u.serialGiven}</span>`
        : html`${u.serialGiven}`;
  const decision = (u: UnitView) => (u.outcome.decision === 'pending' && u.reason ? 'denied' : u.outcome.decision);
  const advance = (u: UnitView) =>
    u.outcome.advance
      ? html` <span class="${u.outcome.advance.overdue ? 'flag' : 'muted'}">replacement shipped ahead (${u.outcome.advance.tracking}), due back ${u.outcome.advance.returnBy}</span>`
      : null;
  return html`<table>
<caption class="muted">Units on this claim (${units.length})</caption>
<thead><tr><th scope="col">Unit</th><th scope="col">Part number</th><th scope="col">Serial on record</th><th scope="col">Serial typed</th><th scope="col">Cover</th><th scope="col">Decision</th><th scope="col">Arrived</th><th scope="col">Outcome</th></tr></thead>
<tbody>${units.map(
    (u) =>
      html`<tr><td>${u.number}</td><td>${u.item?.partNumber ?? '-'}</td><td>${u.item?.serialNumber ?? '-'}</td><td>${serialCell(u)}</td><td>${u.reason ? html`<span class="flag">not covered (${u.reason})</span>` : (u.kind ?? 'not verified')}</td><td>${decision(u)}</td><td>${u.outcome.received ? 'yes' : 'no'}</td><td>${u.outcome.resolution ?? '-'}${advance(u)}</td></tr>`,
  )}</tbody>
</table>`;
}

// --- eligibility ---------------------------------------------------------------------------------

function eligibilityWords(e: EligibilityView, o: RenderCaseOptions): SafeHtml {
  switch (e.outcome) {
    case 'undecided':
      return html`<p>Not decided yet: ${e.why === 'no_order' ? 'no order on record is known for this case.' : 'which item of the order the claim is for is not known.'}</p>`;
    case 'eligible':
      return html`<p><strong>${e.kind === 'doa' ? 'DOA' : 'Warranty'}</strong>: delivered ${day(e.deliveredOn)}, claim made ${day(e.claimedOn)}, ${e.daysSinceDelivery} day${e.daysSinceDelivery === 1 ? '' : 's'} after delivery, within the ${e.windowDays}-day ${e.kind === 'doa' ? 'DOA' : 'warranty'} window, which ends ${day(e.windowEndsOn)} <span class="muted">(${fromToday(e.windowEndsOn, o)})</span>.</p>`;
    case 'outside_window':
      return html`<p><strong>Outside the window</strong>: delivered ${day(e.deliveredOn)}, claim made ${day(e.claimedOn)}, ${e.daysSinceDelivery} days after delivery; the ${e.windowDays}-day warranty ended ${day(e.windowEndedOn)}.</p>`;
    case 'non_returnable':
      return html`<p><strong>Not returnable</strong>: the item was sold ${e.terms} (policy section 6).</p>`;
    case 'unverified':
      return html`<p><strong>Not verified</strong>: the order record has no delivery date for this item, so the policy cannot place the claim; staff decide.</p>`;
  }
}

function eligibility(view: CaseView, o: RenderCaseOptions): SafeHtml {
  const { decisions, context: c } = view;
  const reasons = c.reasons.filter((r) => r !== 'outside_window' && r !== 'non_returnable' && r !== 'denied_by_staff');
  return html`${eligibilityWords(view.eligibility, o)}
${decisions.approved ? html`<p>Approved by ${decisions.approved.by} ${when(decisions.approved.at, o)}: ${decisions.approved.rma}.</p>` : null}
${c.rma ? rmaDocumentLinks(view.summary.ref) : null}
${decisions.denied ? html`<p>Denied by ${decisions.denied.by} ${when(decisions.denied.at, o)}. Reason, as the customer reads it:</p><div class="text">${decisions.denied.reason}</div>` : null}
${reasons.length > 0 ? html`<p>${reasons.map((r) => REASON_WORDS[r] ?? r).join('; ')}.</p>` : null}
${c.declineNote && (c.reasons.includes('outside_window') || c.reasons.includes('non_returnable')) ? html`<p class="muted">Declined by the policy: ${c.declineNote}.</p>` : null}`;
}

/** The approved case's RMA document (documentRoute.ts), as the customer got it. */
function rmaDocumentLinks(ref: string): SafeHtml {
  const href = `${DESK_BASE}/cases/${encodeURIComponent(ref)}/rma-document`;
  return html`<p>RMA document: <a href="${href}" download>PDF, A4</a> · <a href="${href}?paper=letter" download>PDF, US Letter</a></p>`;
}

// --- evidence ------------------------------------------------------------------------------------

function evidenceStatusWords(e: EvidenceItem): string {
  switch (e.status) {
    case 'stored':
      return 'stored';
    case 'pending':
      return 'waiting to be copied into the vault';
    case 'refused':
      return `refused: ${e.error ?? 'no reason recorded'}`;
    case 'failed':
      return `copy failed: ${e.error ?? 'no reason recorded'}`;
  }
}

function evidenceFile(ref: string, e: EvidenceItem): SafeHtml {
  if (e.status !== 'stored') return html`${e.name}`;
  const href = evidenceHref(ref, e.id);
  if (INLINE_TYPES.has(e.type)) {
    return html`<a href="${href}"><img src="${href}" alt="${PURPOSE_WORDS[e.purpose] ?? 'file'} ${e.name}" width="240"></a><br>${e.name}`;
  }
  return html`<a href="${href}" download="${e.name}">${e.name}</a>`;
}

function evidenceSection(view: CaseView, o: RenderCaseOptions): SafeHtml {
  const ref = view.summary.ref;
  const pasted = view.context.evidence.filter((e) => !e.file && e.text?.trim()).length;
  const table =
    view.evidence.length === 0
      ? html`<p class="muted">No files in the evidence vault.</p>`
      : html`<table>
<thead><tr><th scope="col">File</th><th scope="col">Purpose</th><th scope="col">Type</th><th scope="col">Size</th><th scope="col">SHA-256</th><th scope="col">Status</th><th scope="col">Sent</th></tr></thead>
<tbody>${view.evidence.map(
          (e) =>
            html`<tr data-evidence="${e.id}"><td>${evidenceFile(ref, e)}</td><td>${PURPOSE_WORDS[e.purpose] ?? e.purpose}</td><td>${e.type}</td><td>${bytes(e.size)}</td><td>${e.sha256 ? html`<code class="text">${e.sha256}</code>` : '-'}</td><td>${e.status === 'stored' ? 'stored' : html`<span class="flag">${e.status}</span> ${evidenceStatusWords(e)}`}</td><td>${when(e.postedAt, o)}</td></tr>`,
        )}</tbody>
</table>`;
  const others =
    view.otherFiles.length === 0
      ? null
      : html`<p>Not in the vault (the platform gave no link to copy them from):</p>
<ul>${view.otherFiles.map(
          (f) =>
            html`<li>${f.name} <span class="muted">${PURPOSE_WORDS[f.purpose] ?? f.purpose}, ${f.type}, ${bytes(f.size)}</span> ${when(f.at, o)}</li>`,
        )}</ul>`;
  return html`${table}${others}${pasted > 0 ? html`<p class="muted">${pasted === 1 ? 'One pasted text' : `${pasted} pasted texts`} (logs, console output): in the conversation above.</p>` : null}`;
}

// --- costs ---------------------------------------------------------------------------------------

function costs(view: CaseView, o: RenderCaseOptions): SafeHtml {
  const k = view.costs;
  const cap = formatUsd(k.capCents);
  if (k.lines.length === 0) return html`<p class="muted">No costs recorded. The policy covers up to ${cap} per case.</p>`;
  const withinCap = k.coveredCents - k.approvedCents;
  const table = html`<table>
<thead><tr><th scope="col">Recorded</th><th scope="col">For</th><th scope="col">Amount</th><th scope="col">Within the cap</th><th scope="col">Above the cap</th><th scope="col">By</th></tr></thead>
<tbody>${k.lines.map(
    (l) =>
      html`<tr><td>${when(l.at, o)}</td><td>${l.label}</td><td>${formatUsd(l.cents)}</td><td>${formatUsd(l.coveredCents)}</td><td>${
        l.pendingCents > 0
          ? html`<span class="flag">${formatUsd(l.pendingCents)} waits for approval</span>`
          : l.approvedCents > 0
            ? html`${formatUsd(l.approvedCents)} approved`
            : '-'
      }</td><td>${l.by}</td></tr>`,
  )}</tbody>
<tfoot><tr><th scope="row" colspan="2">Total</th><td>${formatUsd(k.totalCents)}</td><td>${formatUsd(withinCap)}</td><td>${k.totalCents > k.capCents ? formatUsd(k.totalCents - k.capCents) : '-'}</td><td></td></tr></tfoot>
</table>`;
  const over = k.totalCents - k.capCents;
  const approvals = k.approvals.map((a) => html`by ${a.by} ${when(a.at, o)}`);
  const state =
    over <= 0
      ? html`<p>Total ${formatUsd(k.totalCents)} of the ${cap} cap: within the cap (${formatUsd(-over)} left).</p>`
      : k.pendingCents > 0
        ? html`<p>Total ${formatUsd(k.totalCents)} against the ${cap} cap: <span class="flag">${formatUsd(over)} over the cap</span>; ${formatUsd(k.pendingCents)} waits for written approval before it is covered.${
            k.approvedCents > 0 ? html` ${formatUsd(k.approvedCents)} was approved earlier.` : null
          }</p>`
        : html`<p>Total ${formatUsd(k.totalCents)} against the ${cap} cap: ${formatUsd(over)} over the cap, approved in writing${approvals.length > 0 ? html` (${joined(approvals)})` : null}.</p>`;
  return html`${table}${state}`;
}

function joined(parts: SafeHtml[]): SafeHtml[] {
  return parts.flatMap((p, i) => (i === 0 ? [p] : [html`; `, p]));
}

// --- flags, notes, audit trail -------------------------------------------------------------------

function flags(view: CaseView, o: RenderCaseOptions): SafeHtml {
  if (view.flags.length === 0) return html`<p class="muted">No flags.</p>`;
  return html`<ul>${view.flags.map(
    (f) => html`<li><span class="flag">${FLAG_WORDS[f.code] ?? f.code}</span> ${f.detail.replaceAll('_', ' ')} ${when(f.at, o)}</li>`,
  )}</ul>`;
}

function notes(view: CaseView, o: RenderCaseOptions): SafeHtml {
  if (view.notes.length === 0) return html`<p class="muted">No notes.</p>`;
  return html`<ol class="transcript">${view.notes.map(
    (n) => html`<li><span class="who">Staff ${n.by}</span> ${when(n.at, o)}<div class="text">${n.text}</div></li>`,
  )}</ol>`;
}

function auditTrail(history: CaseEventEntry[], o: RenderCaseOptions): SafeHtml {
  if (history.length === 0) return html`<p class="muted">No events.</p>`;
  return html`<details><summary>${history.length} event${history.length === 1 ? '' : 's'}</summary>
<table>
<thead><tr><th scope="col">When</th><th scope="col">Who</th><th scope="col">Event</th><th scope="col">State</th></tr></thead>
<tbody>${history.map(
    (h) =>
      html`<tr><td>${when(h.at, o)}</td><td>${h.actorKind} ${h.actorId}</td><td>${h.type}</td><td>${h.stateBefore && h.stateBefore !== h.stateAfter ? `${h.stateBefore} → ${h.stateAfter}` : h.stateAfter}</td></tr>`,
  )}</tbody>
</table>
</details>`;
}
