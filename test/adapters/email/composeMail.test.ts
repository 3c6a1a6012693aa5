// The bot's mail as the customer's client threads it: subject with the case reference, the headers
// that say which mail it answers, plain text and HTML with the customer's words escaped.
import { describe, expect, it } from 'vitest';
import { composeMail, replySubject } from '../../../src/adapters/email/composeMail.ts';
import { oneCustomerMessage } from '../../../src/service/mailMessages.ts';
import type { Outbound } from '../../../src/service/messages.ts';

const message = (over: Partial<Outbound> = {}): Outbound => ({
  outboxId: 7,
  case: 'C-1042',
  platform: 'email',
  thread: 'first@acme.example',
  to: 'customer',
  user: 'jane@acme.example',
  text: 'Please send a photo of the serial-number label.',
  expects: 'serial_photo',
  actions: [],
  private: false,
  ...over,
});

describe('replySubject', () => {
  it('answers the first subject once, with the case reference once', () => {
    expect(replySubject('C-1042', 'Dead SFP')).toBe('Re: Dead SFP [C-1042]');
    expect(replySubject('C-1042', 'RE: AW: Dead SFP')).toBe('Re: Dead SFP [C-1042]');
    expect(replySubject('C-1042', 'Re: Dead SFP [C-1042]')).toBe('Re: Dead SFP [C-1042]');
    expect(replySubject('C-1042', '')).toBe('Your return claim [C-1042]');
    expect(replySubject(null, 'hello')).toBe('Re: hello');
  });
});

describe('a mail in the case’s language', () => {
  it('ends with the footer and names a new claim in that language; the reply prefix stays "Re:"', () => {
    const mail = composeMail({
      message: message({ language: 'de', text: 'Bitte senden Sie ein Foto des Seriennummern-Etiketts.' }),
      messageId: 'rma-desk.c-1042.7@seller.example',
      thread: { root: null, latestIn: null, recent: [] },
      file: null,
      identity: { from: { name: null, address: 'returns@seller.example' }, replyTo: null },
      subject: '',
    });
    expect(mail.subject).toBe('Ihre Reklamation [C-1042]');
    expect(mail.text).toContain('lassen Sie [C-1042] im Betreff stehen');
    expect(mail.text).not.toContain('To talk to a person');
    expect(mail.html).toContain('mit einem Mitarbeiter sprechen');
    expect(replySubject('C-1042', 'Defektes SFP', 'zh')).toBe('Re: Defektes SFP [C-1042]');
    expect(replySubject('C-1042', null, 'zh')).toBe('您的退货申请 [C-1042]');
  });
});

describe('composeMail', () => {
  it('threads under the case and escapes the customer’s words in HTML', () => {
    const mail = composeMail({
      message: message({ quote: '<script>alert(1)</script> & no light' }),
      messageId: 'rma-desk.c-1042.7@seller.example',
      thread: {
        root: { messageId: 'first@acme.example', subject: 'Dead SFP' },
        latestIn: 'second@acme.example',
        recent: ['first@acme.example', 'second@acme.example'],
      },
      file: null,
      identity: { from: { name: 'Returns desk', address: 'rma@seller.example' }, replyTo: 'support@seller.example' },
    });
    expect(mail).toMatchObject({
      subject: 'Re: Dead SFP [C-1042]',
      to: 'jane@acme.example',
      inReplyTo: 'second@acme.example',
      references: ['first@acme.example', 'second@acme.example'],
      replyTo: 'support@seller.example',
      headers: { 'Auto-Submitted': 'auto-replied' },
    });
    expect(mail.text).toContain('> <script>alert(1)</script> & no light');
    expect(mail.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; no light');
    expect(mail.html).not.toContain('<script>');
  });
});

describe('oneCustomerMessage', () => {
  it('joins what one write tells the customer, keeps staff messages and a message with a document apart', () => {
    const staff = message({ to: 'staff', user: null, text: 'C-1042 needs review' });
    const joined = oneCustomerMessage([
      message({ text: 'one' }),
      staff,
      message({ text: 'two', quote: 'my words' }),
      message({ text: 'approved', attachment: { kind: 'rma_document' } }),
      message({ text: 'three' }),
    ]);
    expect(joined.map((m) => [m.to, m.text])).toEqual([
      ['customer', 'one\n\ntwo\n> my words'],
      ['staff', 'C-1042 needs review'],
      ['customer', 'approved'],
      ['customer', 'three'],
    ]);
  });
});
