// How the evidence worker downloads: only from the platform's hosts (redirects included), with the
// platform's header only there, with a size limit while streaming, a time limit, and retries with
// backoff for failures that may pass. Also the export's file names and the polling worker.
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { evidenceText, exportEvidence, listEvidence } from '../../src/evidence/evidenceQueries.ts';
import { requeueFailedEvidence } from '../../src/evidence/evidenceRows.ts';
import { evidenceBackoffMs, startEvidenceWorker, type EvidencePass } from '../../src/evidence/evidenceWorker.ts';
import { FileSources } from '../../src/evidence/fileSources.ts';
import { localStore } from '../../src/evidence/localStore.ts';
import { contentKey, type EvidenceStore } from '../../src/evidence/storage.ts';
import { openTestApp, type TestApp } from '../support/testApp.ts';
import { caseState, consoleSource, evidenceRows, file, harness, photo, sha256, toSerialPhoto } from './evidenceCase.ts';
import { startFakeFileHost, type FakeFileHost } from './fakeFileHost.ts';

let platformHost: FakeFileHost;
let elsewhere: FakeFileHost;
let app: TestApp;
let dir: string;
let store: EvidenceStore;

beforeAll(async () => {
  platformHost = await startFakeFileHost();
  elsewhere = await startFakeFileHost();
});
afterAll(async () => {
  await platformHost.close();
  await elsewhere.close();
});
beforeEach(async () => {
  app = await openTestApp();
  dir = mkdtempSync(join(tmpdir(), 'rma-evidence-'));
  store = localStore(dir);
});
afterEach(async () => {
  await app.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('downloading from the platform only', () => {
  it('never requests another host, follows redirects only within the platform, and sends the token only there', async () => {
    const sources = consoleSource(platformHost, { authorization: 'Bearer test-token' });
    const worker = harness(app, store, sources);
    const ref = await toSerialPhoto(app);
    const bytes = await photo(60);
    elsewhere.serve('/stolen.jpg', { body: bytes });
    const moved = platformHost.serve('/moved/sn.jpg', { redirect: platformHost.url('/files/sn.jpg') });
    platformHost.serve('/files/sn.jpg', { body: bytes });
    const offsite = platformHost.serve('/offsite/rack.jpg', { redirect: elsewhere.url('/stolen.jpg') });
    await app.send({
      user: 'U1',
      files: [
        file('F1', 'sn.jpg', 'image/jpeg', moved),
        file('F2', 'rack.jpg', 'image/jpeg', offsite),
        file('F3', 'log.txt', 'text/plain', elsewhere.url('/stolen.jpg')),
      ],
    });
    const before = await caseState(app, ref);
    const pass = await worker.run();
    expect(pass).toMatchObject({ stored: 1, refused: 0, failed: 2, retrying: 0, messages: [] });
    expect(elsewhere.requests).toEqual([]);
    expect(platformHost.requests.map((r) => [r.path, r.headers.authorization])).toEqual([
      ['/moved/sn.jpg', 'Bearer test-token'],
      ['/files/sn.jpg', 'Bearer test-token'],
      ['/offsite/rack.jpg', 'Bearer test-token'],
    ]);
    const rows = await evidenceRows(app, ref);
    expect(rows.map((r) => [r.name, r.status, r.error])).toEqual([
      ['sn.jpg', 'stored', null],
      ['rack.jpg', 'failed', `redirected off the platform: ${elsewhere.host} is not a console file host`],
      ['log.txt', 'failed', `${elsewhere.host} is not a console file host`],
    ]);
    // Not the customer's doing: the case keeps what it was told, and staff see the failure.
    expect(await caseState(app, ref)).toEqual(before);
    expect(evidenceText((await listEvidence(app.database.db, ref))!)).toContain(
      `2. rack.jpg (installation photo): FAILED, not stored: redirected off the platform`,
    );

    // A worker without a source for the platform leaves its files to a process that has one.
    const hits = platformHost.requests.length;
    await app.send({
      user: 'U1',
      files: [file('F4', 'more.log', 'text/plain', platformHost.serve('/more.log', { body: Buffer.from('log line\n') }))],
    });
    expect(await harness(app, store, new FileSources([{ platform: 'slack', hosts: ['files.slack.com'] }])).run()).toMatchObject({
      stored: 0,
      failed: 0,
      retrying: 0,
    });
    expect(platformHost.requests.length).toBe(hits);
    expect((await evidenceRows(app, ref)).at(-1)).toMatchObject({ status: 'pending', attempts: 0 });
  });

  it('cuts off a download that grows past the limit while streaming', async () => {
    const worker = harness(app, store, consoleSource(platformHost), {
      limits: { imageBytes: 100 * 1024, videoBytes: 100 * 1024, otherBytes: 100 * 1024 },
    });
    const ref = await toSerialPhoto(app);
    // No content-length: only counting the bytes as they come can tell.
    const link = platformHost.serve('/endless.jpg', { body: Buffer.alloc(8 * 1024 * 1024, 0xff), chunked: true });
    await app.send({ user: 'U1', files: [file('F1', 'sn.jpg', 'image/jpeg', link)] });
    const pass = await worker.run();
    const [row] = await evidenceRows(app, ref);
    expect([pass.stored, pass.refused, pass.failed, pass.retrying, row?.error]).toEqual([
      0,
      1,
      0,
      0,
      'it is larger than 100 KB, the limit for images',
    ]);
    expect(pass.messages[0]!.text).toMatch(/it is larger than 100 KB, the limit for images/);
    await expect.poll(() => platformHost.abortedResponses).toBeGreaterThan(0);
    expect((await caseState(app, ref)).serialPhoto).toBeNull();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('retries a failing host with backoff, gives up after the last attempt, and copies once requeued', async () => {
    const worker = harness(app, store, consoleSource(platformHost), { maxAttempts: 3 });
    const ref = await toSerialPhoto(app);
    const bytes = await photo(70);
    const link = platformHost.serve('/busy/sn.jpg', { status: 503 });
    await app.send({ user: 'U1', files: [file('F1', 'sn.jpg', 'image/jpeg', link)] });

    expect(await worker.run('2026-11-20T10:05:00Z')).toMatchObject({ retrying: 1 });
    expect([1, 2, 3, 9, 50].map(evidenceBackoffMs)).toEqual([5_000, 10_000, 20_000, 900_000, 900_000]);
    let [row] = await evidenceRows(app, ref);
    expect(row).toMatchObject({ status: 'pending', attempts: 1, error: `${platformHost.host}/busy/sn.jpg: HTTP 503` });
    expect(new Date(row!.nextAttemptAt!).toISOString()).toBe('2026-11-20T10:05:05.000Z');
    expect(evidenceText((await listEvidence(app.database.db, ref))!)).toContain('pending, not copied yet (attempt 1 failed');
    // Backing off: nothing is tried before the next attempt is due.
    expect(await worker.run('2026-11-20T10:05:04Z')).toMatchObject({ retrying: 0 });
    expect(platformHost.requestsFor('/busy/sn.jpg')).toBe(1);

    // The host now never answers: the time limit ends the attempt.
    platformHost.serve('/busy/sn.jpg', { hang: true });
    expect(await worker.run('2026-11-20T10:05:05Z', { timeoutMs: 300 })).toMatchObject({ retrying: 1 });
    [row] = await evidenceRows(app, ref);
    expect(row).toMatchObject({ attempts: 2, error: `${platformHost.host}: no complete answer within 300 ms` });
    expect(new Date(row!.nextAttemptAt!).toISOString()).toBe('2026-11-20T10:05:15.000Z');

    platformHost.serve('/busy/sn.jpg', { status: 502 });
    expect(await worker.run('2026-11-20T10:05:15Z')).toMatchObject({ failed: 1, retrying: 0, messages: [] });
    [row] = await evidenceRows(app, ref);
    expect(row).toMatchObject({ status: 'failed', attempts: 3, error: `${platformHost.host}/busy/sn.jpg: HTTP 502` });

    // Once the cause is fixed, staff put failed files back in the queue.
    platformHost.serve('/busy/sn.jpg', { body: bytes });
    expect(await requeueFailedEvidence(app.database.db, 'C-9999')).toBe(0);
    expect(await requeueFailedEvidence(app.database.db, ref)).toBe(1);
    expect(await worker.run('2026-11-20T10:06:00Z')).toMatchObject({ stored: 1 });
    [row] = await evidenceRows(app, ref);
    expect(row).toMatchObject({ status: 'stored', attempts: 1, sha256: sha256(bytes), error: null });
  });

  it('asks again for a file whose link was gone before it could be copied', async () => {
    const worker = harness(app, store, consoleSource(platformHost));
    const ref = await toSerialPhoto(app);
    await app.send({ user: 'U1', files: [file('F1', 'sn.jpg', 'image/jpeg', platformHost.serve('/deleted/sn.jpg', { status: 404 }))] });
    const pass = await worker.run();
    expect(pass).toMatchObject({ refused: 1 });
    expect(pass.messages[0]!.text).toBe(
      `I couldn't keep "sn.jpg" for ${ref}: it was no longer available on console when I went to copy it. Please send it again.`,
    );
    expect(pass.messages.at(-1)).toMatchObject({ to: 'customer', expects: 'serial_photo' });
  });

  it('gives up a file whose worker died on it every time', async () => {
    const worker = harness(app, store, consoleSource(platformHost), { maxAttempts: 2 });
    const ref = await toSerialPhoto(app);
    await app.send({
      user: 'U1',
      files: [file('F1', 'sn.jpg', 'image/jpeg', platformHost.serve('/poison.jpg', { body: await photo(80) }))],
    });
    const rows = await evidenceRows(app, ref);
    await app.database.db.execute(sql`update evidence set attempts = 2 where id = ${rows[0]!.id}`);
    expect(await worker.run()).toMatchObject({ failed: 1 });
    expect((await evidenceRows(app, ref))[0]).toMatchObject({
      status: 'failed',
      error: 'gave up after 2 attempts (the worker stopped during the copy)',
    });
    expect(platformHost.requestsFor('/poison.jpg')).toBe(0);
  });
});

describe('several workers', () => {
  it('copy each file once when they run at the same moment', async () => {
    const worker = harness(app, store, consoleSource(platformHost));
    const ref = await toSerialPhoto(app);
    await app.send({
      user: 'U1',
      files: [
        file('F1', 'sn.jpg', 'image/jpeg', platformHost.serve('/two/sn.jpg', { body: await photo(110) })),
        file('F2', 'rack.jpg', 'image/jpeg', platformHost.serve('/two/rack.jpg', { body: await photo(111) })),
        file('F3', 'show.log', 'text/plain', platformHost.serve('/two/show.log', { body: Buffer.from('%LINK-3-UPDOWN: Gi0/1 down\n') })),
      ],
    });
    const [a, b] = await Promise.all([worker.run(), worker.run()]);
    expect(a.stored + b.stored).toBe(3);
    expect((await evidenceRows(app, ref)).map((r) => [r.status, r.attempts])).toEqual([
      ['stored', 1],
      ['stored', 1],
      ['stored', 1],
    ]);
    expect(['/two/sn.jpg', '/two/rack.jpg', '/two/show.log'].map((p) => platformHost.requestsFor(p))).toEqual([1, 1, 1]);
  });
});

describe('export', () => {
  it('writes stored files under safe names with a manifest, lists the rest, and catches a tampered copy', async () => {
    const worker = harness(app, store, consoleSource(platformHost));
    const ref = await toSerialPhoto(app);
    const sn = await photo(90);
    const log = Buffer.from('Gi0/1 is down, line protocol is down\nRx power -40.0 dBm\n');
    await app.send({
      user: 'U1',
      files: [
        file('F1', 'sn.jpg', 'image/jpeg', platformHost.serve('/x/sn.jpg', { body: sn })),
        file('F2', '../../..\\evil/.hidden\u202Egnp.log', 'text/plain', platformHost.serve('/x/log', { body: log })),
      ],
    });
    expect(await worker.run()).toMatchObject({ stored: 2 });
    await app.send({
      user: 'U1',
      files: [file('F3', 'rack.jpg', 'image/jpeg', platformHost.serve('/x/rack.jpg', { body: await photo(91) }))],
    });

    const out = join(dir, 'out');
    const exported = (await exportEvidence(app.database.db, store, ref, out, () => new Date('2026-11-21T00:00:00Z')))!;
    expect(exported.problems).toEqual([]);
    expect(readdirSync(out).sort()).toEqual(['1-sn.jpg', '2-hidden_gnp.log', 'manifest.json']);
    expect(exported.manifest).toMatchObject({ case: ref, exportedAt: '2026-11-21T00:00:00.000Z', store: `local directory ${dir}` });
    expect(exported.manifest.files.map((f) => [f.n, f.status, f.file, f.verified])).toEqual([
      [1, 'stored', '1-sn.jpg', true],
      [2, 'stored', '2-hidden_gnp.log', true],
      [3, 'pending', null, null],
    ]);

    // Someone changes a stored object: the export says so instead of passing it on.
    writeFileSync(join(dir, ...contentKey(sha256(log)).split('/')), 'edited');
    const again = (await exportEvidence(app.database.db, store, ref, join(dir, 'out2')))!;
    expect(again.problems).toEqual([
      expect.stringMatching(/^2\. .*: the stored copy's SHA-256 is [0-9a-f]{64}, not the recorded [0-9a-f]{64}$/),
    ]);
    expect(again.manifest.files[1]).toMatchObject({ file: null, verified: false });
    expect(await exportEvidence(app.database.db, store, 'C-9999', out)).toBeNull();
  });
});

describe('the polling worker', () => {
  it('copies on a kick, reports passes that did something, and stops cleanly', async () => {
    const ref = await toSerialPhoto(app);
    await app.send({
      user: 'U1',
      files: [file('F1', 'sn.jpg', 'image/jpeg', platformHost.serve('/poll/sn.jpg', { body: await photo(100) }))],
    });
    const passes: EvidencePass[] = [];
    const worker = startEvidenceWorker({
      db: app.database.db,
      refused: (...args) => app.systemEvents.evidenceRefused(...args),
      store,
      sources: consoleSource(platformHost),
      intervalMs: 60_000,
      afterPass: (pass) => passes.push(pass),
    });
    try {
      await expect.poll(() => passes.length).toBe(1);
      expect(passes[0]).toMatchObject({ stored: 1 });
      await app.send({
        user: 'U1',
        files: [file('F2', 'rack.jpg', 'image/jpeg', platformHost.serve('/poll/rack.jpg', { body: await photo(101) }))],
      });
      worker.kick();
      await expect.poll(() => passes.length).toBe(2);
      expect((await evidenceRows(app, ref)).map((r) => r.status)).toEqual(['stored', 'stored']);
    } finally {
      await worker.stop();
    }
  });
});
