// Large files stream into the evidence store, on the local directory and on an S3-compatible server:
// the store receives the bytes while the download is still under way (never the whole file in memory),
// a download cut off half-way leaves nothing behind, and the checks are as strict as on a whole file.
import { createHash } from 'node:crypto';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { contentKey, type EvidenceStore } from '../../src/evidence/storage.ts';
import { openTestApp, type TestApp } from '../support/testApp.ts';
import { localBackend, s3Backend, type OpenBackend } from './backends.ts';
import { consoleSource, evidenceRows, file, harness, toSerialPhoto } from './evidenceCase.ts';
import { MP4_HEAD, startFakeFileHost, type FakeFileHost } from './fakeFileHost.ts';

const MB = 1024 * 1024;

/** The SHA-256 of MP4_HEAD followed by zeros up to `size`, computed in blocks. */
function zeroVideoSha256(size: number): string {
  const hash = createHash('sha256').update(MP4_HEAD);
  const block = Buffer.alloc(MB);
  for (let left = size - MP4_HEAD.length; left > 0; left -= block.length) hash.update(block.subarray(0, Math.min(left, block.length)));
  return hash.digest('hex');
}

/** The store, counting the bytes it has been handed by `stage` so far. */
function watched(store: EvidenceStore): { store: EvidenceStore; staged: () => number } {
  let staged = 0;
  return {
    staged: () => staged,
    store: {
      ...store,
      stage: (chunks, type) =>
        store.stage(
          (async function* () {
            for await (const chunk of chunks) {
              staged += chunk.length;
              yield chunk;
            }
          })(),
          type,
        ),
    },
  };
}

describe.each([localBackend(), s3Backend()])('streaming into the $name store', (backend) => {
  let host: FakeFileHost;
  let app: TestApp;
  let vault: OpenBackend;
  beforeAll(async () => {
    await backend.setup();
    host = await startFakeFileHost();
  });
  afterAll(async () => {
    await host.close();
    await backend.teardown();
  });
  beforeEach(async () => {
    app = await openTestApp();
    vault = await backend.open();
  });
  afterEach(async () => {
    await vault.close();
    await app.close();
  });

  it('hands a 200 MB video to the store while it is still downloading, and stores it whole', async () => {
    const size = 200 * MB;
    const { store, staged } = watched(vault.store);
    const worker = harness(app, store, consoleSource(host), { timeoutMs: 120_000 });
    const ref = await toSerialPhoto(app);
    let resume = () => {};
    const resumed = new Promise<void>((resolve) => (resume = resolve));
    // The host sends 120 MB, then waits: a worker that gathers the file first has given the store nothing yet.
    const link = host.serve(`/${backend.name}/big.mp4`, {
      contentType: 'video/mp4',
      generated: { size, head: MP4_HEAD, pauseAt: 120 * MB, resume: resumed },
    });
    await app.send({ user: 'U1', files: [file('F1', 'fault.mp4', 'video/mp4', link, size)] });
    const pass = worker.run();
    try {
      await expect.poll(staged, { timeout: 60_000, interval: 100 }).toBeGreaterThanOrEqual(100 * MB);
    } catch (error) {
      resume();
      await pass.catch(() => {});
      throw error;
    }
    resume();
    expect(await pass).toMatchObject({ stored: 1, refused: 0, failed: 0, retrying: 0 });
    const sha = zeroVideoSha256(size);
    const [row] = await evidenceRows(app, ref);
    expect(row).toMatchObject({ status: 'stored', size, sha256: sha, detectedType: 'video/mp4', storageKey: contentKey(sha) });
    // Under its content key only: no temporary object or partial file is left.
    expect(await vault.objects()).toEqual([contentKey(sha)]);
    expect(vault.puts).toEqual([contentKey(sha)]);
  }, 180_000);

  it('leaves nothing in the store when a download grows past the limit half-way', async () => {
    const worker = harness(app, vault.store, consoleSource(host), {
      limits: { imageBytes: 20 * MB, videoBytes: 20 * MB, otherBytes: 20 * MB },
    });
    const ref = await toSerialPhoto(app);
    // No content-length: the limit is found only after 20 MB (more than two S3 parts) went to the store.
    const body = Buffer.concat([MP4_HEAD, Buffer.alloc(30 * MB)]);
    const link = host.serve(`/${backend.name}/long.mp4`, { body, chunked: true });
    await app.send({ user: 'U1', files: [file('F1', 'fault.mp4', 'video/mp4', link)] });
    const pass = await worker.run();
    expect(pass).toMatchObject({ stored: 0, refused: 1 });
    expect(pass.messages[0]!.text).toMatch(/: it is larger than 20 MB, the limit for videos\./);
    expect((await evidenceRows(app, ref))[0]).toMatchObject({ status: 'refused', storageKey: null });
    expect(await vault.objects()).toEqual([]);
  }, 60_000);

  it('refuses a log whose bytes stop being text after the first megabytes, storing nothing', async () => {
    const worker = harness(app, vault.store, consoleSource(host));
    const ref = await toSerialPhoto(app);
    const line = Buffer.from('%LINK-3-UPDOWN: Interface GigabitEthernet0/1, changed state to down\n');
    const text = Buffer.concat(Array.from({ length: Math.ceil((3 * MB) / line.length) }, () => line));
    const link = host.serve(`/${backend.name}/show-tech.log`, { body: Buffer.concat([text, Buffer.from([0xff, 0xfe, 0]), line]) });
    await app.send({ user: 'U1', files: [file('F1', 'show-tech.log', 'text/plain', link)] });
    const pass = await worker.run();
    expect(pass).toMatchObject({ stored: 0, refused: 1 });
    expect(pass.messages[0]!.text).toBe(
      `I couldn't keep "show-tech.log" for ${ref}: the file is not plain text (its content is binary or not UTF-8). Please send it again.`,
    );
    expect(await vault.objects()).toEqual([]);
  });
});
