// The evidence store in any S3-compatible object store (AWS S3, MinIO, Ceph, R2, …).
import { createHash, randomBytes } from 'node:crypto';
import type * as S3Sdk from '@aws-sdk/client-s3';
import type { S3Client } from '@aws-sdk/client-s3';
import { checkKey, type EvidenceStore, type StagedObject } from './storage.ts';

/**
 * A streamed file goes up in parts of this size (S3 wants at least 5 MB but for the last part); one part
 * at a time is held in memory. A file smaller than one part is a single upload.
 */
export const PART_BYTES = 8 * 1024 * 1024;

/** Gathers chunks into parts of PART_BYTES (the last one shorter). */
async function* parts(chunks: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  let held: Buffer[] = [];
  let size = 0;
  for await (const chunk of chunks) {
    let rest = chunk;
    while (size + rest.length >= PART_BYTES) {
      const take = PART_BYTES - size;
      held.push(rest.subarray(0, take));
      yield Buffer.concat(held, PART_BYTES);
      rest = rest.subarray(take);
      held = [];
      size = 0;
    }
    if (rest.length > 0) {
      held.push(rest);
      size += rest.length;
    }
  }
  if (size > 0) yield Buffer.concat(held, size);
}

const md5 = (bytes: Buffer) => createHash('md5').update(bytes).digest('base64');

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
  const putObject = async (key: string, bytes: Buffer, contentType: string) => {
    const { sdk, client } = await open();
    await client.send(
      new sdk.PutObjectCommand({
        Bucket: bucket,
        Key: checkKey(key),
        Body: bytes,
        ContentType: contentType,
        ContentLength: bytes.length,
        ContentMD5: md5(bytes),
      }),
    );
  };
  const remove = async (key: string) => {
    const { sdk, client } = await open();
    await client.send(new sdk.DeleteObjectCommand({ Bucket: bucket, Key: checkKey(key) }));
  };

  /**
   * Uploads `chunks` under `key` part by part (a multipart upload, each part with its Content-MD5 like
   * a single upload); the upload is aborted when reading the chunks or sending a part fails.
   */
  const upload = async (key: string, chunks: AsyncIterable<Buffer>, contentType: string) => {
    const { sdk, client } = await open();
    const pieces = parts(chunks);
    try {
      await uploadParts(sdk, client, key, pieces, contentType);
    } finally {
      // A failed store stops the download too.
      await pieces.return(undefined);
    }
  };
  const uploadParts = async (sdk: Sdk, client: S3Client, key: string, pieces: AsyncGenerator<Buffer>, contentType: string) => {
    const first = await pieces.next();
    const firstPart = first.done ? Buffer.alloc(0) : first.value;
    if (firstPart.length < PART_BYTES) return putObject(key, firstPart, contentType);
    const started = await client.send(new sdk.CreateMultipartUploadCommand({ Bucket: bucket, Key: key, ContentType: contentType }));
    const uploadId = started.UploadId;
    if (!uploadId) throw new Error(`s3://${bucket}/${key}: no upload id`);
    try {
      const done: { PartNumber: number; ETag: string | undefined }[] = [];
      let part: Buffer | undefined = firstPart;
      while (part) {
        const PartNumber = done.length + 1;
        const sent = await client.send(
          new sdk.UploadPartCommand({
            Bucket: bucket,
            Key: key,
            UploadId: uploadId,
            PartNumber,
            Body: part,
            ContentLength: part.length,
            ContentMD5: md5(part),
          }),
        );
        done.push({ PartNumber, ETag: sent.ETag });
        const next = await pieces.next();
        part = next.done ? undefined : next.value;
      }
      await client.send(
        new sdk.CompleteMultipartUploadCommand({ Bucket: bucket, Key: key, UploadId: uploadId, MultipartUpload: { Parts: done } }),
      );
    } catch (error) {
      await client.send(new sdk.AbortMultipartUploadCommand({ Bucket: bucket, Key: key, UploadId: uploadId })).catch(() => {});
      throw error;
    }
  };

  return {
    put: putObject,
    async stage(chunks, contentType): Promise<StagedObject> {
      // S3 has no rename: the file goes to a temporary key, then is copied under its content key
      // (inside the store, nothing passes through here) and the temporary object deleted.
      const temp = checkKey(`incoming/${randomBytes(8).toString('hex')}.partial`);
      await upload(temp, chunks, contentType);
      return {
        async commit(key) {
          const { sdk, client } = await open();
          try {
            await client.send(new sdk.CopyObjectCommand({ Bucket: bucket, Key: checkKey(key), CopySource: `${bucket}/${temp}` }));
          } finally {
            await remove(temp).catch(() => {});
          }
        },
        discard: () => remove(temp),
      };
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
