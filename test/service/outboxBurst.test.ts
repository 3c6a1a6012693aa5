import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { HandleResult, Outbound } from '../../src/service/messages.ts';
import { Outbox, YIELD_WHEN_RECORDING } from '../../src/service/outbox.ts';
import { pendingOutbox } from '../../src/store/outboxStore.ts';
import { rowDelivery } from '../support/rowDelivery.ts';
import { openTestApp, type TestApp } from '../support/testApp.ts';

/**
 * Under a burst (many events being recorded at once) an event's replies are left to the relay, so
 * that recording the next events, which the platform waits for, goes first.
 */
describe('outbox: replies during a burst of events', () => {
  let app: TestApp;
  let recording: number;
  let outbox: Outbox | null = null;
  const postedNow: Array<{ id: number | null; case: string | null }> = [];
  const postedByRelay: Array<{ id: number; case: string | null }> = [];
  const now = { post: async (message: Outbound) => void postedNow.push({ id: message.outboxId, case: message.case }) };
  const relayDelivery = rowDelivery(async (message, id) => void postedByRelay.push({ id, case: message.case }));
  const idsOf = (result: HandleResult) => result.messages.flatMap((m) => (m.outboxId === null ? [] : [m.outboxId]));
  const open = () =>
    (outbox = new Outbox({ db: app.database.db, deliveries: new Map([['console', relayDelivery]]), recording: () => recording }));

  beforeEach(async () => {
    app = await openTestApp();
    recording = 0;
    postedNow.length = 0;
    postedByRelay.length = 0;
  });
  afterEach(async () => {
    await outbox?.stop();
    outbox = null;
    await app.close();
  });

  const twoCustomers = async () => [
    await app.send({ user: 'U1', text: 'order 100234', at: '2026-11-20T10:00:00Z' }),
    await app.send({ user: 'U2', text: 'order 100310', at: '2026-11-20T10:00:01Z' }),
  ];

  it('posts the replies at once while few events are being recorded', async () => {
    const results = await twoCustomers();
    const o = open();
    o.start(60_000);
    recording = YIELD_WHEN_RECORDING;
    for (const result of results) await o.deliverNow(result.messages, now);
    expect(postedNow.map((p) => p.id)).toEqual(results.flatMap(idsOf));
    expect(postedByRelay).toEqual([]);
    expect(await pendingOutbox(app.database.db)).toEqual([]);
  });

  it("leaves them to the relay during a burst, which posts each case's in order while the burst goes on", async () => {
    const results = await twoCustomers();
    const o = open();
    o.start(60_000);
    recording = YIELD_WHEN_RECORDING + 1;
    // A reply only the sender sees is not in the outbox: nobody else would post it, so it goes now.
    const privateReply: Outbound = { ...results[0]!.messages[0]!, outboxId: null, private: true, text: 'only for you' };
    await o.deliverNow([...results[0]!.messages, privateReply], now);
    await o.deliverNow(results[1]!.messages, now);
    expect(postedNow).toEqual([{ id: null, case: results[0]!.caseRef }]);
    await vi.waitFor(async () => expect(await pendingOutbox(app.database.db)).toEqual([]), { timeout: 5_000 });
    for (const result of results) expect(postedByRelay.filter((p) => p.case === result.caseRef).map((p) => p.id)).toEqual(idsOf(result));
  });

  it('posts at once whatever the load when no relay runs (the console)', async () => {
    const results = await twoCustomers();
    const o = open();
    recording = 100;
    for (const result of results) await o.deliverNow(result.messages, now);
    expect(postedNow.map((p) => p.id)).toEqual(results.flatMap(idsOf));
  });

  it('stops after the row under way, leaving the rest of a backlog in the outbox', async () => {
    await twoCustomers();
    const backlog = (await pendingOutbox(app.database.db)).length;
    expect(backlog).toBeGreaterThan(2);
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    let started = 0;
    const slow = rowDelivery(async (message, id) => {
      started++;
      await held;
      postedByRelay.push({ id, case: message.case });
    });
    const o = (outbox = new Outbox({ db: app.database.db, deliveries: new Map([['console', slow]]) }));
    const pass = o.kick();
    await vi.waitFor(() => expect(started).toBe(1));
    const stopping = o.stop();
    release();
    await stopping;
    expect(await pass).toBe(1);
    expect(postedByRelay).toHaveLength(1);
    expect(await pendingOutbox(app.database.db)).toHaveLength(backlog - 1);
  });
});
