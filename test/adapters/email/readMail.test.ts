// Reading a raw mail: the new text only, the ids it answers, evidence attachments, and mail no person
// wrote (auto-replies, bounces, lists) recognised from its headers. Messages are built with nodemailer's
// own composer, or written out by hand where a header must be exactly so.
import MailComposer from 'nodemailer/lib/mail-composer';
import { describe, expect, it } from 'vitest';
import { readMail } from '../../../src/adapters/email/readMail.ts';

async function compose(options: ConstructorParameters<typeof MailComposer>[0]): Promise<Buffer> {
  return new MailComposer({ from: 'Jane Doe <Jane@Acme.example>', to: 'rma@seller.example', ...options }).compile().build();
}

const raw = (lines: string[]) => Buffer.from(lines.join('\r\n'));

describe('readMail', () => {
  it('reads the sender in lower case, the ids it answers, and only the new text', async () => {
    const mail = await readMail(
      await compose({
        subject: 'Re: Your return claim [C-1042]',
        messageId: '<reply-1@acme.example>',
        inReplyTo: '<rma-desk.c-1042.7@seller.example>',
        references: ['<first@acme.example>', '<rma-desk.c-1042.7@seller.example>'],
        text: [
          'The order is 100234 and the serial FNS17320ABC.',
          '',
          'Thanks,',
          'Jane',
          '',
          'On Mon, Dec 1, 2026 at 10:00 AM Returns desk <rma@seller.example> wrote:',
          '> What is your order number?',
          '> --',
          '> To answer, reply to this email.',
        ].join('\n'),
      }),
    );
    expect(mail.from).toBe('jane@acme.example');
    expect(mail.messageId).toBe('reply-1@acme.example');
    expect(mail.answers).toEqual(['rma-desk.c-1042.7@seller.example', 'first@acme.example']);
    expect(mail.text).toBe('The order is 100234 and the serial FNS17320ABC.\n\nThanks,\nJane');
    expect(mail.automatic).toBeNull();
  });

  it('drops an Outlook reply block and a signature, keeps a long pasted log line', async () => {
    const log = `%LINK-3-UPDOWN: Interface TenGigabitEthernet1/1/1, changed state to down ${'x'.repeat(300)}`;
    const mail = await readMail(
      await compose({
        subject: 'RE: claim',
        text: [
          log,
          '',
          '-- ',
          'Jane Doe | NetOps',
          '',
          '-----Original Message-----',
          'From: Returns desk <rma@seller.example>',
          'Sent: Monday',
          'Subject: claim',
          '',
          'Old text',
        ].join('\n'),
      }),
    );
    expect(mail.text).toBe(log);
  });

  it('keeps photos and logs, drops the small logo of a signature', async () => {
    const photo = Buffer.alloc(40_000, 1);
    const logo = Buffer.alloc(2_000, 2);
    const mail = await readMail(
      await compose({
        subject: 'dead SFP',
        text: 'photos attached',
        html: '<p>photos attached</p><img src="cid:logo@acme">',
        attachments: [
          { filename: 'serial.jpg', content: photo, contentType: 'image/jpeg' },
          { filename: 'logo.png', content: logo, contentType: 'image/png', cid: 'logo@acme' },
          { filename: 'show-tech.txt', content: 'show tech\n', contentType: 'text/plain' },
        ],
      }),
    );
    expect(mail.files.map((f) => [f.name, f.type, f.bytes.length])).toEqual([
      ['serial.jpg', 'image/jpeg', 40_000],
      ['show-tech.txt', 'text/plain', 10],
    ]);
  });

  it('has an id for a message without a Message-ID, the same on every read', async () => {
    const message = raw(['From: jane@acme.example', 'To: rma@seller.example', 'Subject: hi', '', 'order 100234']);
    const first = await readMail(message);
    expect(first.messageId).toMatch(/^sha256-[0-9a-f]{64}$/);
    expect((await readMail(message)).messageId).toBe(first.messageId);
  });

  it('reads a message in a charset nobody knows without failing', async () => {
    const message = Buffer.concat([
      Buffer.from(
        [
          'From: jane@acme.example',
          'To: rma@seller.example',
          'Subject: =?x-klingon?Q?broken?=',
          'Message-ID: <k@acme.example>',
          'MIME-Version: 1.0',
          'Content-Type: text/plain; charset="x-klingon-7"',
          'Content-Transfer-Encoding: 8bit',
          '',
          'Order 100234, SFP dead ',
        ].join('\r\n'),
      ),
      Buffer.from([0xe9, 0xff, 0xfe]),
      Buffer.from('\r\n'),
    ]);
    const mail = await readMail(message);
    expect(mail.text).toContain('Order 100234, SFP dead');
    expect(mail.automatic).toBeNull();
  });

  const robots: Array<[string, string[]]> = [
    ['an out-of-office (Auto-Submitted)', ['Auto-Submitted: auto-replied']],
    ['a vacation reply (X-Autoreply)', ['X-Autoreply: yes']],
    ['bulk mail', ['Precedence: bulk']],
    ['a mailing list', ['List-Id: <netops.lists.example>']],
    ['a bounce (null sender)', ['Return-Path: <>']],
  ];
  for (const [what, headers] of robots) {
    it(`knows ${what} was not written by a person`, async () => {
      const returnPath = headers.some((h) => h.startsWith('Return-Path')) ? [] : ['Return-Path: <jane@acme.example>'];
      const mail = await readMail(
        raw([
          ...returnPath,
          ...headers,
          'From: jane@acme.example',
          'To: rma@seller.example',
          'Subject: Out of office',
          'Message-ID: <r@acme.example>',
          '',
          'I am away.',
        ]),
      );
      expect(mail.automatic).not.toBeNull();
    });
  }

  it('knows a delivery report from the mailer daemon', async () => {
    const mail = await readMail(
      raw([
        'From: Mail Delivery System <MAILER-DAEMON@mx.acme.example>',
        'To: rma@seller.example',
        'Subject: Undelivered Mail Returned to Sender',
        'MIME-Version: 1.0',
        'Content-Type: multipart/report; report-type=delivery-status; boundary="b"',
        '',
        '--b',
        'Content-Type: text/plain',
        '',
        'The mail could not be delivered.',
        '--b',
        'Content-Type: message/delivery-status',
        '',
        'Status: 5.1.1',
        '--b--',
      ]),
    );
    expect(mail.automatic).toMatch(/report|mailer-daemon/i);
  });

  it('takes a mail with Auto-Submitted: no as a person’s', async () => {
    const mail = await readMail(
      raw(['Auto-Submitted: no', 'From: jane@acme.example', 'To: rma@seller.example', 'Subject: x', '', 'order 100234']),
    );
    expect(mail.automatic).toBeNull();
  });
});
