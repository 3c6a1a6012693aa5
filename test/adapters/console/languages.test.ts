// Issue 19: a whole claim through `chat --jsonl` in each language the desk speaks. The customer writes
// only in their language; every answer comes back in it, staff keep reading English with the case's
// language named, and the case line carries it.
import { describe, expect, it } from 'vitest';
import { formatDay, formatMoney } from '../../../src/i18n/format.ts';
import type { Language } from '../../../src/i18n/languages.ts';
import { DEFAULT_POLICY } from '../../../src/policy/policy.ts';
import { translate } from '../../../src/i18n/translate.ts';
import { cases, messages, runScript, type OutLine } from './jsonlHarness.ts';

interface Script {
  language: Exclude<Language, 'en'>;
  name: string;
  /** What a customer of that language writes at each step. */
  opening: string;
  serial: string;
  fault: string;
  evidence: string;
  stillFailing: string;
  tracking: string;
  /** Asked after approval: who pays the shipping. */
  question: string;
}

const SCRIPTS: Script[] = [
  {
    language: 'de',
    name: 'German',
    opening: 'Hallo, das SFP aus Bestellung 100234 funktioniert nicht',
    serial: 'Seriennummer: FNS17320ABC',
    fault: 'Kein Link, die Empfangsleistung liegt auf beiden Seiten bei -40 dBm',
    evidence: 'show interfaces transceiver detail\nTe1/0/1  Rx -40.0 dBm  Tx -2.1 dBm  alarm low',
    stillFailing: 'funktioniert immer noch nicht',
    tracking: 'Sendungsnummer 1Z999AA10123456784',
    question: 'Wer zahlt den Versand?',
  },
  {
    language: 'es',
    name: 'Spanish',
    opening: 'Hola, el SFP del pedido 100234 no funciona',
    serial: 'número de serie: FNS17320ABC',
    fault: 'No hay enlace, la potencia de recepción es de -40 dBm en ambos extremos',
    evidence: 'show interfaces transceiver detail\nTe1/0/1  Rx -40.0 dBm  Tx -2.1 dBm  alarm low',
    stillFailing: 'sigue sin funcionar',
    tracking: 'número de seguimiento 1Z999AA10123456784',
    question: '¿Quién paga el envío?',
  },
  {
    language: 'fr',
    name: 'French',
    opening: 'Bonjour, le SFP de la commande 100234 ne fonctionne pas',
    serial: 'numéro de série : FNS17320ABC',
    fault: 'Pas de lien, la puissance reçue est de -40 dBm des deux côtés',
    evidence: 'show interfaces transceiver detail\nTe1/0/1  Rx -40.0 dBm  Tx -2.1 dBm  alarm low',
    stillFailing: 'ne fonctionne toujours pas',
    tracking: 'numéro de suivi 1Z999AA10123456784',
    question: 'Qui paie les frais de port ?',
  },
  {
    language: 'zh',
    name: 'Simplified Chinese',
    opening: '你好，订单100234的SFP模块无法工作',
    serial: '序列号：FNS17320ABC',
    fault: '没有链路，两端的接收功率都是-40 dBm',
    evidence: 'show interfaces transceiver detail\nTe1/0/1  Rx -40.0 dBm  Tx -2.1 dBm  alarm low',
    stillFailing: '还是不行',
    tracking: '运单号 1Z999AA10123456784',
    question: '运费谁付？',
  },
];

/** Sentences of the English catalog a customer of another language must never get. */
const ENGLISH_MARKERS = ['Please ', 'Thanks', 'I need', 'Your return is approved', 'our staff', 'talk to a person', ' the ', 'Check '];

function customerTexts(out: OutLine[]): string[] {
  return messages(out)
    .filter((m) => m.to === 'customer')
    .map((m) => String(m.text));
}

describe.each(SCRIPTS)('a claim in $name through chat --jsonl', (script) => {
  const lang = script.language;
  const say = (key: Parameters<typeof translate>[1], values?: Parameters<typeof translate>[2]) => translate(lang, key, values);

  it('answers every step in that language and carries the claim to a refund', async () => {
    const out = await runScript(
      [
        { at: '2026-11-20T10:00:00Z', user: 'U1', text: script.opening },
        { user: 'U1', text: script.serial },
        { user: 'U1', files: [{ name: 'sn.jpg', type: 'image/jpeg', size: 204800 }] },
        { user: 'U1', files: [{ name: 'rack.jpg', type: 'image/jpeg', size: 304800 }] },
        { user: 'U1', text: script.fault },
        { user: 'U1', text: script.evidence },
        { user: 'U1', text: script.stillFailing },
        { user: 'S1', command: '/rma approve C-1001' },
        { user: 'U1', text: script.question },
        { user: 'U1', text: script.tracking },
        { user: 'S1', command: '/rma received C-1001' },
        { user: 'S1', command: '/rma resolve C-1001 refund' },
      ],
      { staff: ['S1'] },
    );
    const toCustomer = customerTexts(out);
    // Each step asked in the customer's language, in order.
    expect(toCustomer.some((t) => t.startsWith(say('customer.opened', { ref: 'C-1001', person: say('customer.person') })))).toBe(true);
    expect(toCustomer).toContain(
      say('customer.eligible', {
        item: 'SFP-10G-SR (Cisco 10GBASE-SR SFP+)',
        order: '100234',
        days: 10,
        kind: say('kind.doa'),
        endsOn: formatDay(lang, '2026-11-24'),
      }),
    );
    for (const key of [
      'customer.ask.serial_photo',
      'customer.ask.install_photo',
      'customer.ask.fault_description',
      'customer.ask.evidence',
    ] as const)
      expect(toCustomer).toContain(say(key));
    // The troubleshooting checks, then the words "still failing" in that language send it to review.
    expect(toCustomer.some((t) => t.startsWith(say('customer.troubleshoot')))).toBe(true);
    expect(toCustomer).toContain(say('customer.review_needed', { ref: 'C-1001' }));
    expect(toCustomer.some((t) => t.startsWith(say('customer.return.approved', { rma: 'RMA-26-00001' })))).toBe(true);
    // The policy question answered in the language, with the cap in its money format.
    expect(toCustomer.some((t) => t.startsWith(say('answer.shipping.cover', { cap: formatMoney(lang, 50_000) })))).toBe(true);
    expect(toCustomer).toContain(say('customer.tracking_received', { tracking: '1Z999AA10123456784', rma: 'RMA-26-00001' }));
    expect(toCustomer).toContain(say('customer.resolved.refund', { rma: 'RMA-26-00001', ref: 'C-1001' }));
    for (const text of toCustomer) for (const marker of ENGLISH_MARKERS) expect(text).not.toContain(marker);
    // The buttons speak the customer's language too.
    const buttons = messages(out).find((m) => m.to === 'customer' && m.expects === 'troubleshooting')!;
    expect((buttons.actions as Array<{ label: string }>).map((a) => a.label)).toEqual([
      say('button.fixed'),
      say('button.still_failing'),
      say('button.cancel'),
    ]);
    // Staff read English, told which language the customer's words are in.
    const review = messages(out).find((m) => m.to === 'staff' && String(m.text).includes('needs review'))!;
    expect(String(review.text)).toContain(`The customer writes in ${script.name}`);
    expect(review.quote).toBe(script.fault);
    expect(cases(out)[0]).toMatchObject({ state: 'resolved', rma: 'RMA-26-00001', resolution: 'refund', language: lang });
  });
});

describe('choosing the language', () => {
  it('follows a platform locale from the first message, and the customer may switch with /lang and in words', async () => {
    const out = await runScript([
      { at: '2026-11-20T10:00:00Z', user: 'U1', text: 'order 100234 is dead', locale: 'es-ES' },
      { user: 'U1', text: '/lang de' },
      { user: 'U1', text: 'English please' },
    ]);
    const [opening, , , german, , english] = customerTexts(out);
    expect(opening).toContain(translate('es', 'customer.opened', { ref: 'C-1001', person: translate('es', 'customer.person') }));
    expect(german).toBe(translate('de', 'customer.language_set'));
    expect(english).toBe(translate('en', 'customer.language_set'));
    // After each switch the step's question again, in the new language.
    expect(customerTexts(out)).toContain(translate('de', 'customer.ask.serial_number', { part: 'SFP-10G-SR' }));
    expect(customerTexts(out).at(-1)).toBe(translate('en', 'customer.ask.serial_number', { part: 'SFP-10G-SR' }));
    expect(cases(out)[0]).toMatchObject({ language: 'en' });
  });

  it('keeps English for words that tell no language, and does not switch on a pasted English log', async () => {
    const out = await runScript([
      { at: '2026-11-20T10:00:00Z', user: 'U1', text: '100234' },
      { user: 'U1', text: 'FNS17320ABC' },
      { user: 'U1', text: 'Bestellung kam gestern, das Modul ist defekt' },
      { user: 'U1', files: [{ name: 'sn.jpg', type: 'image/jpeg', size: 204800 }] },
    ]);
    // "100234" and a serial say nothing; the first German sentence sets German, and it stays.
    expect(customerTexts(out)[0]).toContain(
      translate('en', 'customer.opened', { ref: 'C-1001', person: translate('en', 'customer.person') }),
    );
    expect(customerTexts(out).at(-1)).toBe(translate('de', 'customer.ask.install_photo'));
    const later = await runScript([
      { at: '2026-11-20T10:00:00Z', user: 'U1', text: 'Hallo, Bestellung 100234 ist defekt' },
      { user: 'U1', text: 'The interface is down and the switch does not see the optic at all' },
    ]);
    expect(cases(later)[0]).toMatchObject({ language: 'de' });
  });
});

describe('the staff language', () => {
  it("speaks to staff in the policy's staffLanguage and to the customer in theirs", async () => {
    const out = await runScript(
      [
        { at: '2026-11-20T10:00:00Z', user: 'U1', text: 'Hello, the SFP from order 100234 does not work' },
        { user: 'U1', text: 'talk to a person' },
      ],
      { policy: { ...DEFAULT_POLICY, staffLanguage: 'de' } },
    );
    const toStaff = messages(out).find((m) => m.to === 'staff')!;
    expect(String(toStaff.text)).toContain(
      translate('de', 'staff.human.asked', { ref: 'C-1001', customer: 'U1', platform: 'console' }).split('\n')[0]!,
    );
    // The customer writes English, which is not the staff language: staff are told, in German.
    expect(String(toStaff.text)).toContain(translate('de', 'staff.review.language', { language: 'Englisch' }));
    expect(customerTexts(out).at(-1)).toBe(translate('en', 'customer.human', { ref: 'C-1001' }));
  });
});

describe('a message the desk does not take', () => {
  it("is refused in the language of the customer's case", async () => {
    const out = await runScript([
      { at: '2026-11-20T10:00:00Z', user: 'U1', text: 'Hallo, das SFP aus Bestellung 100234 funktioniert nicht' },
      { user: 'U1', files: [{ name: 'sn.exe', type: 'application/x-msdownload', size: 2048 }] },
    ]);
    const refusal = out.find((l) => l.type === 'ack' && l.ok === false)!;
    expect(refusal.error).toBe(translate('de', 'refusal.file_type', { name: 'sn.exe', type: 'application/x-msdownload' }));
  });
});
