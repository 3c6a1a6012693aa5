// Two processes on one embedded database directory: the second is told who holds it instead of
// crashing PGlite, and a lock left by a killed process is taken over.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli, SOURCE_CLI } from './runCli.ts';

const ORDERS = 'order_number,delivered_on,part_number,serial_number,description,terms\n1,2026-11-01,A,S1,,\n';

/** `rma-desk start --db DIR` on the console, left running at its prompt: the process that holds DIR. */
function holder(dir: string): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...SOURCE_CLI, 'start', '--db', dir], {
      env: { ...process.env, LOG_LEVEL: 'error' },
      stdio: 'pipe',
    });
    let out = '';
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString();
      if (out.includes('[customer] > ')) resolve(child);
    });
    child.on('error', reject);
    child.on('close', (code) => reject(new Error(`holder exited with ${code} before its prompt: ${out}`)));
  });
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) =>
    child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('close', () => resolve()),
  );
}

describe('one process at a time on a PGlite directory', () => {
  const children: ChildProcess[] = [];
  afterEach(() => {
    for (const child of children.splice(0)) child.kill('SIGKILL');
  });

  /** A fresh PGlite directory held by a running `rma-desk start`, and an orders CSV to import. */
  async function heldDirectory(): Promise<{ dir: string; csv: string; first: ChildProcess }> {
    const root = mkdtempSync(join(tmpdir(), 'rma-lock-'));
    const dir = join(root, 'db');
    const csv = join(root, 'orders.csv');
    writeFileSync(csv, ORDERS);
    const first = await holder(dir);
    children.push(first);
    return { dir, csv, first };
  }

  it('refuses a second process, naming the holder and what to do, and lets it in once the holder stops', async () => {
    const { dir, csv, first } = await heldDirectory();

    const second = await runCli(['orders', 'import', csv, '--db', dir]);
    // A setup problem: exit 3, one line that names the holder and what to do.
    expect(second.code).toBe(3);
    expect(second.out).toBe('');
    expect(second.err.trimEnd().split('\n')).toHaveLength(1);
    expect(second.err).toMatch(/^rma-desk: the database directory /);
    expect(second.err).toContain(`database directory ${dir} is in use by process ${first.pid} (rma-desk start)`);
    expect(second.err).toMatch(/stop that process first, or point both at PostgreSQL with DATABASE_URL/);

    first.stdin!.end('/quit\n');
    await exited(first);
    expect(existsSync(`${dir}.lock`)).toBe(false);
    const after = await runCli(['orders', 'import', csv, '--db', dir]);
    expect(after).toMatchObject({ code: 0, out: '1 row(s) imported.\n' });
  });

  it('takes over the lock of a process that was killed (kill -9) without a word', async () => {
    const { dir, csv, first } = await heldDirectory();
    first.kill('SIGKILL');
    await exited(first);
    // The dead holder's lock is still there.
    expect(JSON.parse(readFileSync(`${dir}.lock`, 'utf8'))).toMatchObject({ pid: first.pid, command: 'rma-desk start' });

    const after = await runCli(['orders', 'import', csv, '--db', dir]);
    expect(after).toMatchObject({ code: 0, out: '1 row(s) imported.\n', err: '' });
    expect(existsSync(`${dir}.lock`)).toBe(false);
  });
});
