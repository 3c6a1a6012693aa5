// The evidence vault end to end, on the local directory and on an S3-compatible server: files posted
// to real cases are copied once, verified and hashed, refused ones make the intake ask again, and a
// crash between the acknowledgement and the copy loses nothing.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import sharp from 'sharp';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openApp } from '../../src/app.ts';
import { evidenceText, exportEvidence, listEvidence, serialPhotoPreview } from '../../src/evidence/evidenceQueries.ts';
import { leasePendingEvidence } from '../../src/store/evidenceStore.ts';
import { contentKey, previewKey } from '../../src/evidence/storage.ts';
import { DEFAULT_POLICY } from '../../src/policy/policy.ts';
import { upsertOrderItems } from '../../src/store/orderStore.ts';
import { ORDERS, openTestApp, type TestApp } from '../support/testApp.ts';
import { freshDatabaseUrl, usingPostgres } from '../support/testDb.ts';
import { localBackend, s3Backend, type OpenBackend } from './backends.ts';
import { caseState, consoleSource, EXE, evidenceRows, file, harness, photo, sha256, toSerialPhoto } from './evidenceCase.ts';
import { startFakeFileHost, type FakeFileHost } from './fakeFileHost.ts';

describe.each([localBackend(), s3Backend()])('evidence vault on the $name store', (backend) => {
  let host: FakeFileHost;
  let app: TestApp;
  let vault: OpenBackend;
  const temps: string[] = [];
  beforeAll(async () => {
    await backend.setup();
    host = await startFakeFileHost();
  });
  afterAll(async () => {
    await host.close();
    await backend.teardown();
    for (const dir of temps) rmSync(dir, { recursive: true, force: true });
  });
  beforeEach(async () => {
    app = await openTestApp();
    vault = await backend.open();
  });
  afterEach(async () => {
    await vault.close();
    await app.close();
  });

  it('stores a photo once with its SHA-256 and a preview, and keeps it after the platform link expires', async () => {
    const worker = harness(app, vault.store, consoleSource(host));
    const ref = await toSerialPhoto(app);
    const bytes = await photo(10);
    const path = `/${backend.name}/F1/sn.jpg`;
    const sent = await app.send({
      user: 'U1',
      files: [file('F1', 'sn.jpg', 'image/jpeg', host.serve(path, { body: bytes, contentType: 'image/jpeg' }), bytes.length)],
    });
    expect(sent.messages.at(-1)?.expects).toBe('install_photo');
    // Acknowledged without downloading anything; the case shows the file as pending.
    expect(host.requestsFor(path)).toBe(0);
    const pending = (await listEvidence(app.database.db, ref))!;
    expect(pending.items).toMatchObject([{ n: 1, name: 'sn.jpg', purpose: 'serial_photo', status: 'pending', sha256: null }]);
    expect(evidenceText(pending)).toMatch(/1 pending\)\n1\. sn\.jpg \(serial-label photo\): pending, not copied yet$/);

    expect(await worker.run()).toMatchObject({ stored: 1, refused: 0, failed: 0, retrying: 0, messages: [] });
    const key = contentKey(sha256(bytes));
    const [row] = await evidenceRows(app, ref);
    expect(row).toMatchObject({
      status: 'stored',
      sha256: sha256(bytes),
      size: bytes.length,
      detectedType: 'image/jpeg',
      storageKey: key,
      previewKey: previewKey(key),
      error: null,
      leaseUntil: null,
    });
    expect(key).toMatch(/^sha256\/[0-9a-f]{2}\/[0-9a-f]{2}\/[0-9a-f]{64}$/);
    expect((await vault.store.get(key)).equals(bytes)).toBe(true);
    const preview = await sharp(await vault.store.get(previewKey(key))).metadata();
    expect([preview.format, Math.max(preview.width, preview.height)]).toEqual(['jpeg', 480]);

    // The same photo again (as the installation photo): a second row, the same stored object.
    const again = `/${backend.name}/F2/rack.jpg`;
    await app.send({
      user: 'U1',
      files: [file('F2', 'rack.jpg', 'image/jpeg', host.serve(again, { body: bytes, contentType: 'image/jpeg' }), bytes.length)],
    });
    expect(await worker.run()).toMatchObject({ stored: 1 });
    const rows = await evidenceRows(app, ref);
    expect(rows.map((r) => [r.status, r.storageKey, r.purpose])).toEqual([
      ['stored', key, 'serial_photo'],
      ['stored', key, 'install_photo'],
    ]);
    expect(vault.puts).toEqual([key, previewKey(key)]);
    expect(await vault.objects()).toEqual([key, previewKey(key)].sort());

    // The platform links stop working; the evidence does not depend on them any more.
    host.expire(path, 410);
    host.expire(again, 404);
    const requests = host.requests.length;
    expect(await worker.run()).toMatchObject({ stored: 0, refused: 0, failed: 0, retrying: 0 });
    const out = mkdtempSync(join(tmpdir(), 'rma-evidence-out-'));
    temps.push(out);
    const exported = (await exportEvidence(app.database.db, vault.store, ref, out))!;
    expect(exported.problems).toEqual([]);
    expect(exported.manifest.files.map((f) => [f.file, f.verified, f.sha256])).toEqual([
      ['1-sn.jpg', true, sha256(bytes)],
      ['2-rack.jpg', true, sha256(bytes)],
    ]);
    expect(readFileSync(join(out, '1-sn.jpg')).equals(bytes)).toBe(true);
    expect(JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'))).toMatchObject({
      case: ref,
      store: vault.store.describe(),
      files: [{ name: 'sn.jpg' }, { name: 'rack.jpg' }],
    });
    const small = (await serialPhotoPreview(app.database.db, vault.store, ref))!;
    expect([small.fileName, small.contentType, small.bytes.equals(await vault.store.get(previewKey(key)))]).toEqual([
      `${ref}-serial-label.jpg`,
      'image/jpeg',
      true,
    ]);
    expect(host.requests.length).toBe(requests);
    expect(evidenceText((await listEvidence(app.database.db, ref))!)).toMatch(
      new RegExp(
        `2 stored\\)\\n1\\. sn\\.jpg \\(serial-label photo\\): stored, image/jpeg, [0-9.]+ KB, SHA-256 ${sha256(bytes).slice(0, 16)}…, preview\\n2\\. rack\\.jpg`,
      ),
    );
  });

  it('refuses an oversized download and files that are not what they claim; the case is as before and the intake asks again', async () => {
    const worker = harness(app, vault.store, consoleSource(host), {
      limits: { imageBytes: 64 * 1024, videoBytes: 1024 * 1024, otherBytes: 64 * 1024 },
    });
    const ref = await toSerialPhoto(app);
    const before = await caseState(app, ref);
    const serve = (name: string, body: Buffer) => host.serve(`/${backend.name}/refuse/${name}`, { body });

    // Claims 1,000 bytes; the platform sends 200 KB.
    await app.send({ user: 'U1', files: [file('F1', 'sn.jpg', 'image/jpeg', serve('sn.jpg', randomBytes(200 * 1024)))] });
    expect((await caseState(app, ref)).serialPhoto).toMatchObject({ id: 'F1' });
    let pass = await worker.run();
    expect(pass).toMatchObject({ stored: 0, refused: 1 });
    expect(pass.messages.map((m) => [m.to, m.text])).toEqual([
      ['customer', `I couldn't keep "sn.jpg" for ${ref}: it is larger than 64 KB, the limit for images. Please send it again.`],
      ['staff', expect.stringContaining('the evidence vault refused "sn.jpg"')],
      ['customer', expect.any(String)],
    ]);
    expect(pass.messages.at(-1)).toMatchObject({ to: 'customer', expects: 'serial_photo' });
    const after = await caseState(app, ref);
    expect({ ...after, version: 0 }).toEqual({ ...before, version: 0 });

    // A program named like a photo.
    await app.send({ user: 'U1', files: [file('F2', 'label.jpg', 'image/jpeg', serve('label.jpg', EXE))] });
    pass = await worker.run();
    expect(pass.messages[0]!.text).toBe(
      `I couldn't keep "label.jpg" for ${ref}: the file is not a photo (its content is EXE). Please send it again.`,
    );
    expect(pass.messages.at(-1)).toMatchObject({ to: 'customer', expects: 'serial_photo' });
    expect({ ...(await caseState(app, ref)), version: 0 }).toEqual({ ...before, version: 0 });

    // A real photo, and a PNG screenshot claimed as a text log: the photo is kept, the log is asked for again.
    const good = await photo(30);
    await app.send({
      user: 'U1',
      files: [
        file('F3', 'sn.jpg', 'image/jpeg', serve('good.jpg', good)),
        file('F4', 'show-interfaces.txt', 'text/plain', serve('show.txt', await photo(40, 'png'))),
      ],
    });
    expect((await caseState(app, ref)).evidence).toHaveLength(1);
    pass = await worker.run();
    expect(pass).toMatchObject({ stored: 1, refused: 1 });
    expect(pass.messages[0]!.text).toBe(
      `I couldn't keep "show-interfaces.txt" for ${ref}: the file is not plain text (its content is PNG). Please send it again.`,
    );
    const now = await caseState(app, ref);
    expect([now.state, now.serialPhoto?.id, now.evidence]).toEqual(['intake', 'F3', []]);
    expect(pass.messages.at(-1)).toMatchObject({ to: 'customer', expects: 'install_photo' });

    const rows = await evidenceRows(app, ref);
    expect(rows.map((r) => [r.name, r.status, r.storageKey !== null])).toEqual([
      ['sn.jpg', 'refused', false],
      ['label.jpg', 'refused', false],
      ['sn.jpg', 'stored', true],
      ['show-interfaces.txt', 'refused', false],
    ]);
    expect(rows[0]!.error).toBe('it is larger than 64 KB, the limit for images');
    // Only the one good photo (and its preview) reached the store.
    expect(await vault.objects()).toEqual([contentKey(sha256(good)), previewKey(contentKey(sha256(good)))].sort());
    expect(evidenceText((await listEvidence(app.database.db, ref))!)).toContain(
      '4. show-interfaces.txt (evidence): refused: the file is not plain text (its content is PNG)',
    );
  });

  it('a crash between the acknowledgement and the copy still ends with the file stored', async () => {
    const dbDir = mkdtempSync(join(tmpdir(), 'rma-evidence-db-'));
    temps.push(dbDir);
    const target = usingPostgres ? await freshDatabaseUrl() : { url: join(dbDir, 'db'), drop: async () => {} };
    const open = () => openApp({ databaseUrl: target.url, policy: DEFAULT_POLICY });
    const bytes = await photo(50);
    const path = `/${backend.name}/crash/sn.jpg`;
    try {
      const first = await open();
      await upsertOrderItems(first.database.db, ORDERS);
      const send = (text: string | undefined, files?: ReturnType<typeof file>[]) =>
        first.service.handle({ platform: 'console', at: '2026-11-20T10:00:00Z', user: 'U1', staff: false, text, files });
      await send('order 100234');
      await send('FNS17320ABC');
      const ack = await send(undefined, [
        file('F1', 'sn.jpg', 'image/jpeg', host.serve(path, { body: bytes, contentType: 'image/jpeg' }), bytes.length),
      ]);
      expect(ack.ok).toBe(true);
      // A worker takes the row (lease until 10:06) and the process dies before it copies anything.
      expect(
        await leasePendingEvidence(first.database.db, {
          now: '2026-11-20T10:01:00.000Z',
          leaseUntil: '2026-11-20T10:06:00.000Z',
          platforms: ['console'],
        }),
      ).toMatchObject({ status: 'pending', attempts: 1 });
      await first.close();

      const second = await open();
      try {
        const worker = harness(second, vault.store, consoleSource(host));
        // The lease still runs: nobody else copies the file meanwhile.
        expect(await worker.run('2026-11-20T10:03:00Z')).toMatchObject({ stored: 0 });
        expect(host.requestsFor(path)).toBe(0);
        expect(await worker.run('2026-11-20T10:06:01Z')).toMatchObject({ stored: 1 });
        const [row] = await evidenceRows(second, 'C-1001');
        expect(row).toMatchObject({ status: 'stored', attempts: 2, sha256: sha256(bytes) });
        host.expire(path);
        expect((await vault.store.get(row!.storageKey!)).equals(bytes)).toBe(true);
      } finally {
        await second.close();
      }
    } finally {
      await target.drop();
    }
  });
});
