import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CUSTOMER_COMMANDS, USAGE, type CommandName } from '../../src/chat/commands.ts';
import { CUSTOMER_ACTIONS } from '../../src/chat/customerEvents.ts';
import { persistedSnapshot } from '../../src/case/snapshot.ts';
import { STAFF_ACTIONS } from '../../src/chat/commands.ts';
import { caseHistory } from '../../src/store/caseStore.ts';
import { cases as casesTable } from '../../src/store/schema.ts';
import { openTestApp, type TestApp } from '../support/testApp.ts';
import { findCaseByRef } from '../../src/store/caseStore.ts';

/** U1's DOA case C-1001, complete and waiting in review. */
async function caseInReview(app: TestApp, user = 'U1'): Promise<string> {
  const first = await app.send({ user, text: 'order 100234', at: '2026-11-20T10:00:00Z' });
  await app.send({ user, text: 'FNS17320ABC' });
  await app.send({
    user,
    files: [
      { name: 'sn.jpg', type: 'image/jpeg', size: 10 },
      { name: 'rack.jpg', type: 'image/jpeg', size: 10 },
    ],
  });
  await app.send({ user, text: 'no link light on the port at all' });
  await app.send({ user, files: [{ name: 'log.txt', type: 'text/plain', size: 10 }] });
  await app.send({ user, action: 'still_failing', caseRef: first.caseRef! });
  return first.caseRef!;
}

async function context(app: TestApp, ref: string) {
  const row = (await findCaseByRef(app.database.db, ref))!;
  return { row, c: persistedSnapshot(row).context };
}

describe('staff work on a case', () => {
  let app: TestApp;
  beforeEach(async () => {
    app = await openTestApp();
  });
  afterEach(async () => {
    await app.close();
  });

  it('gives one RMA number when two staff press Approve at the same moment', async () => {
    const ref = await caseInReview(app);
    const results = await Promise.all([
      app.send({ user: 'S1', action: 'approve', caseRef: ref }),
      app.send({ user: 'S2', action: 'approve', caseRef: ref }),
    ]);
    expect(results.map((r) => r.ok).sort()).toEqual([false, true]);
    const loser = results.find((r) => !r.ok)!;
    expect(loser.error).toMatch(/already approved \(RMA-26-00001\)/);
    const { row, c } = await context(app, ref);
    expect([row.state, c.rma]).toEqual(['awaiting_return', 'RMA-26-00001']);
    const history = await caseHistory(app.database.db, row.id);
    expect(history.filter((h) => h.type === 'staff.approve')).toHaveLength(1);
  });

  it('asks the customer for more information and returns the case to review with the answer', async () => {
    const ref = await caseInReview(app);
    const asked = await app.send({ user: 'S1', action: 'request_info', caseRef: ref, actionText: 'a video of the port LEDs' });
    expect(asked.messages.find((m) => m.to === 'customer')).toMatchObject({
      text: expect.stringContaining('a video of the port LEDs'),
      expects: 'evidence',
    });
    expect((await context(app, ref)).row.state).toBe('intake');
    const answered = await app.send({ user: 'U1', files: [{ name: 'leds.mp4', type: 'video/mp4', size: 5_000_000 }] });
    expect(answered.messages.find((m) => m.to === 'staff')?.actions.map((a) => a.id)).toEqual(['approve', 'deny', 'request_info']);
    const { row, c } = await context(app, ref);
    expect(row.state).toBe('review');
    expect(c.evidence.map((e) => e.file?.name)).toContain('leds.mp4');
  });

  it('denies with the reason the customer reads, and a deny without a reason is refused', async () => {
    const ref = await caseInReview(app);
    const empty = await app.send({ user: 'S1', action: 'deny', caseRef: ref });
    expect(empty).toMatchObject({ ok: false, error: 'A denial needs a reason the customer will read.' });
    const denied = await app.send({ user: 'S1', command: `/rma deny ${ref} the DOM readings show a dirty fibre, not a fault` });
    expect(denied.messages.find((m) => m.to === 'customer')?.text).toMatch(/declined by our staff: the DOM readings show a dirty fibre/);
    const { row, c } = await context(app, ref);
    expect([row.state, c.reasons, row.closedAt]).toEqual(['declined', ['denied_by_staff'], expect.any(String)]);
  });

  it('records costs only after approval, holds what exceeds USD 500 until approved in writing', async () => {
    const ref = await caseInReview(app);
    expect(await app.send({ user: 'S1', command: `/rma cost ${ref} 40 return label` })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/only once a case is approved/),
    });
    await app.send({ user: 'S1', command: `/rma approve ${ref}` });
    expect(await app.send({ user: 'S1', command: `/rma approve-cost ${ref}` })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/no cost above the cap/),
    });
    await app.send({ user: 'S1', command: `/rma cost ${ref} 320.00 return shipping` });
    const over = await app.send({ user: 'S1', command: `/rma cost ${ref} 180.01 import duties` });
    expect(over.messages[0]!.text).toMatch(/USD 180.00 covered, USD 0.01 above the USD 500.00 cap waits for written approval/);
    let { c } = await context(app, ref);
    expect(c.flags.map((f) => f.code)).toContain('over_cost_cap');
    await app.send({ user: 'S1', command: `/rma approve-cost ${ref}` });
    ({ c } = await context(app, ref));
    expect(c.costs.map((l) => [l.coveredCents, l.pendingCents, l.approvedCents])).toEqual([
      [32_000, 0, 0],
      [18_000, 0, 1],
    ]);
  });

  it('reopens a declined case to review and approves it', async () => {
    const ref = await caseInReview(app);
    await app.send({ user: 'S1', command: `/rma deny ${ref} looks like vendor lock` });
    expect(await app.send({ user: 'S1', command: `/rma reopen ${ref}` })).toMatchObject({ ok: true });
    expect((await context(app, ref)).row.state).toBe('review');
    await app.send({ user: 'S1', command: `/rma approve ${ref}` });
    const { row, c } = await context(app, ref);
    expect([row.state, c.reasons, row.closedAt]).toEqual(['awaiting_return', [], null]);
  });

  it('applies events that reach one case at the same moment one after the other, none lost', async () => {
    const ref = await caseInReview(app);
    const before = (await context(app, ref)).row;
    const notes = ['label photo checked', 'port tested', 'customer called', 'serial matches order'];
    const results = await Promise.all([
      ...notes.map((text, i) => app.send({ user: i % 2 ? 'S2' : 'S1', command: `/rma note ${ref} ${text}` })),
      app.send({ user: 'U1', text: 'Any news on my claim?', caseRef: ref }),
    ]);
    expect(results.map((r) => r.ok)).toEqual([true, true, true, true, true]);
    const { row, c } = await context(app, ref);
    expect(row.version).toBe(before.version + 5);
    expect(c.notes.map((n) => n.text).sort()).toEqual([...notes].sort());
    const history = await caseHistory(app.database.db, row.id);
    expect(history.slice(-5).map((h) => h.version)).toEqual([2, 3, 4, 5, 6].map((n) => before.version - 1 + n));
  });

  it('keeps staff notes out of what the customer sees', async () => {
    const ref = await caseInReview(app);
    await app.send({ user: 'S1', command: `/rma note ${ref} customer sounded unsure about the fibre type` });
    const staffView = await app.send({ user: 'S1', command: `/rma show ${ref}` });
    expect(staffView.messages[0]!.text).toMatch(/Note by S1 .*fibre type/);
    expect(staffView.messages[0]!.text).toMatch(/History:/);
    const customerView = await app.send({ user: 'U1', command: `/rma show ${ref}` });
    expect(customerView.ok).toBe(true);
    expect(customerView.messages[0]!.text).not.toMatch(/fibre type|History/);
  });

  it('lists open cases for staff, and only their own for a customer', async () => {
    const ref1 = await caseInReview(app, 'U1');
    await app.send({ user: 'U2', text: 'order 100310', at: '2026-11-20T11:00:00Z' });
    const staffList = await app.send({ user: 'S1', command: '/rma list' });
    expect(staffList.messages[0]!.text).toMatch(/^2 open cases, oldest first:\n/);
    const reviewList = await app.send({ user: 'S1', command: '/rma list review' });
    expect(reviewList.messages[0]!.text).toMatch(new RegExp(`^1 review case:\\n[\\s\\S]*${ref1}`));
    const mine = await app.send({ user: 'U2', command: '/rma list' });
    expect(mine.messages[0]!.text).toMatch(/^1 open case:\n/);
    expect(mine.messages[0]!.text).not.toContain(ref1);
  });

  it("does not let a customer act on, read or cancel another customer's case", async () => {
    const ref = await caseInReview(app, 'U1');
    const auditBefore = await caseHistory(app.database.db, (await context(app, ref)).row.id);
    expect(await app.send({ user: 'U2', command: `/rma show ${ref}` })).toMatchObject({ ok: false, error: `${ref} is not your case.` });
    expect(await app.send({ user: 'U2', command: `/rma cancel ${ref}` })).toMatchObject({ ok: false, error: `${ref} is not your case.` });
    expect(await app.send({ user: 'U2', action: 'cancel', caseRef: ref })).toMatchObject({ ok: false, error: `${ref} is not your case.` });
    expect(await app.send({ user: 'U2', text: 'hello', caseRef: ref })).toMatchObject({
      ok: false,
      error: expect.stringMatching(new RegExp(`^${ref} is not your case, so I haven't added your message to it\\.`)),
    });
    for (const action of CUSTOMER_ACTIONS) {
      expect(await app.send({ user: 'U2', action, caseRef: ref }), action).toMatchObject({ ok: false, error: `${ref} is not your case.` });
    }
    // Every staff command of the grammar and every staff button, by the case's own customer: refused.
    // A minute apart, as the customer's message limit would otherwise answer first.
    let minute = 0;
    const later = () => new Date(Date.parse('2026-11-20T10:00:00Z') + ++minute * 60_000).toISOString();
    const staffCommands = (Object.keys(USAGE) as CommandName[]).filter((name) => !CUSTOMER_COMMANDS.has(name));
    expect(staffCommands.length).toBeGreaterThanOrEqual(10);
    for (const name of staffCommands) {
      const command = `/rma ${name} ${ref} ${name === 'resolve' ? 'refund' : name === 'cost' ? '10 shipping' : name === 'contact' ? 'bob@other.example' : 'some words'}`;
      expect(await app.send({ user: 'U1', command, at: later() }), command).toMatchObject({
        ok: false,
        error: `Only staff can use /rma ${name}.`,
      });
    }
    for (const action of STAFF_ACTIONS) {
      expect(await app.send({ user: 'U1', action, caseRef: ref, actionText: 'please', at: later() }), action).toMatchObject({
        ok: false,
        error: expect.stringMatching(/^Only staff can/),
      });
    }
    const { row } = await context(app, ref);
    expect([row.version, row.state, row.rma]).toEqual([6, 'review', null]);
    expect(await caseHistory(app.database.db, row.id)).toEqual(auditBefore);
  });

  it('lets the customer cancel before shipping but not after', async () => {
    const ref = await caseInReview(app);
    await app.send({ user: 'S1', command: `/rma approve ${ref}` });
    await app.send({ user: 'U1', text: '1Z999AA10123456784' });
    expect(await app.send({ user: 'U1', action: 'cancel', caseRef: ref })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/on its way to us, so it can't be cancelled any more/),
    });
    // "cancel" in words asks first; "yes" cancels.
    const other = await app.send({ user: 'U3', text: 'order 100234', at: '2026-11-21T10:00:00Z' });
    expect(await app.send({ user: 'U3', text: 'cancel' })).toMatchObject({ ok: true });
    expect((await context(app, other.caseRef!)).row.state).toBe('intake');
    expect(await app.send({ user: 'U3', text: 'yes' })).toMatchObject({ ok: true });
    expect((await context(app, other.caseRef!)).row.state).toBe('cancelled');
  });

  it('loads a snapshot persisted by machine version 1 and carries on', async () => {
    const snapshot = JSON.parse(readFileSync(new URL('../fixtures/snapshot-v1-review.json', import.meta.url), 'utf8'));
    await app.database.db.insert(casesTable).values({
      ref: 'C-0900',
      platform: 'console',
      customer: 'U7',
      state: 'review',
      snapshot,
      machineVersion: 1,
      openedAt: '2026-11-20T10:00:00Z',
      updatedAt: '2026-11-20T10:00:00Z',
      orderNumber: '100234',
    });
    const approved = await app.send({ user: 'S1', command: '/rma approve C-0900' });
    expect(approved.ok).toBe(true);
    expect(approved.messages.find((m) => m.to === 'customer')).toMatchObject({ user: 'U7', expects: 'tracking_number' });
    expect((await context(app, 'C-0900')).c.rma).toBe('RMA-26-00001');
  });
});
