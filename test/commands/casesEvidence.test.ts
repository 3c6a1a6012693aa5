// `rma-desk cases evidence REF [--out DIR] [--json]`, run as a seller runs it, on a database whose case
// has one stored file (in the evidence directory beside the database, the default) and one pending.
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { openApp } from '../../src/app.ts';
import { localStore } from '../../src/evidence/localStore.ts';
import { contentKey } from '../../src/evidence/storage.ts';
import { DEFAULT_POLICY } from '../../src/policy/policy.ts';
import { openDatabase } from '../../src/store/db.ts';
import { upsertOrderItems } from '../../src/store/orderStore.ts';
import { evidence } from '../../src/store/schema.ts';
import { consoleSource, file, harness, photo, sha256 } from '../evidence/evidenceCase.ts';
import { startFakeFileHost } from '../evidence/fakeFileHost.ts';
import { ORDERS } from '../support/testApp.ts';
import { freshDatabaseUrl, usingPostgres, type TestDatabaseUrl } from '../support/testDb.ts';
import { runCli } from './runCli.ts';

describe('rma-desk cases evidence', () => {
  let root: string;
  let db: TestDatabaseUrl;
  let label: Buffer;
  /** PGlite: nothing set, so the CLI finds the files beside the database; PostgreSQL: EVIDENCE_DIR. */
  let env: Record<string, string>;
  const evidenceDir = () => join(root, 'evidence');

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'rma-cases-evidence-'));
    db = usingPostgres ? await freshDatabaseUrl() : { url: join(root, 'db'), drop: async () => {} };
    env = usingPostgres ? { EVIDENCE_DIR: evidenceDir() } : {};
    label = await photo(120);
    const host = await startFakeFileHost();
    const app = await openApp({ databaseUrl: db.url, policy: DEFAULT_POLICY });
    try {
      await upsertOrderItems(app.database.db, ORDERS);
      const send = (text: string | undefined, files?: ReturnType<typeof file>[]) =>
        app.service.handle({ platform: 'console', at: '2026-11-20T10:00:00Z', user: 'U1', staff: false, text, files });
      await send('order 100234 is dead');
      await send('FNS17320ABC');
      await send(undefined, [file('F1', 'serial label.jpg', 'image/jpeg', host.serve('/sn.jpg', { body: label }), label.length)]);
      await harness(app, localStore(evidenceDir()), consoleSource(host)).run();
      // Posted after the worker's pass: still pending.
      await send(undefined, [file('F2', 'rack.jpg', 'image/jpeg', host.serve('/rack.jpg', { body: label }), label.length)]);
    } finally {
      await app.close();
      await host.close();
    }
  });
  afterAll(async () => {
    await db.drop();
    rmSync(root, { recursive: true, force: true });
  });

  it('lists the files as text or JSON', async () => {
    const text = await runCli(['cases', 'evidence', 'C-1001', '--db', db.url], '', { env });
    expect(text.code).toBe(0);
    expect(text.out).toMatch(
      new RegExp(
        `^C-1001: 2 files in the evidence vault \\(1 stored, 1 pending\\)\\n1\\. serial label\\.jpg \\(serial-label photo\\): stored, image/jpeg, [0-9.]+ KB, SHA-256 ${sha256(label).slice(0, 16)}…, preview\\n2\\. rack\\.jpg \\(installation photo\\): pending, not copied yet\\n$`,
      ),
    );
    const json = await runCli(['cases', 'evidence', 'c-1001', '--json', '--db', db.url], '', { env });
    expect(json.code).toBe(0);
    expect(JSON.parse(json.out)).toMatchObject({
      ref: 'C-1001',
      items: [
        { n: 1, name: 'serial label.jpg', status: 'stored', sha256: sha256(label), key: contentKey(sha256(label)), size: label.length },
        { n: 2, name: 'rack.jpg', status: 'pending', sha256: null, key: null },
      ],
    });
  });

  it('copies the stored files into --out with a manifest, says what it wrote, and fails on a damaged copy', async () => {
    const out = join(root, 'out');
    const exported = await runCli(['cases', 'evidence', 'C-1001', '--out', out, '--db', db.url], '', { env });
    expect(exported).toMatchObject({ code: 0, err: '' });
    expect(exported.out.split('\n')).toEqual([
      join(out, '1-serial_label.jpg'),
      join(out, 'manifest.json'),
      `C-1001: 1 of 2 file(s) written from local directory ${evidenceDir()}`,
      '  not exported: 2. rack.jpg (pending)',
      '',
    ]);
    expect(readFileSync(join(out, '1-serial_label.jpg')).equals(label)).toBe(true);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    expect(
      manifest.files.map((f: { file: string | null; verified: boolean | null; status: string }) => [f.file, f.verified, f.status]),
    ).toEqual([
      ['1-serial_label.jpg', true, 'stored'],
      [null, null, 'pending'],
    ]);

    // The stored copy no longer matches its recorded hash: nothing is written for it, and the run fails.
    writeFileSync(join(evidenceDir(), contentKey(sha256(label))), 'tampered');
    const damaged = await runCli(['cases', 'evidence', 'C-1001', '--out', join(root, 'out2'), '--db', db.url], '', { env });
    expect(damaged.code).toBe(1);
    expect(damaged.err).toContain(
      `1. serial label.jpg: the stored copy's SHA-256 is ${sha256(Buffer.from('tampered'))}, not the recorded ${sha256(label)}`,
    );
    expect(existsSync(join(root, 'out2', '1-serial_label.jpg'))).toBe(false);
  });

  it('names an unknown case on stderr and exits 1, writing nothing', async () => {
    const out = join(root, 'never');
    const unknown = await runCli(['cases', 'evidence', 'C-9999', '--out', out, '--db', db.url], '', { env });
    expect(unknown).toMatchObject({ code: 1, out: '', err: 'rma-desk: no case C-9999\n' });
    expect(existsSync(out)).toBe(false);
  });

  it('puts failed copies back in the queue with --retry-failed', async () => {
    // As after a Slack reinstall that fixed a missing scope: the copy of rack.jpg had failed for good.
    const database = await openDatabase(db.url);
    try {
      await database.db
        .update(evidence)
        .set({ status: 'failed', error: 'files.slack.com answered 403', attempts: 5 })
        .where(eq(evidence.name, 'rack.jpg'));
    } finally {
      await database.close();
    }
    const failed = await runCli(['cases', 'evidence', 'C-1001', '--db', db.url], '', { env });
    expect(failed.out).toContain('2. rack.jpg (installation photo): FAILED, not stored: files.slack.com answered 403');
    const retried = await runCli(['cases', 'evidence', 'C-1001', '--retry-failed', '--db', db.url], '', { env });
    expect(retried.code).toBe(0);
    expect(retried.err).toContain('1 failed file(s) of C-1001 put back in the queue');
    expect(retried.out).toContain('2. rack.jpg (installation photo): pending, not copied yet');
  });
});
