// The conversation as customers meet it, through `chat --jsonl`: a person one sentence away, questions
// answered at any step, a closed case still theirs, order records never exposed, ordinary phrasing read.
import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../../../src/policy/policy.ts';
import { acks, cases, messages, runScript, type OutLine } from './jsonlHarness.ts';

const SERIALS = ['FNS17320ABC', 'FOC2101X0AB', 'LIT2101AAAA', 'FXS1933Q2AB'];
const T0 = '2026-11-20T10:00:00Z';

const customerTexts = (out: OutLine[]) =>
  messages(out)
    .filter((m) => m.to === 'customer')
    .map((m) => String(m.text));
const staffTexts = (out: OutLine[]) =>
  messages(out)
    .filter((m) => m.to === 'staff')
    .map((m) => String(m.text));
const lastCustomer = (out: OutLine[]) =>
  messages(out)
    .filter((m) => m.to === 'customer')
    .at(-1)!;

/** Messages that answer line `n` (1-based): those between the ack of line n-1 and the ack of line n. */
function answersTo(out: OutLine[], n: number): OutLine[] {
  const start = n === 1 ? 0 : out.findIndex((l) => l.type === 'ack' && l.line === n - 1) + 1;
  const end = out.findIndex((l) => l.type === 'ack' && l.line === n);
  return out.slice(start, end).filter((l) => l.type === 'message');
}

/** No customer message shows a serial from the order records that the customer did not type. */
function expectNoSerialShown(out: OutLine[], typed: string[] = []) {
  for (const text of customerTexts(out)) for (const serial of SERIALS.filter((s) => !typed.includes(s))) expect(text).not.toContain(serial);
}

const opened = { at: T0, user: 'U1', text: 'Hello, the SFP from order 100234 does not work' };

describe('privacy of order records', () => {
  it('lists a multi-item order by part number and description only, and never names a serial the customer has not typed', async () => {
    const out = await runScript([
      { at: T0, user: 'U1', text: 'order 100310, one of the units is dead' },
      { user: 'U1', text: 'the switch' },
    ]);
    const list = answersTo(out, 1).find((m) => /Which one/.test(String(m.text)))!;
    expect(list.text).toContain('1. WS-C3850-48P (Catalyst 3850 48P)');
    expect(list.text).toContain('2. PWR-C1-715WAC (715W AC PSU)');
    expect(lastCustomer(out).expects).toBe('serial_number');
    expectNoSerialShown(out);
  });

  it('finds the item of a one-item order without showing its serial; typing the serial proves it', async () => {
    const out = await runScript([opened, { user: 'U1', text: 'S/N: FNS 1732 0ABC' }]);
    expectNoSerialShown(
      out.slice(
        0,
        out.findIndex((l) => l.type === 'ack' && l.line === 1),
      ),
    );
    expect(answersTo(out, 1).map((m) => m.text)).toContainEqual(
      expect.stringMatching(/found SFP-10G-SR \(Cisco 10GBASE-SR SFP\+\) on order 100234/),
    );
    // Spaces inside the serial are how it is printed on some labels: no false mismatch.
    expect(cases(out)[0]!.flags).not.toContain('serial_mismatch');
    expect(lastCustomer(out).expects).toBe('serial_photo');
  });

  it('a serial alone finds its order and proves the unit', async () => {
    const out = await runScript([{ at: T0, user: 'U1', text: 'my power supply LIT2101AAAA died' }]);
    expect(cases(out)[0]).toMatchObject({ order: '100310', part_number: 'PWR-C1-715WAC', flags: [] });
    expect(lastCustomer(out).expects).toBe('serial_photo');
  });

  it('stops looking up order numbers after the policy number of unknown tries, and hands over to a person', async () => {
    const policy = parsePolicy({ maxOrderAttempts: 3 });
    const out = await runScript(
      [
        { at: T0, user: 'U1', text: 'order 900001' },
        { user: 'U1', text: 'order 900002' },
        { user: 'U1', text: 'order 900003' },
        { user: 'U1', text: 'order 100234' },
      ],
      { policy },
    );
    expect(answersTo(out, 1).map((m) => m.text)).toContainEqual(expect.stringContaining("can't find order 900001"));
    expect(staffTexts(out).some((t) => t.includes('C-1001') && t.includes('not on record'))).toBe(true);
    expect(cases(out)[0]).toMatchObject({ order: null, flags: ['human_requested'] });
    // The fourth is not looked up: it goes to the person now handling the case.
    expect(answersTo(out, 4).some((m) => m.to === 'staff' && String(m.text).includes('order 100234'))).toBe(true);
  });

  it('opens at most the policy number of new claims per customer in 24 hours', async () => {
    const policy = parsePolicy({ maxNewClaimsPerDay: 2 });
    const out = await runScript(
      [
        { at: T0, user: 'U1', text: 'order 100234 dead' },
        { user: 'U1', text: 'cancel' },
        { user: 'U1', text: 'yes' },
        { user: 'U1', text: 'order 100310 dead' },
        { user: 'U1', text: 'order 100400 dead', new_case: true },
        { at: '2026-11-21T10:00:01Z', user: 'U1', text: 'order 100400 dead', new_case: true },
      ],
      { policy },
    );
    expect(acks(out)[4]).toMatchObject({ ok: false, error: expect.stringMatching(/2 claims in the last 24 hours/) });
    expect(acks(out)[5]).toMatchObject({ ok: true });
    expect(cases(out).map((c) => c.ref)).toEqual(['C-1001', 'C-1002', 'C-1003']);
  });
});

describe('a person is one sentence away', () => {
  it.each(['can I talk to a human please', 'agent', 'help', 'talk to a person'])(
    '"%s" reaches staff with the case and the words',
    async (words) => {
      const out = await runScript([opened, { user: 'U1', text: words }]);
      const answer = answersTo(out, 2);
      expect(answer.find((m) => m.to === 'customer')!.text).toMatch(/person from our staff.*answer here/);
      const alert = answer.find((m) => m.to === 'staff')!;
      expect(alert.text).toContain(`C-1001: U1 asks for a person (console).`);
      // The words come last, as a quote, never as the bot's own line.
      expect(alert.text).toMatch(new RegExp(`They wrote:\\n> ${words}$`));
      expect(alert.quote).toBe(words);
      expect(cases(out)[0]!.flags).toContain('human_requested');
    },
  );

  it('hands over after asking twice instead of a third identical prompt, and a staff reply answers', async () => {
    const out = await runScript(
      [
        opened,
        { user: 'U1', text: 'it is in the rack' },
        { user: 'U1', text: 'I really do not know' },
        { user: 'S1', command: '/rma reply C-1001 Hi, the serial is on the label under the latch.\nA photo is fine too.' },
      ],
      { staff: ['S1'] },
    );
    // Told where the serial is: the label, or the inventory command of the device the optic sits in.
    expect(answersTo(out, 2)[0]!.text).toBe(
      'I could not find a serial number in that. It is printed on the label of the unit, after "SN" or "S/N"; or run `show inventory` on the device it sits in and copy the serial shown for the SFP-10G-SR. Please type the serial number.',
    );
    expect(answersTo(out, 3).map((m) => m.to)).toEqual(['customer', 'staff']);
    expect(answersTo(out, 3)[0]!.text).not.toMatch(/serial number/);
    expect(answersTo(out, 3)[1]!.text).toContain('I really do not know');
    expect(answersTo(out, 4)[0]).toMatchObject({
      to: 'customer',
      text: 'Message from our staff about C-1001:\nHi, the serial is on the label under the latch.\nA photo is fine too.',
    });
    expect(cases(out)[0]!.flags).not.toContain('human_requested');
  });

  it("after staff write to the customer, the customer's answer goes to staff, not to the step's hint", async () => {
    const out = await runScript(
      [
        opened,
        { user: 'S1', command: '/rma reply C-1001 Is the port LED amber or off?' },
        { user: 'U1', text: 'yes amber, blinking' },
        { user: 'U1', text: 'FNS17320ABC' },
        { user: 'U1', text: 'it is in the rack' },
      ],
      { staff: ['S1'] },
    );
    // The answer reaches staff, quoted; the customer is told so and the step's question stays open.
    const answer = answersTo(out, 3);
    expect(answer.find((m) => m.to === 'staff')).toMatchObject({ quote: 'yes amber, blinking' });
    expect(answer.some((m) => m.to === 'customer' && /could not find a serial number/.test(String(m.text)))).toBe(false);
    expect(answer.find((m) => m.to === 'customer')!.text).toMatch(/added that to C-1001/);
    // The step still takes its answer, and once it moves on, words it cannot place get its hint again.
    expect(cases(out)[0]).toMatchObject({ serial_number: 'FNS17320ABC' });
    expect(answersTo(out, 5).find((m) => m.to === 'customer')!.text).toMatch(/^I still need the serial-label photo/);
    expect(answersTo(out, 5).some((m) => m.to === 'staff')).toBe(false);
  });

  it('staff take a case to review before intake is done', async () => {
    const out = await runScript([opened, { user: 'S1', command: '/rma review C-1001' }, { user: 'S1', command: '/rma approve C-1001' }], {
      staff: ['S1'],
    });
    expect(acks(out).every((a) => a.ok)).toBe(true);
    expect(cases(out)[0]).toMatchObject({ state: 'awaiting_return', rma: 'RMA-26-00001' });
  });

  it('during troubleshooting, words that are neither "fixed" nor "still failing" reach staff', async () => {
    const out = await runScript([
      ...fullIntake(),
      { user: 'U1', text: 'I have no other optic to swap with, what now' },
      { user: 'U1', text: 'still dead' },
    ]);
    const answer = answersTo(out, 7);
    expect(answer.find((m) => m.to === 'staff')!.text).toContain('I have no other optic to swap with');
    expect(answer.at(-1)).toMatchObject({ to: 'customer', expects: 'troubleshooting' });
    expect(cases(out)[0]!.state).toBe('review');
  });
});

function fullIntake() {
  return [
    opened,
    { user: 'U1', text: 'S/N: FNS17320ABC' },
    { user: 'U1', text: 'label', files: [{ name: 'sn.jpg', type: 'image/jpeg', size: 204800 }] },
    { user: 'U1', files: [{ name: 'rack.jpg', type: 'image/jpeg', size: 304800 }] },
    { user: 'U1', text: 'No link, Rx power reads -40 dBm on both ends' },
    { user: 'U1', text: 'show interfaces transceiver detail\nTe1/0/1  Rx -40.0 dBm  Tx -2.1 dBm  alarm low' },
  ];
}

describe('questions answered from the policy at any step', () => {
  it('answers and asks again for what the step needs', async () => {
    const out = await runScript([
      opened,
      { user: 'U1', text: 'how long is the warranty?' },
      { user: 'U1', text: 'do I need to pay shipping?' },
      { user: 'U1', text: 'FNS17320ABC' },
    ]);
    const warranty = answersTo(out, 2);
    expect(warranty[0]!.text).toMatch(/90/);
    expect(warranty.at(-1)).toMatchObject({ expects: 'serial_number' });
    expect(answersTo(out, 3)[0]!.text).toMatch(/USD 500/);
    expect(answersTo(out, 3).every((m) => m.to === 'customer')).toBe(true);
    expect(lastCustomer(out).expects).toBe('serial_photo');
  });

  it('figures follow the policy file', async () => {
    const out = await runScript([opened, { user: 'U1', text: 'how long is the warranty?' }], {
      policy: parsePolicy({ warrantyDays: 365, doaDays: 30 }),
    });
    expect(answersTo(out, 2)[0]!.text).toMatch(/365/);
  });
});

describe('cancelling in words', () => {
  it('asks to confirm, and "no" keeps the claim where it was', async () => {
    const out = await runScript([
      opened,
      { user: 'U1', text: 'actually never mind, cancel this please' },
      { user: 'U1', text: 'no' },
      { user: 'U1', text: 'cancel' },
      { user: 'U1', action: 'confirm_cancel', case: 'C-1001' },
    ]);
    expect(answersTo(out, 2)[0]).toMatchObject({
      expects: 'confirm_cancel',
      actions: [
        { id: 'confirm_cancel', label: 'Yes, cancel it' },
        { id: 'keep', label: 'No, keep it open' },
      ],
    });
    expect(answersTo(out, 3).map((m) => m.expects)).toEqual(['serial_number', 'serial_number']);
    expect(cases(out)[0]!.state).toBe('cancelled');
  });
});

describe('a closed case stays the customer’s conversation', () => {
  it('a reply to a decline goes to staff on that case; another order opens a new claim', async () => {
    const out = await runScript([
      { at: T0, user: 'U1', text: 'order 100400, the router is dead' },
      { user: 'U1', text: 'this is wrong, it was sold to me as working' },
      { user: 'U1', text: 'order 100234 the optic is dead too' },
    ]);
    expect(answersTo(out, 1).some((m) => m.to === 'customer' && /declined/.test(String(m.text)))).toBe(true);
    const reply = answersTo(out, 2);
    expect(reply.find((m) => m.to === 'staff')!.text).toContain('U1 wrote on closed case C-1001 (declined).');
    expect(reply.find((m) => m.to === 'staff')!.text).toMatch(/They wrote:\n> this is wrong/);
    expect(reply.find((m) => m.to === 'customer')!.text).not.toMatch(/order number\?/);
    expect(cases(out).map((c) => [c.ref, c.order])).toEqual([
      ['C-1001', '100400'],
      ['C-1002', '100234'],
    ]);
  });

  it('after a refund, "when will I get my money back?" is answered and passed on; staff can reopen', async () => {
    const out = await runScript(
      [
        ...fullIntake(),
        { user: 'U1', action: 'still_failing', case: 'C-1001' },
        { user: 'S1', command: '/rma approve C-1001' },
        { user: 'S1', command: '/rma received C-1001' },
        { user: 'S1', command: '/rma deny C-1001 the optic passed every test' },
        { user: 'U1', text: 'when will I get my money back?' },
        { user: 'S1', command: '/rma reopen C-1001' },
      ],
      { staff: ['S1'] },
    );
    const question = answersTo(out, 11);
    expect(question.find((m) => m.to === 'customer')!.text).toMatch(/refund/i);
    expect(question.find((m) => m.to === 'staff')!.text).toContain('when will I get my money back?');
    expect(cases(out)).toHaveLength(1);
    // Reopened after an inspection decline: back to inspection, without the shipping steps again.
    const reopen = answersTo(out, 12);
    expect(reopen.map((m) => String(m.text)).join('\n')).not.toMatch(/Ship it to|RMA number:/);
    expect(cases(out)[0]!.state).toBe('inspection');
  });
});

describe('reading ordinary phrasing', () => {
  it('reads "Order no. 100-310" as order 100310 and lets the customer change the item until the RMA', async () => {
    const out = await runScript([
      { at: T0, user: 'U1', text: 'Order no. 100-310' },
      { user: 'U1', text: '1' },
      { user: 'U1', text: 'sorry, I meant the power supply' },
    ]);
    expect(cases(out)[0]).toMatchObject({ order: '100310', part_number: 'PWR-C1-715WAC' });
    expect(lastCustomer(out).expects).toBe('serial_number');
  });

  it('does not call a part number an order number', async () => {
    const out = await runScript([{ at: T0, user: 'U1', text: 'PWR-C1-715WAC is dead' }]);
    expect(customerTexts(out).join('\n')).not.toContain("can't find order PWR-C1-715WAC");
    expect(lastCustomer(out).expects).toBe('order_number');
  });

  it('asks which order when a message names two', async () => {
    const out = await runScript([{ at: T0, user: 'U1', text: 'orders 100234 and 100310 both have a dead unit' }]);
    expect(lastCustomer(out).text).toContain('You mentioned orders 100234 and 100310');
    expect(lastCustomer(out).expects).toBe('order_number');
  });
});

describe('staff write to customers', () => {
  it('approving a cost above the cap tells the customer, with the amount', async () => {
    const out = await runScript(
      [
        ...fullIntake(),
        { user: 'U1', action: 'still_failing', case: 'C-1001' },
        { user: 'S1', command: '/rma approve C-1001' },
        { user: 'S1', command: '/rma cost C-1001 620 return shipping and duties' },
        { user: 'S1', command: '/rma approve-cost C-1001' },
      ],
      { staff: ['S1'] },
    );
    const approval = answersTo(out, 10).find((m) => m.to === 'customer')!;
    expect(approval.text).toMatch(/Written approval for C-1001: .*USD 120\.00 above the USD 500\.00 cover.*USD 620\.00 in total/);
  });
});

describe('wording', () => {
  it('counts in words, not "(s)"', async () => {
    const out = await runScript([opened, { user: 'U1', command: '/rma list' }]);
    for (const text of messages(out).map((m) => String(m.text))) expect(text).not.toMatch(/\(s\)|\.\./);
    expect(answersTo(out, 1).find((m) => m.to === 'customer' && /delivered/.test(String(m.text)))!.text).toContain(
      'delivered 10 days before',
    );
  });
});
