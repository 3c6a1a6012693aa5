// The desk's reports: the failure report (`rma-desk report`) as a page with its chart, and the case
// export (`rma-desk cases export`) and the report as downloads. Same figures as the CLI: the same
// functions make them. Every download is in the desk's audit trail.
import type { Context, Hono } from 'hono';
import { CASE_STATES } from '../case/caseState.ts';
import { calendarDate } from '../policy/eligibility.ts';
import { exportCases, type ExportFormat } from '../reports/caseExport.ts';
import { failureReport, type FailureReport } from '../reports/failureReport.ts';
import { returnRateChart } from '../reports/failureReportHtml.ts';
import { COLUMNS, excludedText, RATE_DEFINITION, reportCells, reportScope } from '../reports/failureReportText.ts';
import { ReportInputError } from '../reports/reportInput.ts';
import type { Db } from '../store/database.ts';
import { auditDesk } from '../store/deskSessionStore.ts';
import type { DeskEnv } from './deskAuth.ts';
import { html, raw, type SafeHtml } from './html.ts';
import { DESK_BASE } from './layout.ts';

export interface ReportDeps {
  db: Db;
  timeZone: string;
  now: () => Date;
  /** The desk's page frame (deskApp.ts). */
  render: (c: Context<DeskEnv>, title: string, body: SafeHtml, status?: 200 | 400) => Response | Promise<Response>;
}

/** What the filters say: `since` a day (or instant), `state` for the export. Both as typed, trimmed and bounded. */
interface Filters {
  since: string | undefined;
  state: string;
}

export function registerReports(app: Hono<DeskEnv>, deps: ReportDeps): void {
  app.get('/reports', async (c) => {
    const filters = filtersOf(c);
    try {
      const report = await failureReport(deps.db, { since: filters.since, now: deps.now().toISOString(), timeZone: deps.timeZone });
      return deps.render(c, 'Reports', reportsBody(report, filters, null));
    } catch (error) {
      if (!(error instanceof ReportInputError)) throw error;
      return deps.render(c, 'Reports', reportsBody(null, filters, inputProblem(error)), 400);
    }
  });
  for (const format of ['csv', 'json'] as const) {
    app.get(`/reports/cases.${format}`, (c) =>
      download(c, deps, `cases.${format}`, (filters, now) =>
        exportCases(deps.db, { format, since: filters.since, state: filters.state, now, timeZone: deps.timeZone }),
      ),
    );
  }
  app.get('/reports/failures.json', (c) =>
    download(
      c,
      deps,
      'failures.json',
      async (filters, now) =>
        `${JSON.stringify(await failureReport(deps.db, { since: filters.since, now, timeZone: deps.timeZone }), null, 2)}\n`,
    ),
  );
}

function filtersOf(c: Context<DeskEnv>): Filters {
  const since = c.req.query('since')?.trim().slice(0, 40) || undefined;
  const state = c.req.query('state')?.trim().slice(0, 40) || 'all';
  return { since, state };
}

/** A CLI-worded input problem (`--since: …`) as the form's field names it. */
function inputProblem(error: ReportInputError): string {
  return error.message.replace(/^--since:/, 'Since:').replace(/^--state:/, 'State:');
}

const CONTENT_TYPES: Record<ExportFormat, string> = { csv: 'text/csv; charset=utf-8', json: 'application/json; charset=utf-8' };

async function download(
  c: Context<DeskEnv>,
  deps: ReportDeps,
  name: string,
  make: (filters: Filters, now: string) => Promise<string>,
): Promise<Response> {
  const filters = filtersOf(c);
  const now = deps.now();
  let body: string;
  try {
    body = await make(filters, now.toISOString());
  } catch (error) {
    if (error instanceof ReportInputError) return c.text(inputProblem(error), 400);
    throw error;
  }
  // A HEAD (a link checker, a browser's probe) takes no data away: nothing to record.
  if (c.req.method !== 'HEAD')
    await auditDesk(deps.db, {
      at: now,
      staff: c.get('session').staff,
      action: 'export',
      detail: { file: name, since: filters.since ?? null, ...(name.startsWith('cases.') ? { state: filters.state } : {}) },
    });
  const [base, extension] = name.split('.') as [string, ExportFormat];
  // A dated name (the day in the policy's time zone, as `since` reads it), so that downloads of
  // different days do not overwrite each other.
  const fileName = `rma-${base}-${calendarDate(now.toISOString(), deps.timeZone).toString()}.${extension}`;
  return c.body(body, 200, {
    'content-type': CONTENT_TYPES[extension],
    'content-disposition': `attachment; filename="${fileName}"`,
  });
}

function reportsBody(report: FailureReport | null, filters: Filters, problem: string | null): SafeHtml {
  const query = (extra: Record<string, string>) => {
    const params = new URLSearchParams({ ...(filters.since ? { since: filters.since } : {}), ...extra });
    const text = params.toString();
    return text ? `?${text}` : '';
  };
  return html`<h1>Reports</h1>
    <form class="filters" method="get" action="${DESK_BASE}/reports">
      <label>Since (cases opened, units delivered)<input type="date" name="since" value="${filters.since ?? ''}" /></label>
      <label
        >Cases to export<select name="state">
          ${['all', 'open', ...CASE_STATES].map((s) => html`<option value="${s}" ${s === filters.state ? 'selected' : ''}>${s.replaceAll('_', ' ')}</option>`)}
        </select></label
      >
      <button type="submit">Show</button>
    </form>
    ${problem ? html`<p class="notice error" role="alert">${problem}</p>` : null}
    <h2>Downloads</h2>
    <ul>
      <li><a href="${DESK_BASE}/reports/cases.csv${query({ state: filters.state })}" download>Cases as CSV</a> (one row per case, as <code>rma-desk cases export</code>)</li>
      <li><a href="${DESK_BASE}/reports/cases.json${query({ state: filters.state })}" download>Cases as JSON</a></li>
      <li><a href="${DESK_BASE}/reports/failures.json${query({})}" download>Failure report as JSON</a></li>
    </ul>
    ${report ? failureSection(report) : null}`;
}

function failureSection(report: FailureReport): SafeHtml {
  const [header, ...rows] = reportCells(report);
  const numeric = (i: number) => (COLUMNS[i]?.align === 'right' ? 'num' : '');
  return html`<h2>Failures by part number${report.since ? ` since ${report.since}` : ''}</h2>
    <p class="muted">${reportScope(report)}</p>
    <h3>Return rate by part number</h3>
    <figure class="chart-box">
      ${raw(returnRateChart(report.parts))}
      <figcaption class="muted">${RATE_DEFINITION} The table below has every figure of the chart.</figcaption>
    </figure>
    <div class="wide">
      <table>
        <caption class="visually-hidden">Failures by part number</caption>
        <thead>
          <tr>${header!.map((cell, i) => html`<th scope="col" class="${numeric(i)}">${cell}</th>`)}</tr>
        </thead>
        <tbody>
          ${rows.map(
            (row, r) =>
              html`<tr class="${r === rows.length - 1 ? 'total' : ''}">${row.map((cell, i) => html`<td class="${numeric(i)}">${cell}</td>`)}</tr>`,
          )}
        </tbody>
      </table>
    </div>
    <p class="muted">
      Median days: from opening to resolution, over resolved cases. Over cap: cases whose shipping, duty and tax costs went above the
      per-case cap. ${excludedText(report)}
    </p>`;
}
