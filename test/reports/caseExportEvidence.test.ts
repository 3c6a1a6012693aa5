// The exports point at the stored copies of a case's files: their evidence store keys, and how many
// are still pending or failed; `cases show --json` lists every file with its key and hash.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localStore } from '../../src/evidence/localStore.ts';
import { contentKey, previewKey } from '../../src/evidence/storage.ts';
import { exportCase, exportCases } from '../../src/reports/caseExport.ts';
import type { CaseRecord } from '../../src/reports/caseRecord.ts';
import { consoleSource, file, harness, photo, sha256, toSerialPhoto } from '../evidence/evidenceCase.ts';
import { startFakeFileHost, type FakeFileHost } from '../evidence/fakeFileHost.ts';
import { openTestApp, type TestApp } from '../support/testApp.ts';

const NOW = '2026-11-24T10:00:00.000Z';

describe('exports and the evidence vault', () => {
  let app: TestApp;
  let host: FakeFileHost;
  let dir: string;
  let label: Buffer;
  beforeAll(async () => {
    app = await openTestApp();
    host = await startFakeFileHost();
    dir = mkdtempSync(join(tmpdir(), 'rma-export-evidence-'));
    label = await photo(150);
    await toSerialPhoto(app);
    await app.send({ user: 'U1', files: [file('F1', 'sn.jpg', 'image/jpeg', host.serve('/sn.jpg', { body: label }), label.length)] });
    // The same bytes again: stored once, listed once.
    await app.send({ user: 'U1', files: [file('F2', 'rack.jpg', 'image/jpeg', host.serve('/rack.jpg', { body: label }), label.length)] });
    await harness(app, localStore(dir), consoleSource(host)).run();
    await app.send({
      user: 'U1',
      text: 'no light at all on the port',
      files: [file('F3', 'log.txt', 'text/plain', host.serve('/log.txt', { body: Buffer.from('%LINK-3-UPDOWN\n') }))],
    });
    // A second case without files.
    await app.send({ user: 'U2', text: 'order 100310 the switch does not boot', at: '2026-11-21T10:00:00Z' });
  });
  afterAll(async () => {
    await app.close();
    await host.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('gives each case its stored keys and the count of files pending or failed, in CSV and JSON', async () => {
    const key = contentKey(sha256(label));
    const [header, ...rows] = parse(await exportCases(app.database.db, { format: 'csv', now: NOW })) as string[][];
    const records = rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i]])));
    expect(records.map((r) => [r.ref, r.evidence_keys, r.evidence_pending, r.evidence_failed])).toEqual([
      ['C-1001', key, '1', '0'],
      ['C-1002', '', '0', '0'],
    ]);
    const json = JSON.parse(await exportCases(app.database.db, { format: 'json', now: NOW })) as CaseRecord[];
    expect(json.map((r) => [r.evidence_keys, r.evidence_pending, r.evidence_failed])).toEqual([
      [[key], 1, 0],
      [[], 0, 0],
    ]);
  });

  it('lists every file with its key in the full case', async () => {
    const detail = (await exportCase(app.database.db, 'c-1001', { now: NOW }))!;
    const key = contentKey(sha256(label));
    expect(detail.evidence).toMatchObject([
      {
        name: 'sn.jpg',
        purpose: 'serial_photo',
        status: 'stored',
        sha256: sha256(label),
        size: label.length,
        type: 'image/jpeg',
        key,
        preview_key: previewKey(key),
        stored_at: '2026-11-20T10:05:00.000Z',
      },
      { name: 'rack.jpg', purpose: 'install_photo', status: 'stored', key, preview_key: null },
      { name: 'log.txt', purpose: 'evidence', status: 'pending', sha256: null, key: null, stored_at: null },
    ]);
  });
});
