// The queue's data: real cases made through the case service, read back with the queue's filters and
// search; and the filter read from a query string.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countQueueCases, queueCases, queueFilterFrom, readQueue, type QueueFilter } from '../../src/web/queueQuery.ts';
import { findCaseByRef } from '../../src/store/caseStore.ts';
import { openTestApp, type TestApp } from '../support/testApp.ts';

const NOW = '2026-11-22T10:00:00.000Z';

describe('the queue query', () => {
  let app: TestApp;
  let rma: string;
  const refs = async (filter: QueueFilter) => (await queueCases(app.database.db, filter, NOW)).map((r) => r.ref);

  // Made in the order of their refs, but C-1004 opened first: the queue is by opening time.
  //   C-1001 console U1, order 100234 (DOA), a wrong serial typed: serial_mismatch; intake
  //   C-1002 discord U2, order 100310, the switch (warranty), taken to review and approved: awaiting_return, an RMA
  //   C-1003 console U3, order 100400, sold as-is: declined (closed)
  //   C-1004 console U4, order 100500 (not delivered on record: unverified_order), asks for a person; intake
  beforeAll(async () => {
    app = await openTestApp({ staff: ['S1'] });
    await app.send({ user: 'U1', text: 'order 100234 the SFP is dead', at: '2026-11-20T10:00:00Z' });
    await app.send({ user: 'U1', text: 'FNS17320ABD', at: '2026-11-20T10:30:00Z' });
    await app.send({ user: 'U2', platform: 'discord', text: 'order 100310 the switch reboots', at: '2026-11-20T11:00:00Z' });
    await app.send({ user: 'U3', text: 'order 100400 it is dead', at: '2026-11-20T12:00:00Z' });
    // Opened last, but dated a day earlier (as a message delivered late): the queue goes by opening time.
    await app.send({ user: 'U4', text: 'order 100500 it is dead', at: '2026-11-19T09:00:00Z' });
    await app.send({ user: 'U4', text: 'talk to a person please', at: '2026-11-19T09:05:00Z' });
    await app.send({ user: 'S1', platform: 'discord', command: '/rma review C-1002', at: '2026-11-21T09:00:00Z' });
    const approved = await app.send({ user: 'S1', platform: 'discord', command: '/rma approve C-1002', at: '2026-11-21T10:00:00Z' });
    rma = /RMA-\d\d-\d{5}/.exec(approved.messages.map((m) => m.text).join(' '))![0];
  });
  afterAll(async () => {
    await app.close();
  });

  it('lists open cases only, oldest opened first, with what a row shows', async () => {
    const rows = await queueCases(app.database.db, {}, NOW);
    expect(rows.map((r) => r.ref)).toEqual(['C-1004', 'C-1001', 'C-1002']);
    const [c1004, c1001, c1002] = rows;
    expect(c1002).toEqual({
      ref: 'C-1002',
      platform: 'discord',
      customer: 'U2',
      state: 'awaiting_return',
      kind: 'warranty',
      orderNumber: '100310',
      rma,
      openedAt: '2026-11-20T11:00:00.000Z',
      stateSince: '2026-11-21T10:00:00.000Z',
      updatedAt: '2026-11-21T10:00:00.000Z',
      flags: [],
      ageHours: 47,
      timeInStateHours: 24,
    });
    expect(c1001).toMatchObject({ state: 'intake', kind: 'doa', orderNumber: '100234', rma: null, flags: ['serial_mismatch'] });
    expect(c1004).toMatchObject({ state: 'intake', kind: null, ageHours: 73, flags: ['unverified_order', 'human_requested'] });
  });

  it('shows closed cases only when asked: every case, or a closed state by name', async () => {
    expect(await refs({ includeClosed: true })).toEqual(['C-1004', 'C-1001', 'C-1002', 'C-1003']);
    expect(await refs({ state: 'declined' })).toEqual(['C-1003']);
    expect(await countQueueCases(app.database.db, {})).toBe(3);
    expect(await countQueueCases(app.database.db, { includeClosed: true })).toBe(4);
  });

  it('filters by state, kind, flag and platform, each exactly, and together', async () => {
    expect(await refs({ state: 'intake' })).toEqual(['C-1004', 'C-1001']);
    expect(await refs({ state: 'awaiting_return' })).toEqual(['C-1002']);
    expect(await refs({ state: 'review' })).toEqual([]);
    expect(await refs({ kind: 'doa' })).toEqual(['C-1001']);
    expect(await refs({ kind: 'warranty' })).toEqual(['C-1002']);
    expect(await refs({ flag: 'human_requested' })).toEqual(['C-1004']);
    expect(await refs({ flag: 'serial_mismatch' })).toEqual(['C-1001']);
    expect(await refs({ flag: 'over_cost_cap' })).toEqual([]);
    expect(await refs({ platform: 'discord' })).toEqual(['C-1002']);
    expect(await refs({ platform: 'console' })).toEqual(['C-1004', 'C-1001']);
    expect(await refs({ platform: 'slack' })).toEqual([]);
    expect(await refs({ platform: 'console', state: 'intake', flag: 'unverified_order' })).toEqual(['C-1004']);
    expect(await refs({ platform: 'console', kind: 'warranty' })).toEqual([]);
    expect(await countQueueCases(app.database.db, { state: 'intake', platform: 'console' })).toBe(2);
  });

  it('keeps to the limit, oldest first', async () => {
    expect(await refs({ limit: 2 })).toEqual(['C-1004', 'C-1001']);
    expect(await refs({ limit: 0 })).toEqual(['C-1004', 'C-1001', 'C-1002']);
  });

  it('tells the page how many match in all when the rows fill the limit, and only then', async () => {
    const full = await readQueue(app.database.db, { limit: 2, platform: 'console', includeClosed: true }, NOW);
    expect(full.rows.map((r) => r.ref)).toEqual(['C-1004', 'C-1001']);
    expect(full.total).toBe(3);
    expect(await readQueue(app.database.db, { platform: 'console' }, NOW)).not.toHaveProperty('total');
  });

  it('finds a case by its ref as staff type it, its RMA number, order number, serial or part number', async () => {
    for (const typed of ['C-1001', 'c-1001', 'C1001', '1001', '  c-1001 ']) expect(await refs({ q: typed }), typed).toEqual(['C-1001']);
    expect(await refs({ q: rma.toLowerCase() })).toEqual(['C-1002']);
    expect(await refs({ q: '100310' })).toEqual(['C-1002']);
    expect(await refs({ q: '100-310' })).toEqual(['C-1002']);
    // The claimed item's serial (not the wrong one the customer typed) and part number, however written.
    for (const typed of ['FOC2101X0AB', 'foc2101x0ab', 'FOC-2101 X0AB']) expect(await refs({ q: typed }), typed).toEqual(['C-1002']);
    expect(await refs({ q: 'ws-c3850-48p' })).toEqual(['C-1002']);
    expect(await refs({ q: 'FNS17320ABC' })).toEqual(['C-1001']);
    // Not a part of a number: exact matches only.
    expect(await refs({ q: '1003' })).toEqual([]);
    expect(await refs({ q: '100' })).toEqual([]);
    expect(await refs({ q: 'FOC2101' })).toEqual([]);
  });

  it('searches open cases unless closed ones are asked for too, and within the other filters', async () => {
    expect(await refs({ q: '100400' })).toEqual([]);
    expect(await refs({ q: '100400', includeClosed: true })).toEqual(['C-1003']);
    expect(await refs({ q: 'FXS1933Q2AB', includeClosed: true })).toEqual(['C-1003']);
    expect(await refs({ q: 'C-1003', state: 'declined' })).toEqual(['C-1003']);
    expect(await refs({ q: '100310', platform: 'console' })).toEqual([]);
    expect(await refs({ q: '100310', kind: 'warranty' })).toEqual(['C-1002']);
  });

  it('takes a search or filter value that looks like SQL or a pattern as text: nothing found, nothing broken', async () => {
    const hostile = ["%' or 1=1 --", "'; drop table cases; --", '%', '_', 'C-100%', '\\', '" or ""="', '{context}', "') or ('1'='1"];
    for (const q of hostile) expect(await refs({ q, includeClosed: true }), q).toEqual([]);
    expect(await refs({ platform: "console' or 1=1 --" })).toEqual([]);
    expect(await refs({ state: "intake' or '1'='1" })).toEqual([]);
    expect(await countQueueCases(app.database.db, { q: "%' or 1=1 --" })).toBe(0);
    expect(await findCaseByRef(app.database.db, 'C-1001')).toBeDefined();
    expect(await refs({})).toHaveLength(3);
  });
});

describe("a search whose text is both an order number and an item's serial", () => {
  it('finds the case of that order, not the case of the item with that serial', async () => {
    const item = { description: 'optic', terms: 'standard' as const, deliveredOn: '2026-11-10' };
    const app = await openTestApp({
      orders: [
        { ...item, orderNumber: '200100', partNumber: 'SFP-1', serialNumber: 'AAA11111111' },
        { ...item, orderNumber: '200200', partNumber: 'SFP-2', serialNumber: '200100' },
      ],
    });
    try {
      await app.send({ user: 'U1', text: 'order 200100 the optic is dead', at: '2026-11-20T10:00:00Z' });
      await app.send({ user: 'U2', text: 'order 200200 the optic is dead', at: '2026-11-20T11:00:00Z' });
      const refs = async (q: string) => (await queueCases(app.database.db, { q }, NOW)).map((r) => r.ref);
      expect(await refs('200100')).toEqual(['C-1001']);
      expect(await countQueueCases(app.database.db, { q: '200100' })).toBe(1);
      // Named by nothing else, the serial finds its case.
      expect(await refs('AAA11111111')).toEqual(['C-1001']);
      expect(await refs('sfp-2')).toEqual(['C-1002']);
    } finally {
      await app.close();
    }
  });
});

describe('the queue filter from a query string', () => {
  const from = (query: string) => queueFilterFrom(new URLSearchParams(query));

  it('keeps known values and leaves out empty ones', () => {
    expect(from('')).toEqual({});
    expect(from('state=&kind=&flag=&platform=&q=')).toEqual({});
    expect(from('state=awaiting_return&kind=doa&flag=over_cost_cap&platform=slack&q=C-1001')).toEqual({
      state: 'awaiting_return',
      kind: 'doa',
      flag: 'over_cost_cap',
      platform: 'slack',
      q: 'C-1001',
    });
    expect(from('state=resolved')).toEqual({ state: 'resolved' });
    expect(from('state=all')).toEqual({ includeClosed: true });
    expect(from('state=open')).toEqual({});
    expect(from('platform=Discord')).toEqual({ platform: 'discord' });
  });

  it('ignores values it does not know', () => {
    expect(from('state=closed&kind=refund&flag=urgent')).toEqual({});
    // Names an object has of its own kind are not flags.
    expect(from('flag=toString&state=constructor&kind=__proto__')).toEqual({});
    expect(from(`platform=${encodeURIComponent("slack' or 1=1")}`)).toEqual({});
    expect(from(`platform=${'x'.repeat(40)}`)).toEqual({});
  });

  it('trims the search and cuts it at 100 characters, never in the middle of a character', () => {
    expect(from('q=%20%20100234%20%20')).toEqual({ q: '100234' });
    expect(from('q=%20%20%20')).toEqual({});
    expect(from(`q=${'a'.repeat(150)}`).q).toBe('a'.repeat(100));
    const emoji = '📦'.repeat(120);
    expect(from(`q=${encodeURIComponent(emoji)}`).q).toBe('📦'.repeat(100));
  });
});
