import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DeliveryRetry } from '../../src/service/messages.ts';
import { Outbox } from '../../src/service/outbox.ts';
import { rowDelivery, type PostRow } from '../support/rowDelivery.ts';
import { leaseOutbox, pendingOutbox } from '../../src/store/outboxStore.ts';
import { openTestApp, type TestApp } from '../support/testApp.ts';

describe('outbox relay', () => {
  let app: TestApp;
  let clock: Date;
  const delivered: Array<{ id: number; case: string | null; text: string }> = [];
  let failNext: Array<Error> = [];
  const deliver: PostRow = async (message, id) => {
    const failure = failNext.shift();
    if (failure) throw failure;
    delivered.push({ id, case: message.case, text: message.text });
  };
  const relay = (now = () => clock) =>
    new Outbox({ db: app.database.db, deliveries: new Map([['console', rowDelivery(deliver)]]), now, leaseMs: 30_000 });

  beforeEach(async () => {
    app = await openTestApp();
    clock = new Date('2026-11-20T10:00:00Z');
    delivered.length = 0;
    failNext = [];
    // Two cases, each with messages waiting in the outbox.
    await app.send({ user: 'U1', text: 'order 100234', at: '2026-11-20T10:00:00Z' });
    await app.send({ user: 'U2', text: 'order 100310', at: '2026-11-20T10:00:01Z' });
  });
  afterEach(async () => {
    await app.close();
  });

  it("delivers every row once, each case's messages in order, and marks them delivered", async () => {
    const pending = await pendingOutbox(app.database.db);
    expect(pending.length).toBeGreaterThanOrEqual(4);
    expect(await relay().deliverDue()).toBe(pending.length);
    expect(delivered.map((d) => d.id).sort((a, b) => a - b)).toEqual(pending.map((p) => p.id));
    for (const ref of ['C-1001', 'C-1002']) {
      const ids = delivered.filter((d) => d.case === ref).map((d) => d.id);
      expect(ids).toEqual([...ids].sort((a, b) => a - b));
    }
    expect(await pendingOutbox(app.database.db)).toEqual([]);
    expect(await relay().deliverDue()).toBe(0);
  });

  it('holds back the rest of a case after a failure, delivers other cases, and retries after the backoff', async () => {
    failNext = [new Error('500 internal_error')];
    const r = relay();
    await r.deliverDue();
    expect(delivered.every((d) => d.case === 'C-1002')).toBe(true);
    expect(delivered.length).toBeGreaterThan(0);
    const [first] = await pendingOutbox(app.database.db);
    expect(first).toMatchObject({ caseId: expect.any(Number), attempts: 1, lastError: '500 internal_error' });
    clock = new Date(clock.getTime() + 500);
    expect(await r.deliverDue()).toBe(0);
    clock = new Date(clock.getTime() + 1000);
    await r.deliverDue();
    expect(await pendingOutbox(app.database.db)).toEqual([]);
    const c1 = delivered.filter((d) => d.case === 'C-1001').map((d) => d.id);
    expect(c1).toEqual([...c1].sort((a, b) => a - b));
  });

  it("honours the platform's retry-after", async () => {
    failNext = [new DeliveryRetry('429 rate limited', 30_000)];
    const r = relay();
    await r.deliverDue();
    clock = new Date(clock.getTime() + 29_000);
    await r.deliverDue();
    expect(delivered.some((d) => d.case === 'C-1001')).toBe(false);
    clock = new Date(clock.getTime() + 1_000);
    await r.deliverDue();
    expect(delivered.some((d) => d.case === 'C-1001')).toBe(true);
  });

  it('does not count rate-limited tries: a failure after many 429s waits the first backoff, not a long one', async () => {
    const r = relay();
    for (let i = 0; i < 6; i++) {
      failNext = [new DeliveryRetry('429 rate limited', 1_000)];
      await r.deliverDue();
      clock = new Date(clock.getTime() + 1_000);
    }
    failNext = [new Error('500 internal_error')];
    await r.deliverDue();
    expect(delivered.some((d) => d.case === 'C-1001')).toBe(false);
    const [first] = await pendingOutbox(app.database.db);
    expect(first).toMatchObject({ attempts: 1, lastError: '500 internal_error' });
    // Counting the six 429s would make this wait 64 s; a first real failure waits 1 s.
    clock = new Date(clock.getTime() + 1_000);
    await r.deliverDue();
    expect(delivered.some((d) => d.case === 'C-1001')).toBe(true);
  });

  it('delivers the rows of a relay that died mid-delivery once its lease runs out', async () => {
    const pending = await pendingOutbox(app.database.db);
    const leased = await app.database.db.transaction((tx) =>
      leaseOutbox(tx, {
        now: clock.toISOString(),
        leaseUntil: new Date(clock.getTime() + 30_000).toISOString(),
        platforms: ['console'],
        limit: 50,
      }),
    );
    expect(leased.length).toBeGreaterThan(0);
    // The relay that leased them is gone. Before the lease ends nobody else takes them.
    expect(await relay().deliverDue()).toBe(0);
    clock = new Date(clock.getTime() + 30_001);
    expect(await relay().deliverDue()).toBe(pending.length);
    expect(delivered.filter((d) => leased.some((l) => l.id === d.id))).toHaveLength(leased.length);
  });

  it('two relays at once deliver each row exactly once', async () => {
    const pending = await pendingOutbox(app.database.db);
    await Promise.all([relay().deliverDue(), relay().deliverDue()]);
    expect(delivered.map((d) => d.id).sort((a, b) => a - b)).toEqual(pending.map((p) => p.id));
  });
});
