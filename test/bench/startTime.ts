// Part 5: time from starting the bot on the embedded default (PGlite in a directory, console chat)
// to its first prompt on stdout. Three situations: a fresh machine (no PGlite template and no tsx
// cache in the temporary folder: initdb runs), a first start on a machine that has them (a new data
// directory made from the template), and a warm restart on an existing data directory.
import { spawn } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tempDir } from './databases.ts';
import { phase } from './progress.ts';

export const FIRST_PROMPT = '[customer] > ';
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TIMEOUT_MS = 60_000;

export interface StartRun {
  situation: string;
  command: string;
  ms: number | null;
  error?: string;
}

export interface StartResult {
  runs: StartRun[];
  /** The median of the warm restarts. */
  warmMs: number | null;
  firstMs: number | null;
  freshMachineMs: number | null;
  npmStartWarmMs: number | null;
}

function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    // No platform tokens: the console chat is what starts.
    if (!/^(?:SLACK_|DISCORD_|DATABASE_URL$|POLICY_FILE$)/.test(key)) env[key] = value;
  }
  return { ...env, ...extra };
}

/** Starts `command`, resolves with the milliseconds until stdout shows the first prompt, then quits it. */
function timeToPrompt(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(command, args, { cwd: ROOT, env, stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let done = false;
    const finish = (error: Error | null, ms?: number) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      if (error) reject(error);
      else resolve(ms!);
      // Leave the chat the way a person does; kill this one process if it does not go.
      child.stdin.end('/quit\n');
      const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      child.on('exit', () => clearTimeout(killer));
    };
    const timer = setTimeout(() => finish(new Error(`no prompt within ${TIMEOUT_MS} ms; stderr: ${err.slice(-500)}`)), TIMEOUT_MS);
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      if (out.includes(FIRST_PROMPT)) finish(null, Number(process.hrtime.bigint() - started) / 1e6);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      err = (err + chunk.toString('utf8')).slice(-5_000);
    });
    child.on('error', (error) => finish(error));
    child.on('exit', (code) => finish(new Error(`exited with ${code} before the prompt; stderr: ${err.slice(-500)}`)));
  });
}

async function measure(situation: string, command: string, args: string[], env: NodeJS.ProcessEnv): Promise<StartRun> {
  try {
    return { situation, command: [command, ...args].join(' '), ms: Math.round(await timeToPrompt(command, args, env)) };
  } catch (error) {
    return { situation, command: [command, ...args].join(' '), ms: null, error: (error as Error).message };
  }
}

function median(values: number[]): number | null {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? null : sorted[Math.floor((sorted.length - 1) / 2)]!;
}

export async function runStartTime(warmRepeats = 3): Promise<StartResult> {
  const bar = phase('start to first prompt', 3 + warmRepeats, 'starts');
  const freshTmp = await tempDir('start-tmp');
  const data = await tempDir('start-data');
  const runs: StartRun[] = [];
  try {
    const bin = ['src/bin.mjs', 'start'];
    runs.push(
      await measure(
        'fresh machine (no PGlite template, no tsx cache): initdb',
        process.execPath,
        bin,
        cleanEnv({ DATABASE_URL: join(freshTmp, 'pglite'), TMPDIR: freshTmp }),
      ),
    );
    bar.increment();
    const dir = join(data, 'pglite');
    runs.push(await measure('first start (new data directory from the template)', process.execPath, bin, cleanEnv({ DATABASE_URL: dir })));
    bar.increment();
    for (let i = 0; i < warmRepeats; i++) {
      runs.push(await measure('warm restart (existing data directory)', process.execPath, bin, cleanEnv({ DATABASE_URL: dir })));
      bar.increment();
    }
    runs.push(await measure('warm restart through npm start', 'npm', ['start', '--silent'], cleanEnv({ DATABASE_URL: dir })));
    bar.increment();
  } finally {
    bar.stop();
    await rm(freshTmp, { recursive: true, force: true });
    await rm(data, { recursive: true, force: true });
  }
  const ms = (situation: string) => runs.filter((r) => r.situation.startsWith(situation) && r.ms !== null).map((r) => r.ms!);
  return {
    runs,
    warmMs: median(ms('warm restart (')),
    firstMs: median(ms('first start')),
    freshMachineMs: median(ms('fresh machine')),
    npmStartWarmMs: median(ms('warm restart through npm')),
  };
}
