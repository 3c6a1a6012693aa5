// The `rma-desk` command as a seller runs it: a real process, real stdin and stdout.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './commands/runCli.ts';
import { APPROVED_CLAIM_SCRIPT } from './support/approvedClaim.ts';
import { freshDatabaseUrl, type TestDatabaseUrl } from './support/testDb.ts';

const ORDERS = fileURLToPath(new URL('./fixtures/orders.csv', import.meta.url));

describe('rma-desk CLI', () => {
  let db: TestDatabaseUrl;
  beforeAll(async () => {
    db = await freshDatabaseUrl();
  });
  afterAll(async () => {
    await db.drop();
  });

  it('chat --jsonl answers each line and prints the cases at the end', async () => {
    const script = [
      { at: '2026-11-20T10:00:00Z', user: 'U1', text: 'order 100234 is dead' },
      { user: 'U1', command: '/rma approve C-1001' },
      { user: 'S1', command: '/rma list' },
    ]
      .map((l) => JSON.stringify(l))
      .join('\n');
    const { code, out } = await runCli(['chat', '--jsonl', '--orders', ORDERS, '--staff', 'S1'], `${script}\n`);
    expect(code).toBe(0);
    const lines = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.filter((l) => l.type === 'ack').map((l) => l.ok)).toEqual([true, false, true]);
    expect(lines.at(-1)).toMatchObject({ type: 'case', ref: 'C-1001', kind: 'doa', state: 'intake', order: '100234' });
  });

  it('orders import refuses a file with bad rows unless --skip-bad, naming the lines', async () => {
    const csv = join(mkdtempSync(join(tmpdir(), 'rma-orders-')), 'orders.csv');
    writeFileSync(csv, 'order_number,delivered_on,part_number,serial_number,description,terms\n1,2026-11-01,A,S1,,\n2,2026-13-01,B,S2,,\n');
    const refused = await runCli(['orders', 'import', csv, '--db', db.url]);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain(`${csv}:3: delivered_on "2026-13-01" is not a real date`);
    expect(refused.err).toContain('nothing imported');
    const skipped = await runCli(['orders', 'import', csv, '--skip-bad', '--db', db.url]);
    expect(skipped.code).toBe(0);
    expect(skipped.out).toContain('1 row(s) imported, 1 bad row(s) skipped.');
  });

  it('stops at start on a bad policy file, naming the key', async () => {
    const policy = join(mkdtempSync(join(tmpdir(), 'rma-policy-')), 'policy.yaml');
    writeFileSync(policy, 'doaDays: 14\nwarrantyDayz: 90\n');
    const { code, err } = await runCli(['chat', '--jsonl', '--policy', policy], '');
    expect(code).toBe(3);
    expect(err).toContain(`policy file ${policy}: unknown key(s) "warrantyDayz"`);
  });

  it('start opens the console chat on the embedded default in .rma-desk/, a demo with its demo orders', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rma-start-'));
    const { code, out } = await runCli(['start'], '', { until: /\[customer\] > /, cwd: dir, env: { DATABASE_URL: undefined } });
    expect(code).toBe(0);
    expect(out).toMatch(/rma-desk on pglite \(\.rma-desk\/pglite\)/);
    expect(out).toMatch(/Demo orders: 100234 \(DOA\)/);
    expect(out).toMatch(/\[customer\] > /);
    expect(existsSync(join(dir, '.rma-desk', 'pglite'))).toBe(true);
  });

  it('starts the bot when run without a command, with or without options', async () => {
    for (const args of [[], ['--db', join(mkdtempSync(join(tmpdir(), 'rma-bare-')), 'db')]]) {
      const dir = mkdtempSync(join(tmpdir(), 'rma-bare-'));
      const { code, out } = await runCli(args, '', { until: /\[customer\] > /, env: { DATABASE_URL: join(dir, 'db') } });
      expect(code).toBe(0);
      expect(out).toMatch(/rma-desk on pglite/);
    }
  });
});

describe('rma-desk seller commands on a database with cases', () => {
  let db: TestDatabaseUrl;
  beforeAll(async () => {
    db = await freshDatabaseUrl();
    if (db.url === 'memory:') db = { url: join(mkdtempSync(join(tmpdir(), 'rma-seller-')), 'db'), drop: async () => {} };
    const docs = mkdtempSync(join(tmpdir(), 'rma-docs-'));
    const { code } = await runCli(
      ['chat', '--jsonl', '--orders', ORDERS, '--staff', 'S1', '--db', db.url, '--documents', docs],
      APPROVED_CLAIM_SCRIPT,
    );
    expect(code).toBe(0);
  });
  afterAll(async () => {
    await db.drop();
  });

  it('exports cases as CSV and writes the RMA PDF', async () => {
    const exported = await runCli(['cases', 'export', '--format', 'csv', '--db', db.url]);
    expect(exported.code).toBe(0);
    expect(exported.out.split('\n')[0]).toMatch(/^ref,platform,customer,order,part_number,serial_number,kind,state,rma/);
    expect(exported.out).toMatch(/C-1001,console,U1,100234,SFP-10G-SR,FNS17320ABC,doa,awaiting_return,RMA-26-00001/);
    const out = mkdtempSync(join(tmpdir(), 'rma-pdf-'));
    const pdf = await runCli(['cases', 'pdf', 'C-1001', '--out', out, '--db', db.url]);
    expect(pdf).toMatchObject({ code: 0, out: `${join(out, 'RMA-26-00001.pdf')}\n` });
    const bad = await runCli(['cases', 'export', '--since', 'last week', '--db', db.url]);
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/--since/);
  });

  it('prints the failure report and writes its HTML page', async () => {
    const html = join(mkdtempSync(join(tmpdir(), 'rma-report-')), 'report.html');
    const report = await runCli(['report', '--html', html, '--db', db.url]);
    expect(report.code).toBe(0);
    expect(report.out).toMatch(/SFP-10G-SR/);
    expect(readFileSync(html, 'utf8')).toMatch(/<svg/);
  });
});
