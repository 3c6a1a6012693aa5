// The desk's reports: the failure report with its chart and table from the stored cases, the case
// export as CSV and JSON downloads (the CLI's content), filters, audit, and nothing without a session.
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { exportCases } from '../../src/reports/caseExport.ts';
import { CSV_COLUMNS } from '../../src/reports/caseRecord.ts';
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

  it('counts only what the period holds, on the page and in the downloads, and says what is wrong with a date', async () => {
    const { ref } = await approvedCase(fx.app, fx.host, fx.vault);
    const desk = await signedInDesk(fx.app.database.db, { timeZone: 'UTC' });
    const charted = async (query: string) =>
      [...(await (await desk.get(`/desk/reports${query}`)).text()).matchAll(/<rect class="bar" data-part="([^"]+)"/g)].map((m) => m[1]);
    const exported = async (query: string) =>
      (parse(await (await desk.get(`/desk/reports/cases.csv${query}`)).text(), { columns: true }) as Array<{ ref: string }>).map(
        (r) => r.ref,
      );
    // Everything: the switch delivered on 1 September and the SFP delivered on 10 November are both sold.
    expect(await charted('')).toEqual(expect.arrayContaining(['SFP-10G-SR', 'WS-C3850-48P']));
    // Since 15 September the switch no longer counts as sold; the SFP and its case (opened 20 November) still do.
    const september = await charted('?since=2026-09-15');
    expect(september).toContain('SFP-10G-SR');
    expect(september).not.toContain('WS-C3850-48P');
    expect(await exported('?since=2026-11-20')).toEqual([ref]);
    // Since 1 December: no unit and no case.
    const later = await (await desk.get('/desk/reports?since=2026-12-01')).text();
    expect(later).toContain('No units sold in this period: no return rates to chart.');
    expect(later).not.toContain('<rect class="bar"');
    expect(later).toContain('href="/desk/reports/failures.json?since=2026-12-01"');
    expect(await exported('?since=2026-12-01')).toEqual([]);
    const failures = (await (await desk.get('/desk/reports/failures.json?since=2026-12-01')).json()) as { totals: { doaCases: number } };
    expect(failures.totals.doaCases).toBe(0);

    const wrong = await desk.get('/desk/reports?since=yesterday');
    expect(wrong.status).toBe(400);
    expect(await wrong.text()).toMatch(/<p class="notice error" role="alert">Since: &quot;yesterday&quot; is not a date \(YYYY-MM-DD\)/);
    const wrongDownload = await desk.get('/desk/reports/cases.csv?since=yesterday');
    expect(wrongDownload.status).toBe(400);
    expect(await wrongDownload.text()).not.toContain(ref);
    expect((await desk.get('/desk/reports/cases.json?state=lost')).status).toBe(400);
  });

  it('downloads the cases as CSV and JSON with the CLI export content, records each download, and gives nothing signed out', async () => {
    const { ref } = await approvedCase(fx.app, fx.host, fx.vault);
    const db = fx.app.database.db;
    const now = new Date('2026-11-22T09:00:00Z');
    const desk = await signedInDesk(db, { now: () => now });
    const csv = await desk.get('/desk/reports/cases.csv');
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.headers.get('content-disposition')).toBe('attachment; filename="rma-cases-2026-11-22.csv"');
    const csvText = await csv.text();
    // What `rma-desk cases export` prints, byte for byte: the header first, then one row per case.
    expect(csvText).toBe(await exportCases(db, { format: 'csv', state: 'all', now: now.toISOString(), timeZone: 'UTC' }));
    const [header] = parse(csvText) as string[][];
    expect(header).toEqual([...CSV_COLUMNS]);
    const rows = parse(csvText, { columns: true }) as Array<Record<string, string>>;
    expect(rows.map((r) => [r.ref, r.order, r.part_number, r.kind, r.state])).toEqual([
      [ref, '100234', 'SFP-10G-SR', 'doa', 'awaiting_return'],
    ]);
    const jsonResponse = await desk.get('/desk/reports/cases.json?state=open');
    expect(jsonResponse.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(jsonResponse.headers.get('content-disposition')).toBe('attachment; filename="rma-cases-2026-11-22.json"');
    const json = JSON.parse(await jsonResponse.text()) as Array<{ ref: string; rma: string; part_number: string }>;
    expect(json.map((r) => [r.ref, r.part_number])).toEqual([[ref, 'SFP-10G-SR']]);
    expect(json[0]!.rma).toMatch(/^RMA-\d{2}-\d{5}$/);
    // A state filter counts: no case is resolved.
    expect(await (await desk.get('/desk/reports/cases.json?state=resolved')).json()).toEqual([]);
    const failuresResponse = await desk.get('/desk/reports/failures.json');
    expect(failuresResponse.headers.get('content-disposition')).toBe('attachment; filename="rma-failures-2026-11-22.json"');
    const failures = (await failuresResponse.json()) as { parts: Array<{ partNumber: string; doaCases: number }> };
    expect(failures.parts.find((p) => p.partNumber === 'SFP-10G-SR')?.doaCases).toBe(1);

    const exports = (await deskAuditTrail(db)).filter((a) => a.action === 'export');
    expect(exports.map((a) => a.detail)).toEqual(
      expect.arrayContaining([
        { file: 'cases.csv', since: null, state: 'all' },
        { file: 'cases.json', since: null, state: 'open' },
        { file: 'cases.json', since: null, state: 'resolved' },
        { file: 'failures.json', since: null },
      ]),
    );
    expect(exports).toHaveLength(4);
    expect(exports.every((a) => a.staff === 'console:S1')).toBe(true);

    // Signed out: the sign-in page, no data, and nothing in the audit trail.
    for (const path of ['/desk/reports', '/desk/reports/cases.csv', '/desk/reports/cases.json', '/desk/reports/failures.json']) {
      const signedOut = await desk.get(path, false);
      expect(signedOut.status, path).toBe(303);
      expect(signedOut.headers.get('location'), path).toMatch(/\/desk\/sign-in/);
      expect(await signedOut.text(), path).not.toContain(ref);
    }
    expect((await deskAuditTrail(db)).filter((a) => a.action === 'export')).toHaveLength(4);
  });

  it("dates the file name by the policy's calendar", async () => {
    // 05:00 UTC on 22 November is still 21 November in Los Angeles.
    const desk = await signedInDesk(fx.app.database.db, { timeZone: 'America/Los_Angeles', now: () => new Date('2026-11-22T05:00:00Z') });
    const csv = await desk.get('/desk/reports/cases.csv');
    expect(csv.headers.get('content-disposition')).toBe('attachment; filename="rma-cases-2026-11-21.csv"');
  });
});
