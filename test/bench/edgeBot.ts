// What the Slack and Discord edge bots share: a logger whose problems (warn and above) are counted and
// the first few kept for the report, and the conversation with the bench once the adapter is up
// (ready, go, status, drain, stop).
import { Writable } from 'node:stream';
import pino, { type Logger } from 'pino';
import type { App } from '../../src/app.ts';
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

/** Tells the bench the bot is ready (with `extra`, e.g. its port), then answers its messages until stopped. */
export function serveEdgeBot(options: {
  app: App;
  adapter: { idle(): Promise<void>; stop(): Promise<void> };
  counts: HandleCounts;
  problems: ProblemLog;
  extra?: Record<string, unknown>;
}): void {
  const { app, adapter, counts, problems } = options;
  const loop = eventLoopDelay();
  const status = () => ({
    handle: { ...counts },
    problemCount: problems.count(),
    problems: problems.problems,
    eventLoopDelayMs: loop.read(),
    ...memory(),
  });
  process.send?.({ type: 'ready', ...options.extra, ...memory() });
  onBenchMessage(async (message) => {
    if (message.type === 'go') loop.reset();
    else if (message.type === 'status') process.send?.({ type: 'status', ...status() });
    else if (message.type === 'drain') {
      await adapter.idle();
      process.send?.({ type: 'idle', ...status() });
    } else if (message.type === 'stop') {
      await adapter.stop();
      await app.close();
      process.exit(0);
    }
  });
}
