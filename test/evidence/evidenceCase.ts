// What the evidence tests share: test files (real JPEG/PNG bytes), a case driven to the photo steps,
// and the worker wired to a test app, a store and a loopback file host.
import { createHash } from 'node:crypto';
import sharp from 'sharp';
import type { App } from '../../src/app.ts';
import { processPendingEvidence, type EvidencePass, type EvidenceWorkerDeps } from '../../src/evidence/evidenceWorker.ts';
import { FileSources } from '../../src/evidence/fileSources.ts';
import type { EvidenceStore } from '../../src/evidence/storage.ts';
import { persistedSnapshot } from '../../src/case/snapshot.ts';
import type { FileRef, Outbound } from '../../src/service/messages.ts';
import { evidenceOfCase } from '../../src/store/evidenceStore.ts';
import type { TestApp } from '../support/testApp.ts';
import type { FakeFileHost } from './fakeFileHost.ts';
import { findCaseByRef } from '../../src/store/caseStore.ts';

export async function photo(shade: number, format: 'jpeg' | 'png' = 'jpeg'): Promise<Buffer> {
  const image = sharp({ create: { width: 1200, height: 800, channels: 3, background: { r: shade % 256, g: 90, b: 40 } } });
  return format === 'jpeg' ? image.jpeg({ quality: 80 }).toBuffer() : image.png().toBuffer();
}

/** A Windows executable's first bytes: enough for a type check to know it. */
export const EXE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(62), Buffer.from('This program cannot be run in DOS mode.')]);

export function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function file(id: string, name: string, type: string, url: string, size = 1000): FileRef {
  return { id, name, type, size, url };
}

/** Opens C-1001 on order 100234 (DOA) and gives the serial number: the bot now asks for the label photo. */
export async function toSerialPhoto(app: TestApp): Promise<string> {
  const ref = (await app.send({ user: 'U1', text: 'order 100234', at: '2026-11-20T10:00:00Z' })).caseRef!;
  await app.send({ user: 'U1', text: 'FNS17320ABC' });
  return ref;
}

/** Files are taken by the console adapter's platform in the tests: a loopback source for it. */
export function consoleSource(host: FakeFileHost, headers?: Record<string, string>): FileSources {
  return new FileSources([{ platform: 'console', hosts: [host.host], headers, allowHttp: true }]);
}

export interface WorkerHarness {
  /** One worker pass at `at` (default: the harness clock). */
  run(at?: string, extra?: Partial<EvidenceWorkerDeps<Outbound>>): Promise<EvidencePass<Outbound>>;
}

export function harness(
  app: Pick<App, 'database' | 'systemEvents'>,
  store: EvidenceStore,
  sources: FileSources,
  base: Partial<EvidenceWorkerDeps<Outbound>> = {},
): WorkerHarness {
  return {
    run: (at = '2026-11-20T10:05:00Z', extra = {}) =>
      processPendingEvidence({
        db: app.database.db,
        refused: (...args) => app.systemEvents.evidenceRefused(...args),
        store,
        sources,
        now: () => new Date(at),
        timeoutMs: 30_000,
        ...base,
        ...extra,
      }),
  };
}

export async function caseState(app: Pick<App, 'database'>, ref: string) {
  const row = (await findCaseByRef(app.database.db, ref))!;
  const context = persistedSnapshot(row).context;
  return {
    state: row.state,
    serialPhoto: context.serialPhoto,
    installPhoto: context.installPhoto,
    evidence: context.evidence,
    version: row.version,
  };
}

export async function evidenceRows(app: Pick<App, 'database'>, ref: string) {
  const row = (await findCaseByRef(app.database.db, ref))!;
  return evidenceOfCase(app.database.db, row.id);
}
