// Where the evidence vault keeps file bytes: a local directory or an S3-compatible object store.
// Keys are content addresses (`sha256/ab/cd/<hex>`), so a file sent twice is stored once and a stored
// object never changes; the database row of each file keeps its key. A download is streamed in before
// its hash (and so its key) is known: `stage` writes it aside, and the staged object is then committed
// under its key or discarded.

/** A streamed file written aside, not yet under a key: commit or discard it (once). */
export interface StagedObject {
  /** Moves the object under `key`; once this resolves it is durable and whole there. */
  commit(key: string): Promise<void>;
  discard(): Promise<void>;
}

export interface EvidenceStore {
  /** Stores bytes under `key`; once this resolves the object is durable and whole. */
  put(key: string, bytes: Buffer, contentType: string): Promise<void>;
  /**
   * Writes `chunks` aside as they come, without holding the file in memory. When reading them throws
   * (a download cut off, bytes refused) or the store fails, nothing is left behind and the error is rethrown.
   */
  stage(chunks: AsyncIterable<Buffer>, contentType: string): Promise<StagedObject>;
  has(key: string): Promise<boolean>;
  /** The bytes under `key`; throws when there is no such object. */
  get(key: string): Promise<Buffer>;
  /** Where the objects live, without credentials: for logs, the start banner and export manifests. */
  describe(): string;
}

const SHA256_HEX = /^[0-9a-f]{64}$/;

/** The key of a file whose SHA-256 is `sha256` (lowercase hex). */
export function contentKey(sha256: string): string {
  if (!SHA256_HEX.test(sha256)) throw new Error(`not a SHA-256 hex digest: ${sha256}`);
  return `sha256/${sha256.slice(0, 2)}/${sha256.slice(2, 4)}/${sha256}`;
}

/** The key of the small JPEG preview made from the image stored under `key`. */
export function previewKey(key: string): string {
  return `${key}.preview.jpg`;
}

const KEY = /^[a-z0-9]+(?:\/[a-z0-9][a-z0-9._-]*)*$/;

/** Keys are made by this module only; anything else (a path, `..`) is a bug and is refused. */
export function checkKey(key: string): string {
  if (!KEY.test(key) || key.split('/').some((part) => part === '.' || part === '..') || key.length > 512) {
    throw new Error(`not an evidence store key: ${JSON.stringify(key)}`);
  }
  return key;
}
