// The evidence store in any S3-compatible object store (AWS S3, MinIO, Ceph, R2, …).
import { createHash } from 'node:crypto';
import type * as S3Sdk from '@aws-sdk/client-s3';
import type { S3Client } from '@aws-sdk/client-s3';
import { checkKey, type EvidenceStore } from './storage.ts';

export interface S3StoreOptions {
  bucket: string;
  /** The store's URL when it is not AWS (e.g. `http://127.0.0.1:9000`). */
  endpoint?: string | undefined;
  region: string;
  /** Both or neither; without them the SDK's default chain (environment, profile, instance role) is used. */
  accessKeyId?: string | undefined;
  secretAccessKey?: string | undefined;
  /** `https://host/bucket/key` instead of `https://bucket.host/key`; most self-hosted stores want it. */
  forcePathStyle?: boolean | undefined;
}

export interface S3EvidenceStore extends EvidenceStore {
  /** Closes the client's connections. */
  close(): void;
}

function isNotFound(error: unknown): boolean {
  const e = error as { name?: string; $metadata?: { httpStatusCode?: number } };
  return e.name === 'NotFound' || e.name === 'NoSuchKey' || e.$metadata?.httpStatusCode === 404;
}

// The SDK (some 20 MB resident) is loaded on the first call, so that a bot with a local store never loads it.
type Sdk = typeof S3Sdk;

export function s3Store(options: S3StoreOptions): S3EvidenceStore {
  let opened: Promise<{ sdk: Sdk; client: S3Client }> | null = null;
  let client: S3Client | null = null;
  const open = () =>
    (opened ??= import('@aws-sdk/client-s3').then((sdk) => {
      client = new sdk.S3Client({
        region: options.region,
        ...(options.endpoint ? { endpoint: options.endpoint } : {}),
        forcePathStyle: options.forcePathStyle ?? false,
        ...(options.accessKeyId && options.secretAccessKey
          ? { credentials: { accessKeyId: options.accessKeyId, secretAccessKey: options.secretAccessKey } }
          : {}),
        // The newer flexible checksums are not understood by every S3-compatible store; uploads carry a
        // Content-MD5 instead, which all of them check.
        requestChecksumCalculation: 'WHEN_REQUIRED',
        responseChecksumValidation: 'WHEN_REQUIRED',
        requestHandler: { connectionTimeout: 10_000, requestTimeout: 120_000 },
      });
      return { sdk, client };
    }));
  const { bucket } = options;
  return {
    async put(key, bytes, contentType) {
      const { sdk, client } = await open();
      await client.send(
        new sdk.PutObjectCommand({
          Bucket: bucket,
          Key: checkKey(key),
          Body: bytes,
          ContentType: contentType,
          ContentLength: bytes.length,
          ContentMD5: createHash('md5').update(bytes).digest('base64'),
        }),
      );
    },
    async has(key) {
      const { sdk, client } = await open();
      try {
        await client.send(new sdk.HeadObjectCommand({ Bucket: bucket, Key: checkKey(key) }));
        return true;
      } catch (error) {
        if (isNotFound(error)) return false;
        throw error;
      }
    },
    async get(key) {
      const { sdk, client } = await open();
      const object = await client.send(new sdk.GetObjectCommand({ Bucket: bucket, Key: checkKey(key) }));
      if (!object.Body) throw new Error(`s3://${bucket}/${key} has no body`);
      return Buffer.from(await object.Body.transformToByteArray());
    },
    describe: () => `s3://${bucket}${options.endpoint ? ` at ${new URL(options.endpoint).origin}` : ''} (${options.region})`,
    close: () => client?.destroy(),
  };
}
