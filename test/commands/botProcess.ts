// `rma-desk start` as a real process, for what only a process shows: its ports, its answers to
// SIGTERM and SIGINT, how long it takes to stop and with which exit code.
import { spawn, type ChildProcess } from 'node:child_process';
import { SOURCE_CLI } from './runCli.ts';

export interface BotProcess {
  child: ChildProcess;
  out(): string;
  err(): string;
  /** Resolves with the first match of `pattern` in stdout; rejects after `timeoutMs`. */
  waitForOut(pattern: RegExp, timeoutMs?: number): Promise<RegExpMatchArray>;
  /** Resolves with the exit code (null when killed by a signal) and when it came. */
  exited: Promise<{ code: number | null; at: number }>;
}

export function startBot(env: Record<string, string>): BotProcess {
  const child = spawn(process.execPath, [...SOURCE_CLI, 'start'], { env: { ...process.env, LOG_LEVEL: 'warn', ...env }, stdio: 'pipe' });
  let out = '';
  let err = '';
  const listeners = new Set<() => void>();
  child.stdout!.on('data', (c: Buffer) => {
    out += c.toString();
    for (const wake of [...listeners]) wake();
  });
  child.stderr!.on('data', (c: Buffer) => (err += c.toString()));
  const killer = setTimeout(() => child.kill('SIGKILL'), 60_000);
  const exited = new Promise<{ code: number | null; at: number }>((resolve) =>
    child.on('close', (code) => {
      clearTimeout(killer);
      resolve({ code, at: performance.now() });
    }),
  );
  return {
    child,
    out: () => out,
    err: () => err,
    exited,
    waitForOut(pattern, timeoutMs = 30_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = pattern.exec(out);
          if (!found) return;
          listeners.delete(check);
          clearTimeout(timer);
          resolve(found);
        };
        const timer = setTimeout(() => {
          listeners.delete(check);
          reject(new Error(`stdout never matched ${pattern}; stdout: ${out}; stderr: ${err}`));
        }, timeoutMs);
        listeners.add(check);
        void exited.then(() => {
          if (!listeners.has(check)) return;
          listeners.delete(check);
          clearTimeout(timer);
          reject(new Error(`exited before stdout matched ${pattern}; stdout: ${out}; stderr: ${err}`));
        });
        check();
      });
    },
  };
}

/** GET one of the health endpoints: its status and JSON body. */
export async function getHealth(port: number, path: '/healthz' | '/readyz'): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`http://127.0.0.1:${port}${path}`, { signal: AbortSignal.timeout(5_000) });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}
