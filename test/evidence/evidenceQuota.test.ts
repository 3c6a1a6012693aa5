// The per-customer share of the evidence store (policy `evidenceQuotaMb`): a file that does not fit is
// refused before it is stored, the customer is told why and that a person can help, staff are told
// which policy key it was; a file already stored costs nothing again.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeAll, afterAll, beforeEach, describe, expect, it } from 'vitest';
import { megabytes } from '../../src/evidence/contentCheck.ts';
import { localStore } from '../../src/evidence/localStore.ts';
import { contentKey, previewKey, type EvidenceStore } from '../../src/evidence/storage.ts';
import { openTestApp, type TestApp } from '../support/testApp.ts';
import { caseState, consoleSource, evidenceRows, file, harness, photo, sha256, toSerialPhoto } from './evidenceCase.ts';
import { startFakeFileHost, type FakeFileHost } from './fakeFileHost.ts';

let host: FakeFileHost;
let app: TestApp;
let dir: string;
let store: EvidenceStore;
beforeAll(async () => {
  host = await startFakeFileHost();
});
afterAll(() => host.close());
beforeEach(async () => {
  app = await openTestApp();
  dir = mkdtempSync(join(tmpdir(), 'rma-evidence-'));
  store = localStore(dir);
});
afterEach(async () => {
  await app.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the per-customer evidence quota', () => {
  it('refuses a file that would not fit, says a person can help, and still keeps a copy of a stored file', async () => {
    const label = await photo(20);
    // Noise does not compress: a photo of some 100 KB.
    const rack = await sharp(randomBytes(300 * 200 * 3), { raw: { width: 300, height: 200, channels: 3 } })
      .png()
      .toBuffer();
    expect(rack.length).toBeGreaterThan(20 * 1024);
    const quota = label.length + 16 * 1024;
    const worker = harness(app, store, consoleSource(host), { quotaBytes: quota });
    const ref = await toSerialPhoto(app);
    await app.send({ user: 'U1', files: [file('F1', 'sn.jpg', 'image/jpeg', host.serve('/q/sn.jpg', { body: label }))] });
    expect(await worker.run()).toMatchObject({ stored: 1 });

    await app.send({ user: 'U1', files: [file('F2', 'rack.png', 'image/png', host.serve('/q/rack.png', { body: rack }))] });
    const pass = await worker.run();
    expect(pass).toMatchObject({ stored: 0, refused: 1 });
    const used = megabytes(label.length);
    expect(pass.messages.slice(0, 2).map((m) => [m.to, m.text])).toEqual([
      [
        'customer',
        `I couldn't keep "rack.png" for ${ref}: your files already take ${used} of the ${megabytes(quota)} I can keep for one customer, and this one does not fit. A person from our staff can sort this out with you; just say "talk to a person".`,
      ],
      [
        'staff',
        `${ref}: the evidence vault refused "rack.png" (your files already take ${used} of the ${megabytes(quota)} I can keep for one customer, and this one does not fit; policy key evidenceQuotaMb). The customer was told a person can help.`,
      ],
    ]);
    expect((await caseState(app, ref)).installPhoto).toBeNull();
    expect((await evidenceRows(app, ref)).map((r) => [r.name, r.status, r.storageKey])).toEqual([
      ['sn.jpg', 'stored', contentKey(sha256(label))],
      ['rack.png', 'refused', null],
    ]);

    // The label photo again, as the installation photo: already stored, so it fits.
    await app.send({ user: 'U1', files: [file('F3', 'rack.jpg', 'image/jpeg', host.serve('/q/again.jpg', { body: label }))] });
    expect(await worker.run()).toMatchObject({ stored: 1, refused: 0 });
    expect((await evidenceRows(app, ref)).at(-1)).toMatchObject({ status: 'stored', storageKey: contentKey(sha256(label)) });

    // A full share: the next file is refused without being downloaded at all.
    const full = harness(app, store, consoleSource(host), { quotaBytes: label.length });
    await app.send({
      user: 'U1',
      files: [file('F4', 'fault.log', 'text/plain', host.serve('/q/fault.log', { body: Buffer.from('down\n') }))],
    });
    expect(await full.run()).toMatchObject({ refused: 1 });
    expect(host.requestsFor('/q/fault.log')).toBe(0);
    expect((await evidenceRows(app, ref)).at(-1)).toMatchObject({ status: 'refused' });
    const key = contentKey(sha256(label));
    expect(await store.has(key)).toBe(true);
    expect(await store.has(previewKey(key))).toBe(true);
  });
});
