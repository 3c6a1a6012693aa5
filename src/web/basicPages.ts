// The desk's first pages: the queue of open cases (oldest first, by state, or one case by its ref)
// and a case's page (the staff report that `/rma show` gives, with the audit trail and the actions).
import { CASE_STATES } from '../case/caseState.ts';
import type { CaseQueries } from '../service/caseQueries.ts';
import type { Db } from '../store/database.ts';
import { actionForms, offeredActions } from './caseActions.ts';
import { renderCase } from './casePage.ts';
import { loadCaseView } from './caseView.ts';
import { html, type SafeHtml } from './html.ts';
import { DESK_BASE } from './layout.ts';

/** `awaiting_return` -> `awaiting return`. */
export function stateWords(state: string): string {
  return state.replaceAll('_', ' ');
}

function hoursAgo(at: string, now: string): string {
  const hours = Math.max(0, (Date.parse(now) - Date.parse(at)) / 3_600_000);
  return hours < 48 ? `${Math.round(hours)} h` : `${Math.round(hours / 24)} d`;
}

/** The queue's filters as asked for (unknown values fall back to every open case). */
function queueQuery(params: URLSearchParams): { state: string; search: string } {
  const state = params.get('state') ?? 'open';
  return {
    state: state === 'all' || (CASE_STATES as readonly string[]).includes(state) ? state : 'open',
    search: (params.get('q') ?? '').trim().slice(0, 100),
  };
}

/** The part of the queue that follows changes (`[data-live]`): its table, or a line saying it is empty. */
export async function queueTable(queries: CaseQueries, params: URLSearchParams, now: string): Promise<SafeHtml> {
  const { state, search } = queueQuery(params);
  const platform = params.get('platform') ?? '';
  const listed = search ? await queries.search(search) : await queries.list({ state, limit: 200, ...(platform ? { platform } : {}) });
  const rows = search && platform ? listed.filter((r) => r.platform === platform) : listed;
  if (rows.length === 0) return html`<p>No cases here. <a href="${DESK_BASE}/">Show every open case</a>.</p>`;
  return html`<table>
<caption class="muted">${rows.length === 1 ? '1 case' : `${rows.length} cases`}, oldest first</caption>
<thead><tr><th scope="col">Case</th><th scope="col">State</th><th scope="col">Platform</th><th scope="col">Customer</th><th scope="col">Order</th><th scope="col">RMA</th><th scope="col">Age</th></tr></thead>
<tbody>${rows.map(
    (r) =>
      html`<tr data-ref="${r.ref}"><td><a href="${DESK_BASE}/cases/${r.ref}">${r.ref}</a></td><td>${stateWords(r.state)}</td><td>${r.platform}</td><td>${r.customer}</td><td>${r.orderNumber ?? '-'}</td><td>${r.rma ?? '-'}</td><td>${hoursAgo(r.openedAt, now)}</td></tr>`,
  )}</tbody>
</table>`;
}

export async function queueBody(queries: CaseQueries, params: URLSearchParams, now: string): Promise<SafeHtml> {
  const { state, search } = queueQuery(params);
  const states = ['open', 'all', ...CASE_STATES];
  return html`<h1>Queue</h1>
<form class="filters" method="get" action="${DESK_BASE}/">
<label>State<select name="state">${states.map((s) => html`<option value="${s}"${s === state ? html` selected` : null}>${stateWords(s)}</option>`)}</select></label>
<label>Platform<select name="platform">${['', 'slack', 'discord', 'console'].map((p) => html`<option value="${p}"${p === (params.get('platform') ?? '') ? html` selected` : null}>${p || 'any'}</option>`)}</select></label>
<label>Case, RMA or order<input name="q" value="${search}" placeholder="C-1001, RMA-26-00001, 100234" size="22"></label>
<button type="submit">Show</button>
</form>
<p id="live-status" class="muted" role="status" aria-live="polite"></p>
<div data-live="queue">${await queueTable(queries, params, now)}</div>`;
}

export async function caseBody(
  db: Db,
  ref: string,
  options: { csrf: string; done: string | null; refused: string | null; now: string; timeZone: string },
): Promise<SafeHtml | null> {
  const view = await loadCaseView(db, ref);
  if (!view) return null;
  return html`${options.done ? html`<p class="notice" role="status">${options.done}</p>` : null}
${options.refused ? html`<p class="notice error" role="alert">${options.refused}</p>` : null}
${renderCase(view, {
  now: options.now,
  timeZone: options.timeZone,
  before: actionForms(view.summary.ref, options.csrf, offeredActions(view.snapshot, options.now)),
})}`;
}
