// The bench child of evidenceMemory.ts: an app on an in-memory PGlite and the evidence worker, copying
// one large file from the parent's file host into a local directory or an S3 bucket. It reports its
// resident memory before the copy and at its peak during it (sampled, and the kernel's max RSS).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { processPendingEvidence } from '../../src/evidence/evidenceWorker.ts';
import { FileSources } from '../../src/evidence/fileSources.ts';
import { localStore } from '../../src/evidence/localStore.ts';
import { s3Store } from '../../src/evidence/s3Store.ts';
import type { EvidenceStore } from '../../src/evidence/storage.ts';
import { openTestApp } from '../support/testApp.ts';
import { failChild, memory } from './childProcess.ts';

const env = process.env;
const MB = 1024 * 1024;

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'rma-bench-evidence-'));
  const s3 = env.BENCH_S3_ENDPOINT
    ? s3Store({
        bucket: env.BENCH_S3_BUCKET!,
        endpoint: env.BENCH_S3_ENDPOINT,
        region: 'us-east-1',
        forcePathStyle: true,
        accessKeyId: 'S3RVER',
        secretAccessKey: 'S3RVER',
      })
    : null;
  const store: EvidenceStore = s3 ?? localStore(dir);
  const app = await openTestApp();
  try {
    const sources = new FileSources([{ platform: 'console', hosts: [env.BENCH_FILE_HOST!], allowHttp: true }]);
    const run = () =>
      processPendingEvidence({
        db: app.database.db,
        refused: (...args) => app.systemEvents.evidenceRefused(...args),
        store,
        sources,
        timeoutMs: 10 * 60_000,
      });
    await app.send({ user: 'U1', text: 'order 100234', at: '2026-11-20T10:00:00Z' });
    await app.send({ user: 'U1', text: 'FNS17320ABC' });
    const send = (id: string, url: string) =>
      app.send({ user: 'U1', files: [{ id, name: 'fault.mp4', type: 'video/mp4', size: 1000, url }] });
    // A small copy first: the code paths (file type, store client) are loaded before measuring.
    await send('W1', env.BENCH_WARMUP_URL!);
    const warm = await run();
    if (warm.stored !== 1) throw new Error(`warm-up copy: ${JSON.stringify(warm)}`);
    await send('F1', env.BENCH_FILE_URL!);
    globalThis.gc?.();
    const before = memory();
    const maxRssBeforeMb = Math.round(process.resourceUsage().maxRSS / 1024);
    let peak = before.rssMb;
    const sampler = setInterval(() => (peak = Math.max(peak, memory().rssMb)), 5);
    const started = performance.now();
    const pass = await run();
    const seconds = (performance.now() - started) / 1000;
    clearInterval(sampler);
    peak = Math.max(peak, memory().rssMb);
    if (pass.stored !== 1) throw new Error(`the copy did not store the file: ${JSON.stringify({ ...pass, messages: undefined })}`);
    process.send?.({
      type: 'result',
      rssBeforeMb: before.rssMb,
      peakRssMb: Math.round(peak),
      maxRssBeforeMb,
      maxRssAfterMb: Math.round(process.resourceUsage().maxRSS / 1024),
      seconds: Math.round(seconds * 10) / 10,
      mbPerSecond: Math.round(Number(env.BENCH_FILE_BYTES) / MB / seconds),
    });
  } finally {
    s3?.close();
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().then(
  () => process.disconnect?.(),
  (error: unknown) => failChild(error),
);
