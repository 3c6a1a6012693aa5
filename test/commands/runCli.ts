// Runs `rma-desk ARGS` as a seller does: a real process, real stdin and stdout.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

// The sources through tsx, as `npm run dev` runs them, never src/bin.mjs: that prefers dist/, and a
// stale build must not decide what the tests see (test/build/compiledCli.test.ts runs a fresh build).
const CLI = fileURLToPath(new URL('../../src/cli.ts', import.meta.url));
// By its full path: the child may run in another directory (options.cwd), where `tsx` is not found.
const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
/** Node's arguments that run `rma-desk` from the sources; every test that spawns the CLI uses them. */
export const SOURCE_CLI: readonly string[] = ['--import', TSX, CLI];

export interface CliRun {
  code: number | null;
  out: string;
  err: string;
}

/**
 * `until`: once stdout matches, `/quit` is typed (the interactive chat), or with `stop: 'SIGTERM'` the
 * process is told to stop (a running bot); without it, `stdin` is sent and closed.
 */
export function runCli(
  args: string[],
  stdin = '',
  // An env value of undefined leaves that variable out (the embedded default without DATABASE_URL);
  // cwd is where .rma-desk/ goes.
  options: { until?: RegExp; stop?: 'quit' | 'SIGTERM'; env?: Record<string, string | undefined>; cwd?: string } = {},
): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const env = { ...process.env, LOG_LEVEL: 'warn', ...options.env };
    const child = spawn(process.execPath, [...SOURCE_CLI, ...args], { env, cwd: options.cwd, stdio: 'pipe' });
    let out = '';
    let err = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), 50_000);
    let stopped = false;
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString();
      if (stopped || !options.until?.test(out)) return;
      stopped = true;
      if (options.stop === 'SIGTERM') child.kill('SIGTERM');
      else child.stdin.end('/quit\n');
    });
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, out, err });
    });
    if (!options.until) child.stdin.end(stdin);
  });
}
