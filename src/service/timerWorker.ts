// Fires due timers on an interval. Timers are rows, so a restart loses nothing: the first pass after
// it fires whatever fell due meanwhile.
import type { Logger } from 'pino';
import type { Outbound } from './messages.ts';
import type { SystemEvents } from './systemEvents.ts';

export interface TimerWorker {
  /** One pass now; resolves with what the cases said (already in the outbox). */
  runOnce(): Promise<Outbound[]>;
  stop(): Promise<void>;
}

export function startTimerWorker(options: {
  events: Pick<SystemEvents, 'fireDueTimers'>;
  intervalMs?: number;
  log?: Logger | undefined;
  afterFire?: (said: Outbound[]) => void;
  now?: () => Date;
}): TimerWorker {
  const { events, log } = options;
  let running: Promise<Outbound[]> | null = null;
  const runOnce = () => {
    running ??= events
      .fireDueTimers((options.now?.() ?? new Date()).toISOString())
      .then((said) => {
        if (said.length > 0) options.afterFire?.(said);
        return said;
      })
      .catch((error: unknown) => {
        log?.error({ err: error }, 'timer pass failed; the next pass retries');
        return [];
      })
      .finally(() => {
        running = null;
      });
    return running;
  };
  const interval = setInterval(() => void runOnce(), options.intervalMs ?? 30_000);
  void runOnce();
  return {
    runOnce,
    async stop() {
      clearInterval(interval);
      await running;
    },
  };
}
