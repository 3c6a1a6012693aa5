// Where the evidence vault keeps files, read from the environment once at start: a local directory by
// default, an S3-compatible bucket when EVIDENCE_S3_BUCKET is set.
import { z } from 'zod';
import { ConfigError } from '../config/config.ts';
import { localStore } from './localStore.ts';
import { s3Store } from './s3Store.ts';
import type { EvidenceStore } from './storage.ts';

export const DEFAULT_EVIDENCE_DIR = '.rma-desk/evidence';

export type EvidenceConfig =
  | { kind: 'local'; dir: string }
  | { kind: 's3'; bucket: string; endpoint: string | undefined; region: string; accessKeyId: string | undefined; secretAccessKey: string | undefined; forcePathStyle: boolean };

const optional = z
  .string()
  .optional()
  .transform((v) => (v?.trim() ? v.trim() : undefined));

const envSchema = z.object({
  EVIDENCE_DIR: optional,
  EVIDENCE_S3_BUCKET: optional.refine((v) => v === undefined || /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(v), 'must be a bucket name (3-63 lowercase letters, digits, dots, hyphens)'),
  EVIDENCE_S3_ENDPOINT: optional.refine((v) => v === undefined || /^https?:\/\/[^/]+/i.test(v), 'must be an http(s) URL such as https://s3.example.com'),
  EVIDENCE_S3_REGION: optional.transform((v) => v ?? 'us-east-1'),
  EVIDENCE_S3_ACCESS_KEY_ID: optional,
  EVIDENCE_S3_SECRET_ACCESS_KEY: optional,
  EVIDENCE_S3_FORCE_PATH_STYLE: optional.pipe(z.enum(['true', 'false', '1', '0', 'yes', 'no']).optional()),
});

/** The evidence store configuration; a ConfigError names each variable that is wrong. */
export function readEvidenceConfig(env: NodeJS.ProcessEnv = process.env): EvidenceConfig {
  const result = envSchema.safeParse(env);
  if (!result.success) {
    throw new ConfigError(result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  }
  const e = result.data;
  const s3Only = (['EVIDENCE_S3_ENDPOINT', 'EVIDENCE_S3_ACCESS_KEY_ID', 'EVIDENCE_S3_SECRET_ACCESS_KEY', 'EVIDENCE_S3_FORCE_PATH_STYLE'] as const).filter((k) => e[k] !== undefined);
  if (!e.EVIDENCE_S3_BUCKET) {
    if (s3Only.length > 0) throw new ConfigError(`${s3Only.join(', ')} ${s3Only.length === 1 ? 'is' : 'are'} set but EVIDENCE_S3_BUCKET is not: set the bucket to use S3, or unset them to keep evidence in EVIDENCE_DIR`);
    return { kind: 'local', dir: e.EVIDENCE_DIR ?? DEFAULT_EVIDENCE_DIR };
  }
  if (e.EVIDENCE_DIR) throw new ConfigError('EVIDENCE_DIR and EVIDENCE_S3_BUCKET are both set: evidence goes to one store; unset one of them');
  if ((e.EVIDENCE_S3_ACCESS_KEY_ID === undefined) !== (e.EVIDENCE_S3_SECRET_ACCESS_KEY === undefined)) {
    throw new ConfigError('EVIDENCE_S3_ACCESS_KEY_ID and EVIDENCE_S3_SECRET_ACCESS_KEY go together: set both, or neither to use the AWS default credentials');
  }
  return {
    kind: 's3',
    bucket: e.EVIDENCE_S3_BUCKET,
    endpoint: e.EVIDENCE_S3_ENDPOINT,
    region: e.EVIDENCE_S3_REGION,
    accessKeyId: e.EVIDENCE_S3_ACCESS_KEY_ID,
    secretAccessKey: e.EVIDENCE_S3_SECRET_ACCESS_KEY,
    // Self-hosted stores rarely have a DNS name per bucket: path style is the default with an endpoint.
    forcePathStyle: e.EVIDENCE_S3_FORCE_PATH_STYLE === undefined ? e.EVIDENCE_S3_ENDPOINT !== undefined : ['true', '1', 'yes'].includes(e.EVIDENCE_S3_FORCE_PATH_STYLE),
  };
}

export interface OpenedEvidenceStore extends EvidenceStore {
  close(): void;
}

export function openEvidenceStore(config: EvidenceConfig): OpenedEvidenceStore {
  if (config.kind === 'local') return { ...localStore(config.dir), close: () => {} };
  return s3Store(config);
}
