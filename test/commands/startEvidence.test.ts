// `rma-desk start` with a platform runs the evidence worker: the start line names where evidence goes
// (beside the embedded database unless configured), and a wrong evidence setting stops the start.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeSlackApi, type FakeSlackApi } from '../fakes/slack/fakeSlackApi.ts';
import { runCli } from './runCli.ts';

describe('rma-desk start and the evidence vault', () => {
  let api: FakeSlackApi;
  let root: string;
  let slackEnv: Record<string, string>;
  beforeAll(async () => {
    api = await startFakeSlackApi();
    root = mkdtempSync(join(tmpdir(), 'rma-start-evidence-'));
    slackEnv = {
      SLACK_BOT_TOKEN: 'xoxb-test-bot-token',
      SLACK_SIGNING_SECRET: 'test-signing-secret',
      PORT: '0',
      SLACK_SUPPORT_CHANNELS: 'C0SUPPORT',
      SLACK_STAFF_CHANNEL: 'G0STAFF',
      SLACK_STAFF_USERS: 'USTAFF1',
      SLACK_API_URL: api.apiUrl,
    };
  });
  afterAll(async () => {
    await api.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('starts the worker beside the Slack adapter, keeping evidence beside the embedded database, and stops cleanly', async () => {
    const started = await runCli(['start'], '', {
      until: /Ctrl-C stops/,
      stop: 'SIGTERM',
      env: { ...slackEnv, DATABASE_URL: join(root, 'db') },
    });
    expect(started.code).toBe(0);
    expect(started.out).toMatch(/rma-desk on Slack \(HTTP, port \d+\)/);
    expect(started.out).toContain(`evidence in local directory ${resolve(root, 'evidence')}; Ctrl-C stops`);
  });

  it('stops the start with a message naming a wrong evidence setting', async () => {
    const refused = await runCli(['start'], '', {
      env: { ...slackEnv, DATABASE_URL: join(root, 'db'), EVIDENCE_S3_ENDPOINT: 'http://minio.lan:9000' },
    });
    expect(refused.code).toBe(3);
    expect(refused.err).toContain('rma-desk: evidence store configuration: EVIDENCE_S3_ENDPOINT is set but EVIDENCE_S3_BUCKET is not');
    expect(refused.out).toBe('');
  });
});
