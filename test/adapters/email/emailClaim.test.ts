// A whole claim by email against a real Dovecot and a real SMTP server: the customer's first mail opens
// the case, the bot's questions are answered by reply (quotes and all), staff approve, and the RMA
// document arrives attached, every mail in one thread as the customer's mail client sees it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readPdfText } from '../../paperwork/readPdf.ts';
import { photo } from '../../evidence/evidenceCase.ts';
import { listMessages } from '../../fakes/mail/dovecot.ts';
import { listEvidence } from '../../../src/evidence/evidenceQueries.ts';
import { CUSTOMER, DESK, openEmailHarness, type EmailHarness } from './emailHarness.ts';

describe('a claim by email', () => {
  let h: EmailHarness;
  beforeEach(async () => {
    h = await openEmailHarness();
  });
  afterEach(async () => {
    await h.close();
  });

  it('runs from the first mail to the RMA document, threaded, with the photos in the vault', async () => {
    const first = await h.send({
      subject: 'Dead SFP on order 100234',
      text: 'Hello,\n\nthe SFP from order 100234 shows no light. Serial FNS17320ABC.\n\nRegards,\nJane\n-- \nJane Doe | NetOps | Acme',
    });
    const opened = await h.nextMail(0);
    // One mail for the event: greeting, eligibility and the next question together.
    expect(opened.parsed.text).toContain('opened case C-1001');
    expect(opened.parsed.text).toContain('DOA');
    expect(opened.parsed.text).toMatch(/photo of the serial-number label/);
    expect(opened.parsed.subject).toBe('Re: Dead SFP on order 100234 [C-1001]');
    expect(opened.parsed.inReplyTo).toBe(`<${first}>`);
    expect(opened.parsed.headers.get('auto-submitted')).toBe('auto-replied');
    expect(opened.parsed.html).toContain('<p>');
    expect(opened.parsed.from?.value[0]?.address).toBe(DESK);
    // The signature and greeting never reach the staff notice as the fault.
    await expect.poll(() => h.staffSeen.length).toBe(0);

    const label = await photo(80);
    await h.reply(opened, 'Here is the label.', { attachments: [{ filename: 'label.jpg', content: label, contentType: 'image/jpeg' }] });
    const askInstall = await h.nextMail(1);
    expect(askInstall.parsed.text).toMatch(/photo of the installation/);
    expect(askInstall.parsed.text).not.toContain('Here is the label'); // the quote is the customer's, not repeated back
    const rack = await photo(120);
    await h.reply(askInstall, 'Rack photo attached', { attachments: [{ filename: 'rack.jpg', content: rack, contentType: 'image/jpeg' }] });
    const askFault = await h.nextMail(2);
    await h.reply(askFault, 'No light on the port, link stays down on Te1/1/1 since we installed it.');
    const askEvidence = await h.nextMail(3);
    await h.reply(askEvidence, 'Logs attached.', {
      attachments: [{ filename: 'show-log.txt', content: Buffer.from('%LINK-3-UPDOWN: Te1/1/1 down\n'), contentType: 'text/plain' }],
    });
    const troubleshoot = await h.nextMail(4);
    expect(troubleshoot.parsed.text).toMatch(/Answer "fixed" or "still failing"/);
    await h.reply(troubleshoot, 'Still failing');
    const waiting = await h.nextMail(5);
    expect(waiting.parsed.text).toMatch(/staff/i);
    // Staff were told, with the customer's channel.
    await expect.poll(() => h.staffSeen.some((m) => m.text.includes('C-1001') && m.text.includes('(email)'))).toBe(true);

    // The photos went into the vault from the mails themselves.
    await expect
      .poll(async () => (await listEvidence(h.app.database.db, 'C-1001'))?.items.filter((f) => f.status === 'stored').length, {
        timeout: 15_000,
      })
      .toBe(3);

    // A staffer approves in the console: the approval goes to the customer by email, with the RMA PDF.
    const approved = await h.staffCommand('/rma approve C-1001');
    expect(approved.ok).toBe(true);
    const approval = await h.nextMail(6, (m) => m.parsed.attachments.length > 0);
    const pdf = approval.parsed.attachments[0]!;
    expect(pdf.contentType).toBe('application/pdf');
    expect(pdf.filename).toMatch(/^RMA-\d{2}-00001\.pdf$/);
    expect((await readPdfText(pdf.content)).text.join(' ')).toContain('C-1001');
    expect(approval.parsed.text).toMatch(/RMA-\d{2}-00001/);

    // Every mail of the bot threads under the first: same subject, References from the first mail on.
    const mine = h.smtp.messages.filter((m) => m.envelope.to.includes(CUSTOMER));
    for (const m of mine) {
      expect(m.parsed.subject).toBe('Re: Dead SFP on order 100234 [C-1001]');
      expect([m.parsed.references ?? []].flat()[0]).toBe(`<${first}>`);
      expect(m.parsed.messageId).toMatch(/@seller\.test>$/);
    }
    expect(new Set(mine.map((m) => m.parsed.messageId)).size).toBe(mine.length);
    if (process.env.SHOW_MAILS) for (const m of h.smtp.messages) console.log(`---- ${m.parsed.subject}\n${m.parsed.text}`);
    // Every mail was read and marked seen in the mailbox.
    await expect.poll(async () => (await listMessages(h.dovecot)).every((m) => m.seen)).toBe(true);
  });

  it('takes the photos and the log of a first mail that has everything, and asks only for what is missing', async () => {
    await h.send({
      subject: 'RMA request - SFP dead',
      text: 'Hi team,\n\nOrder 100234: the SFP-10G-SR, serial FNS17320ABC, shows no light.\nLabel and rack photos and the log attached.\n\nTom\n\nSent from my iPhone',
      attachments: [
        { filename: 'IMG_0001.jpg', content: await photo(60), contentType: 'image/jpeg' },
        { filename: 'IMG_0002.jpg', content: await photo(140), contentType: 'image/jpeg' },
        { filename: 'log.txt', content: Buffer.from('%LINK-3-UPDOWN: Te1/1/1 down\n'), contentType: 'text/plain' },
      ],
    });
    const answer = await h.nextMail(0);
    expect(answer.parsed.text).toContain('covered as DOA');
    expect(answer.parsed.text).not.toMatch(/photo of the serial-number label|photo of the installation/);
    expect(answer.parsed.text).toMatch(/describe the fault/);
    await expect
      .poll(async () => (await listEvidence(h.app.database.db, 'C-1001'))?.items.map((i) => [i.name, i.purpose, i.status]), {
        timeout: 15_000,
      })
      .toEqual([
        ['IMG_0001.jpg', 'serial_photo', 'stored'],
        ['IMG_0002.jpg', 'install_photo', 'stored'],
        ['log.txt', 'evidence', 'stored'],
      ]);
  });
});
