import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failureReport, median, type FailureReport } from '../../src/reports/failureReport.ts';
import { renderReportText } from '../../src/reports/failureReportText.ts';
import { NOW, openScenario, type Scenario } from './scenario.ts';

describe('failure report', () => {
  let s: Scenario;
  let report: FailureReport;
  beforeAll(async () => {
    s = await openScenario();
    report = await failureReport(s.app.database.db, { now: NOW });
  });
  afterAll(async () => {
    await s?.app.close();
  });

  it('counts units sold, DOA and warranty cases, RMAs, flags, resolution time and costs per part number', () => {
    expect(report.parts.map((p) => p.partNumber)).toEqual(['SFP-10G-SR', 'PWR-C1-715WAC', 'WS-C3850-48P']);
    const [optic, psu, switches] = report.parts;
    expect(optic).toMatchObject({
      unitsSold: 11,
      doaCases: 3,
      warrantyCases: 0,
      otherCases: 0,
      rmaIssued: 2,
      resolvedCases: 2,
      medianDaysToResolution: 3,
      shippingCents: 0,
      casesOverCap: 0,
    });
    expect(optic!.returnRate).toBeCloseTo(3 / 11);
    expect(optic!.topFaultFlags).toEqual([
      { flag: 'compatibility', cases: 1 },
      { flag: 'vendor_lock', cases: 1 },
    ]);
    expect(psu).toMatchObject({
      unitsSold: 4,
      doaCases: 0,
      warrantyCases: 1,
      returnRate: 0.25,
      rmaIssued: 1,
      medianDaysToResolution: null,
      shippingCents: 57_000,
      casesOverCap: 1,
    });
    expect(switches).toMatchObject({ unitsSold: 5, doaCases: 0, warrantyCases: 0, returnRate: 0, topFaultFlags: [] });
    expect(report.totals).toMatchObject({
      unitsSold: 20,
      doaCases: 3,
      warrantyCases: 1,
      rmaIssued: 3,
      shippingCents: 57_000,
      casesOverCap: 1,
      medianDaysToResolution: 3,
    });
    expect(report.excluded).toEqual({ cancelled: 1, noPartYet: 1 });
  });

  it('with --since counts cases opened and units delivered from that day on', async () => {
    const since = await failureReport(s.app.database.db, { now: NOW, since: '2026-10-01' });
    expect(since.since).toBe('2026-10-01');
    // The PSUs and switches were delivered in September: no units sold since, so no rate; the PSU case still counts.
    expect(since.parts.map((p) => [p.partNumber, p.unitsSold, p.doaCases + p.warrantyCases, p.returnRate])).toEqual([
      ['SFP-10G-SR', 10, 3, 0.3],
      ['PWR-C1-715WAC', 0, 1, null],
    ]);
    const later = await failureReport(s.app.database.db, { now: NOW, since: '2026-11-21' });
    expect(later.parts).toEqual([]);
    expect(renderReportText(later)).toContain('No order items or cases in this period.');
  });

  it('prints a table with one line per part number and a total', () => {
    const text = renderReportText(report);
    const lines = text.split('\n');
    expect(lines[0]).toBe(`Failure report by part number (as of ${NOW})`);
    expect(lines[1]).toBe('All cases; units sold = all order items on record.');
    expect(lines[3]).toMatch(
      /^Part number\s+Sold\s+DOA\s+Warranty\s+Other\s+Return rate\s+RMAs\s+Median days\s+Shipping\s+Over cap\s+Top fault flags$/,
    );
    expect(lines.find((l) => l.startsWith('SFP-10G-SR'))).toMatch(
      /^SFP-10G-SR\s+11\s+3\s+0\s+0\s+27\.3%\s+2\s+3\.0\s+USD 0\.00\s+0\s+compatibility \(1\), vendor_lock \(1\)$/,
    );
    expect(lines.find((l) => l.startsWith('PWR-C1-715WAC'))).toMatch(
      /^PWR-C1-715WAC\s+4\s+0\s+1\s+0\s+25\.0%\s+1\s+-\s+USD 570\.00\s+1\s+-$/,
    );
    expect(lines.find((l) => l.startsWith('Total'))).toMatch(/^Total\s+20\s+3\s+1\s+0\s+20\.0%\s+3\s+3\.0\s+USD 570\.00\s+1/);
    expect(text).toContain('Not counted: 1 cancelled case(s), 1 case(s) whose item is not known yet.');
    // Columns line up: every table line has the "Return rate" column ending at the same place.
    const end = lines[3]!.indexOf('Return rate') + 'Return rate'.length;
    for (const line of lines.slice(5, 8)) expect(line.slice(end - 1, end + 1)).toMatch(/%\s/);
  });

  it('takes the median of an odd or even count', () => {
    expect([median([]), median([5]), median([9, 1, 4]), median([4, 1, 3, 2])]).toEqual([null, 5, 4, 2.5]);
  });
});
