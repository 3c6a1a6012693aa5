// Where the evidence vault keeps files, read from the environment once at start: a local directory by
// default, an S3-compatible bucket when EVIDENCE_S3_BUCKET is set.
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { ConfigError } from '../config/config.ts';
import { describeUrl } from '../store/db.ts';
import { localStore } from './localStore.ts';
import { s3Store } from './s3Store.ts';
import type { EvidenceStore } from './storage.ts';

export const DEFAULT_EVIDENCE_DIR = '.rma-desk/evidence';

/**
 * Where evidence goes when EVIDENCE_DIR is not set: `evidence` beside the directory of an embedded
 * database (`.rma-desk/pglite` gives `.rma-desk/evidence`), otherwise DEFAULT_EVIDENCE_DIR.
 */
export function defaultEvidenceDir(databaseUrl: string): string {
  const target = describeUrl(databaseUrl);
  if (target.kind !== 'pglite' || !target.dir) return DEFAULT_EVIDENCE_DIR;
  return join(dirname(target.dir.replace(/(?<![\\/])[\\/]+$/, '') || '.'), 'evidence');
}

export type EvidenceConfig =
  | { kind: 'local'; dir: string }
  | {
      kind: 's3';
      bucket: string;
      endpoint: string | undefined;
      region: string;
      accessKeyId: string | undefined;
      secretAccessKey: string | undefined;
      forcePathStyle: boolean;
    };

const optional = z
  .string()
  .optional()
  .transform((v) => (v?.trim() ? v.trim() : undefined));

const envSchema = z.object({
  EVIDENCE_DIR: optional,
  EVIDENCE_S3_BUCKET: optional.refine(
    (v) => v === undefined || /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(v),
    'must be a bucket name (3-63 lowercase letters, digits, dots, hyphens)',
  ),
  EVIDENCE_S3_ENDPOINT: optional.refine(
    (v) => v === undefined || /^https?:\/\/[^/]+/i.test(v),
    'must be an http(s) URL such as https://s3.example.com',
  ),
  EVIDENCE_S3_REGION: optional.transform((v) => v ?? 'us-east-1'),
  EVIDENCE_S3_ACCESS_KEY_ID: optional,
  EVIDENCE_S3_SECRET_ACCESS_KEY: optional,
  EVIDENCE_S3_FORCE_PATH_STYLE: optional.pipe(z.enum(['true', 'false', '1', '0', 'yes', 'no']).optional()),
});

/**
 * The evidence store configuration; a ConfigError names each variable that is wrong. `defaultDir` is
 * the local directory used when neither EVIDENCE_DIR nor EVIDENCE_S3_BUCKET is set (see defaultEvidenceDir).
 */
export function readEvidenceConfig(env: NodeJS.ProcessEnv = process.env, defaultDir: string = DEFAULT_EVIDENCE_DIR): EvidenceConfig {
  const result = envSchema.safeParse(env);
  if (!result.success) {
    throw new ConfigError(result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  }
  const e = result.data;
  const s3Only = (
    ['EVIDENCE_S3_ENDPOINT', 'EVIDENCE_S3_ACCESS_KEY_ID', 'EVIDENCE_S3_SECRET_ACCESS_KEY', 'EVIDENCE_S3_FORCE_PATH_STYLE'] as const
  ).filter((k) => e[k] !== undefined);
  if (!e.EVIDENCE_S3_BUCKET) {
    if (s3Only.length > 0)
      throw new ConfigError(
        `${s3Only.join(', ')} ${s3Only.length === 1 ? 'is' : 'are'} set but EVIDENCE_S3_BUCKET is not: set the bucket to use S3, or unset them to keep evidence in EVIDENCE_DIR`,
      );
    return { kind: 'local', dir: e.EVIDENCE_DIR ?? defaultDir };
  }
  if (e.EVIDENCE_DIR)
    throw new ConfigError('EVIDENCE_DIR and EVIDENCE_S3_BUCKET are both set: evidence goes to one store; unset one of them');
  if ((e.EVIDENCE_S3_ACCESS_KEY_ID === undefined) !== (e.EVIDENCE_S3_SECRET_ACCESS_KEY === undefined)) {
    throw new ConfigError(
      'EVIDENCE_S3_ACCESS_KEY_ID and EVIDENCE_S3_SECRET_ACCESS_KEY go together: set both, or neither to use the AWS default credentials',
    );
  }
  return {
    kind: 's3',
    bucket: e.EVIDENCE_S3_BUCKET,
    endpoint: e.EVIDENCE_S3_ENDPOINT,
    region: e.EVIDENCE_S3_REGION,
    accessKeyId: e.EVIDENCE_S3_ACCESS_KEY_ID,
    secretAccessKey: e.EVIDENCE_S3_SECRET_ACCESS_KEY,
    // Self-hosted stores rarely have a DNS name per bucket: path style is the default with an endpoint.
    forcePathStyle:
      e.EVIDENCE_S3_FORCE_PATH_STYLE === undefined
        ? e.EVIDENCE_S3_ENDPOINT !== undefined
        : ['true', '1', 'yes'].includes(e.EVIDENCE_S3_FORCE_PATH_STYLE),
  };
}

/** What `rma-desk` commands use: EVIDENCE_* from `env`, else the directory beside the database at `databaseUrl`. */
export function evidenceConfigFor(env: NodeJS.ProcessEnv, databaseUrl: string): EvidenceConfig {
  try {
    return readEvidenceConfig(env, defaultEvidenceDir(databaseUrl));
  } catch (error) {
    if (error instanceof ConfigError) throw new ConfigError(`evidence store configuration: ${error.message}`);
    throw error;
  }
}

export interface OpenedEvidenceStore extends EvidenceStore {
  close(): void;
}

export function openEvidenceStore(config: EvidenceConfig): OpenedEvidenceStore {
  if (config.kind === 'local') return { ...localStore(config.dir), close: () => {} };
  return s3Store(config);
}
