// Copies the files of cases into the evidence store, in the background after the event that brought
// them was acknowledged. The work is the `evidence` rows themselves (written pending in the case's own
// transaction), so a crash loses nothing: a row whose worker died is leased again when its lease ends.
import { createHash } from 'node:crypto';
import type { Logger } from 'pino';
import { fileKind, LIMITS } from '../policy/fileLimits.ts';
import type { FileRef } from '../case/types.ts';
import type { Db } from '../store/database.ts';
import { checkContent, megabytes, sizeLimit, type Limits } from './contentCheck.ts';
import { DownloadError, downloadFile } from './download.ts';
import { extendLease, leasePendingEvidence, markFinal, markStored, retryLater, type Lease } from '../store/evidenceStore.ts';
import type { EvidenceRow } from '../store/rows.ts';
import type { FileSources } from './fileSources.ts';
import { makePreview } from './preview.ts';
import { contentKey, previewKey, type EvidenceStore } from './storage.ts';

/** Tells a case that one of its files was refused (the intake asks again); returns what the case said. */
export type RefusalSink<M> = (caseId: number, file: FileRef, reason: string, at: string) => Promise<M[]>;

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

const PLATFORM_NAMES: Record<string, string> = { slack: 'Slack', discord: 'Discord' };

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

  const refuse = async (reason: string): Promise<Outcome<M>> => {
    // The customer is told before the row is closed: a crash in between tells them twice rather than
    // never. The lease is renewed first so that no other worker is telling them at the same time.
    const mine = await extendLease(db, lease, new Date(now().getTime() + (deps.leaseMs ?? 5 * 60_000)).toISOString());
    if (!mine) return { result: 'lost' };
    log?.info({ ...where, reason }, 'evidence refused');
    const file = { id: row.fileId ?? undefined, name: row.name, type: row.claimedType, size: row.claimedSize };
    const messages = await deps.refused(row.caseId, file, reason, now().toISOString());
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
  let bytes: Buffer;
  try {
    bytes = await downloadFile(deps.sources, row.platform, row.url, { maxBytes, timeoutMs: deps.timeoutMs ?? 60_000 });
  } catch (error) {
    if (!(error instanceof DownloadError)) return fail(`download: ${String((error as Error).message ?? error)}`, true);
    switch (error.problem.kind) {
      case 'too_large':
        return refuse(`it is larger than ${megabytes(maxBytes)}, the limit for ${kind === 'other' ? 'files of this type' : `${kind}s`}`);
      case 'gone':
        return refuse(`it was no longer available on ${PLATFORM_NAMES[row.platform] ?? row.platform} when I went to copy it`);
      case 'failed':
        return fail(error.message, error.problem.retry);
    }
  }
  const verdict = await checkContent({ name: row.name, claimedType: row.claimedType }, bytes);
  if (!verdict.ok) return refuse(verdict.reason);

  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const key = contentKey(sha256);
  let preview: string | null = null;
  try {
    // Content-addressed: the same bytes sent again (or by another case) are stored once.
    if (!(await store.has(key))) await store.put(key, bytes, verdict.type);
    if (row.purpose === 'serial_photo' && verdict.kind === 'image') preview = await storePreview(deps, key, bytes, where);
  } catch (error) {
    return fail(`store (${store.describe()}): ${String((error as Error).message ?? error)}`, true);
  }
  const saved = await markStored(db, lease, {
    sha256,
    size: bytes.length,
    detectedType: verdict.type,
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
