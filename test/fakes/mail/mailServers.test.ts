// Proves the loopback mail servers the email tests stand on: Dovecot answers imapflow (login, APPEND,
// IDLE, flags, a restart that keeps the mail), and smtp-server takes nodemailer's mails (PLAIN with a
// 1 MB attachment, a temporary failure then success, XOAUTH2 with a right and a wrong token).
import { randomBytes } from 'node:crypto';
import { ImapFlow, type ExistsEvent } from 'imapflow';
import { createTransport } from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendMessage, listMessages, startDovecot, type Dovecot } from './dovecot.ts';
import { startSmtpCapture, type SmtpCapture } from './smtpCapture.ts';

const USER = 'desk@seller.test';

const raw = (id: string, subject: string) =>
  [
    'From: Customer <customer@example.test>',
    `To: ${USER}`,
    `Subject: ${subject}`,
    `Message-ID: <${id}>`,
    'Date: Thu, 04 Dec 2025 10:00:00 +0000',
    'Content-Type: text/plain; charset=utf-8',
    '',
    'Order 100234: no light on port 2.',
    '',
  ].join('\r\n');

describe('Dovecot', () => {
  let dovecot: Dovecot;
  beforeAll(async () => {
    dovecot = await startDovecot();
  });
  afterAll(() => dovecot?.stop());

  it('logs in, delivers, pushes new mail to an IDLE client, keeps \\Seen across a restart', async () => {
    expect(dovecot.url()).toBe(`imap://desk%40seller.test:secret@127.0.0.1:${dovecot.port}/INBOX`);
    const wrong = new ImapFlow({
      host: dovecot.host,
      port: dovecot.port,
      secure: false,
      auth: { user: USER, pass: 'nope' },
      logger: false,
    });
    await expect(wrong.connect()).rejects.toThrow();

    const uid = await appendMessage(dovecot, raw('first@example.test', 'Dead SFP'));
    expect(uid).toBe(1);

    // The reader idles by hand (no auto-IDLE): only the server's push can tell it of the second mail.
    const reader = new ImapFlow({
      host: dovecot.host,
      port: dovecot.port,
      secure: false,
      auth: { user: USER, pass: 'secret' },
      logger: false,
      disableAutoIdle: true,
    });
    await reader.connect();
    try {
      const inbox = await reader.mailboxOpen('INBOX');
      expect(inbox.exists).toBe(1);
      const pushed = new Promise<ExistsEvent>((resolve) => reader.once('exists', resolve));
      const idle = reader.idle();
      await expect.poll(() => reader.idling).toBe(true);
      await appendMessage(dovecot, raw('second@example.test', 'Still dead'));
      expect(await pushed).toMatchObject({ path: 'INBOX', count: 2, prevCount: 1 });
      // A command ends the IDLE.
      expect(await reader.messageFlagsAdd({ uid: '1:2' }, ['\\Seen'])).toBe(true);
      await idle;
    } finally {
      await reader.logout();
    }

    const expected = [
      { uid: 1, seen: true, messageId: '<first@example.test>', subject: 'Dead SFP' },
      { uid: 2, seen: true, messageId: '<second@example.test>', subject: 'Still dead' },
    ];
    expect(await listMessages(dovecot)).toEqual(expected);
    await dovecot.restart();
    expect(await listMessages(dovecot)).toEqual(expected);
  });
});

describe('smtpCapture', () => {
  let smtp: SmtpCapture;
  let oauth: SmtpCapture;
  beforeAll(async () => {
    smtp = await startSmtpCapture({ auth: { user: USER, pass: 'smtp-secret' } });
    oauth = await startSmtpCapture({ oauth: { user: USER, accessToken: 'at-1' } });
  });
  afterAll(async () => {
    await smtp?.stop();
    await oauth?.stop();
  });

  it('captures and parses a mail with a 1 MB attachment sent with a password', async () => {
    expect(smtp.url).toBe(`smtp://desk%40seller.test:smtp-secret@127.0.0.1:${smtp.port}`);
    const photo = randomBytes(1024 * 1024);
    const transport = createTransport(smtp.url);
    await transport.sendMail({
      from: USER,
      to: 'customer@example.test',
      subject: 'Your RMA',
      text: 'Attached.',
      attachments: [{ filename: 'photo.bin', content: photo }],
    });
    const mail = await smtp.waitFor((m) => m.parsed.subject === 'Your RMA');
    expect(mail.envelope).toEqual({ from: USER, to: ['customer@example.test'] });
    expect(mail.parsed.attachments[0]?.content.equals(photo)).toBe(true);
    expect(mail.raw.length).toBeGreaterThan(1024 * 1024);
  });

  it('fails the next mail with 451, then takes it', async () => {
    const transport = createTransport(smtp.url);
    const send = () => transport.sendMail({ from: USER, to: 'customer@example.test', subject: 'Retry me', text: 'Again.' });
    smtp.failNext(1);
    await expect(send()).rejects.toMatchObject({ responseCode: 451 });
    expect(smtp.messages.filter((m) => m.parsed.subject === 'Retry me')).toHaveLength(0);
    await send();
    expect(smtp.messages.filter((m) => m.parsed.subject === 'Retry me')).toHaveLength(1);
  });

  it('takes XOAUTH2 with the right access token and refuses a wrong one', async () => {
    const send = (accessToken: string) =>
      createTransport({ host: '127.0.0.1', port: oauth.port, secure: false, auth: { type: 'OAuth2', user: USER, accessToken } }).sendMail({
        from: USER,
        to: 'customer@example.test',
        subject: `token ${accessToken}`,
        text: 'Hello.',
      });
    await send('at-1');
    await oauth.waitFor((m) => m.parsed.subject === 'token at-1');
    await expect(send('at-stolen')).rejects.toMatchObject({ code: 'EAUTH', responseCode: 535 });
    expect(oauth.messages.map((m) => m.parsed.subject)).toEqual(['token at-1']);
  });
});
