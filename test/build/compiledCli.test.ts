// `npm run build`'s output as the container runs it: compiled into a folder that holds only what the
// image ships (package.json, node_modules, drizzle/, dist/, src/bin.mjs) and no TypeScript source, so a
// passing run proves the build needs neither tsx nor src/*.ts (migrations resolved from dist/, too).
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabaseUrl, type TestDatabaseUrl } from '../support/testDb.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ORDERS = fileURLToPath(new URL('../fixtures/orders.csv', import.meta.url));

interface Run {
  code: number | null;
  out: string;
  err: string;
}

function run(args: string[], stdin = ''): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { env: { ...process.env, LOG_LEVEL: 'warn' }, stdio: 'pipe' });
    let out = '';
    let err = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), 170_000);
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, out, err });
    });
    child.stdin.end(stdin);
  });
}

describe('the compiled build (npm run build)', () => {
  let app: string;
  let bin: string;
  let db: TestDatabaseUrl;

  beforeAll(async () => {
    db = await freshDatabaseUrl();
    app = mkdtempSync(join(tmpdir(), 'rma-build-'));
    const tsc = join(ROOT, 'node_modules/typescript/bin/tsc');
    const built = await run([tsc, '-p', join(ROOT, 'tsconfig.build.json'), '--outDir', join(app, 'dist')]);
    expect(built.out + built.err).toBe('');
    expect(built.code).toBe(0);
    for (const shared of ['node_modules', 'drizzle']) symlinkSync(join(ROOT, shared), join(app, shared));
    copyFileSync(join(ROOT, 'package.json'), join(app, 'package.json'));
    mkdirSync(join(app, 'src'));
    bin = join(app, 'src/bin.mjs');
    copyFileSync(join(ROOT, 'src/bin.mjs'), bin);
  }, 180_000);

  afterAll(async () => {
    rmSync(app, { recursive: true, force: true });
    await db.drop();
  });

  it('rma-desk --help lists the commands', async () => {
    const { code, out, err } = await run([bin, '--help']);
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).toMatch(/^Usage: rma-desk /);
    for (const command of ['start', 'chat', 'migrate', 'cases']) expect(out).toMatch(new RegExp(`^  ${command}\\b`, 'm'));
  });

  it('chat --jsonl migrates the database and answers a script', async () => {
    const script = [
      { at: '2026-11-20T10:00:00Z', user: 'U1', text: 'order 100234 is dead' },
      { user: 'S1', command: '/rma list' },
    ]
      .map((l) => JSON.stringify(l))
      .join('\n');
    const { code, out, err } = await run([bin, 'chat', '--jsonl', '--db', db.url, '--orders', ORDERS, '--staff', 'S1'], `${script}\n`);
    expect(err).toBe('');
    expect(code).toBe(0);
    const lines = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.filter((l) => l.type === 'ack').map((l) => l.ok)).toEqual([true, true]);
    expect(lines.find((l) => l.type === 'message' && l.to === 'customer')?.text).toMatch(/opened case C-1001/);
    expect(lines.at(-1)).toMatchObject({ type: 'case', ref: 'C-1001', kind: 'doa', order: '100234' });
  });

  it("runs the sources instead of a build older than them, so an edited checkout never runs yesterday's code", async () => {
    const source = join(app, 'src/cli.ts');
    writeFileSync(source, "process.stdout.write('the sources ran\\n');\n");
    const later = new Date(Date.now() + 60_000);
    utimesSync(source, later, later);
    try {
      const stale = await run([bin, '--help']);
      expect(stale).toMatchObject({ code: 0, out: 'the sources ran\n', err: '' });
      // Built after the last edit again: the build runs.
      const earlier = new Date(Date.now() - 3_600_000);
      utimesSync(source, earlier, earlier);
      const fresh = await run([bin, '--help']);
      expect(fresh.out).toMatch(/^Usage: rma-desk /);
    } finally {
      rmSync(source);
    }
  });
});
