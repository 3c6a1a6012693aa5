import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { acks, cases, DOA_INTAKE, messages, runScript } from './jsonlHarness.ts';

describe('rma-desk chat --jsonl', () => {
  it('carries a DOA case to a refund, with the wire format of the contract', async () => {
    const out = await runScript(
      [
        ...DOA_INTAKE,
        { user: 'U1', action: 'still_failing', case: 'C-1001' },
        { user: 'S1', command: '/rma approve C-1001' },
        { user: 'U1', text: 'Shipped with UPS 1Z999AA10123456784' },
        { user: 'S1', command: '/rma cost C-1001 85.20 return shipping' },
        { user: 'S1', command: '/rma received C-1001' },
        { user: 'S1', command: '/rma resolve C-1001 refund' },
      ],
      { staff: ['S1'] },
    );
    expect(acks(out)).toHaveLength(12);
    expect(acks(out).every((a) => a.ok === true)).toBe(true);
    expect(acks(out).map((a) => a.line)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    // Each line's messages come before its ack.
    expect(out.findIndex((l) => l.type === 'ack')).toBeGreaterThan(0);
    const expects = messages(out)
      .filter((m) => m.to === 'customer')
      .map((m) => m.expects);
    for (const step of [
      'serial_number',
      'serial_photo',
      'install_photo',
      'fault_description',
      'evidence',
      'troubleshooting',
      'tracking_number',
    ])
      expect(expects).toContain(step);
    const review = messages(out).find((m) => m.to === 'staff' && Array.isArray(m.actions) && (m.actions as unknown[]).length > 0)!;
    expect(review).toMatchObject({
      case: 'C-1001',
      user: null,
      expects: null,
      actions: [
        { id: 'approve', label: 'Approve' },
        { id: 'deny', label: 'Deny' },
        { id: 'request_info', label: 'Request info' },
      ],
    });
    // The customer's fault description comes apart as `quote` (and as `> ` lines ending the text).
    expect(Object.keys(review).sort()).toEqual(['actions', 'case', 'expects', 'quote', 'text', 'to', 'type', 'user']);
    // The approval comes with the RMA document, written to a file the line names.
    const approval = messages(out).find((m) => m.to === 'customer' && String(m.text).includes('RMA number: RMA-26-00001'))!;
    const [document] = approval.files as Array<{ name: string; type: string; path: string }>;
    expect(document).toMatchObject({ name: 'RMA-26-00001.pdf', type: 'application/pdf' });
    expect(readFileSync(document!.path).subarray(0, 5).toString()).toBe('%PDF-');
    expect(cases(out)).toEqual([
      {
        type: 'case',
        ref: 'C-1001',
        customer: 'U1',
        order: '100234',
        part_number: 'SFP-10G-SR',
        serial_number: 'FNS17320ABC',
        kind: 'doa',
        state: 'resolved',
        rma: 'RMA-26-00001',
        resolution: 'refund',
        reasons: [],
        flags: [],
        covered_cents: 8520,
        pending_cost_cents: 0,
        language: 'en',
        // A one-unit claim has one unit, the same as the fields above.
        units: [
          {
            unit: 1,
            part_number: 'SFP-10G-SR',
            serial_number: 'FNS17320ABC',
            kind: 'doa',
            decision: 'approved',
            resolution: 'refund',
            received: true,
          },
        ],
      },
    ]);
  });

  it('carries a warranty case on a two-item order to a replacement', async () => {
    const out = await runScript(
      [
        { at: '2026-11-20T10:00:00Z', user: 'U2', text: 'Order 100310: one unit died' },
        { user: 'U2', text: '2' },
        { user: 'U2', text: 'LIT2101AAAA' },
        {
          user: 'U2',
          files: [
            { name: 'label.png', type: 'image/png', size: 1000 },
            { name: 'install.png', type: 'image/png', size: 1000 },
          ],
        },
        { user: 'U2', text: 'PSU LED is off, show environment says PS2 not present' },
        { user: 'U2', files: [{ name: 'env.txt', type: 'text/plain', size: 900 }] },
        { user: 'U2', text: 'still failing after trying another outlet' },
        { user: 'S2', action: 'approve', case: 'C-1001' },
        { user: 'U2', text: 'tracking 9400 1000 0000 0000 0000 00' },
        { user: 'S2', command: '/rma received C-1001' },
        { user: 'S2', command: '/rma resolve C-1001 replacement' },
      ],
      { staff: ['S2'] },
    );
    expect(acks(out).filter((a) => !a.ok)).toEqual([]);
    const itemQuestion = messages(out).find((m) => m.expects === 'item' && String(m.text).includes('2 items'));
    expect(itemQuestion?.text).toMatch(/1\. WS-C3850-48P[\s\S]*2\. PWR-C1-715WAC/);
    expect(cases(out)[0]).toMatchObject({
      kind: 'warranty',
      part_number: 'PWR-C1-715WAC',
      state: 'resolved',
      resolution: 'replacement',
      rma: 'RMA-26-00001',
    });
  });

  it('refuses /rma approve from a non-staff user and changes nothing', async () => {
    const out = await runScript(
      [
        ...DOA_INTAKE,
        { user: 'U1', action: 'still_failing', case: 'C-1001' },
        { user: 'U1', command: '/rma approve C-1001' },
        { user: 'U9', action: 'approve', case: 'C-1001' },
      ],
      { staff: ['S1'] },
    );
    expect(acks(out).slice(-2)).toEqual([
      { type: 'ack', line: 8, ok: false, error: 'Only staff can use /rma approve.' },
      { type: 'ack', line: 9, ok: false, error: 'Only staff can approve a case.' },
    ]);
    expect(messages(out).at(-1)).toMatchObject({ to: 'customer', user: 'U9', text: 'Only staff can approve a case.' });
    expect(cases(out)[0]).toMatchObject({ state: 'review', rma: null });
  });

  it('answers a mistyped /rma command with the command it was probably meant to be', async () => {
    const out = await runScript([{ user: 'S1', command: '/rma aprove C-1001' }], { staff: ['S1'] });
    const answer = "Unknown command 'aprove'. Did you mean `/rma approve`? Try /rma help.";
    expect(acks(out)).toEqual([{ type: 'ack', line: 1, ok: false, error: answer }]);
    expect(messages(out)).toMatchObject([{ user: 'S1', text: answer }]);
  });

  it('tells the customer an order number is unknown and keeps asking', async () => {
    const out = await runScript([
      { at: '2026-11-20T10:00:00Z', user: 'U1', text: 'order 999999 is broken' },
      { user: 'U1', text: 'sorry, it is 100234' },
    ]);
    const texts = messages(out).map((m) => m.text as string);
    expect(texts.some((t) => t.includes("I can't find order 999999"))).toBe(true);
    expect(
      messages(out)
        .filter((m) => (m.text as string).includes('999999'))
        .every((m) => m.expects === 'order_number'),
    ).toBe(true);
    expect(cases(out)[0]).toMatchObject({ order: '100234', kind: 'doa', state: 'intake' });
  });

  it('declines an as-is item before asking for any photo, with the reason and the contact address', async () => {
    const out = await runScript([{ at: '2026-11-20T10:00:00Z', user: 'U3', text: 'my router from order 100400 is dead' }]);
    const customer = messages(out).filter((m) => m.to === 'customer');
    expect(customer.some((m) => m.expects === 'serial_photo')).toBe(false);
    expect(customer.at(-1)?.text).toMatch(/sold as-is.*not returnable.*returns@example\.com/s);
    expect(cases(out)[0]).toMatchObject({ state: 'declined', reasons: ['non_returnable'], kind: null });
  });

  it('declines a claim 91 days after delivery as outside_window', async () => {
    const out = await runScript([{ at: '2026-07-31T12:00:00Z', user: 'U4', text: 'order 100120' }]);
    expect(cases(out)[0]).toMatchObject({ state: 'declined', reasons: ['outside_window'] });
    const out90 = await runScript([{ at: '2026-07-30T12:00:00Z', user: 'U4', text: 'order 100120' }]);
    expect(cases(out90)[0]).toMatchObject({ state: 'intake', kind: 'warranty' });
  });

  it('acknowledges malformed lines with an error and goes on', async () => {
    const out = await runScript([
      '{not json',
      { text: 'no user' },
      { user: 'U1', text: 'hi', command: '/rma help' },
      { user: 'U1', at: 'yesterday', text: 'hi' },
      { at: '2026-11-20T10:00:00Z', user: 'U1', text: 'order 100234' },
    ]);
    expect(acks(out).map((a) => [a.line, a.ok])).toEqual([
      [1, false],
      [2, false],
      [3, false],
      [4, false],
      [5, true],
    ]);
    expect(acks(out)[0]!.error).toBe('not valid JSON');
    expect(acks(out)[1]!.error).toMatch(/user/);
    expect(acks(out)[2]!.error).toMatch(/exactly one of/);
    expect(acks(out)[3]!.error).toMatch(/at: not an ISO date-time/);
    expect(cases(out)).toHaveLength(1);
  });

  it('flags a serial mismatch, damage and compatibility claims for staff without declining', async () => {
    const out = await runScript([
      { at: '2026-11-20T10:00:00Z', user: 'U1', text: 'order 100234' },
      { user: 'U1', text: 'XYZ99990000' },
      {
        user: 'U1',
        files: [
          { name: 'a.jpg', type: 'image/jpeg', size: 1 },
          { name: 'b.jpg', type: 'image/jpeg', size: 1 },
        ],
      },
      { user: 'U1', text: 'After a lightning storm the switch shows %PHY-4-UNSUPPORTED_TRANSCEIVER' },
    ]);
    expect(cases(out)[0]).toMatchObject({
      state: 'intake',
      kind: 'doa',
      reasons: [],
      flags: ['serial_mismatch', 'damage_reported', 'compatibility_claim'],
    });
  });

  it('processes a line repeating an event_id once', async () => {
    const line = { at: '2026-11-20T10:00:00Z', user: 'U1', text: 'order 100234', event_id: 'evt-1' };
    const out = await runScript([line, line]);
    expect(acks(out)).toEqual([
      { type: 'ack', line: 1, ok: true },
      { type: 'ack', line: 2, ok: true, duplicate: true },
    ]);
    expect(messages(out).filter((m) => String(m.text).startsWith("Hi, I'm the returns desk"))).toHaveLength(1);
  });

  it("fires the timers that fall due by a line's clock before handling the line", async () => {
    const out = await runScript([
      { at: '2026-11-20T10:00:00Z', user: 'U2', text: 'order 100310' },
      { at: '2026-11-28T10:00:00Z', user: 'U2', text: 'hello again' },
    ]);
    const texts = messages(out).map((m) => m.text as string);
    const reminder = texts.findIndex((t) => t.startsWith('A reminder about C-1001'));
    const closed = texts.findIndex((t) => t.includes('C-1001 is closed because we heard nothing for 7 days'));
    // The closed case stays the customer's conversation: "hello again" goes to staff on it, no new case.
    const passedOn = texts.findIndex(
      (t) => t.includes('U2 wrote on closed case C-1001 (closed (no reply))') && t.endsWith('\n> hello again'),
    );
    expect(reminder).toBeGreaterThan(0);
    expect(closed).toBeGreaterThan(reminder);
    expect(passedOn).toBeGreaterThan(closed);
    expect(out.findIndex((l) => l.type === 'ack' && l.line === 1)).toBeLessThan(
      out.findIndex((l) => (l.text as string | undefined)?.startsWith('A reminder') ?? false),
    );
    expect(cases(out).map((c) => [c.ref, c.state, c.reasons])).toEqual([['C-1001', 'cancelled', ['no_response']]]);
  });
});
