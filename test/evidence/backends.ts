// The two evidence store backends the tests run against: a temporary local directory, and an
// S3-compatible server (s3rver) on 127.0.0.1 with a bucket per test.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { CreateBucketCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import S3rver from 's3rver';
import { localStore } from '../../src/evidence/localStore.ts';
import { s3Store } from '../../src/evidence/s3Store.ts';
import type { EvidenceStore } from '../../src/evidence/storage.ts';

// The SDK warns once per process that Node 20 support ends in 2027; nothing a test can act on.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

export interface OpenBackend {
  store: EvidenceStore;
  /** Every key `put` was called with (or a staged object committed under), in order. */
  puts: string[];
  /** The keys actually in the store. */
  objects(): Promise<string[]>;
  close(): Promise<void>;
}

export interface Backend {
  name: 'local' | 's3';
  /** Once per file (beforeAll). */
  setup(): Promise<void>;
  /** Once per file (afterAll). */
  teardown(): Promise<void>;
  open(): Promise<OpenBackend>;
}

function counting(store: EvidenceStore, puts: string[]): EvidenceStore {
  return {
    ...store,
    put: async (key, bytes, type) => {
      puts.push(key);
      await store.put(key, bytes, type);
    },
    stage: async (chunks, type) => {
      const staged = await store.stage(chunks, type);
      return {
        commit: async (key) => {
          puts.push(key);
          await staged.commit(key);
        },
        discard: () => staged.discard(),
      };
    },
  };
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split('\\').join('/'))
    .sort();
}

export function localBackend(): Backend {
  const dirs: string[] = [];
  return {
    name: 'local',
    setup: async () => {},
    teardown: async () => {
      for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
    },
    open: async () => {
      const dir = mkdtempSync(join(tmpdir(), 'rma-evidence-'));
      dirs.push(dir);
      const puts: string[] = [];
      return { store: counting(localStore(dir), puts), puts, objects: async () => filesUnder(dir), close: async () => {} };
    },
  };
}

export const S3_KEYS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };

export function s3Backend(): Backend {
  let server: S3rver | null = null;
  let dir = '';
  let endpoint = '';
  return {
    name: 's3',
    setup: async () => {
      dir = mkdtempSync(join(tmpdir(), 'rma-s3rver-'));
      server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory: dir });
      const { port } = await server.run();
      endpoint = `http://127.0.0.1:${port}`;
    },
    teardown: async () => {
      await server?.close();
      rmSync(dir, { recursive: true, force: true });
    },
    open: async () => {
      const bucket = `evidence-${randomBytes(4).toString('hex')}`;
      const admin = new S3Client({ region: 'us-east-1', endpoint, forcePathStyle: true, credentials: S3_KEYS });
      await admin.send(new CreateBucketCommand({ Bucket: bucket }));
      const store = s3Store({ bucket, endpoint, region: 'us-east-1', forcePathStyle: true, ...S3_KEYS });
      const puts: string[] = [];
      return {
        store: counting(store, puts),
        puts,
        objects: async () =>
          ((await admin.send(new ListObjectsV2Command({ Bucket: bucket }))).Contents ?? []).map((o) => o.Key ?? '').sort(),
        close: async () => {
          store.close();
          admin.destroy();
        },
      };
    },
  };
}
