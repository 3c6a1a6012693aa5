// Demo orders go only into a demo desk: the console on the embedded default (test/cli.test.ts), or
// with --demo. A database named by DATABASE_URL or --db is a seller's, and gets none.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isDemoMode } from '../../src/commands/demoMode.ts';
import { openDatabase } from '../../src/store/db.ts';
import { hasAnyOrder, TableOrderSource } from '../../src/store/orderStore.ts';
import { runCli } from './runCli.ts';

async function ordersIn(dir: string): Promise<{ any: boolean; demo: boolean }> {
  const database = await openDatabase(dir);
  try {
    return { any: await hasAnyOrder(database.db), demo: (await new TableOrderSource(database.db).findOrder('100234')).length > 0 };
  } finally {
    await database.close();
  }
}

const script = (lines: object[]) => `${lines.map((l) => JSON.stringify(l)).join('\n')}\n`;
const lastCase = (out: string) =>
  out
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { type: string; order?: string | null; kind?: string | null })
    .filter((l) => l.type === 'case')
    .at(-1);

describe('demo mode', () => {
  it('is --demo, or the console on the embedded default; never a database named by DATABASE_URL or --db', () => {
    expect(isDemoMode({ console: true }, {})).toBe(true);
    expect(isDemoMode({ console: true }, { DATABASE_URL: '.rma-desk/pglite' })).toBe(false);
    expect(isDemoMode({ console: true, db: 'memory:' }, {})).toBe(false);
    expect(isDemoMode({ console: false }, {})).toBe(false); // a Slack or Discord desk on the default
    expect(isDemoMode({ console: false, demo: true }, { DATABASE_URL: 'postgres://db/rma' })).toBe(true);
  });

  it('start on an explicit DATABASE_URL seeds no demo order, and warns that there are no orders and no contact details', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'rma-demo-')), 'db');
    const { code, out, err } = await runCli(['start'], '', { until: /\[customer\] > /, env: { DATABASE_URL: dir } });
    expect(code).toBe(0);
    expect(out).not.toMatch(/Demo orders/);
    expect(err).toMatch(/the database has no orders.*rma-desk orders import/);
    expect(err).toMatch(/contactEmail is the placeholder returns@example\.com/);
    expect(err).toMatch(/the policy has no returnAddress/);
    expect(await ordersIn(dir)).toEqual({ any: false, demo: false });
  });

  it('start --demo seeds the demo orders into the database it is given; a policy with contact details draws no warning', async () => {
    const root = mkdtempSync(join(tmpdir(), 'rma-demo-'));
    const dir = join(root, 'db');
    const policy = join(root, 'policy.yaml');
    writeFileSync(policy, 'contactEmail: rma@seller.net\nreturnAddress: "Seller BV, Returns, 1 Dock Road, Rotterdam"\n');
    const { code, out, err } = await runCli(['start', '--demo', '--db', dir, '--policy', policy], '', { until: /\[customer\] > / });
    expect(code).toBe(0);
    expect(out).toMatch(/Demo orders: 100234 \(DOA\)/);
    expect(err).not.toMatch(/contactEmail|returnAddress|no orders/);
    expect(await ordersIn(dir)).toEqual({ any: true, demo: true });
  });

  it('chat --jsonl --demo finds demo order 100234 in its memory database; without --demo it is unknown', async () => {
    const lines = script([{ at: '2026-11-20T10:00:00Z', user: 'U1', text: 'order 100234 is dead' }]);
    const demo = await runCli(['chat', '--jsonl', '--demo'], lines);
    expect(demo.code).toBe(0);
    expect(lastCase(demo.out)).toMatchObject({ order: '100234', kind: 'doa' });
    const plain = await runCli(['chat', '--jsonl'], lines);
    expect(plain.code).toBe(0);
    expect(lastCase(plain.out)?.order ?? null).toBeNull();
  });
});
