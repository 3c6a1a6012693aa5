// A bench child process: a TypeScript script under test/bench run by node through tsx, talking to
// the bench over the IPC channel. Measuring the bot in a process of its own keeps the bench's own
// load generator, fakes and sample arrays out of its event loop and its resident memory.
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { monitorEventLoopDelay } from 'node:perf_hooks';

export interface ChildMessage {
  type: string;
  [key: string]: unknown;
}

export class BenchChild {
  private readonly queue: ChildMessage[] = [];
  private readonly waiters: Array<() => void> = [];
  private exited: Promise<number | null>;
  /** The child's stderr, for the report when it fails. */
  stderr = '';

  private constructor(private readonly child: ChildProcess) {
    child.on('message', (message: ChildMessage) => {
      this.queue.push(message);
      for (const wake of this.waiters.splice(0)) wake();
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      this.stderr = (this.stderr + chunk.toString('utf8')).slice(-20_000);
    });
    this.exited = new Promise((resolve) =>
      child.on('exit', (code) => {
        resolve(code);
        for (const wake of this.waiters.splice(0)) wake();
      }),
    );
  }

  /**
   * Runs `test/bench/<script>` with `env` added to the environment. BENCH_CHILD_FLAGS adds node
   * flags to every child, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof" to profile the bot.
   */
  static start(script: string, env: Record<string, string>, nodeFlags: string[] = []): BenchChild {
    const path = fileURLToPath(new URL(script, import.meta.url));
    const child = fork(path, [], {
      execArgv: ['--import', 'tsx', ...nodeFlags, ...(process.env.BENCH_CHILD_FLAGS ?? '').split(' ').filter(Boolean)],
      env: { ...process.env, LOG_LEVEL: 'warn', ...env },
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    return new BenchChild(child);
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  send(message: ChildMessage): void {
    this.child.send(message);
  }

  /** A message of `type` the child has sent, if there is one (it is taken off the queue); throws on an error message. */
  take<T extends ChildMessage>(type: string): T | undefined {
    const index = this.queue.findIndex((m) => m.type === type || m.type === 'error');
    if (index < 0) return undefined;
    const [message] = this.queue.splice(index, 1);
    if (message?.type === 'error') throw new Error(`bench child failed: ${String(message.message)}\n${this.stderr.slice(-2000)}`);
    return message as T;
  }

  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /** The next message of `type` (earlier ones of other types are dropped); rejects after `timeoutMs`. */
  async next<T extends ChildMessage>(type: string, timeoutMs: number): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const index = this.queue.findIndex((m) => m.type === type || m.type === 'error');
      if (index >= 0) {
        const [message] = this.queue.splice(0, index + 1).slice(-1);
        if (message?.type === 'error') throw new Error(`bench child failed: ${String(message.message)}\n${this.stderr.slice(-2000)}`);
        return message as T;
      }
      if (this.child.exitCode !== null || this.child.signalCode !== null)
        throw new Error(
          `bench child exited (${this.child.exitCode ?? this.child.signalCode}) before "${type}"\n${this.stderr.slice(-2000)}`,
        );
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`bench child sent no "${type}" within ${timeoutMs} ms\n${this.stderr.slice(-2000)}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** Asks the child to stop and waits for it; kills it (this one process) if it does not exit in time. */
  async stop(timeoutMs = 15_000): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    if (this.child.connected) this.child.send({ type: 'stop' });
    const timer = setTimeout(() => this.child.kill('SIGKILL'), timeoutMs);
    await this.exited;
    clearTimeout(timer);
  }
}

/** In a child: reports a failure to the bench and exits. */
export function failChild(error: unknown): never {
  const message = error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error);
  process.stderr.write(`${message}\n`);
  if (process.send) process.send({ type: 'error', message }, () => process.exit(1));
  else process.exit(1);
  // Until the message is out; then the callback exits.
  throw error;
}

/** In a child: the next message of the bench. */
export function onBenchMessage(handle: (message: ChildMessage) => Promise<void>): void {
  process.on('message', (message: ChildMessage) => {
    handle(message).catch(failChild);
  });
}

export function memory(): { rssMb: number; heapUsedMb: number; externalMb: number; arrayBuffersMb: number } {
  const m = process.memoryUsage();
  const mb = (n: number) => Math.round((n / 1024 / 1024) * 10) / 10;
  return { rssMb: mb(m.rss), heapUsedMb: mb(m.heapUsed), externalMb: mb(m.external), arrayBuffersMb: mb(m.arrayBuffers) };
}

/** How late the event loop ran its timers (ms), from a libuv timer that fires even when JS hogs the loop. */
export function eventLoopDelay(): { read(): { p50: number; p99: number; max: number }; reset(): void } {
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  histogram.enable();
  const ms = (ns: number) => Math.round(ns / 1e4) / 100;
  return {
    read: () => ({ p50: ms(histogram.percentile(50)), p99: ms(histogram.percentile(99)), max: ms(histogram.max) }),
    reset: () => histogram.reset(),
  };
}
