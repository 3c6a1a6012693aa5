// The desk's reports: the failure report with its chart and table from the stored cases, the case
// export as CSV and JSON downloads (the CLI's content), filters, audit, and nothing without a session.
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { deskAuditTrail } from '../../src/store/deskSessionStore.ts';
import { approvedCase } from './caseDriven.ts';
import { useVaultedApp } from './evidenceFixture.ts';
import { signedInDesk } from './signedIn.ts';

describe('reports on the web desk', () => {
  const fx = useVaultedApp();

  it('shows the failure report of the stored cases with a chart and its table', async () => {
    const first = await approvedCase(fx.app, fx.host, fx.vault, { costs: [['42.50', 'return shipping']] });
    const second = await approvedCase(fx.app, fx.host, fx.vault, { user: 'U2', review: true });
    const desk = await signedInDesk(fx.app.database.db, { timeZone: 'UTC', now: () => new Date('2026-11-22T09:00:00Z') });
    const page = await (await desk.get('/desk/reports')).text();
    // The chart: one bar per part number sold, its rate as the data says (2 DOA cases on one unit sold).
    expect(page).toMatch(/<svg class="chart" role="img" aria-label="Return rate by part number"/);
    expect(page).toMatch(/<rect class="bar" data-part="SFP-10G-SR" data-rate="2"/);
    // The table: the part's row with its two DOA cases, one RMA issued and the cost recorded.
    const row = /<tr class="">(<td[^>]*>SFP-10G-SR<\/td>.*?)<\/tr>/s.exec(page)?.[1] ?? '';
    const cells = [...row.matchAll(/<td[^>]*>([^<]*)<\/td>/g)].map((m) => m[1]);
    // Part, sold, DOA, warranty, other, return rate, RMAs, median days, shipping.
    expect(cells.slice(0, 9)).toEqual([
      'SFP-10G-SR',
      '1',
      '2',
      '0',
      '0',
      expect.stringMatching(/^200(\.0)?%$/),
      '1',
      expect.any(String),
      'USD 42.50',
    ]);
    expect(second.ref).not.toBe(first.ref);
    // The navigation leads here, and the downloads keep the filters.
    expect(page).toContain('<a href="/desk/reports">Reports</a>');
    expect(page).toContain('href="/desk/reports/cases.csv?state=all"');
  });

  it('counts only what the period holds, and says what is wrong with a date', async () => {
    await approvedCase(fx.app, fx.host, fx.vault);
    const desk = await signedInDesk(fx.app.database.db, { timeZone: 'UTC' });
    const later = await (await desk.get('/desk/reports?since=2026-12-01')).text();
    expect(later).toContain('No units sold in this period: no return rates to chart.');
    expect(later).toContain('href="/desk/reports/failures.json?since=2026-12-01"');
    const wrong = await desk.get('/desk/reports?since=yesterday');
    expect(wrong.status).toBe(400);
    expect(await wrong.text()).toMatch(/<p class="notice error" role="alert">Since: &quot;yesterday&quot; is not a date \(YYYY-MM-DD\)/);
    expect((await desk.get('/desk/reports/cases.csv?since=yesterday')).status).toBe(400);
  });

  it('downloads the cases as CSV and JSON with the CLI export content, records each download, and gives nothing signed out', async () => {
    const { ref } = await approvedCase(fx.app, fx.host, fx.vault);
    const desk = await signedInDesk(fx.app.database.db, { now: () => new Date('2026-11-22T09:00:00Z') });
    const csv = await desk.get('/desk/reports/cases.csv');
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.headers.get('content-disposition')).toBe('attachment; filename="rma-cases-2026-11-22.csv"');
    const rows = parse(await csv.text(), { columns: true }) as Array<Record<string, string>>;
    expect(rows.map((r) => [r.ref, r.order, r.part_number, r.kind, r.state])).toEqual([
      [ref, '100234', 'SFP-10G-SR', 'doa', 'awaiting_return'],
    ]);
    const json = (await (await desk.get('/desk/reports/cases.json?state=open')).json()) as Array<{ ref: string; rma: string }>;
    expect(json.map((r) => r.ref)).toEqual([ref]);
    expect(json[0]!.rma).toMatch(/^RMA-\d{2}-\d{5}$/);
    // A state filter counts: no case is resolved.
    expect(await (await desk.get('/desk/reports/cases.json?state=resolved')).json()).toEqual([]);
    const failures = (await (await desk.get('/desk/reports/failures.json')).json()) as {
      parts: Array<{ partNumber: string; doaCases: number }>;
    };
    expect(failures.parts.find((p) => p.partNumber === 'SFP-10G-SR')?.doaCases).toBe(1);

    const exports = (await deskAuditTrail(fx.app.database.db)).filter((a) => a.action === 'export');
    expect(exports.map((a) => a.detail)).toEqual(
      expect.arrayContaining([
        { file: 'cases.csv', since: null, state: 'all' },
        { file: 'cases.json', since: null, state: 'open' },
        { file: 'failures.json', since: null },
      ]),
    );
    expect(exports.every((a) => a.staff === 'console:S1')).toBe(true);

    const signedOut = await desk.get('/desk/reports/cases.csv', false);
    expect(signedOut.status).toBe(303);
    expect(await signedOut.text()).not.toContain(ref);
  });
});
