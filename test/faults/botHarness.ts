// Starts botProcess.ts as a real child process, sends it events and waits for their acks, and
// kills it. A reply is an ack (handled, committed), a nack (handle threw) or `gone` (the process
// died before answering): only an ack counts as delivered, as on Slack or Discord.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { ScriptEvent } from './claimScript.ts';

const SCRIPT = fileURLToPath(new URL('./botProcess.ts', import.meta.url));

export type Reply =
  | { kind: 'ack'; ok: boolean; duplicate: boolean; case: string | null; error?: string }
  | { kind: 'nack'; error: string }
  | { kind: 'gone' };

export interface BotOptions {
  name: string;
  databaseUrl: string;
  deliveryLog: string;
  leaseMs?: number;
  pollMs?: number;
  /** Open the app (and run the migrations) at this instant (epoch ms), not as soon as loaded. */
  openAt?: number;
  startTimeoutMs?: number;
}

export class BotProcess {
  private readonly waiting = new Map<string, Array<(reply: Reply) => void>>();
  private stderr = '';
  private exited = false;
  /** How the process ended, once it has: "exit code 1", "signal SIGKILL". */
  exitedWith: string | null = null;
  private readonly exit: Promise<void>;
  acks = 0;

  private constructor(
    readonly name: string,
    private readonly child: ChildProcessWithoutNullStreams,
  ) {
    this.exit = new Promise((resolve) =>
      child.once('exit', (code, signal) => {
        this.exitedWith = signal ? `signal ${signal}` : `exit code ${code}`;
        resolve();
      }),
    );
    void this.exit.then(() => {
      this.exited = true;
      for (const resolvers of this.waiting.values()) for (const resolve of resolvers) resolve({ kind: 'gone' });
      this.waiting.clear();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      this.stderr = (this.stderr + chunk.toString()).slice(-20_000);
    });
    // A write to a process that just died fails with EPIPE; its pending events are answered `gone`.
    child.stdin.on('error', () => undefined);
  }

  static start(options: BotOptions): Promise<BotProcess> {
    const args = ['--import', 'tsx', SCRIPT, '--db', options.databaseUrl, '--delivery-log', options.deliveryLog, '--name', options.name];
    if (options.leaseMs !== undefined) args.push('--lease-ms', String(options.leaseMs));
    if (options.pollMs !== undefined) args.push('--poll-ms', String(options.pollMs));
    if (options.openAt !== undefined) args.push('--open-at', String(options.openAt));
    const child = spawn(process.execPath, args, {
      stdio: 'pipe',
      env: { ...process.env, LOG_LEVEL: process.env.FAULT_LOG_LEVEL ?? 'error' },
    });
    const bot = new BotProcess(options.name, child);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        reject(new Error(`bot ${options.name} did not start in time\n${bot.stderrTail()}`));
      }, options.startTimeoutMs ?? 30_000);
      let ready = false;
      createInterface({ input: child.stdout, crlfDelay: Infinity }).on('line', (line) => {
        let message: {
          ready?: string;
          ack?: string;
          nack?: string | null;
          ok?: boolean;
          duplicate?: boolean;
          case?: string | null;
          error?: string;
        };
        try {
          message = JSON.parse(line);
        } catch {
          return; // not ours (a stray print); acks are whole JSON lines
        }
        if (message.ready !== undefined && !ready) {
          ready = true;
          clearTimeout(timer);
          resolve(bot);
        } else if (message.ack !== undefined) {
          bot.acks++;
          bot.answer(message.ack, {
            kind: 'ack',
            ok: message.ok === true,
            duplicate: message.duplicate === true,
            case: message.case ?? null,
            ...(message.error ? { error: message.error } : {}),
          });
        } else if (typeof message.nack === 'string') {
          bot.answer(message.nack, { kind: 'nack', error: message.error ?? '' });
        }
      });
      void bot.exit.then(() => {
        if (ready) return;
        clearTimeout(timer);
        reject(new Error(`bot ${options.name} exited before it was ready\n${bot.stderrTail()}`));
      });
    });
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  get alive(): boolean {
    return !this.exited;
  }

  private answer(eventId: string, reply: Reply): void {
    const resolvers = this.waiting.get(eventId);
    if (!resolvers) return;
    this.waiting.delete(eventId);
    for (const resolve of resolvers) resolve(reply);
  }

  /** Sends one event; resolves with its ack, its nack, or `gone` if the process dies first. */
  request(event: ScriptEvent): Promise<Reply> {
    if (this.exited) return Promise.resolve({ kind: 'gone' });
    return new Promise((resolve) => {
      const resolvers = this.waiting.get(event.event_id) ?? [];
      resolvers.push(resolve);
      this.waiting.set(event.event_id, resolvers);
      this.child.stdin.write(`${JSON.stringify(event)}\n`);
    });
  }

  /** SIGKILL: no cleanup of any kind, as when the machine or the container dies. */
  async kill(): Promise<void> {
    if (!this.exited) this.child.kill('SIGKILL');
    await this.exit;
  }

  /** Closes stdin (the bot stops its relay and its database pool and exits); SIGKILL after `timeoutMs`. */
  async stop(timeoutMs = 10_000): Promise<void> {
    if (this.exited) return;
    this.child.stdin.end();
    const timer = setTimeout(() => this.child.kill('SIGKILL'), timeoutMs);
    await this.exit;
    clearTimeout(timer);
  }

  stderrTail(lines = 15): string {
    return this.stderr.trimEnd().split('\n').slice(-lines).join('\n');
  }
}
