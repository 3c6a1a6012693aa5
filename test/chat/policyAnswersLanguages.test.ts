// Policy answers and troubleshooting checks for a case in German, Spanish, French or Chinese: the
// language's words, the case's own values (its policy's figures, its dates and amounts as that language
// writes them), no English sentence, and the maker's commands exactly as the CLI takes them.
import { describe, expect, it } from 'vitest';
import { CASE_STATES } from '../../src/case/caseState.ts';
import type { CaseContext, FlagEntry, OrderItem } from '../../src/case/types.ts';
import { intentOf } from '../../src/chat/intents.ts';
import { troubleshootingAnswer } from '../../src/chat/parse.ts';
import { policyAnswer, QUESTION_TOPICS, type QuestionTopic } from '../../src/chat/policyAnswers.ts';
import { troubleshootingChecks } from '../../src/chat/troubleshooting.ts';
import { translate } from '../../src/i18n/translate.ts';
import type { CostLine } from '../../src/policy/costs.ts';
import { parsePolicy, type Policy } from '../../src/policy/policy.ts';
import { caseWith, OPTIC, opticCase } from './caseFixture.ts';

type Foreign = 'de' | 'es' | 'fr' | 'zh';

// Figures unlike the published defaults, so an answer can only show them by reading the case's policy.
const POLICY: Policy = parsePolicy({
  doaDays: 30,
  warrantyDays: 365,
  costCapUsd: 750,
  contactEmail: 'rma@dock-returns.example.net',
  returnAddress: 'Example Returns, 1 Dock Road, Rotterdam',
});
const COST: CostLine = {
  label: 'return shipping',
  cents: 123_456,
  coveredCents: 75_000,
  pendingCents: 48_456,
  approvedCents: 0,
  at: '2026-11-21T00:00:00Z',
  by: 'S1',
};
const TODAY = '2026-11-20';

/** What each language must show: its own words, and dates, counts and amounts as it writes them. */
const EXPECTED: Record<Foreign, { doa: string[]; shipping: string[]; status: string; declined: string }> = {
  de: {
    doa: [
      'innerhalb von 30 Tagen nach der Lieferung',
      '365-Tage-Gewährleistung',
      'Ihr SFP-10G-SR wurde am 10. November 2026 geliefert',
      'Heute (20. November 2026) ist die DOA-Frist noch offen.',
    ],
    shipping: [
      'bis 750,00\u00a0USD pro Fall',
      'Bisher erfasst: 750,00\u00a0USD übernommen, 484,56\u00a0USD warten auf schriftliche Genehmigung.',
    ],
    status: 'C-1001 ist genehmigt: Ihre RMA-Nummer ist RMA-26-00001.',
    declined: 'der Artikel liegt außerhalb der 365-Tage-Gewährleistung',
  },
  es: {
    doa: [
      'en un plazo de 30 días desde la entrega',
      'la garantía de 365 días',
      'Su SFP-10G-SR se entregó el 10 de noviembre de 2026',
      'Hoy (20 de noviembre de 2026) el plazo DOA sigue abierto.',
    ],
    shipping: ['hasta 750,00\u00a0USD por caso', 'Registrado hasta ahora: 750,00\u00a0USD cubiertos; 484,56\u00a0USD pendientes'],
    status: 'C-1001 está aprobado: su número de RMA es RMA-26-00001.',
    declined: 'el artículo está fuera de la garantía de 365 días',
  },
  fr: {
    doa: [
      'dans les 30 jours suivant la livraison',
      'la garantie de 365 jours',
      'Votre SFP-10G-SR a été livré le 10 novembre 2026',
      'Aujourd’hui (20 novembre 2026), le délai DOA est encore ouvert.',
    ],
    shipping: [
      'jusqu’à 750,00\u00a0USD par dossier',
      'Enregistré à ce jour\u00a0: 750,00\u00a0USD pris en charge, 484,56\u00a0USD en attente',
    ],
    status: 'C-1001 est approuvé\u00a0: votre numéro RMA est RMA-26-00001.',
    declined: 'l’article est hors de la garantie de 365 jours',
  },
  zh: {
    doa: ['请在送达后 30 天内告诉我们', '365 天保修', '您的 SFP-10G-SR 于 2026年11月10日 送达', '今天（2026年11月20日）DOA 期限仍未结束。'],
    shipping: ['每个工单上限为 USD\u00a0750.00', '目前已记录：承担 USD\u00a0750.00，另有 USD\u00a0484.56 等待书面批准。'],
    status: 'C-1001 已获批准：您的 RMA 号码是 RMA-26-00001。',
    declined: '该商品已超出 365 天保修期',
  },
};
const LANGUAGES = Object.keys(EXPECTED) as Foreign[];

// English words no German, Spanish, French or Chinese sentence has (not "was": German for "what"); the
// values of these cases hold none.
const ENGLISH_WORDS = /\b(?:the|your|our|please|is|with|within|warranty|and|you|we|for|has|not|until|today)\b/i;
/** The text with the CLI commands taken out (they stay English in every language). */
const withoutCommands = (text: string) => text.replace(/`[^`]*`/g, '');

const approved = (language: Foreign, overrides: Partial<CaseContext> = {}) =>
  opticCase({ language, policy: POLICY, rma: 'RMA-26-00001', tracking: '1Z999AA10123456784', costs: [COST], ...overrides });
const answer = (topic: QuestionTopic, c: CaseContext, state = 'intake') => policyAnswer(topic, c, state, TODAY);

describe.each(LANGUAGES)('policyAnswer in %s', (language) => {
  const expected = EXPECTED[language];

  it('gives the windows with the case policy’s day counts and the item’s dates in the language’s format', () => {
    const text = answer('doa_window', opticCase({ language, policy: POLICY }));
    for (const part of expected.doa) expect(text).toContain(part);
    expect(text).not.toContain('2026-11-10');
  });

  it('gives the shipping cap and the recorded costs as the language writes dollars', () => {
    const text = answer('shipping_cost', approved(language), 'awaiting_return');
    for (const part of expected.shipping) expect(text).toContain(part);
    expect(text).not.toMatch(/USD 500|USD 1,234/);
  });

  it('gives the status with the case’s RMA number, and a decline with its reason and the contact address', () => {
    expect(answer('status', approved(language), 'awaiting_return')).toContain(expected.status);
    const declined = answer('status', approved(language, { reasons: ['outside_window'] }), 'declined');
    expect(declined).toContain(expected.declined);
    expect(declined).toContain('rma@dock-returns.example.net');
  });

  it('keeps the return address as the policy writes it', () => {
    expect(answer('return_address', approved(language), 'awaiting_return').split('\n')).toContain(
      'Example Returns, 1 Dock Road, Rotterdam',
    );
  });

  it('lets no English sentence through, whatever the topic, state or case', () => {
    const cases: CaseContext[] = [
      caseWith({ language, policy: POLICY }),
      caseWith({ language, policy: POLICY, orderNumber: '100310', orderItems: [OPTIC, { ...OPTIC, serialNumber: 'LIT2101AAAA' }] }),
      approved(language, { resolution: 'refund' }),
      approved(language, { resolution: 'fixed', reasons: ['no_response'] }),
      approved(language, { item: { ...OPTIC, terms: 'as-is' }, reasons: ['non_returnable'] }),
      approved(language, { rma: null, tracking: null, reasons: ['rma_expired'] }),
    ];
    for (const c of cases) {
      for (const topic of QUESTION_TOPICS) {
        for (const state of CASE_STATES) {
          const text = answer(topic, c, state).replace('Example Returns, 1 Dock Road, Rotterdam', '');
          expect(text, `${topic} in ${state}`).not.toMatch(ENGLISH_WORDS);
          expect(text, `${topic} in ${state}`).not.toMatch(/undefined|null|\[object|\{/);
          expect(text.split('\n').at(-1), `${topic} in ${state}`).toBe(translate(language, 'answer.person'));
        }
      }
    }
  });

  it('names a phrase the desk understands when it tells the customer what to write', () => {
    const quoted = (text: string) => [...text.matchAll(/[„«“]([^„“”«»]+)[“”»]/g)].map((m) => m[1]!.trim());
    const [person] = quoted(translate(language, 'answer.person'));
    expect(intentOf(person!)).toEqual({ kind: 'human' });
    const [fixed, failing] = quoted(translate(language, 'answer.status.troubleshooting', { ref: 'C-1001' }));
    expect(troubleshootingAnswer(fixed!)).toBe('fixed');
    expect(troubleshootingAnswer(failing!)).toBe('still_failing');
  });
});

describe('troubleshootingChecks in another language', () => {
  const VENDOR_LOCK: FlagEntry = { code: 'compatibility_claim', detail: 'vendor_lock', at: '2026-11-02T00:00:00Z' };
  const FIRMWARE: FlagEntry = { code: 'compatibility_claim', detail: 'firmware', at: '2026-11-02T00:00:00Z' };
  const part = (partNumber: string, description = ''): OrderItem => ({ ...OPTIC, partNumber, description });
  const ITEMS = [
    OPTIC,
    part('EX-SFP-10GE-LR'),
    part('DCS-7050SX-64', 'Arista 7050 switch'),
    part('XYZ-SFP-10G', 'third-party SFP+ optic'),
    part('PWR-C1-715WAC', '715W AC PSU'),
    part('MPC7E-MRATE', 'Juniper MX line card'),
    part('WS-C3850-48P', 'Catalyst 3850 48P'),
    part('ABC-1000', 'Meraki MX chassis'),
  ];
  // Sorted: a language may name two commands of one check in its own order.
  const commands = (checks: string[]) => checks.flatMap((check) => check.match(/`[^`]*`/g) ?? []).sort();

  it('keeps the backticked commands of a Cisco optic in German, in German sentences', () => {
    const checks = troubleshootingChecks({ item: OPTIC, flags: [VENDOR_LOCK], language: 'de' });
    const text = checks.join('\n');
    for (const command of [
      '`show inventory`',
      '`show interfaces transceiver detail`',
      '`show logging`',
      '`%PHY-4-UNSUPPORTED_TRANSCEIVER`',
      '`service unsupported-transceiver`',
      '`no errdisable detect cause gbic-invalid`',
    ])
      expect(text).toContain(command);
    expect(text).toContain('Prüfen Sie, ob das Gerät die Optik erkennt');
    expect(withoutCommands(text)).not.toMatch(ENGLISH_WORDS);
  });

  it.each(LANGUAGES)('gives %s the same checks with the same commands as English, for every kind of item', (language) => {
    for (const item of ITEMS) {
      for (const flags of [[], [VENDOR_LOCK], [FIRMWARE]]) {
        const english = troubleshootingChecks({ item, flags });
        const checks = troubleshootingChecks({ item, flags, language });
        const label = `${item.partNumber} ${flags.map((f) => f.detail).join()}`;
        expect(checks, label).toHaveLength(english.length);
        expect(commands(checks), label).toEqual(commands(english));
        for (const check of checks) expect(withoutCommands(check), label).not.toMatch(ENGLISH_WORDS);
      }
    }
  });
});
