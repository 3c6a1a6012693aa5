// The queue page's body: a heading, the filter form (GET, so a filtered queue is a link to keep or
// share) and the table of cases, or a sentence when none match. Pure: rows in, escaped markup out.
import { durationWords, FLAG_WORDS, KIND_WORDS, platformWords, stateWords } from './deskWords.ts';
import { html, type SafeHtml } from './html.ts';
import { DESK_BASE } from './layout.ts';
import {
  CLAIM_KINDS,
  FLAG_CODES,
  hoursSince,
  isFiltered,
  QUEUE_COUNT_MAX,
  QUEUE_SEARCH_MAX,
  type QueueFilter,
  type QueueRow,
} from './queueQuery.ts';

export interface QueueRenderOptions {
  /** The time the rows were read at (ISO instant): ages are counted to it. */
  now: string;
  /** The states the state filter offers (e.g. CASE_STATES). */
  states: readonly string[];
  /** The platforms the platform filter offers (e.g. `['slack', 'discord']`). */
  platforms: readonly string[];
  /** How many cases match in all, when more than the rows shown may (above QUEUE_COUNT_MAX: more than that). */
  total?: number;
}

const QUEUE_PATH = `${DESK_BASE}/`;

/** The queue's address for a filter (what the form submits, without the empty fields). */
export function queueHref(filter: QueueFilter): string {
  const params = new URLSearchParams();
  if (filter.state) params.set('state', filter.state);
  else if (filter.includeClosed) params.set('state', 'all');
  if (filter.kind) params.set('kind', filter.kind);
  if (filter.flag) params.set('flag', filter.flag);
  if (filter.platform) params.set('platform', filter.platform);
  if (filter.q) params.set('q', filter.q);
  const query = params.toString();
  return query ? `${QUEUE_PATH}?${query}` : QUEUE_PATH;
}

function option(value: string, words: string, selected: string): SafeHtml {
  return html`<option value="${value}"${value === selected ? html` selected` : null}>${words}</option>`;
}

function filterForm(filter: QueueFilter, options: QueueRenderOptions): SafeHtml {
  const state = filter.state ?? (filter.includeClosed ? 'all' : '');
  // A filter value from elsewhere (a link) that the lists do not hold is still shown as chosen.
  const states = state && state !== 'all' && !options.states.includes(state) ? [...options.states, state] : options.states;
  const platforms =
    filter.platform && !options.platforms.includes(filter.platform) ? [...options.platforms, filter.platform] : options.platforms;
  return html`<form class="filters" method="get" action="${QUEUE_PATH}" role="search" aria-label="Filter the queue">
<label>State<select name="state">${option('', 'open (any state)', state)}${states.map((s) => option(s, stateWords(s), state))}${option('all', 'all, closed too', state)}</select></label>
<label>Kind<select name="kind">${option('', 'any', filter.kind ?? '')}${CLAIM_KINDS.map((k) => option(k, KIND_WORDS[k], filter.kind ?? ''))}</select></label>
<label>Flag<select name="flag">${option('', 'any', filter.flag ?? '')}${FLAG_CODES.map((f) => option(f, FLAG_WORDS[f], filter.flag ?? ''))}</select></label>
<label>Platform<select name="platform">${option('', 'any', filter.platform ?? '')}${platforms.map((p) => option(p, platformWords(p), filter.platform ?? ''))}</select></label>
<label>Case, RMA, order, serial or part number<input type="search" name="q" value="${filter.q ?? ''}" maxlength="${QUEUE_SEARCH_MAX}" size="24" placeholder="C-1001, RMA-26-00001, 100234"></label>
<button type="submit">Show</button>
${isFiltered(filter) ? html`<a href="${QUEUE_PATH}">Clear filters</a>` : null}
</form>`;
}

function counted(n: number, what: string): string {
  return `${n.toLocaleString('en-US')} ${what}${n === 1 ? '' : 's'}`;
}

/**
 * "3 open cases, oldest first"; "200 of 1,234 open cases shown, oldest first"; "200 of more than 10,000
 * cases shown, …" (the count stops there); "1 open case found for “100234”, …".
 */
function captionText(rows: QueueRow[], filter: QueueFilter, total: number | undefined): string {
  const what = filter.state ? `${stateWords(filter.state)} case` : filter.includeClosed ? 'case' : 'open case';
  const some = total !== undefined && total > rows.length;
  const all = (n: number) => (n > QUEUE_COUNT_MAX ? `more than ${counted(QUEUE_COUNT_MAX, what)}` : counted(n, what));
  const shown = some ? `${rows.length.toLocaleString('en-US')} of ${all(total)}` : counted(rows.length, what);
  return `${shown}${filter.q ? ` found for “${filter.q}”` : some ? ' shown' : ''}, oldest first`;
}

function ageCell(from: string, now: string, label: string): SafeHtml {
  return html`<td><time datetime="${from}" title="${label} ${from}">${durationWords(hoursSince(from, now))}</time></td>`;
}

function caseRow(r: QueueRow, now: string): SafeHtml {
  return html`<tr data-ref="${r.ref}">
<th scope="row"><a href="${DESK_BASE}/cases/${encodeURIComponent(r.ref)}">${r.ref}</a></th>
<td>${stateWords(r.state)}</td>
<td>${r.kind ? KIND_WORDS[r.kind] : html`<span class="muted">not yet</span>`}</td>
<td>${platformWords(r.platform)}</td>
<td>${r.customer}</td>
<td>${r.orderNumber ?? html`<span class="muted">none</span>`}</td>
<td>${r.rma ?? html`<span class="muted">none</span>`}</td>
${ageCell(r.openedAt, now, 'opened')}
${ageCell(r.stateSince, now, `${stateWords(r.state)} since`)}
<td>${r.flags.map((f) => html`<span class="flag">${FLAG_WORDS[f]}</span>`)}</td>
</tr>`;
}

/** What the queue says when no case matches, with a way out. */
function emptyText(filter: QueueFilter): SafeHtml {
  if (!isFiltered(filter)) return html`<p>There are no open cases.</p>`;
  // A search among open cases that found none: closed cases may hold it.
  const closedToo =
    filter.q && !filter.state && !filter.includeClosed
      ? html` <a href="${queueHref({ ...filter, includeClosed: true })}">Search closed cases too</a> or`
      : null;
  return html`<p>No cases match these filters.${closedToo} <a href="${QUEUE_PATH}">clear the filters</a> to see every open case.</p>`;
}

/** The part of the queue that live updates replace (`[data-live]`): the table, or the sentence when empty. */
export function renderQueueTable(rows: QueueRow[], filter: QueueFilter, options: QueueRenderOptions): SafeHtml {
  if (rows.length === 0) return emptyText(filter);
  return html`<table>
<caption>${captionText(rows, filter, options.total)}</caption>
<thead><tr><th scope="col">Case</th><th scope="col">State</th><th scope="col">Kind</th><th scope="col">Platform</th><th scope="col">Customer</th><th scope="col">Order</th><th scope="col">RMA</th><th scope="col">Age</th><th scope="col">In state</th><th scope="col">Flags</th></tr></thead>
<tbody>
${rows.map((r) => caseRow(r, options.now))}
</tbody>
</table>`;
}

/** The queue page's body (the layout's `page()` draws the rest). */
export function renderQueue(rows: QueueRow[], filter: QueueFilter, options: QueueRenderOptions): SafeHtml {
  return html`<h1>Queue</h1>
${filterForm(filter, options)}
<p id="live-status" class="muted" role="status" aria-live="polite"></p>
<div data-live="queue">${renderQueueTable(rows, filter, options)}</div>`;
}
