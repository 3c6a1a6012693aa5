// XOAUTH2, as Gmail and Microsoft 365 want it: the bot trades its refresh token for an access token at
// the provider's token endpoint and signs in to IMAP (a real Dovecot checking the token by introspection)
// and SMTP (a real smtp-server) with it; no password anywhere.
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emailChannel, type EmailChannel } from '../../../src/adapters/email/emailAdapter.ts';
import { readEmailConfig } from '../../../src/adapters/email/emailConfig.ts';
import type { Mailbox } from '../../../src/adapters/email/mailbox.ts';
import { openApp, type App } from '../../../src/app.ts';
import { DEFAULT_POLICY } from '../../../src/policy/policy.ts';
import { upsertOrderItems } from '../../../src/store/orderStore.ts';
import { appendMessage, listMessages, startDovecot, type Dovecot } from '../../fakes/mail/dovecot.ts';
import { startOAuthServer, type OAuthServer } from '../../fakes/mail/oauthServer.ts';
import { startSmtpCapture, type SmtpCapture } from '../../fakes/mail/smtpCapture.ts';
import { freshDatabaseUrl, type TestDatabaseUrl } from '../../support/testDb.ts';
import { CUSTOMER, EMAIL_ORDERS, raw } from './emailHarness.ts';

const USER = 'desk@seller.test';

describe('email with OAuth2 (XOAUTH2)', () => {
  let oauth: OAuthServer;
  let dovecot: Dovecot;
  let smtp: SmtpCapture;
  let target: TestDatabaseUrl;
  let app: App;
  let channel: EmailChannel;
  let mailbox: Mailbox;
  beforeEach(async () => {
    oauth = await startOAuthServer({ clientId: 'rma-desk', refreshToken: 'refresh-1', user: USER });
    dovecot = await startDovecot({ oauth2IntrospectionUrl: oauth.introspectionUrl });
    smtp = await startSmtpCapture({ oauth: { user: USER, accessToken: 'at-1' } });
    target = await freshDatabaseUrl();
    app = await openApp({ databaseUrl: target.url, policy: DEFAULT_POLICY });
    await upsertOrderItems(app.database.db, EMAIL_ORDERS);
  });
  afterEach(async () => {
    await mailbox?.stop();
    await app.outbox.stop();
    channel?.close();
    await app.close();
    await target.drop();
    await smtp.stop();
    await dovecot.stop();
    await oauth.stop();
  });

  it('reads and answers the mailbox with an access token from the refresh token', async () => {
    const config = readEmailConfig({
      EMAIL_IMAP_URL: `imap://${encodeURIComponent(USER)}@127.0.0.1:${dovecot.port}/INBOX`,
      EMAIL_SMTP_URL: `smtp://${encodeURIComponent(USER)}@127.0.0.1:${smtp.port}`,
      EMAIL_FROM: `Returns desk <${USER}>`,
      EMAIL_OAUTH_TOKEN_URL: oauth.tokenUrl,
      EMAIL_OAUTH_CLIENT_ID: 'rma-desk',
      EMAIL_OAUTH_REFRESH_TOKEN: 'refresh-1',
      EMAIL_POLL_SECONDS: '1',
    })!;
    channel = emailChannel({
      config,
      desk: app.desk,
      attachments: { store: async () => 'unused', tooLarge: () => 'unused' },
      staff: () => null,
      noStaffPlatform: true,
      log: pino({ level: 'silent' }),
    });
    app.outbox.deliveries.set('email', channel.delivery);
    await appendMessage(dovecot, await raw({ subject: 'Dead SFP', text: 'Order 100234: no light.' }));
    mailbox = channel.openMailbox();
    const answer = await smtp.waitFor((m) => m.envelope.to.includes(CUSTOMER));
    expect(answer.parsed.text).toContain('opened case C-1001');
    // One token for both servers: fetched once.
    expect(oauth.issued).toEqual(['at-1']);
    await expect.poll(async () => (await listMessages(dovecot)).every((m) => m.seen)).toBe(true);
  });
});
