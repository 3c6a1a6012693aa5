// Issue 5, faults: Slack or Discord answering 500 or 429 for a while. Two outbox relays deliver to a
// platform that is down (500), then rate-limits (429 with retry-after), then fails now and then,
// while claims keep coming in. Afterwards every message is delivered once, each case's in order,
// and no 429'd message was tried again before its retry-after. Runs on PGlite and on PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toInbound } from '../../src/adapters/console/jsonlRunner.ts';
import { DeliveryRetry } from '../../src/service/messages.ts';
import { backoffMs, Outbox } from '../../src/service/outbox.ts';
import { rowDelivery, type PostRow } from '../support/rowDelivery.ts';
import { pendingOutbox } from '../../src/store/outboxStore.ts';
import { outbox } from '../../src/store/schema.ts';
import { openTestApp, type TestApp } from '../support/testApp.ts';
import { buildEvent, CLAIM_STEPS, STAFF } from './claimScript.ts';
import { printFigures } from './faultFigures.ts';

const CUSTOMERS = 6;
const TICK_MS = 250;
/** A new claim step arrives every this many ticks, so events keep coming through the outages. */
const TICKS_PER_STEP = 4;
const RETRY_AFTER_MS = 1_500;
/** From then on the platform accepts everything. */
const HEALTHY_FROM_MS = 22_000;

/** What the platform answers at a time since the start: down, rate-limited, flaky, then healthy. */
function platformAnswer(elapsedMs: number, call: number): '500' | '429' | 'ok' {
  if (elapsedMs < 6_000) return '500';
  if (elapsedMs < 14_000) return '429';
  if (elapsedMs < HEALTHY_FROM_MS) return call % 3 === 0 ? '500' : call % 5 === 0 ? '429' : 'ok';
  return 'ok';
}

describe('platform answering 500 and 429 for a while', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await openTestApp({ staff: STAFF });
  });
  afterAll(async () => {
    await app.close();
  });

  it('delivers every message once, in order per case, honouring retry-after', async () => {
    const start = new Date('2026-11-20T10:00:00Z').getTime();
    let clock = start;
    let calls = 0;
    const faults = { '500': 0, '429': 0 };
    const posted: Array<{ id: number; case: string | null }> = [];
    /** When each row may be tried again after a 429 (the platform's retry-after). */
    const notBefore = new Map<number, number>();
    const tooEarly: number[] = [];
    const platform: PostRow = async (message, outboxId) => {
      calls++;
      if ((notBefore.get(outboxId) ?? 0) > clock) tooEarly.push(outboxId);
      const answer = platformAnswer(clock - start, calls);
      if (answer === '500') {
        faults['500']++;
        throw new Error('500 internal_error');
      }
      if (answer === '429') {
        faults['429']++;
        notBefore.set(outboxId, clock + RETRY_AFTER_MS);
        throw new DeliveryRetry('429 rate_limited', RETRY_AFTER_MS);
      }
      posted.push({ id: outboxId, case: message.case });
    };
    const relay = () =>
      new Outbox({
        db: app.database.db,
        deliveries: new Map([['console', rowDelivery(platform)]]),
        now: () => new Date(clock),
        leaseMs: 30_000,
      });
    const relays = [relay(), relay()];

    const refs: string[] = Array.from({ length: CUSTOMERS }, () => '');
    let events = 0;
    let lastPost = clock;
    for (let tick = 0; tick < 1_000; tick++) {
      const step = tick / TICKS_PER_STEP;
      if (Number.isInteger(step) && step < CLAIM_STEPS.length) {
        for (let index = 0; index < CUSTOMERS; index++) {
          const event = buildEvent('platform', index, step, refs[index]!);
          const result = await app.service.handle(toInbound(event, event.at, new Set(STAFF)));
          expect(result.ok, `${event.event_id}: ${result.error}`).toBe(true);
          if (step === 0) refs[index] = result.caseRef!;
          events++;
        }
      }
      const delivered = (await Promise.all(relays.map((r) => r.deliverDue()))).reduce((a, b) => a + b, 0);
      if (delivered > 0) lastPost = clock;
      if (step < CLAIM_STEPS.length) {
        clock += TICK_MS;
        continue;
      }
      // All events are in: let time pass to the next retry that is due rather than tick through the backoff.
      const pending = await pendingOutbox(app.database.db, 1000);
      if (pending.length === 0) break;
      const nextRetry = Math.min(
        ...pending.map((r) => (r.nextAttemptAt ? new Date(r.nextAttemptAt).getTime() : Infinity)).filter((t) => t > clock),
      );
      clock = Number.isFinite(nextRetry) ? nextRetry : clock + TICK_MS;
    }

    const rows = await app.database.db.select({ id: outbox.id, caseId: outbox.caseId, deliveredAt: outbox.deliveredAt }).from(outbox);
    const counts = new Map<number, number>();
    for (const p of posted) counts.set(p.id, (counts.get(p.id) ?? 0) + 1);
    const twice = [...counts].filter(([, n]) => n > 1).map(([id]) => id);
    const never = rows.filter((r) => !counts.has(r.id)).map((r) => r.id);
    const outOfOrder = refs.filter((ref) => {
      const ids = posted.filter((p) => p.case === ref).map((p) => p.id);
      return ids.some((id, i) => i > 0 && id < ids[i - 1]!);
    });
    printFigures('platform 500 then 429 then flaky, two relays', {
      eventsSent: events,
      deliveries: calls,
      faults: `${faults['500'] + faults['429']} (${faults['500']} x 500, ${faults['429']} x 429 retry-after ${RETRY_AFTER_MS} ms)`,
      lost: never.length,
      duplicates: twice.length,
      extra: `outbox rows ${rows.length}, posted ${posted.length}, tried before retry-after ${tooEarly.length}, cases out of order ${outOfOrder.length}, last post ${((lastPost - start - HEALTHY_FROM_MS) / 1000).toFixed(1)} s after the platform recovered`,
    });
    expect(events).toBe(CUSTOMERS * CLAIM_STEPS.length);
    expect(faults['500']).toBeGreaterThan(0);
    expect(faults['429']).toBeGreaterThan(0);
    expect(never).toEqual([]);
    expect(twice).toEqual([]);
    expect(rows.filter((r) => r.deliveredAt === null)).toEqual([]);
    expect(outOfOrder).toEqual([]);
    expect(tooEarly).toEqual([]);
    // The backoff is capped at 5 minutes: nothing waits longer than that once the platform is back.
    expect(lastPost - start - HEALTHY_FROM_MS).toBeLessThanOrEqual(backoffMs(Infinity));
  }, 90_000);
});
