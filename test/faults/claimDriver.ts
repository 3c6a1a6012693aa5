// Plays the chat platform: every customer's claim runs at once, each customer's events in order
// and one at a time (a person waits for the answer), and an event that was not acknowledged is
// sent again, as Slack and Discord redeliver what was not acked.
import { setTimeout as sleep } from 'node:timers/promises';
import type { Reply } from './botHarness.ts';
import { buildEvent, CLAIM_STEPS, customerId, type ScriptEvent } from './claimScript.ts';

export type Ack = Extract<Reply, { kind: 'ack' }>;

export interface DeliveryCounts {
  /** Distinct events. */
  events: number;
  /** Every write of an event to a bot process, first sends and resends. */
  deliveries: number;
  /** Sends again after a nack or a dead process. */
  resent: number;
}

export function newCounts(): DeliveryCounts {
  return { events: 0, deliveries: 0, resent: 0 };
}

/** Sends until an ack comes back; a nack or `gone` is a redelivery after a short pause. */
export async function untilAcked(send: () => Promise<Reply>, counts: DeliveryCounts, deadline: number): Promise<Ack> {
  for (let attempt = 0; ; attempt++) {
    if (Date.now() > deadline) throw new Error('the deadline passed before the event was acknowledged');
    if (attempt > 0) counts.resent++;
    counts.deliveries++;
    const reply = await send();
    if (reply.kind === 'ack') return reply;
    await sleep(Math.min(50 * 2 ** attempt, 500));
  }
}

export interface DriveOptions {
  tag: string;
  customers: number;
  counts: DeliveryCounts;
  deadline: number;
  /** Delivers one step until it is acknowledged; returns the ack that carries the case, if any. */
  send(event: ScriptEvent, index: number, step: number): Promise<Ack>;
  /** The customer's case, read from the database (when the ack that made it was lost). */
  resolveRef(customer: string): Promise<string>;
}

export async function driveClaims(options: DriveOptions): Promise<void> {
  const claim = async (index: number) => {
    let ref = '';
    for (let step = 0; step < CLAIM_STEPS.length; step++) {
      const event = buildEvent(options.tag, index, step, ref);
      options.counts.events++;
      const ack = await options.send(event, index, step);
      if (step === 0) ref = ack.case && !ack.duplicate ? ack.case : await options.resolveRef(customerId(index));
    }
  };
  await Promise.all(Array.from({ length: options.customers }, (_, index) => claim(index)));
}
