// What the Slack and Discord edge bots share: a logger whose problems (warn and above) are counted and
// the first few kept for the report, and the conversation with the bench once the adapter is up
// (ready, go, status, drain, stop).
import { Writable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import pino, { type Logger } from 'pino';
import type { App } from '../../src/app.ts';
import type { Delivery } from '../../src/service/messages.ts';
import { pendingOutbox } from '../../src/store/outboxStore.ts';
import { eventLoopDelay, memory, onBenchMessage } from './childProcess.ts';
import type { HandleCounts } from './handleLimit.ts';

export interface ProblemLog {
  log: Logger;
  problems: string[];
  count(): number;
}

export function problemLog(): ProblemLog {
  const problems: string[] = [];
  let count = 0;
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      count++;
      if (problems.length < 5) problems.push(chunk.toString('utf8').trim().slice(0, 500));
      done();
    },
  });
  return { log: pino({ level: 'warn' }, sink), problems, count: () => count };
}

/**
 * Runs the outbox relay for the adapter's platform as `rma-desk start` does, tells the bench the bot
 * is ready (with `extra`, e.g. its port), then answers its messages until stopped. Drained means every
 * event handled and every reply posted.
 */
export function serveEdgeBot(options: {
  app: App;
  platform: string;
  /** `load`: what the adapter has under way and has shed, where it says (Discord). */
  adapter: { idle(): Promise<void>; stop(): Promise<void>; load?(): unknown; delivery: Delivery };
  counts: HandleCounts;
  problems: ProblemLog;
  extra?: Record<string, unknown>;
}): void {
  const { app, adapter, counts, problems } = options;
  app.outbox.deliveries.set(options.platform, adapter.delivery);
  app.outbox.start();
  const loop = eventLoopDelay();
  // Resident memory sampled every 100 ms from "go": the peak of a flood is between the status reports.
  let rssPeak = 0;
  const sample = () => (rssPeak = Math.max(rssPeak, process.memoryUsage.rss()));
  setInterval(sample, 100).unref();
  const status = () => ({
    handle: { ...counts },
    problemCount: problems.count(),
    problems: problems.problems,
    eventLoopDelayMs: loop.read(),
    ...memory(),
    rssPeakMb: Math.round((sample() / 1024 / 1024) * 10) / 10,
    adapterLoad: adapter.load?.() ?? null,
  });
  process.send?.({ type: 'ready', ...options.extra, ...memory() });
  onBenchMessage(async (message) => {
    if (message.type === 'go') {
      loop.reset();
      rssPeak = 0;
    } else if (message.type === 'status') process.send?.({ type: 'status', ...status() });
    else if (message.type === 'drain') {
      await adapter.idle();
      // Replies the relay took over during the load (see YIELD_WHEN_RECORDING) are posted by now.
      while ((await pendingOutbox(app.database.db, 1)).length > 0) await sleep(100);
      // With --expose-gc in BENCH_CHILD_FLAGS: the heap after a full collection, to tell what is kept from garbage not yet collected.
      const gc = (globalThis as { gc?: () => void }).gc;
      const afterGc = gc ? (gc(), { heapAfterGcMb: memory().heapUsedMb }) : {};
      process.send?.({ type: 'idle', ...status(), ...afterGc });
    } else if (message.type === 'stop') {
      await adapter.stop();
      await app.outbox.stop();
      await app.close();
      process.exit(0);
    }
  });
}
