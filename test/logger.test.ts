import { Writable } from 'node:stream';
import { REST, Routes } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { boltLogger } from '../src/adapters/slack/boltLogger.ts';
import { registerSecrets, secretsFromEnv } from '../src/logRedaction.ts';
import { createLogger } from '../src/logger.ts';
import { FakeDiscord } from './fakes/discord/fakeDiscord.ts';
import { APP, serverOptions, TOKEN } from './fakes/discord/fixtures.ts';

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  return {
    log: createLogger('debug', stream),
    text: () => lines.join(''),
    lines: () => lines.map((l) => JSON.parse(l) as Record<string, unknown>),
  };
}

// One of each kind, shaped like the real thing.
const SLACK_BOT = 'xoxb-2213456789012-2234567890123-AbCdEfGhIjKlMnOpQrStUvWx';
const SLACK_USER = 'xoxp-2213456789012-2234567890124-2234567890125-0f1e2d3c4b5a69788796a5b4c3d2e1f0';
const SLACK_APP = 'xapp-1-A0123456789-2345678901234-9a8b7c6d5e4f30211203f4e5d6c7b8a99a8b7c6d5e4f30211203f4e5d6c7b8a9';
const SLACK_SIGNING = '8f742231b10e8888abcd99eee1ff85a5';
const SLACK_RESPONSE_URL = 'https://hooks.slack.com/actions/T0123ABCD/2234567890126/Zq8wXv5tRb3nMk1pLs9dFh7g';
const DISCORD_BOT = `${Buffer.from('900000000000000002').toString('base64url')}.GhT3kQ.Xb1-_kq9PZ8wVt2mYc4RsN6uLa0eH3jGdF5oTi7`;
const INTERACTION_TOKEN = 'aW50ZXJhY3Rpb246OTAwMDAwMDAwMDAwMDAwNTAwOnN1cGVyc2VjcmV0';
const WEBHOOK_TOKEN = 'Qm9va2luZ1dlYmhvb2tUb2tlbkZvclRoZVJtYURlc2tfXzEyMzQ1Njc4OTA';
const AWS_KEY_ID = 'AKIAIOSFODNN7EXAMPLE';
const AWS_SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
const MINIO_SECRET = 'minio-Secret-4c7e19b2';
const DB_PASSWORD = 'Tr0ub4dor&3x-pg';
const SECRETS = [
  SLACK_BOT,
  SLACK_USER,
  SLACK_APP,
  SLACK_SIGNING,
  'Zq8wXv5tRb3nMk1pLs9dFh7g',
  DISCORD_BOT,
  INTERACTION_TOKEN,
  WEBHOOK_TOKEN,
  AWS_KEY_ID,
  AWS_SECRET,
  MINIO_SECRET,
  DB_PASSWORD,
  encodeURIComponent(DB_PASSWORD),
];
// What must survive: the case, RMA, order, part, serial, tracking, ids and amounts staff search logs for.
const ORDINARY = [
  'C-1001',
  'RMA-26-00042',
  'order 100234',
  'EX4300-48P',
  'SN-7Q2K-0042',
  '1Z999AA10123456784',
  '-12.50',
  '900000000000000500',
];

const interactionUrl = `https://discord.com/api/v10/interactions/900000000000000500/${INTERACTION_TOKEN}/callback`;
const webhookUrl = `https://discord.com/api/v10/webhooks/${APP}/${WEBHOOK_TOKEN}/messages/@original`;
const databaseUrl = `postgres://rma:${encodeURIComponent(DB_PASSWORD)}@db.internal:5432/rma`;

function expectNoSecrets(written: string) {
  for (const secret of SECRETS) expect(written, secret).not.toContain(secret);
}

describe('logger', () => {
  beforeAll(() => {
    // As `rma-desk` does at start from its configuration.
    registerSecrets(
      secretsFromEnv({
        SLACK_SIGNING_SECRET: SLACK_SIGNING,
        EVIDENCE_S3_SECRET_ACCESS_KEY: MINIO_SECRET,
        DATABASE_URL: databaseUrl,
      }),
    );
  });

  it('never writes tokens, secrets or passwords, at any depth it is given them', () => {
    const { log, text } = capture();
    log.info(
      { config: { botToken: 'xoxb-123-secret', signingSecret: 'sign-secret', mode: { appToken: 'xapp-1-secret' } } },
      'slack config',
    );
    log.info({ token: 'discord-token-secret', request: { headers: { authorization: 'Bot discord-token-secret' } } }, 'request');
    log.error(
      { env: { DATABASE_URL: 'postgres://u:pw-secret@db/x', SLACK_SIGNING_SECRET: 'sign-secret' }, password: 'pw-secret' },
      'startup',
    );
    const written = text();
    for (const secret of ['xoxb-123-secret', 'sign-secret', 'xapp-1-secret', 'discord-token-secret', 'pw-secret'])
      expect(written).not.toContain(secret);
    expect(written.match(/\[redacted\]/g)?.length).toBeGreaterThanOrEqual(8);
    expect(written).toContain('"msg":"slack config"');
  });

  it('finds each kind of secret by its shape or its configured value: in messages, fields, nested errors with causes, arrays', () => {
    const { log, text, lines } = capture();
    // In the message, also through printf-style arguments.
    log.warn(`Slack call with ${SLACK_BOT} failed for case C-1001 (RMA-26-00042, order 100234)`);
    log.warn('Discord call to %s failed; part EX4300-48P serial SN-7Q2K-0042', interactionUrl);
    log.info(`logging in as Bot ${DISCORD_BOT}; cost -12.50 on tracking 1Z999AA10123456784`);
    log.error(`database ${databaseUrl} refused: password authentication failed (${DB_PASSWORD})`);
    // In fields, deeper than pino's paths reach, and under names no path lists.
    log.info({ a: { b: { c: { d: { e: { url: webhookUrl, note: `signed with ${SLACK_SIGNING}` } } } } } }, 'deep');
    log.info(
      { s3: { credentials: `${AWS_KEY_ID}:${AWS_SECRET}`, other: MINIO_SECRET }, interaction: 900000000000000500n.toString() },
      'fields',
    );
    log.info({ tokens: [SLACK_USER, [SLACK_APP, { hook: SLACK_RESPONSE_URL }]] }, 'array');
    // An error with own fields (as DiscordAPIError has) and a cause with its own.
    const cause = Object.assign(new Error(`socket hang up on ${webhookUrl}`), {
      requestBody: { json: { token: INTERACTION_TOKEN, content: 'ok' } },
    });
    const error = Object.assign(new Error(`call failed with Bot ${DISCORD_BOT}`, { cause }), { url: interactionUrl, method: 'POST' });
    log.error({ err: error, caseRef: 'C-1001' }, 'a Discord interaction failed');
    log.error({ failures: [{ when: 'retry', error }] }, 'nested error');
    // A child's bindings.
    log.child({ component: 'evidence', endpoint: `https://${AWS_KEY_ID}:${encodeURIComponent(AWS_SECRET)}@s3.example.com` }).info('copied');

    const written = text();
    expectNoSecrets(written);
    for (const kept of ORDINARY) expect(written).toContain(kept);
    // What is around a secret stays readable.
    expect(written).toContain('/interactions/900000000000000500/[redacted]/callback');
    expect(written).toContain(`/webhooks/${APP}/[redacted]/messages/@original`);
    expect(written).toContain('postgres://rma:[redacted]@db.internal:5432/rma');
    const logged = lines().find((l) => l.msg === 'a Discord interaction failed')!;
    expect(logged.err).toMatchObject({ type: 'Error', method: 'POST', message: expect.stringContaining('socket hang up on https://') });
    expect(logged.err).toHaveProperty('cause.requestBody.json.content', 'ok');
    expect(logged.caseRef).toBe('C-1001');
  });

  it('leaves the objects it is given alone and survives cycles', () => {
    const { log, text } = capture();
    const config: Record<string, unknown> = { token: SLACK_BOT, url: interactionUrl };
    config.self = config;
    log.info({ config }, 'cyclic');
    expect(config.token).toBe(SLACK_BOT);
    expect(config.url).toBe(interactionUrl);
    expect(text()).toContain('[Circular]');
    expectNoSecrets(text());
  });

  it("sends Bolt's log lines through the same redaction", () => {
    const { log, text } = capture();
    const bolt = boltLogger(log);
    bolt.warn('http request failed', { url: SLACK_RESPONSE_URL, headers: { Authorization: `Bearer ${SLACK_BOT}` } });
    bolt.error(new Error(`An API error occurred: invalid_auth (${SLACK_APP})`));
    expectNoSecrets(text());
    expect(text()).toContain('http request failed');
  });
});

describe('logger with discord.js against the fake Discord', () => {
  let fake: FakeDiscord;
  beforeAll(async () => {
    fake = new FakeDiscord(serverOptions());
    await fake.start();
  });
  afterAll(() => fake.stop());

  it('logs a failed interaction answer without the interaction token in its url', async () => {
    const rest = new REST({ api: fake.apiUrl, retries: 0 }).setToken(TOKEN);
    const failure = await rest
      .post(Routes.interactionCallback('900000000000000500', INTERACTION_TOKEN), { body: { type: 4, data: { content: 'C-1001' } } })
      .then(
        () => null,
        (error: unknown) => error as Error & { url: string; status: number },
      );
    expect(failure?.url).toContain(INTERACTION_TOKEN);
    expect(failure?.status).toBe(404);
    const { log, text } = capture();
    log.error({ err: failure, id: '900000000000000500' }, 'Discord interaction failed');
    log.error(failure, 'as the only argument');
    log.warn({ err: new Error('could not answer', { cause: failure }) }, 'wrapped');
    expectNoSecrets(text());
    expect(text()).toContain('/interactions/900000000000000500/[redacted]/callback');
    expect(text()).toContain('Unknown interaction');
  });
});

describe('mail secrets', () => {
  it('are among the configured secrets: passwords, OAuth2 secrets, and passwords inside the mail URLs', () => {
    const secrets = secretsFromEnv({
      EMAIL_IMAP_URL: 'imaps://desk%40seller.example:imap-url-pw@imap.example.com/INBOX',
      EMAIL_SMTP_URL: 'smtps://desk%40seller.example@smtp.example.com',
      EMAIL_SMTP_PASSWORD: 'smtp-pw',
      EMAIL_OAUTH_CLIENT_SECRET: 'client-secret',
      EMAIL_OAUTH_REFRESH_TOKEN: 'refresh-token',
    });
    expect(secrets.sort()).toEqual(['client-secret', 'imap-url-pw', 'refresh-token', 'smtp-pw']);
  });
});
