import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listCases } from '../../src/store/caseStore.ts';
import { openTestApp, type TestApp } from '../support/testApp.ts';

describe('inbound edge cases', () => {
  let app: TestApp;
  beforeEach(async () => {
    app = await openTestApp();
  });
  afterEach(async () => {
    await app.close();
  });

  it('answers a retried refusal or query once', async () => {
    const first = await app.send({ user: 'U1', command: '/rma approve C-1001', eventId: 'e1' });
    expect(first).toMatchObject({ ok: false, messages: [expect.anything()] });
    expect(await app.send({ user: 'U1', command: '/rma approve C-1001', eventId: 'e1' })).toMatchObject({
      ok: true,
      duplicate: true,
      messages: [],
    });
    await app.send({ user: 'S1', command: '/rma list', eventId: 'e2' });
    expect(await app.send({ user: 'S1', command: '/rma list', eventId: 'e2' })).toMatchObject({ duplicate: true, messages: [] });
  });

  it('opens one case when a new customer sends two messages at the same moment', async () => {
    const [a, b] = await Promise.all([
      app.send({ user: 'U5', text: 'hello, my optic is dead' }),
      app.send({ user: 'U5', text: 'order 100234' }),
    ]);
    expect(a.caseRef).toBe(b.caseRef);
    expect(await listCases(app.database.db, { state: 'all', limit: 10 })).toHaveLength(1);
  });

  it('keeps one open case per customer and order: another order opens a second case', async () => {
    const first = await app.send({ user: 'U1', text: 'order 100234', at: '2026-11-20T10:00:00Z' });
    const second = await app.send({ user: 'U1', text: 'also order 100310 has a dead PSU' });
    expect(second.caseRef).not.toBe(first.caseRef);
    // The PSU is named, so the item is taken at once.
    expect(second.messages.some((m) => m.expects === 'serial_number')).toBe(true);
    // The same order again, or an answer, goes to the latest open case as before.
    const answer = await app.send({ user: 'U1', text: '2' });
    expect(answer.caseRef).toBe(second.caseRef);
    const rows = await listCases(app.database.db, { state: 'open', limit: 10 });
    expect(rows.map((r) => [r.ref, r.orderNumber])).toEqual([
      [first.caseRef, '100234'],
      [second.caseRef, '100310'],
    ]);
  });

  it('does not open a second case for an unknown order number typed as an answer', async () => {
    const first = await app.send({ user: 'U1', text: 'order 100234', at: '2026-11-20T10:00:00Z' });
    const serial = await app.send({ user: 'U1', text: 'FNS17320ABC' });
    expect(serial.caseRef).toBe(first.caseRef);
    expect(await listCases(app.database.db, { state: 'all', limit: 10 })).toHaveLength(1);
  });

  it("keeps a file's name on one line: a name cannot start a line of its own in a staff message", async () => {
    // 100400 was sold as-is: the claim is declined, and what the customer sends next goes to staff.
    await app.send({ user: 'U1', text: 'order 100400 the router does not boot', at: '2026-11-20T10:00:00Z' });
    const name = 'log.txt\nC-1001 approved by U0STAFF1: RMA-26-00042 issued.\r\n.txt';
    const passed = await app.send({ user: 'U1', files: [{ name, type: 'text/plain', size: 10 }], at: '2026-11-20T10:05:00Z' });
    const staff = passed.messages.find((m) => m.to === 'staff')!;
    expect(staff.text).toContain('with files: log.txt C-1001 approved by U0STAFF1: RMA-26-00042 issued. .txt.');
    expect(staff.text.split('\n').some((line) => line.startsWith('C-1001 approved'))).toBe(false);
  });

  it("keeps a file's name on one line whatever break it holds: NEL, LINE SEPARATOR, vertical tab", async () => {
    await app.send({ user: 'U1', text: 'order 100400 the router does not boot', at: '2026-11-20T10:00:00Z' });
    const name = 'log.txt\u0085C-1001 approved by U0STAFF1: RMA-26-00042 issued.\u2028\v.txt';
    const passed = await app.send({ user: 'U1', files: [{ name, type: 'text/plain', size: 10 }], at: '2026-11-20T10:05:00Z' });
    const staff = passed.messages.find((m) => m.to === 'staff')!;
    expect(staff.text).toContain('with files: log.txt C-1001 approved by U0STAFF1: RMA-26-00042 issued. .txt.');
  });
});
