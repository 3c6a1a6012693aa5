import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openApp } from '../../src/app.ts';
import { plusBusinessDays } from '../../src/case/zonedDays.ts';
import { DEFAULT_POLICY } from '../../src/policy/policy.ts';
import { persistedSnapshot } from '../../src/case/snapshot.ts';
import { pendingTimers } from '../../src/store/timerStore.ts';
import { upsertOrderItems } from '../../src/store/orderStore.ts';
import { freshDatabaseUrl, usingPostgres } from '../support/testDb.ts';
import { ORDERS, openTestApp, type TestApp } from '../support/testApp.ts';
import { findCaseByRef } from '../../src/store/caseStore.ts';

async function toReview(app: TestApp, at: string): Promise<string> {
  const ref = (await app.send({ user: 'U1', text: 'order 100234', at })).caseRef!;
  await app.send({ user: 'U1', text: 'FNS17320ABC' });
  await app.send({
    user: 'U1',
    files: [
      { name: 'a.jpg', type: 'image/jpeg', size: 1 },
      { name: 'b.jpg', type: 'image/jpeg', size: 1 },
    ],
  });
  await app.send({ user: 'U1', text: 'no link light at all on the port' });
  await app.send({ user: 'U1', files: [{ name: 'log.txt', type: 'text/plain', size: 1 }] });
  await app.send({ user: 'U1', action: 'still_failing', caseRef: ref });
  return ref;
}

describe('durable timers', () => {
  let app: TestApp;
  beforeEach(async () => {
    app = await openTestApp();
  });
  afterEach(async () => {
    await app.close();
  });

  it('reminds a silent customer after 2 days, once, and a reply moves the reminder', async () => {
    // A warranty item, so no DOA-window warning joins in.
    await app.send({ user: 'U1', text: 'order 100310', at: '2026-11-20T10:00:00Z' });
    expect(await app.systemEvents.fireDueTimers('2026-11-22T09:59:59Z')).toEqual([]);
    const due = await app.systemEvents.fireDueTimers('2026-11-22T10:00:00Z');
    expect(due.filter((m) => m.text.startsWith('A reminder about C-1001'))).toHaveLength(1);
    expect(await app.systemEvents.fireDueTimers('2026-11-22T12:00:00Z')).toEqual([]);
    await app.send({ user: 'U1', text: '2', at: '2026-11-23T08:00:00Z' });
    expect(await app.systemEvents.fireDueTimers('2026-11-25T07:59:00Z')).toEqual([]);
    expect((await app.systemEvents.fireDueTimers('2026-11-25T08:00:00Z')).map((m) => m.text)).toEqual([
      expect.stringMatching(/^A reminder about C-1001/),
    ]);
  });

  it('closes an intake after 7 days of silence, telling the customer and staff why', async () => {
    const ref = (await app.send({ user: 'U2', text: 'order 100310', at: '2026-11-20T10:00:00Z' })).caseRef!;
    const said = await app.systemEvents.fireDueTimers('2026-11-27T10:00:00Z');
    expect(said.map((m) => m.to)).toEqual(['customer', 'customer', 'staff']);
    expect(said[1]!.text).toMatch(/closed because we heard nothing for 7 days/);
    const row = (await findCaseByRef(app.database.db, ref))!;
    expect([row.state, persistedSnapshot(row).context.reasons]).toEqual(['cancelled', ['no_response']]);
    expect(await pendingTimers(app.database.db, row.id)).toEqual([]);
  });

  it('reminds about the tracking number after 7 days and expires the RMA after 30', async () => {
    const ref = await toReview(app, '2026-11-20T10:00:00Z');
    await app.send({ user: 'S1', command: `/rma approve ${ref}`, at: '2026-11-20T12:00:00Z' });
    expect((await app.systemEvents.fireDueTimers('2026-11-27T12:00:00Z')).map((m) => m.text)).toEqual([
      expect.stringMatching(/^A reminder about RMA-26-00001: please send the tracking number/),
    ]);
    const expired = await app.systemEvents.fireDueTimers('2026-12-20T12:00:00Z');
    expect(expired.find((m) => m.to === 'customer')?.text).toMatch(/RMA-26-00001 has expired/);
    const row = (await findCaseByRef(app.database.db, ref))!;
    expect([row.state, persistedSnapshot(row).context.reasons]).toEqual(['cancelled', ['rma_expired']]);
  });

  it('does not expire an RMA once the tracking number has come', async () => {
    const ref = await toReview(app, '2026-11-20T10:00:00Z');
    await app.send({ user: 'S1', command: `/rma approve ${ref}`, at: '2026-11-20T12:00:00Z' });
    await app.send({ user: 'U1', text: '1Z999AA10123456784', at: '2026-11-21T12:00:00Z' });
    expect(await app.systemEvents.fireDueTimers('2027-01-30T00:00:00Z')).toEqual([]);
    expect((await findCaseByRef(app.database.db, ref))!.state).toBe('in_transit');
  });

  it('tells staff when a case has waited in review for a business day, skipping the weekend', async () => {
    // 2026-11-20 is a Friday: the next business day is Monday the 23rd.
    const ref = await toReview(app, '2026-11-20T10:00:00Z');
    expect(await app.systemEvents.fireDueTimers('2026-11-23T09:59:59Z')).toEqual([]);
    const overdue = await app.systemEvents.fireDueTimers('2026-11-23T10:00:00Z');
    expect(overdue).toEqual([
      expect.objectContaining({
        to: 'staff',
        user: null,
        case: ref,
        text: expect.stringMatching(/waited in review for more than 1 business day/),
      }),
    ]);
    expect(overdue[0]!.actions.map((a) => a.id)).toEqual(['approve', 'deny', 'request_info']);
  });

  it('warns a customer whose DOA window closes within 2 days while intake is open', async () => {
    // Delivered 2026-11-10: the DOA window ends 2026-11-24; the warning is due 2026-11-22 09:00.
    await app.send({ user: 'U1', text: 'order 100234', at: '2026-11-21T20:00:00Z' });
    const said = await app.systemEvents.fireDueTimers('2026-11-22T09:00:00Z');
    expect(said.map((m) => m.text)).toEqual([expect.stringMatching(/DOA window ends on 2026-11-24. C-1001 was opened in time/)]);
  });

  it('fires a timer once when two workers run at the same moment', async () => {
    await app.send({ user: 'U1', text: 'order 100310', at: '2026-11-20T10:00:00Z' });
    const [a, b] = await Promise.all([
      app.systemEvents.fireDueTimers('2026-11-22T10:00:00Z'),
      app.systemEvents.fireDueTimers('2026-11-22T10:00:00Z'),
    ]);
    expect([...a, ...b].filter((m) => m.text.startsWith('A reminder'))).toHaveLength(1);
  });

  it('counts business days in the policy time zone', () => {
    expect(plusBusinessDays('2026-11-20T10:00:00Z', 1, 'UTC')).toBe('2026-11-23T10:00:00Z');
    expect(plusBusinessDays('2026-11-23T10:00:00Z', 1, 'UTC')).toBe('2026-11-24T10:00:00Z');
    // Friday 23:30 in Tokyo is still Friday 14:30 UTC; Saturday in UTC would not matter.
    expect(plusBusinessDays('2026-11-20T14:30:00Z', 1, 'Asia/Tokyo')).toBe('2026-11-23T14:30:00Z');
  });
});

describe('timers across a restart', () => {
  it('fire after the bot process is restarted on the same database', async () => {
    const target = usingPostgres
      ? await freshDatabaseUrl()
      : { url: join(mkdtempSync(join(tmpdir(), 'rma-timers-')), 'db'), drop: async () => {} };
    const open = () => openApp({ databaseUrl: target.url, policy: DEFAULT_POLICY });
    const first = await open();
    await upsertOrderItems(first.database.db, ORDERS);
    await first.service.handle({ platform: 'console', at: '2026-11-20T10:00:00Z', user: 'U1', staff: false, text: 'order 100310' });
    await first.close();
    const second = await open();
    try {
      expect((await second.systemEvents.fireDueTimers('2026-11-22T10:00:00Z')).map((m) => m.text)).toEqual([
        expect.stringMatching(/^A reminder about C-1001/),
      ]);
    } finally {
      await second.close();
      await target.drop();
    }
  });
});

describe('a file the evidence vault refuses', () => {
  it('during intake clears the photo and asks for it again', async () => {
    const app = await openTestApp();
    try {
      await app.send({ user: 'U1', text: 'order 100234', at: '2026-11-20T10:00:00Z' });
      await app.send({ user: 'U1', text: 'FNS17320ABC' });
      const sent = await app.send({
        user: 'U1',
        files: [{ id: 'F1', name: 'sn.jpg', type: 'image/jpeg', size: 10, url: 'https://files.example/F1' }],
      });
      expect(sent.messages.at(-1)?.expects).toBe('install_photo');
      const row = (await findCaseByRef(app.database.db, 'C-1001'))!;
      const said = await app.systemEvents.evidenceRefused(
        row.id,
        { id: 'F1', name: 'sn.jpg', type: 'image/jpeg', size: 10 },
        'the file is not an image',
        '2026-11-20T10:05:00Z',
      );
      expect(said.find((m) => m.to === 'customer')?.text).toMatch(
        /couldn't keep "sn.jpg" for C-1001: the file is not an image. Please send it again/,
      );
      expect(said.at(-1)).toMatchObject({ to: 'customer', expects: 'serial_photo' });
      expect(persistedSnapshot((await findCaseByRef(app.database.db, 'C-1001'))!).context.serialPhoto).toBeNull();
    } finally {
      await app.close();
    }
  });
});
