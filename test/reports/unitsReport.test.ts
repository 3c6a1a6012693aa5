// Claims for several units in the export and the failure report (issue 20): the export carries each
// unit; the failure report counts claimed units per part number, so a five-unit claim is five returns.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportCases, exportRecords } from '../../src/reports/caseExport.ts';
import { failureReport } from '../../src/reports/failureReport.ts';
import { claimFourUnits } from '../support/lotOrders.ts';
import { openTestApp, type TestApp } from '../support/testApp.ts';

const NOW = '2026-11-21T10:00:00Z';

describe('reports of claims for several units', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await openTestApp();
    const ref = await claimFourUnits(app);
    expect((await app.send({ user: 'S1', command: `/rma approve ${ref} units 1,2` })).ok).toBe(true);
    // And a one-unit claim of another order, as before.
    await app.send({ user: 'U2', text: 'order 100234 optic dead', at: '2026-11-20T11:00:00Z' });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('exports every unit of a claim, and one unit for a one-unit claim', async () => {
    const [lot, single] = await exportRecords(app.database.db, { now: NOW });
    expect(lot).toMatchObject({ unit_count: 4, units_approved: 2, part_number: 'SFP-10G-SR', serial_number: 'FNS23010001' });
    expect(lot!.units.map((u) => [u.serial_number, u.kind, u.decision])).toEqual([
      ['FNS23010001', 'doa', 'approved'],
      ['FNS23010002', 'doa', 'approved'],
      ['FNS22110005', 'warranty', 'denied'],
      ['FNS23010004', null, 'denied'],
    ]);
    expect(single).toMatchObject({
      unit_count: 1,
      units_approved: 0,
      units: [{ unit: 1, serial_number: 'FNS17320ABC', decision: 'pending' }],
    });
    const [header, firstRow] = (await exportCases(app.database.db, { format: 'csv', now: NOW })).split('\r\n');
    expect(header!.endsWith(',unit_count,units_approved,unit_serials')).toBe(true);
    expect(firstRow!.endsWith(',4,2,FNS23010001 FNS23010002 FNS22110005 FNS23010004')).toBe(true);
  });

  it('counts claimed units per part number, and approved units as returns', async () => {
    const report = await failureReport(app.database.db, { now: NOW });
    const part = (p: string) => report.parts.find((r) => r.partNumber === p)!;
    // SFP-10G-SR: 4 sold in the lot plus 1 in order 100234; claimed: 2 DOA + 1 as-is here, 1 DOA in the other case.
    expect(part('SFP-10G-SR')).toMatchObject({ unitsSold: 5, doaCases: 3, warrantyCases: 0, otherCases: 1, rmaIssued: 2 });
    expect(part('SFP-10G-SR').returnRate).toBeCloseTo(3 / 5);
    expect(part('SFP-10G-LR')).toMatchObject({ unitsSold: 1, doaCases: 0, warrantyCases: 1, rmaIssued: 0, returnRate: 1 });
    expect(report.totals).toMatchObject({ doaCases: 3, warrantyCases: 1, otherCases: 1, rmaIssued: 2 });
  });
});
