// The evidence store contract, on both backends: put, has, get, content keys, and refused keys.
import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEvidenceStore } from '../../src/evidence/config.ts';
import { contentKey, previewKey } from '../../src/evidence/storage.ts';
import { localBackend, s3Backend } from './backends.ts';
import { sha256 } from './evidenceCase.ts';

describe('content keys', () => {
  it('are made from the SHA-256 and nothing else', () => {
    const hex = sha256(Buffer.from('label'));
    expect(contentKey(hex)).toBe(`sha256/${hex.slice(0, 2)}/${hex.slice(2, 4)}/${hex}`);
    expect(previewKey(contentKey(hex))).toBe(`${contentKey(hex)}.preview.jpg`);
    expect(() => contentKey('../../etc')).toThrow(/not a SHA-256/);
  });
});

describe.each([localBackend(), s3Backend()])('the $name store', (backend) => {
  beforeAll(() => backend.setup());
  afterAll(() => backend.teardown());

  it('keeps bytes under a key, says whether a key is there, and refuses paths', async () => {
    const vault = await backend.open();
    try {
      const bytes = Buffer.from('serial label FNS17320ABC');
      const key = contentKey(sha256(bytes));
      expect(await vault.store.has(key)).toBe(false);
      await vault.store.put(key, bytes, 'text/plain');
      expect(await vault.store.has(key)).toBe(true);
      expect((await vault.store.get(key)).equals(bytes)).toBe(true);
      // Writing the same content again is harmless.
      await vault.store.put(key, bytes, 'text/plain');
      expect(await vault.objects()).toEqual([key]);
      await expect(vault.store.get(contentKey(sha256(Buffer.from('missing'))))).rejects.toThrow();
      for (const bad of ['../escape', '/abs/path', 'sha256/../../x', 'a//b', 'UPPER/case']) {
        await expect(vault.store.put(bad, bytes, 'text/plain')).rejects.toThrow(/not an evidence store key/);
        await expect(vault.store.has(bad)).rejects.toThrow(/not an evidence store key/);
      }
      expect(vault.store.describe()).toMatch(
        backend.name === 'local' ? /^local directory \// : /^s3:\/\/evidence-[0-9a-f]{8} at http:\/\/127\.0\.0\.1:\d+ \(us-east-1\)$/,
      );
    } finally {
      await vault.close();
    }
  });
});

/** `total` bytes in 1 MB chunks of `fill`; throws `failure` after `failAfter` bytes. */
async function* chunks(total: number, fill: number, failAfter?: number, failure?: Error): AsyncGenerator<Buffer> {
  for (let sent = 0; sent < total; sent += 1024 * 1024) {
    if (failAfter !== undefined && sent >= failAfter) throw failure;
    yield Buffer.alloc(Math.min(1024 * 1024, total - sent), fill);
  }
}

describe.each([localBackend(), s3Backend()])('streaming into the $name store', (backend) => {
  beforeAll(() => backend.setup());
  afterAll(() => backend.teardown());

  it('keeps a staged stream under its key once committed, and nothing when discarded or when the stream fails', async () => {
    const vault = await backend.open();
    try {
      // 20 MB: more than two S3 parts.
      const size = 20 * 1024 * 1024;
      const whole = Buffer.alloc(size, 7);
      const key = contentKey(sha256(whole));
      const staged = await vault.store.stage(chunks(size, 7), 'video/mp4');
      expect(await vault.store.has(key)).toBe(false);
      await staged.commit(key);
      expect((await vault.store.get(key)).equals(whole)).toBe(true);
      expect(await vault.objects()).toEqual([key]);

      await (await vault.store.stage(chunks(size, 8), 'video/mp4')).discard();
      const cut = new Error('the download was cut off');
      await expect(vault.store.stage(chunks(size, 9, 12 * 1024 * 1024, cut), 'video/mp4')).rejects.toBe(cut);
      expect(await vault.objects()).toEqual([key]);
    } finally {
      await vault.close();
    }
  }, 60_000);
});

describe('opening the configured store', () => {
  it('opens a local directory, leaving no partial files behind', async () => {
    const backend = localBackend();
    const probe = await backend.open();
    const dir = probe.store.describe().replace(/^local directory /, '');
    const store = openEvidenceStore({ kind: 'local', dir });
    const key = contentKey(sha256(Buffer.from('x')));
    await store.put(key, Buffer.from('x'), 'text/plain');
    expect(readdirSync(dir, { recursive: true }).filter((f) => String(f).includes('.partial'))).toEqual([]);
    store.close();
    await backend.teardown();
  });
});
