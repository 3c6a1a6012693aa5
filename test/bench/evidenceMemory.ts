// How much memory the evidence worker needs to copy a large file (issue 14, item 7), run by hand:
//   npx tsx test/bench/evidenceMemory.ts [--mb 240] [--store local,s3]
// The file (an MP4 head, then zeros) is made by a loopback file host while it is sent, in this process;
// the worker runs in a child (evidenceMemoryBot.ts) whose resident memory is measured before the copy
// and at its peak during it. Holding the whole file would add about its size (twice, while joining).
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';
import S3rver from 's3rver';
import { MP4_HEAD, startFakeFileHost } from '../evidence/fakeFileHost.ts';
import { BenchChild, type ChildMessage } from './childProcess.ts';

const MB = 1024 * 1024;

export interface EvidenceMemoryResult {
  store: 'local' | 's3';
  fileMb: number;
  rssBeforeMb: number;
  peakRssMb: number;
  maxRssBeforeMb: number;
  maxRssAfterMb: number;
  seconds: number;
  mbPerSecond: number;
}

async function s3Bucket(): Promise<{ env: Record<string, string>; close(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'rma-bench-s3rver-'));
  const server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory: dir });
  const { port } = await server.run();
  const endpoint = `http://127.0.0.1:${port}`;
  const bucket = `bench-${randomBytes(4).toString('hex')}`;
  const admin = new S3Client({
    region: 'us-east-1',
    endpoint,
    forcePathStyle: true,
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
  });
  await admin.send(new CreateBucketCommand({ Bucket: bucket }));
  admin.destroy();
  return {
    env: { BENCH_S3_ENDPOINT: endpoint, BENCH_S3_BUCKET: bucket },
    close: async () => {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** `env` goes to the child (e.g. DATABASE_URL: '' for an in-memory PGlite; by default the caller's DATABASE_URL). */
export async function measureEvidenceMemory(
  store: 'local' | 's3',
  fileMb: number,
  env: Record<string, string> = {},
): Promise<EvidenceMemoryResult> {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
  const host = await startFakeFileHost();
  const bucket = store === 's3' ? await s3Bucket() : null;
  const size = fileMb * MB;
  const url = host.serve('/big.mp4', { contentType: 'video/mp4', generated: { size, head: MP4_HEAD } });
  const warmup = host.serve('/warmup.mp4', { contentType: 'video/mp4', generated: { size: 20 * MB, head: MP4_HEAD, fill: 1 } });
  const child = BenchChild.start(
    './evidenceMemoryBot.ts',
    { BENCH_FILE_HOST: host.host, BENCH_FILE_URL: url, BENCH_WARMUP_URL: warmup, BENCH_FILE_BYTES: String(size), ...bucket?.env, ...env },
    ['--expose-gc'],
  );
  try {
    const result = await child.next<ChildMessage & Omit<EvidenceMemoryResult, 'store' | 'fileMb'>>('result', 10 * 60_000);
    const { type: _type, ...figures } = result;
    return { store, fileMb, ...figures };
  } finally {
    await child.stop();
    await bucket?.close();
    await host.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { mb: { type: 'string' }, store: { type: 'string' } } });
  const fileMb = Number(values.mb ?? 240);
  for (const store of (values.store ?? 'local,s3').split(',') as Array<'local' | 's3'>) {
    const r = await measureEvidenceMemory(store, fileMb);
    process.stdout.write(
      `${r.fileMb} MB download into the ${r.store} store: resident ${r.rssBeforeMb} -> peak ${r.peakRssMb} MB (max RSS ${r.maxRssBeforeMb} before, ${r.maxRssAfterMb} after), ${r.seconds} s\n`,
    );
  }
}
