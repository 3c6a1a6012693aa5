// What a mailbox throws at the desk: the same mail delivered twice or read again after a crash, a
// restart in the middle of the mailbox, robots (out-of-office, bounces), a 25 MB photo, an unknown
// charset, a colleague answering in someone else's case, and an SMTP server that fails once. Each
// against real Dovecot and SMTP servers; nothing is lost, nothing is answered twice, robots never.
import { ImapFlow } from 'imapflow';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listEvidence } from '../../../src/evidence/evidenceQueries.ts';
import { caseHistory, findCaseByRef } from '../../../src/store/caseStore.ts';
import { cases } from '../../../src/store/schema.ts';
import { appendMessage, listMessages } from '../../fakes/mail/dovecot.ts';
import { CUSTOMER, daysAgo, openEmailHarness, raw, type EmailHarness } from './emailHarness.ts';

const FIRST = { subject: 'Dead SFP', text: 'Order 100234: the SFP shows no light.' };

async function allSeen(h: EmailHarness): Promise<boolean> {
  const listed = await listMessages(h.dovecot);
  return listed.length > 0 && listed.every((m) => m.seen);
}

/** Mails the bot sent to `address`. */
function mailsTo(h: EmailHarness, address = CUSTOMER) {
  return h.smtp.messages.filter((m) => m.envelope.to.includes(address));
}

async function allCases(h: EmailHarness): Promise<string[]> {
  return (await h.app.database.db.select({ ref: cases.ref }).from(cases)).map((r) => r.ref);
}

async function auditCount(h: EmailHarness, ref = 'C-1001'): Promise<number> {
  const row = await findCaseByRef(h.app.database.db, ref);
  return row ? (await caseHistory(h.app.database.db, row.id, 500)).length : 0;
}

describe('email faults', () => {
  let h: EmailHarness;
  beforeEach(async () => {
    h = await openEmailHarness({
      orders: Array.from({ length: 6 }, (_, i) => ({
        orderNumber: String(100234 + i),
        partNumber: 'SFP-10G-SR',
        serialNumber: `FNS1732${i}ABC`,
        description: 'Cisco 10GBASE-SR SFP+ module',
        terms: 'standard' as const,
        deliveredOn: daysAgo(5),
      })),
    });
  });
  afterEach(async () => {
    await h.close();
  });

  it('takes a mail delivered twice, or read again after a crash, once', async () => {
    const bytes = await raw({ ...FIRST, messageId: '<twice@acme.example>' });
    await appendMessage(h.dovecot, bytes);
    await h.nextMail(0);
    await appendMessage(h.dovecot, bytes);
    // A crash between the case write and the \Seen flag: the mail is unseen again.
    const imap = new ImapFlow({
      host: '127.0.0.1',
      port: h.dovecot.port,
      secure: false,
      auth: { user: 'desk@seller.test', pass: 'secret' },
      logger: false,
    });
    await imap.connect();
    await imap.mailboxOpen('INBOX');
    await imap.messageFlagsRemove('1', ['\\Seen'], { uid: true });
    await imap.logout();
    await h.mailbox.pass();
    await expect.poll(() => allSeen(h)).toBe(true);
    await sleep(500);
    expect(mailsTo(h)).toHaveLength(1);
    expect(await allCases(h)).toHaveLength(1);
  });

  it('loses nothing and answers nobody twice when the reader and the server restart mid-mailbox', async () => {
    const customers = Array.from({ length: 6 }, (_, i) => `customer${i}@acme.example`);
    for (const [i, from] of customers.entries())
      await appendMessage(h.dovecot, await raw({ from, subject: 'claim', text: `Order ${100234 + i}: no light.` }));
    await h.smtp.waitFor(() => h.smtp.messages.length >= 1);
    await h.restartReader();
    await h.dovecot.restart();
    await h.mailbox.pass();
    // The reader reconnects with a backoff (1 s, 2 s, 4 s …) while Dovecot comes back: slow on a busy machine.
    await expect.poll(() => allSeen(h), { timeout: 60_000 }).toBe(true);
    await expect.poll(() => customers.every((c) => mailsTo(h, c).length >= 1), { timeout: 30_000 }).toBe(true);
    await sleep(500);
    for (const c of customers) expect(mailsTo(h, c)).toHaveLength(1);
    expect(await allCases(h)).toHaveLength(6);
  });

  it('never answers an out-of-office or a bounce', async () => {
    await h.send(FIRST);
    const opened = await h.nextMail(0);
    const before = await auditCount(h);
    await h.reply(opened, 'I am out of the office until Monday.', { headers: { 'Auto-Submitted': 'auto-replied' } });
    await h.send({
      from: 'MAILER-DAEMON@mx.acme.example',
      subject: 'Undelivered Mail Returned to Sender',
      text: 'The mail could not be delivered.',
      headers: { 'Return-Path': '<>' },
    });
    await expect.poll(async () => (await listMessages(h.dovecot)).length === 3 && (await allSeen(h))).toBe(true);
    await sleep(500);
    expect(h.smtp.messages).toHaveLength(1);
    expect(await auditCount(h)).toBe(before);
  });

  it('keeps the words of a mail with a 25 MB photo and tells the customer the photo is over the limit', async () => {
    await h.send(FIRST);
    const opened = await h.nextMail(0);
    const big = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(25 * 1024 * 1024, 7)]);
    await h.reply(opened, 'The label, sorry it is large', {
      attachments: [{ filename: 'label.jpg', content: big, contentType: 'image/jpeg' }],
    });
    const told = await h.nextMail(1, (m) => /label\.jpg/.test(m.parsed.text ?? ''), CUSTOMER);
    expect(told.parsed.text).toMatch(/couldn't keep "label\.jpg" for C-1001: it is larger than 20 MB, the limit for images/);
    expect(told.parsed.text).toMatch(/Please send it again/);
    const evidence = await listEvidence(h.app.database.db, 'C-1001');
    expect(evidence?.items.map((i) => [i.name, i.status])).toEqual([['label.jpg', 'refused']]);
  });

  it('answers a mail too large to take with the limits, and opens nothing', async () => {
    await h.restartReader({ maxMessageBytes: 200_000 });
    await h.send({ ...FIRST, attachments: [{ filename: 'video.mp4', content: Buffer.alloc(300_000, 3), contentType: 'video/mp4' }] });
    const told = await h.nextMail(0);
    expect(told.parsed.text).toMatch(/^Your email "Dead SFP" is \d+ KB, more than I can take in one email\./);
    expect(told.parsed.subject).toBe('Re: Dead SFP');
    await expect.poll(() => allSeen(h)).toBe(true);
    expect(await allCases(h)).toEqual([]);
  });

  it('reads a mail in a charset nobody knows', async () => {
    const message = Buffer.concat([
      Buffer.from(
        [
          `From: ${CUSTOMER}`,
          'To: rma@seller.test',
          'Subject: claim',
          'Message-ID: <klingon@acme.example>',
          'MIME-Version: 1.0',
          'Content-Type: text/plain; charset="x-klingon-7"',
          'Content-Transfer-Encoding: 8bit',
          '',
          'Order 100234, no light ',
        ].join('\r\n'),
      ),
      Buffer.from([0xe9, 0xff, 0xfe, 0x0d, 0x0a]),
    ]);
    await appendMessage(h.dovecot, message);
    const opened = await h.nextMail(0);
    expect(opened.parsed.text).toContain('SFP-10G-SR');
  });

  it('refuses a reply from another address in the case, politely, until staff add that address', async () => {
    await h.send(FIRST);
    const opened = await h.nextMail(0);
    const before = await auditCount(h);
    await h.reply(opened, 'Here is the serial FNS17320ABC', { from: 'Bob <bob@other.example>' });
    const refusal = await h.nextMail(1, () => true, 'bob@other.example');
    expect(refusal.parsed.text).toMatch(/C-1001 is not your case, so I haven't added your message to it/);
    expect(refusal.parsed.headers.get('auto-submitted')).toBe('auto-replied');
    expect(await auditCount(h)).toBe(before);

    // Staff add the colleague: their next reply goes into the case, and the customer hears back.
    const added = await h.staffCommand('/rma contact C-1001 Bob@Other.example');
    expect(added.messages.map((m) => m.text)).toEqual(['bob@other.example may now write on C-1001 for jane@acme.example.']);
    const sent = h.smtp.messages.length;
    await h.reply(opened, 'Here is the serial FNS17320ABC', { from: 'Bob <bob@other.example>' });
    const next = await h.nextMail(sent);
    expect(next.parsed.text).toMatch(/photo of the serial-number label/);
    const row = await findCaseByRef(h.app.database.db, 'C-1001');
    expect((await caseHistory(h.app.database.db, row!.id, 50)).some((e) => e.actorId === 'bob@other.example')).toBe(true);
  });

  it('finds the case by [C-1001] in the subject when the headers name nothing', async () => {
    await h.send(FIRST);
    await h.nextMail(0);
    await h.send({ subject: 'Photos for [C-1001]', text: 'I will send the photos tomorrow.' });
    await expect.poll(async () => (await listMessages(h.dovecot)).every((m) => m.seen)).toBe(true);
    expect(await allCases(h)).toHaveLength(1);
  });

  it('sends a mail again after the SMTP server failed it, once', async () => {
    h.smtp.failNext(1);
    await h.send(FIRST);
    const opened = await h.nextMail(0);
    // The event's messages are one mail, retried whole.
    expect(opened.parsed.text).toContain('opened case C-1001');
    expect(opened.parsed.text).toContain('type the serial number');
    await sleep(1500);
    expect(mailsTo(h)).toHaveLength(1);
  });
});
