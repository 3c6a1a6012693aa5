// Copies the files of cases into the evidence store, in the background after the event that brought
// them was acknowledged. The work is the `evidence` rows themselves (written pending in the case's own
// transaction), so a crash loses nothing: a row whose worker died is leased again when its lease ends.
import { createHash } from 'node:crypto';
import type { Logger } from 'pino';
import { fileKind, LIMITS } from '../policy/fileLimits.ts';
import type { FileRef } from '../case/types.ts';
import type { Db } from '../store/database.ts';
import { checkContent, ContentRefused, HEAD_BYTES, megabytes, sizeLimit, utf8Check, type Limits } from './contentCheck.ts';
import { DownloadError, openDownload } from './download.ts';
import {
  customerStoredBytes,
  extendLease,
  leasePendingEvidence,
  markFinal,
  markStored,
  retryLater,
  type Lease,
} from '../store/evidenceStore.ts';
import type { EvidenceRow } from '../store/rows.ts';
import type { FileSources } from './fileSources.ts';
import { makePreview } from './preview.ts';
import { contentKey, previewKey, type EvidenceStore, type StagedObject } from './storage.ts';

/**
 * Tells a case that one of its files was refused (the intake asks again; `quota`: the customer's share
 * of the store is full, a person can help); returns what the case said.
 */
export type RefusalSink<M> = (caseId: number, file: FileRef, reason: string, at: string, why?: 'quota') => Promise<M[]>;

export interface EvidenceWorkerDeps<M = unknown> {
  db: Db;
  refused: RefusalSink<M>;
  store: EvidenceStore;
  sources: FileSources;
  now?: (() => Date) | undefined;
  log?: Logger | undefined;
  /** Rows per pass (default 20). */
  limit?: number | undefined;
  /** Time limit of one download, redirects included (default 60 s). */
  timeoutMs?: number | undefined;
  /** How long a worker owns a row; another takes it over after that (default 5 minutes). */
  leaseMs?: number | undefined;
  /** Attempts before a row that keeps failing is given up as `failed` (default 10, over about 35 minutes). */
  maxAttempts?: number | undefined;
  /** Size limits per kind of file (default those of src/chat/inputLimits.ts). */
  limits?: Limits | undefined;
  /** Bytes one customer's files may take in the store, over all their cases (policy `evidenceQuotaMb`); none when unset. */
  quotaBytes?: number | undefined;
}

export interface EvidencePass<M = unknown> {
  stored: number;
  refused: number;
  failed: number;
  /** Rows that failed this time and will be tried again after a backoff. */
  retrying: number;
  /** What the cases said about refused files: already in the outbox; deliver or kick the relay. */
  messages: M[];
}

const PLATFORM_NAMES: Record<string, string> = { slack: 'Slack', discord: 'Discord', email: 'the mail server' };

/** 5 s, 10 s, 20 s … capped at 15 minutes. */
export function evidenceBackoffMs(attempts: number): number {
  return Math.min(15 * 60_000, 5_000 * 2 ** Math.min(Math.max(attempts - 1, 0), 20));
}

/** `lost`: another worker took the row over meanwhile; it reports the outcome. */
type Outcome<M> = { result: 'stored' | 'retrying' | 'failed' | 'lost' } | { result: 'refused'; messages: M[] };

/** Copies up to `limit` pending files now; returns what happened. */
export async function processPendingEvidence<M>(deps: EvidenceWorkerDeps<M>): Promise<EvidencePass<M>> {
  const now = deps.now ?? (() => new Date());
  const leaseMs = deps.leaseMs ?? 5 * 60_000;
  const pass: EvidencePass<M> = { stored: 0, refused: 0, failed: 0, retrying: 0, messages: [] };
  const platforms = deps.sources.platforms();
  for (let n = 0; n < (deps.limit ?? 20); n++) {
    const at = now();
    const until = new Date(at.getTime() + leaseMs).toISOString();
    const row = await leasePendingEvidence(deps.db, { now: at.toISOString(), leaseUntil: until, platforms });
    if (!row) break;
    const outcome = await copyOne(deps, row, { id: row.id, until });
    if (outcome.result === 'lost') continue;
    pass[outcome.result]++;
    if (outcome.result === 'refused') pass.messages.push(...outcome.messages);
  }
  return pass;
}

async function copyOne<M>(deps: EvidenceWorkerDeps<M>, row: EvidenceRow, lease: Lease): Promise<Outcome<M>> {
  const { db, store, log } = deps;
  const now = deps.now ?? (() => new Date());
  const maxAttempts = deps.maxAttempts ?? 10;
  const where = { evidenceId: row.id, caseId: row.caseId, file: row.name, attempt: row.attempts };

  const fail = async (message: string, retry: boolean): Promise<Outcome<M>> => {
    if (retry && row.attempts < maxAttempts) {
      const wait = evidenceBackoffMs(row.attempts);
      log?.warn({ ...where, error: message, retryInMs: wait }, 'evidence copy failed; will retry');
      await retryLater(db, lease, new Date(now().getTime() + wait).toISOString(), message);
      return { result: 'retrying' };
    }
    log?.error({ ...where, error: message }, 'evidence copy failed for good; the case lists the file as failed');
    await markFinal(db, lease, 'failed', message);
    return { result: 'failed' };
  };

  const refuse = async (reason: string, why?: 'quota'): Promise<Outcome<M>> => {
    // The customer is told before the row is closed: a crash in between tells them twice rather than
    // never. The lease is renewed first so that no other worker is telling them at the same time.
    const mine = await extendLease(db, lease, new Date(now().getTime() + (deps.leaseMs ?? 5 * 60_000)).toISOString());
    if (!mine) return { result: 'lost' };
    log?.info({ ...where, reason }, 'evidence refused');
    const file = { id: row.fileId ?? undefined, name: row.name, type: row.claimedType, size: row.claimedSize };
    const messages = await deps.refused(row.caseId, file, reason, now().toISOString(), why);
    await markFinal(db, mine, 'refused', reason);
    return { result: 'refused', messages };
  };

  // A row leased more often than allowed means workers died on it (or kept failing): give up.
  if (row.attempts > maxAttempts)
    return fail(
      `gave up after ${maxAttempts} attempts${row.error ? ` (last: ${row.error})` : ' (the worker stopped during the copy)'}`,
      false,
    );
  const kind = fileKind({ name: row.name, type: row.claimedType });
  if (!kind) return refuse(`files of type ${row.claimedType || 'unknown'} are not kept`);
  const maxBytes = sizeLimit(kind, deps.limits ?? LIMITS);
  const quota = deps.quotaBytes;
  const overQuota = (used: number) =>
    refuse(
      `your files already take ${megabytes(used)} of the ${megabytes(quota ?? 0)} I can keep for one customer, and this one does not fit`,
      'quota',
    );
  // The quota cuts the download off as soon as the file cannot fit (a duplicate of a stored file too:
  // it costs nothing, but its hash is known only at the end).
  const used = quota === undefined ? 0 : await customerStoredBytes(db, row.caseId);
  if (quota !== undefined && used >= quota) return overQuota(used);
  const limit = quota === undefined ? maxBytes : Math.min(maxBytes, quota - used);

  // A serial-label photo (at most the image limit) is kept as it passes, for its preview.
  let copied: { staged: StagedObject; sha256: string; size: number; type: string; photo: Buffer | null };
  try {
    const download = await openDownload(deps.sources, row.platform, row.url, { maxBytes: limit, timeoutMs: deps.timeoutMs ?? 60_000 });
    const chunks = download.chunks[Symbol.asyncIterator]();
    // The type is read from the first bytes: a file that is not what it claims is refused before
    // anything of it is stored.
    const head = await readHead(chunks, HEAD_BYTES);
    const verdict = await checkContent({ name: row.name, claimedType: row.claimedType }, head.bytes, { whole: head.ended });
    if (!verdict.ok) {
      await chunks.return?.();
      return refuse(verdict.reason);
    }
    // The rest streams into the store through the hash (and the text check), never held whole.
    const hash = createHash('sha256');
    const text = verdict.text && !head.ended ? utf8Check() : null;
    const photo: Buffer[] | null = row.purpose === 'serial_photo' && verdict.kind === 'image' ? [] : null;
    let size = 0;
    const body = async function* (): AsyncGenerator<Buffer> {
      const pass = (chunk: Buffer) => {
        hash.update(chunk);
        size += chunk.length;
        text?.push(chunk);
        photo?.push(chunk);
        return chunk;
      };
      if (head.bytes.length > 0) yield pass(head.bytes);
      for (let next = await chunks.next(); !next.done; next = await chunks.next()) yield pass(next.value);
      text?.end();
    };
    let staged: StagedObject;
    try {
      staged = await store.stage(body(), verdict.type);
    } finally {
      await chunks.return?.();
    }
    copied = { staged, sha256: hash.digest('hex'), size, type: verdict.type, photo: photo && Buffer.concat(photo, size) };
  } catch (error) {
    if (error instanceof ContentRefused) return refuse(error.message);
    if (!(error instanceof DownloadError)) return fail(`store (${store.describe()}): ${String((error as Error).message ?? error)}`, true);
    switch (error.problem.kind) {
      case 'too_large': {
        const announced = error.problem.announcedBytes;
        if (limit < maxBytes && !(announced !== undefined && announced > maxBytes)) return overQuota(used);
        return refuse(`it is larger than ${megabytes(maxBytes)}, the limit for ${kind === 'other' ? 'files of this type' : `${kind}s`}`);
      }
      case 'gone':
        return refuse(`it was no longer available on ${PLATFORM_NAMES[row.platform] ?? row.platform} when I went to copy it`);
      case 'failed':
        return fail(error.message, error.problem.retry);
    }
  }

  const { staged, sha256, size } = copied;
  const key = contentKey(sha256);
  let preview: string | null = null;
  try {
    if (quota !== undefined) {
      // Again now that the file's hash is known (a duplicate is free) and other workers may have stored files meanwhile.
      const before = await customerStoredBytes(db, row.caseId, sha256);
      if (before + size > quota) {
        await staged.discard();
        return overQuota(before);
      }
    }
    // Content-addressed: the same bytes sent again (or by another case) are stored once.
    if (await store.has(key)) await staged.discard();
    else await staged.commit(key);
    if (copied.photo) preview = await storePreview(deps, key, copied.photo, where);
  } catch (error) {
    await staged.discard().catch(() => {});
    return fail(`store (${store.describe()}): ${String((error as Error).message ?? error)}`, true);
  }
  const saved = await markStored(db, lease, {
    sha256,
    size,
    detectedType: copied.type,
    storageKey: key,
    previewKey: preview,
    storedAt: now().toISOString(),
  });
  if (!saved) {
    log?.info(where, 'another worker took this evidence row over; its copy stands');
    return { result: 'lost' };
  }
  return { result: 'stored' };
}

/** The first `size` bytes of `chunks` (fewer when it ends first: `ended`), read without consuming more. */
async function readHead(chunks: AsyncIterator<Buffer>, size: number): Promise<{ bytes: Buffer; ended: boolean }> {
  const held: Buffer[] = [];
  let total = 0;
  while (total < size) {
    const next = await chunks.next();
    if (next.done) return { bytes: Buffer.concat(held, total), ended: true };
    held.push(next.value);
    total += next.value.length;
  }
  return { bytes: Buffer.concat(held, total), ended: false };
}

/** The preview's key, or null when the image cannot be decoded here (e.g. HEIC): the original is kept. */
async function storePreview<M>(deps: EvidenceWorkerDeps<M>, key: string, image: Buffer, where: object): Promise<string | null> {
  const small = previewKey(key);
  if (await deps.store.has(small)) return small;
  let bytes: Buffer;
  try {
    bytes = await makePreview(image);
  } catch (error) {
    deps.log?.warn({ ...where, err: error }, 'no preview for this photo; the original is stored');
    return null;
  }
  await deps.store.put(small, bytes, 'image/jpeg');
  return small;
}

export interface EvidenceWorker {
  /** One pass now (or the one under way); resolves with what it did. */
  runOnce(): Promise<EvidencePass>;
  /** Asks for a pass soon, e.g. right after an event that brought files. */
  kick(): void;
  stop(): Promise<void>;
}

const EMPTY: EvidencePass = { stored: 0, refused: 0, failed: 0, retrying: 0, messages: [] };

/** Runs passes every `intervalMs` (default 5 s) and on `kick()`; `afterPass` gets passes that did something. */
export function startEvidenceWorker(
  options: EvidenceWorkerDeps & { intervalMs?: number | undefined; afterPass?: ((pass: EvidencePass) => void) | undefined },
): EvidenceWorker {
  let running: Promise<EvidencePass> | null = null;
  let again = false;
  let stopped = false;
  const runOnce = (): Promise<EvidencePass> => {
    if (running) {
      again = true;
      return running;
    }
    running = processPendingEvidence(options)
      .then((pass) => {
        const did = pass.stored + pass.refused + pass.failed + pass.retrying;
        if (did > 0) options.afterPass?.(pass);
        // A full pass may have left rows behind: go on at once.
        if (did >= (options.limit ?? 20)) again = true;
        return pass;
      })
      .catch((error: unknown) => {
        options.log?.error({ err: error }, 'evidence pass failed; the next pass retries');
        return EMPTY;
      })
      .finally(() => {
        running = null;
        if (again && !stopped) {
          again = false;
          void runOnce();
        }
      });
    return running;
  };
  const interval = setInterval(() => void runOnce(), options.intervalMs ?? 5_000);
  void runOnce();
  return {
    runOnce,
    kick: () => void runOnce(),
    async stop() {
      stopped = true;
      clearInterval(interval);
      while (running) await running;
    },
  };
}
