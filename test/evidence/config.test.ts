// Where evidence goes, from the environment: a local directory by default, S3 when a bucket is named.
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config/config.ts';
import { defaultEvidenceDir, evidenceConfigFor, readEvidenceConfig } from '../../src/evidence/config.ts';

describe('evidence store configuration', () => {
  it('keeps evidence beside the embedded database by default', () => {
    expect(readEvidenceConfig({})).toEqual({ kind: 'local', dir: '.rma-desk/evidence' });
    expect(readEvidenceConfig({ EVIDENCE_DIR: '/srv/rma/evidence' })).toEqual({ kind: 'local', dir: '/srv/rma/evidence' });
  });

  it('puts the default directory beside the database the commands use', () => {
    expect(defaultEvidenceDir('.rma-desk/pglite')).toBe('.rma-desk/evidence');
    expect(defaultEvidenceDir('/var/lib/rma-desk/db/')).toBe('/var/lib/rma-desk/evidence');
    expect(defaultEvidenceDir('file:///var/lib/rma-desk/db')).toBe('/var/lib/rma-desk/evidence');
    expect(defaultEvidenceDir('postgres://rma@db.internal/rma')).toBe('.rma-desk/evidence');
    expect(defaultEvidenceDir('memory:')).toBe('.rma-desk/evidence');
    expect(evidenceConfigFor({}, '/var/lib/rma-desk/db')).toEqual({ kind: 'local', dir: '/var/lib/rma-desk/evidence' });
    expect(evidenceConfigFor({ EVIDENCE_DIR: '/srv/x' }, '/var/lib/rma-desk/db')).toEqual({ kind: 'local', dir: '/srv/x' });
    expect(() => evidenceConfigFor({ EVIDENCE_S3_REGION: 'eu-west-1', EVIDENCE_S3_ENDPOINT: 'http://minio:9000' }, 'memory:')).toThrow(
      /^evidence store configuration: EVIDENCE_S3_ENDPOINT is set/,
    );
  });

  it('uses S3 when a bucket is set, path style by default with an endpoint', () => {
    expect(readEvidenceConfig({ EVIDENCE_S3_BUCKET: 'rma-evidence' })).toEqual({
      kind: 's3',
      bucket: 'rma-evidence',
      endpoint: undefined,
      region: 'us-east-1',
      accessKeyId: undefined,
      secretAccessKey: undefined,
      forcePathStyle: false,
    });
    expect(
      readEvidenceConfig({
        EVIDENCE_S3_BUCKET: 'rma-evidence',
        EVIDENCE_S3_ENDPOINT: 'http://minio.lan:9000',
        EVIDENCE_S3_REGION: 'eu-central-1',
        EVIDENCE_S3_ACCESS_KEY_ID: 'AKIA1',
        EVIDENCE_S3_SECRET_ACCESS_KEY: 'secret',
      }),
    ).toMatchObject({ kind: 's3', endpoint: 'http://minio.lan:9000', region: 'eu-central-1', accessKeyId: 'AKIA1', forcePathStyle: true });
    expect(
      readEvidenceConfig({
        EVIDENCE_S3_BUCKET: 'rma-evidence',
        EVIDENCE_S3_ENDPOINT: 'https://s3.example.com',
        EVIDENCE_S3_FORCE_PATH_STYLE: 'false',
      }),
    ).toMatchObject({ forcePathStyle: false });
  });

  it('names what is wrong', () => {
    const error = (env: NodeJS.ProcessEnv) => {
      try {
        readEvidenceConfig(env);
      } catch (e) {
        expect(e).toBeInstanceOf(ConfigError);
        return (e as Error).message;
      }
      return 'no error';
    };
    expect(error({ EVIDENCE_S3_BUCKET: 'Bad_Bucket' })).toMatch(/^EVIDENCE_S3_BUCKET: must be a bucket name/);
    expect(error({ EVIDENCE_S3_BUCKET: 'ok-bucket', EVIDENCE_S3_ENDPOINT: 'minio:9000' })).toMatch(
      /^EVIDENCE_S3_ENDPOINT: must be an http\(s\) URL/,
    );
    expect(error({ EVIDENCE_S3_BUCKET: 'ok-bucket', EVIDENCE_S3_FORCE_PATH_STYLE: 'maybe' })).toMatch(/^EVIDENCE_S3_FORCE_PATH_STYLE: /);
    expect(error({ EVIDENCE_S3_BUCKET: 'ok-bucket', EVIDENCE_S3_ACCESS_KEY_ID: 'AKIA1' })).toMatch(
      /EVIDENCE_S3_ACCESS_KEY_ID and EVIDENCE_S3_SECRET_ACCESS_KEY go together/,
    );
    expect(error({ EVIDENCE_S3_ENDPOINT: 'http://minio.lan:9000' })).toMatch(/^EVIDENCE_S3_ENDPOINT is set but EVIDENCE_S3_BUCKET is not/);
    expect(error({ EVIDENCE_S3_BUCKET: 'ok-bucket', EVIDENCE_DIR: '/srv/x' })).toMatch(/both set/);
  });
});
