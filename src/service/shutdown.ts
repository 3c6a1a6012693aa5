// Graceful shutdown of `rma-desk start`. On the first SIGTERM or SIGINT: /readyz turns 503, every
// part stops taking new work and finishes what it has (the adapters, the outbox relay, the timer and
// evidence workers, all at once), then the last steps run in order (the database closes after
// everything that writes to it). All of it within a bound: past it, a warning names what was still
// running and the process exits with code 1. A second signal exits at once (128 + the signal's number).
import type { EventEmitter } from 'node:events';
import type { Logger } from 'pino';
import { ConfigError } from '../config/config.ts';

export const DEFAULT_SHUTDOWN_TIMEOUT_MS = 20_000;
const SIGNALS = { SIGINT: 2, SIGTERM: 15 } as const;
type StopSignal = keyof typeof SIGNALS;

export interface ShutdownOptions {
  timeoutMs: number;
  log: Logger;
  /** Called as shutdown begins, before anything stops (readiness turns 503). */
  onBegin?: () => void;
  /** Where the signals come from; the process by default. */
  signals?: Pick<EventEmitter, 'on' | 'off'>;
  /** How the process ends early; process.exit by default. */
  exit?: (code: number) => void;
}

interface Step {
  name: string;
  stop: () => Promise<void>;
}

/** SHUTDOWN_TIMEOUT_MS, in milliseconds; the default when unset. */
export function shutdownTimeoutFrom(env: NodeJS.ProcessEnv): number {
  const raw = env.SHUTDOWN_TIMEOUT_MS?.trim();
  if (!raw) return DEFAULT_SHUTDOWN_TIMEOUT_MS;
  if (!/^\d+$/.test(raw) || Number(raw) < 1)
    throw new ConfigError(`SHUTDOWN_TIMEOUT_MS must be a whole number of milliseconds, got ${raw}`);
  return Number(raw);
}

export class Shutdown {
  private readonly drains: Step[] = [];
  private readonly lasts: Step[] = [];
  private readonly running = new Set<string>();
  private readonly signals: Pick<EventEmitter, 'on' | 'off'>;
  private readonly exit: (code: number) => void;
  private started: Promise<void> | null = null;
  private bound: NodeJS.Timeout | null = null;
  private signalled: StopSignal | null = null;
  private wake: (signal: StopSignal) => void = () => {};
  /** Resolves with the first stop signal once `listen` was called. */
  readonly requested: Promise<StopSignal>;

  constructor(private readonly options: ShutdownOptions) {
    this.signals = options.signals ?? process;
    this.exit = options.exit ?? ((code) => process.exit(code));
    this.requested = new Promise((resolve) => (this.wake = resolve));
  }

  /** Stopped with the others, all at once: stops taking work and waits for what it has. */
  drain(name: string, stop: () => Promise<void>): void {
    this.drains.push({ name, stop });
  }

  /** Stopped after every drain, in the order given (the database, then the health server). */
  last(name: string, stop: () => Promise<void>): void {
    this.lasts.push({ name, stop });
  }

  /** Listens for SIGTERM and SIGINT (the default handlers, which end the process at once, no longer apply). */
  listen(): void {
    for (const signal of Object.keys(SIGNALS) as StopSignal[]) this.signals.on(signal, this.onSignal);
  }

  private readonly onSignal = (signal: StopSignal) => {
    if (this.signalled) {
      this.options.log.warn({ signal, running: [...this.running] }, 'second stop signal: exiting now, without waiting');
      this.exit(128 + SIGNALS[signal]);
      return;
    }
    this.signalled = signal;
    this.options.log.info({ signal, timeoutMs: this.options.timeoutMs }, 'stop signal: finishing the work under way');
    this.armBound();
    this.wake(signal);
  };

  /** Runs the shutdown once (later calls wait for the same run); the bound counts from the first signal. */
  run(): Promise<void> {
    this.started ??= this.stopAll();
    return this.started;
  }

  private armBound(): void {
    if (this.bound) return;
    // Unref'd: the bound never keeps the process alive by itself, but ends one that lingers.
    this.bound = setTimeout(() => {
      this.options.log.warn(
        { running: [...this.running], timeoutMs: this.options.timeoutMs },
        this.running.size > 0
          ? `shutdown took longer than SHUTDOWN_TIMEOUT_MS; exiting while still running: ${[...this.running].join(', ')}`
          : 'the process did not end within SHUTDOWN_TIMEOUT_MS after shutting down; exiting',
      );
      this.exit(1);
    }, this.options.timeoutMs).unref();
  }

  private async stopAll(): Promise<void> {
    const began = performance.now();
    this.armBound();
    this.options.onBegin?.();
    const took: Record<string, number> = {};
    const step = async ({ name, stop }: Step) => {
      this.running.add(name);
      const from = performance.now();
      try {
        await stop();
        took[name] = Math.round(performance.now() - from);
      } catch (error) {
        this.options.log.error({ err: error, part: name }, `${name} did not stop cleanly`);
      } finally {
        this.running.delete(name);
      }
    };
    await Promise.all(this.drains.map(step));
    for (const last of this.lasts) await step(last);
    for (const signal of Object.keys(SIGNALS) as StopSignal[]) this.signals.off(signal, this.onSignal);
    // A signal from now on meets the default handler, which ends the process: nothing is left to wait for.
    const ms = Math.round(performance.now() - began);
    if (this.signalled) this.options.log.info({ ms, took }, 'stopped');
    else this.options.log.debug({ ms, took }, 'stopped');
  }
}
