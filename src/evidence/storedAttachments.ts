// Files that arrive inside the message itself (email attachments) rather than behind a platform link:
// the adapter puts the bytes in the evidence store at once, under their content key, and the file's
// link names that key and the size. The evidence worker then "downloads" them from the store with the
// same checks as any chat file (type from the content, size limit per kind, quota, hash) and keeps them
// when they pass. A file over its kind's limit is never put in the store: its link carries the size,
// so the worker refuses it from that alone and the customer is told.
import { createHash } from 'node:crypto';
import { DownloadError } from './download.ts';
import type { FileOpener, FileSource } from './fileSources.ts';
import { contentKey, type EvidenceStore } from './storage.ts';

const LINK = /^stored:([0-9a-f]{64}):(\d{1,15})$/;
/** A file too large to keep: only its size is known. */
const TOO_LARGE = /^stored:too-large:(\d{1,15})$/;

/** Puts `bytes` in the store (once per content) and returns the link the case records for them. */
export async function storeAttachment(store: EvidenceStore, bytes: Buffer, contentType: string): Promise<string> {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const key = contentKey(sha256);
  if (!(await store.has(key))) await store.put(key, bytes, contentType);
  return `stored:${sha256}:${bytes.length}`;
}

/** The link of a file that was not stored because it is over its limit. */
export function tooLargeLink(size: number): string {
  return `stored:too-large:${size}`;
}

/** Chunks of at most 256 KiB, so that the worker streams a stored file as it would a download. */
async function* slices(bytes: Buffer, size = 256 * 1024): AsyncGenerator<Buffer> {
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

export function storedFileOpener(store: EvidenceStore): FileOpener {
  return async (link, limits) => {
    const large = TOO_LARGE.exec(link);
    if (large) {
      const bytes = Number(large[1]);
      throw new DownloadError({ kind: 'too_large', announcedBytes: bytes }, `${bytes} bytes, not stored`);
    }
    const match = LINK.exec(link);
    if (!match) throw new DownloadError({ kind: 'failed', retry: false }, 'not a stored file link');
    const size = Number(match[2]);
    if (size > limits.maxBytes) throw new DownloadError({ kind: 'too_large', announcedBytes: size }, `${size} bytes stored`);
    const key = contentKey(match[1]!);
    if (!(await store.has(key))) throw new DownloadError({ kind: 'gone' }, 'the stored attachment is missing');
    const bytes = await store.get(key);
    return { announcedBytes: bytes.length, chunks: slices(bytes) };
  };
}

/** The file source of a platform whose files come inside its messages. */
export function storedFileSource(platform: string, store: EvidenceStore): FileSource {
  return { platform, hosts: [], open: storedFileOpener(store) };
}
