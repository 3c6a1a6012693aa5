import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HandleResult } from '../../src/service/messages.ts';
import { Outbox } from '../../src/service/outbox.ts';
import { pendingOutbox } from '../../src/store/outboxStore.ts';
import { rowDelivery } from '../support/rowDelivery.ts';
import { openTestApp, type TestApp } from '../support/testApp.ts';

/** Immediate delivery (an adapter posting an event's replies right after recording it) of several events at once. */
describe('outbox: immediate delivery of events at once', () => {
  let app: TestApp;
  let clock: Date;
  const posted: Array<{ id: number; case: string | null }> = [];
  const outbox = () => new Outbox({ db: app.database.db, now: () => clock, leaseMs: 30_000 });
  const delivery = rowDelivery(async (message, id) => void posted.push({ id, case: message.case }));
  const idsOf = (result: HandleResult) => result.messages.flatMap((m) => (m.outboxId === null ? [] : [m.outboxId]));

  beforeEach(async () => {
    app = await openTestApp();
    clock = new Date('2026-11-20T10:00:00Z');
    posted.length = 0;
  });
  afterEach(async () => {
    await app.close();
  });

  it("posts each event's rows once, in order, and marks them delivered", async () => {
    const results = [
      await app.send({ user: 'U1', text: 'order 100234', at: '2026-11-20T10:00:00Z' }),
      await app.send({ user: 'U2', text: 'order 100310', at: '2026-11-20T10:00:01Z' }),
      await app.send({ user: 'U3', text: 'hello, my switch is broken', at: '2026-11-20T10:00:02Z' }),
    ];
    const o = outbox();
    await Promise.all(results.map((r) => o.deliverNow(r.messages, delivery)));
    const all = results.flatMap(idsOf);
    expect(all.length).toBeGreaterThan(3);
    expect(posted.map((p) => p.id).sort((a, b) => a - b)).toEqual([...all].sort((a, b) => a - b));
    for (const result of results) expect(posted.filter((p) => p.case === result.caseRef).map((p) => p.id)).toEqual(idsOf(result));
    expect(await pendingOutbox(app.database.db)).toEqual([]);
  });

  it("does not post a case's later event ahead of its earlier one delivered at the same time", async () => {
    const other = await app.send({ user: 'U2', text: 'order 100310', at: '2026-11-20T10:00:00Z' });
    const earlier = await app.send({ user: 'U1', text: 'order 100234', at: '2026-11-20T10:00:01Z' });
    const later = await app.send({ user: 'U1', text: 'it has no link light at all', at: '2026-11-20T10:00:02Z' });
    expect(later.caseRef).toBe(earlier.caseRef);
    expect(idsOf(later).length).toBeGreaterThan(0);
    const o = outbox();
    // The first delivery leases alone; the two events of one case are leased together after it.
    await Promise.all([other, earlier, later].map((r) => o.deliverNow(r.messages, delivery)));
    const laterIds = new Set(idsOf(later));
    // The later event's rows waited for the earlier ones, which were not delivered when they were
    // leased: they are left to the relay, which posts them after the earlier ones.
    expect(posted.filter((p) => laterIds.has(p.id))).toEqual([]);
    expect(posted.filter((p) => p.case === earlier.caseRef).map((p) => p.id)).toEqual(idsOf(earlier));
    const relay = new Outbox({ db: app.database.db, deliveries: new Map([['console', delivery]]), now: () => clock });
    expect(await relay.deliverDue()).toBe(laterIds.size);
    expect(posted.filter((p) => p.case === earlier.caseRef).map((p) => p.id)).toEqual([...idsOf(earlier), ...idsOf(later)]);
  });

  it('leases a row asked for by two deliveries at once for the first only', async () => {
    const result = await app.send({ user: 'U1', text: 'order 100234', at: '2026-11-20T10:00:00Z' });
    const o = outbox();
    await Promise.all([
      o.deliverNow(result.messages, delivery),
      o.deliverNow(result.messages, delivery),
      o.deliverNow(result.messages, delivery),
    ]);
    expect(posted.map((p) => p.id)).toEqual(idsOf(result));
  });
});
