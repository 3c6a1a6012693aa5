import { describe, expect, it } from 'vitest';
import { CASE_STATES } from '../../src/case/caseState.ts';
import type { CaseContext } from '../../src/case/types.ts';
import { PERSON_LINE, policyAnswer, QUESTION_TOPICS, type QuestionTopic } from '../../src/chat/policyAnswers.ts';
import { DEFAULT_POLICY, parsePolicy, type Policy } from '../../src/policy/policy.ts';
import { caseWith, OPTIC, opticCase } from './caseFixture.ts';

const OTHER_POLICY: Policy = parsePolicy({
  doaDays: 30,
  warrantyDays: 365,
  costCapUsd: 750,
  contactEmail: 'rma@dock-returns.example.net',
  returnAddress: 'Example Returns, 1 Dock Road, Rotterdam',
});

const answer = (topic: QuestionTopic, c: CaseContext, state = 'intake', today = '2026-11-20') => policyAnswer(topic, c, state, today);

describe('policyAnswer: every answer', () => {
  const cases: Array<[string, CaseContext]> = [
    ['a new case', caseWith()],
    ['the optic, serial typed', opticCase()],
    ['the optic, a different serial typed', opticCase({ serialGiven: 'FNS99999XYZ' })],
    ['an approved optic', opticCase({ rma: 'RMA-26-00001', tracking: '1Z999AA10123456784', resolution: 'refund' })],
    ['an order of two items', caseWith({ orderNumber: '100310', orderItems: [OPTIC, { ...OPTIC, serialNumber: 'LIT2101AAAA' }] })],
  ];

  it.each(cases)('ends with a line offering a person and shows no serial of the order (%s)', (_label, c) => {
    for (const topic of QUESTION_TOPICS) {
      for (const state of CASE_STATES) {
        for (const policy of [DEFAULT_POLICY, OTHER_POLICY]) {
          const text = answer(topic, { ...c, policy }, state);
          expect(text.split('\n').at(-1), `${topic} in ${state}`).toBe(PERSON_LINE);
          expect(text, `${topic} in ${state}`).not.toMatch(/FNS17320ABC|FNS99999XYZ|LIT2101AAAA/i);
          expect(text, `${topic} in ${state}`).not.toMatch(/undefined|null|\[object/);
        }
      }
    }
  });

  it('takes its figures from the case policy, not from the published defaults', () => {
    for (const topic of QUESTION_TOPICS) {
      for (const state of CASE_STATES) {
        const text = answer(topic, opticCase({ policy: OTHER_POLICY }), state);
        expect(text, `${topic} in ${state}`).not.toMatch(
          /\b14 days\b|\b14-day\b|\b90 days\b|\b90-day\b|USD 500\b|returns@example\.com|xingzhiqiang/,
        );
      }
    }
  });
});

describe('policyAnswer: DOA and warranty windows', () => {
  it('gives the windows, and the exact dates once the item is known', () => {
    const text = answer('doa_window', opticCase());
    expect(text).toMatch(/within 14 days of delivery/);
    expect(text).toMatch(/90-day warranty/);
    expect(text).toContain('Your SFP-10G-SR was delivered on 2026-11-10: DOA cover until 2026-11-24, warranty until 2027-02-08.');
    expect(text).toContain('Today (2026-11-20) the DOA window is still open.');
    expect(text).toContain('C-1001 counts as DOA');
  });

  it('leads with the window asked about', () => {
    expect(answer('warranty_window', opticCase()).split('\n')[0]).toMatch(
      /^The warranty covers functional failures under normal use for 90 days/,
    );
    expect(answer('doa_window', opticCase()).split('\n')[0]).toMatch(/^DOA \(dead on arrival\)/);
  });

  it('says which windows are still open today', () => {
    expect(answer('warranty_window', opticCase(), 'review', '2026-11-24')).toContain('The DOA window ends today');
    expect(answer('warranty_window', opticCase(), 'review', '2026-11-25')).toContain(
      'the DOA window has closed; the warranty is still open',
    );
    expect(answer('warranty_window', opticCase(), 'review', '2027-02-08')).toContain('the warranty ends today');
    expect(answer('warranty_window', opticCase(), 'review', '2027-02-09')).toContain('Both windows have closed');
  });

  it('counts with the policy recorded on the case', () => {
    const text = answer('warranty_window', opticCase({ policy: OTHER_POLICY, kind: 'warranty' }), 'intake', '2026-12-20');
    expect(text).toMatch(/for 365 days from delivery; the first 30 days are DOA/);
    expect(text).toContain('DOA cover until 2026-12-10, warranty until 2027-11-10.');
    expect(text).toContain('the DOA window has closed; the warranty is still open');
    expect(text).toContain('C-1001 counts as a warranty claim');
  });

  it('asks for the order, or the item, before it gives dates', () => {
    expect(answer('doa_window', caseWith())).toContain('Once I have your order number I can tell you the exact dates.');
    const twoItems = caseWith({ orderNumber: '100310', orderItems: [OPTIC, { ...OPTIC, partNumber: 'PWR-C1-715WAC' }] });
    expect(answer('warranty_window', twoItems)).toContain('Once I know which item of order 100310 this is about');
  });

  it('does not guess a missing delivery date, and gives no dates to a non-returnable item', () => {
    const undated = opticCase({ item: { ...OPTIC, deliveredOn: null }, kind: null });
    expect(answer('doa_window', undated)).toContain(
      'The delivery date of your SFP-10G-SR is not on record yet, so our staff will confirm your dates.',
    );
    const asIs = opticCase({ item: { ...OPTIC, terms: 'as-is' }, kind: null, reasons: ['non_returnable'] });
    const text = answer('warranty_window', asIs, 'declined');
    expect(text).toContain('Your SFP-10G-SR was sold "as-is", so it has no DOA or warranty cover and is not returnable.');
    expect(text).not.toMatch(/until \d{4}/);
  });

  it('tells a claim opened too late that it was', () => {
    const late = opticCase({ kind: null, reasons: ['outside_window'] });
    expect(answer('warranty_window', late, 'declined', '2027-03-01')).toContain('C-1001 was opened after the warranty had ended.');
  });
});

describe('policyAnswer: intake_needs', () => {
  it('lists what the policy asks for, with why', () => {
    const text = answer('intake_needs', caseWith());
    expect(text).toMatch(/^For a DOA or warranty claim I need:\n1\. Your order number/);
    for (const word of [
      'part number (PN)',
      'serial number (SN)',
      'photo of the installation',
      'description of the fault',
      'Supporting evidence',
    ]) {
      expect(text).toContain(word);
    }
    expect(text).toMatch(/proof it is the unit we sold/);
    expect(text).toMatch(/approve quickly/);
  });

  it('says what this case still needs, and that a complete case needs nothing more', () => {
    const partial = opticCase({ installPhoto: null, evidence: [] });
    expect(answer('intake_needs', partial)).toContain('Still needed for C-1001: the installation photo, supporting evidence.');
    expect(answer('intake_needs', caseWith())).toContain('Still needed for C-1001: your order number, which item of the order,');
    expect(answer('intake_needs', opticCase(), 'review')).toContain('C-1001 already has all of this.');
    expect(answer('intake_needs', opticCase({ infoRequest: 'a photo of the DOM readings' }))).toContain(
      'Our staff asked for more on C-1001: a photo of the DOM readings',
    );
  });
});

describe('policyAnswer: shipping_cost', () => {
  it('covers shipping, duties and taxes up to the cap once the case is confirmed', () => {
    const text = answer('shipping_cost', opticCase(), 'review');
    expect(text).toContain('including duties, taxes and customs clearance, up to USD 500.00 per case');
    expect(text).toMatch(/Anything above USD 500\.00 must be approved by us in writing before you ship/);
    expect(text).toMatch(/receipts and tracking/);
    expect(text).toContain("C-1001 is not approved yet, so please don't ship anything before you have an RMA number.");
  });

  it('follows the cap of the case policy and reports the costs recorded', () => {
    const approved = opticCase({
      policy: OTHER_POLICY,
      rma: 'RMA-26-00001',
      costs: [{ label: 'return shipping', cents: 80_000, coveredCents: 75_000, pendingCents: 5_000, approvedCents: 0, at: 'x', by: 'S1' }],
    });
    const text = answer('shipping_cost', approved, 'in_transit');
    expect(text).toContain('up to USD 750.00 per case');
    expect(text).toContain('C-1001 is approved (RMA-26-00001), so this cover applies to it.');
    expect(text).toContain('Recorded so far: USD 750.00 covered, USD 50.00 waiting for written approval.');
  });
});

describe('policyAnswer: return_address', () => {
  it('without a configured address, staff send it with the RMA number', () => {
    expect(answer('return_address', opticCase(), 'review')).toContain(
      "Our staff send the return address with the RMA number once the return is approved. Please don't ship anything before that.",
    );
    expect(answer('return_address', opticCase({ rma: 'RMA-26-00001' }), 'awaiting_return')).toMatch(/Your RMA number is RMA-26-00001\./);
  });

  it('with a configured address, gives it, only to ship with an RMA number on the box', () => {
    const before = answer('return_address', opticCase({ policy: OTHER_POLICY }), 'review');
    expect(before).toContain('Example Returns, 1 Dock Road, Rotterdam');
    expect(before).toMatch(/Ship only after you have an RMA number, and write it on the box/);
    const after = answer('return_address', opticCase({ policy: OTHER_POLICY, rma: 'RMA-26-00001' }), 'awaiting_return');
    expect(after).toContain(
      'Your RMA number is RMA-26-00001. Ship it to:\nExample Returns, 1 Dock Road, Rotterdam\nWrite RMA-26-00001 clearly on the box.',
    );
  });
});

describe('policyAnswer: refund_timing', () => {
  it('depends on payment method and inspection, and says where the case stands past approval', () => {
    const rule = answer('refund_timing', opticCase(), 'review');
    expect(rule).toMatch(/depends on your payment method/);
    expect(rule).toMatch(/after the returned item is received and verified/);
    expect(rule).not.toMatch(/C-1001/);
    const withRma = opticCase({ rma: 'RMA-26-00001' });
    expect(answer('refund_timing', withRma, 'awaiting_return')).toMatch(/ship the item with RMA-26-00001 on the box/);
    expect(answer('refund_timing', withRma, 'in_transit')).toMatch(/RMA-26-00001 is on its way to us/);
    expect(answer('refund_timing', withRma, 'inspection')).toMatch(/are inspecting it/);
    expect(answer('refund_timing', { ...withRma, resolution: 'refund' }, 'resolved')).toMatch(/resolved with a refund/);
    expect(answer('refund_timing', { ...withRma, resolution: 'replacement' }, 'resolved')).toMatch(
      /resolved with a replacement rather than a refund/,
    );
  });
});

describe('policyAnswer: as_is and not_covered', () => {
  it('as-is, for-parts and no-returns items are not returnable; says so for this item', () => {
    expect(answer('as_is', caseWith())).toMatch(/"as-is", "for parts" or "no returns".*cannot be returned/);
    expect(answer('as_is', opticCase({ item: { ...OPTIC, terms: 'for-parts' } }))).toContain(
      'Your SFP-10G-SR was sold "for parts", so this applies to it.',
    );
    expect(answer('as_is', opticCase())).toContain('Your SFP-10G-SR was sold with standard terms, so this does not apply to it.');
  });

  it('names the exclusions, the compatibility rule and tampered serials, and is never a dead end', () => {
    const text = answer('not_covered', caseWith());
    for (const word of [
      'misuse',
      'improper installation',
      'physical damage',
      'liquid',
      'fire',
      'lightning',
      'power surge',
      'unauthorised repair',
    ]) {
      expect(text).toContain(word);
    }
    expect(text).toMatch(/firmware.*vendor lock.*not defects unless compatibility was promised in writing/);
    expect(text).toMatch(/removed or altered serial numbers/);
    expect(text).toMatch(/tell us what happened/);
  });
});

describe('policyAnswer: status', () => {
  const approved = opticCase({ rma: 'RMA-26-00001', tracking: '1Z999AA10123456784' });

  it.each([
    ['intake', caseWith({ orderNumber: '100234' }), /C-1001: I'm still gathering the details\. Still needed: which item of the order,/],
    ['troubleshooting', opticCase(), /C-1001: I sent you some checks to try\. Tell me "fixed" or "still failing"/],
    ['review', opticCase(), /C-1001 is with our staff for review/],
    [
      'awaiting_return',
      approved,
      /your RMA number is RMA-26-00001\. Ship the item with RMA-26-00001 written on the box, then send me the tracking number/,
    ],
    ['in_transit', approved, /RMA-26-00001 is on its way to us \(tracking 1Z999AA10123456784\)/],
    ['inspection', approved, /received the unit for RMA-26-00001 and are inspecting it/],
    ['resolved', { ...approved, resolution: 'replacement' as const }, /C-1001 is resolved: a replacement is on its way/],
    ['resolved', opticCase({ resolution: 'fixed' }), /troubleshooting fixed it/],
    [
      'declined',
      opticCase({ reasons: ['denied_by_staff'], declineNote: 'dirty fibre, not a fault' }),
      /declined: our staff declined it \(dirty fibre, not a fault\)/,
    ],
    ['cancelled', opticCase({ reasons: ['no_response'] }), /heard nothing for 7 days/],
    ['cancelled', { ...approved, reasons: ['rma_expired' as const] }, /nothing was shipped on RMA-26-00001 in time/],
    ['cancelled', opticCase(), /C-1001 was cancelled\.\nWrite again any time/],
  ])('in %s', (state, c, expected) => {
    expect(answer('status', c, state)).toMatch(expected);
  });

  it('relays what staff asked for', () => {
    expect(answer('status', opticCase({ infoRequest: 'the DOM readings' }))).toContain(
      'our staff asked for more information: the DOM readings',
    );
  });

  it('gives a declined customer the contact address of the case policy, and the warranty length', () => {
    const text = answer('status', opticCase({ policy: OTHER_POLICY, kind: null, reasons: ['outside_window'] }), 'declined');
    expect(text).toContain('outside the 365-day warranty');
    expect(text).toContain('rma@dock-returns.example.net');
  });
});
