import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CASE_STATES } from '../../src/case/caseState.ts';
import { exportCase, exportCases, exportRecords } from '../../src/reports/caseExport.ts';
import { CSV_COLUMNS, type CaseRecord } from '../../src/reports/caseRecord.ts';
import { ReportInputError } from '../../src/reports/reportInput.ts';
import { openTestApp } from '../support/testApp.ts';
import { NOW, openScenario, T0, type Scenario } from './scenario.ts';

describe('cases export', () => {
  let s: Scenario;
  beforeAll(async () => {
    s = await openScenario();
  });
  afterAll(async () => {
    await s?.app.close();
  });

  it('writes one CSV row per case, oldest first, that a CSV reader reads back exactly', async () => {
    const csv = await exportCases(s.app.database.db, { format: 'csv', now: NOW });
    expect(csv.endsWith('\r\n')).toBe(true);
    const [header, ...rows] = parse(csv, { relax_column_count: false }) as string[][];
    expect(header).toEqual([...CSV_COLUMNS]);
    expect(rows.map((r) => r[0])).toEqual([s.refunded, s.vendorLock, s.inReview, s.overCap, s.cancelled, s.noOrder]);
    const refunded = Object.fromEntries(header!.map((h, i) => [h, rows[0]![i]]));
    expect(refunded).toMatchObject({
      customer: 'Doe, "J"',
      order: '300001',
      part_number: 'SFP-10G-SR',
      serial_number: 'FNS0001',
      kind: 'doa',
      state: 'resolved',
      rma: 'RMA-26-00001',
      resolution: 'refund',
      reasons: '',
      cost_cents: '0',
      opened_at: T0,
      closed_at: '2026-11-24T10:00:00.000Z',
    });
    // The customer's name holds a comma and quotes: the raw line quotes it and doubles the quotes.
    expect(csv.split('\r\n')[1]).toContain(',"Doe, ""J""",');
  });

  it('gives the time spent in each state from the audit trail, the current state running to now', async () => {
    const records = await exportRecords(s.app.database.db, { now: NOW });
    const byRef = new Map(records.map((r) => [r.ref, r]));
    const refunded = byRef.get(s.refunded)!;
    expect(refunded.seconds_in_state).toEqual({
      intake: 1_800,
      troubleshooting: 3_600,
      review: 3_600,
      awaiting_return: 77_400,
      in_transit: 172_800,
      inspection: 86_400,
      resolved: 604_800,
      declined: 0,
      cancelled: 0,
    });
    for (const r of records) {
      const total = Object.values(r.seconds_in_state).reduce((a, b) => a + b, 0);
      expect(total, r.ref).toBe((Date.parse(NOW) - Date.parse(r.opened_at)) / 1000);
    }
    expect(byRef.get(s.cancelled)).toMatchObject({
      state: 'cancelled',
      part_number: 'SFP-10G-SR',
      kind: null,
      flags: ['unverified_order'],
    });
  });

  it('reports the costs of a case above the cap', async () => {
    const [record] = JSON.parse(await exportCases(s.app.database.db, { format: 'json', now: NOW, state: 'in_transit' })) as CaseRecord[];
    expect(record).toMatchObject({
      ref: s.overCap,
      kind: 'warranty',
      cap_cents: 50_000,
      cost_cents: 57_000,
      covered_cents: 50_000,
      pending_cents: 7_000,
      over_cap_cents: 7_000,
      flags: ['over_cost_cap'],
    });
    expect(Object.keys(record!.seconds_in_state)).toEqual([...CASE_STATES]);
  });

  it('filters by state (a name, open or all) and by the day cases were opened', async () => {
    const db = s.app.database.db;
    const refs = async (options: { state?: string; since?: string; timeZone?: string }) =>
      (await exportRecords(db, { now: NOW, ...options })).map((r) => r.ref);
    expect(await refs({ state: 'resolved' })).toEqual([s.refunded, s.vendorLock]);
    expect(await refs({ state: 'open' })).toEqual([s.inReview, s.overCap, s.noOrder]);
    expect(await refs({ state: 'ALL' })).toHaveLength(6);
    expect(await refs({ since: '2026-11-21' })).toEqual([]);
    expect(await refs({ since: '2026-11-20' })).toHaveLength(6);
    // The day starts in the policy's time zone: in Tokyo, 2026-11-21 begins at 2026-11-20 15:00 UTC (T0 + 5 h).
    expect(await refs({ since: '2026-11-21', timeZone: 'Asia/Tokyo' })).toEqual([s.noOrder]);
    expect(await refs({ since: '2026-11-20T12:00:00Z' })).toEqual([s.inReview, s.overCap, s.cancelled, s.noOrder]);
  });

  it('refuses an unknown state, format or date with a message naming the option', async () => {
    const db = s.app.database.db;
    await expect(exportCases(db, { format: 'csv', now: NOW, state: 'lost' })).rejects.toThrow(ReportInputError);
    await expect(exportCases(db, { format: 'csv', now: NOW, state: 'lost' })).rejects.toThrow(/--state: "lost" is not a state/);
    await expect(exportCases(db, { format: 'xml' as 'csv', now: NOW })).rejects.toThrow(/--format: "xml"/);
    await expect(exportCases(db, { format: 'csv', now: NOW, since: '2026-02-30' })).rejects.toThrow(/--since: "2026-02-30"/);
  });

  it('gives one case in full with its audit trail, for a machine-readable cases show', async () => {
    const detail = await exportCase(s.app.database.db, s.overCap.toLowerCase(), { now: NOW });
    expect(detail).toMatchObject({
      ref: s.overCap,
      description: '715W AC PSU',
      fault: 'fan never spins and no output power',
      approved_by: 'S1',
    });
    expect(detail!.costs.map((c) => [c.label, c.coveredCents, c.pendingCents])).toEqual([
      ['return shipping', 32_000, 0],
      ['import duties', 18_000, 7_000],
    ]);
    expect(detail!.history.map((h) => h.type)).toEqual([
      'case.opened',
      'order.provided',
      'serial.provided',
      'photo.serial',
      'photo.install',
      // The fault, the first message with words enough to tell the language (English).
      'language.set',
      'fault.provided',
      'evidence.provided',
      'still_failing',
      'staff.approve',
      'tracking.provided',
      'staff.cost',
      'staff.cost',
    ]);
    expect(detail!.history.at(-1)).toMatchObject({
      actor_kind: 'staff',
      actor_id: 'S1',
      data: { cents: 25_000, label: 'import duties' },
      state_before: 'in_transit',
      state_after: 'in_transit',
    });
    expect(await exportCase(s.app.database.db, 'C-9999', { now: NOW })).toBeNull();
  });
});

describe('cases export of text a spreadsheet would run', () => {
  it('writes customer text that begins like a formula behind a quote mark, so opening the file runs nothing', async () => {
    const app = await openTestApp();
    try {
      // A carriage return never reaches storage (it becomes a line break on the way in); test/reports/csv.test.ts
      // covers a cell that starts with one.
      const customers = ['=HYPERLINK("http://x","y")', '+1+1', '-2+3', '@SUM(A1)', '\t=1'];
      for (const user of customers) expect((await app.send({ user, text: 'hello, my switch is broken', newCase: true })).ok).toBe(true);
      const csv = await exportCases(app.database.db, { format: 'csv', now: NOW });
      const [header, ...rows] = parse(csv) as string[][];
      const customer = header!.indexOf('customer');
      expect(rows.map((r) => r[customer])).toEqual(customers.map((c) => `'${c}`));
      // No cell of the file starts a formula; the numbers are still plain numbers.
      for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[\t\r+\-=@]/);
      expect(rows[0]![header!.indexOf('cost_cents')]).toBe('0');
      // The JSON export keeps the text as typed: it is data for programs, not a spreadsheet.
      expect((JSON.parse(await exportCases(app.database.db, { format: 'json', now: NOW })) as CaseRecord[]).map((r) => r.customer)).toEqual(
        customers,
      );
    } finally {
      await app.close();
    }
  });
});
