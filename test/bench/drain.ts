// After an edge run: waits until the bot says it is idle, asking it every second how many events it
// has handled. Ends the wait early, with what the bot managed, when it is stuck (no event handled
// and no platform call made for a while), when every event was handled but the adapter is still
// answering after a grace period (Discord answers are throttled by discord.js), or at a time limit,
// so that a slow bot cannot hang the bench.
import { setTimeout as sleep } from 'node:timers/promises';
import type { BenchChild, ChildMessage } from './childProcess.ts';
import type { HandleCounts } from './handleLimit.ts';
import type { Phase } from './progress.ts';

export interface DrainOutcome<T> {
  /** The child's idle message; null when the wait ended without it. */
  idle: T | null;
  /** Until the bot was idle, or until the wait ended. */
  seconds: number;
  /** Until every event sent had been handled (committed), if that happened. */
  handledSeconds: number | null;
  /** Why the wait ended without the idle message, with the bot's last status report. */
  gaveUp: string | null;
  /** The idle message, else the bot's last status report (the same fields). */
  last: T | null;
}

type Status = ChildMessage & { handle: HandleCounts };

export interface DrainOptions {
  sent: number;
  /** The platform calls the fake has seen so far. */
  platformCalls: () => number;
  limitMs: number;
  stallMs: number;
  /** How long to wait for idle once every event has been handled. */
  graceMs: number;
  bar: Phase;
}

export async function drainBot<T extends ChildMessage>(child: BenchChild, options: DrainOptions): Promise<DrainOutcome<T>> {
  const started = Date.now();
  const elapsed = () => (Date.now() - started) / 1000;
  let status: Status | null = null;
  let progressKey = '';
  let lastProgress = Date.now();
  let handledAt: number | null = null;
  const end = (gaveUp: string): DrainOutcome<T> => ({
    idle: null,
    seconds: elapsed(),
    handledSeconds: handledAt,
    gaveUp: `${gaveUp}${status ? `; the bot said: ${JSON.stringify({ handle: status.handle, rssMb: status.rssMb })}` : ''}`,
    last: status as T | null,
  });
  child.send({ type: 'drain' });
  for (;;) {
    for (let report = child.take<Status>('status'); report; report = child.take<Status>('status')) status = report;
    const idle = child.take<T>('idle');
    if (idle) return { idle, seconds: elapsed(), handledSeconds: handledAt ?? elapsed(), gaveUp: null, last: idle };
    if (!child.running) return end('the bot process exited');
    const done = status ? status.handle.finished + status.handle.failed : 0;
    if (handledAt === null && done >= options.sent) handledAt = elapsed();
    const key = `${done}/${options.platformCalls()}`;
    if (key !== progressKey) {
      progressKey = key;
      lastProgress = Date.now();
      options.bar.note(`draining: ${done} of ${options.sent} handled`);
    }
    if (handledAt !== null && elapsed() - handledAt > options.graceMs / 1000)
      return end(
        `every event was handled after ${handledAt.toFixed(1)} s, but the adapter was still busy ${options.graceMs / 1000} s later`,
      );
    if (Date.now() - lastProgress > options.stallMs) return end(`no event handled and no platform call for ${options.stallMs / 1000} s`);
    if (Date.now() - started > options.limitMs) return end(`not idle after ${options.limitMs / 1000} s`);
    child.send({ type: 'status' });
    await sleep(1000);
  }
}
