// A claim for five units of one order with mixed cover, through `chat --jsonl` (issue 20): units named
// by item number, serials typed two at a time, three label photos in one message, one fault for all,
// per-unit decisions, check-in by serial, an advance replacement, one summary; the case line's `units`.
import { describe, expect, it } from 'vitest';
import { ORDERS_WITH_LOT } from '../../support/lotOrders.ts';
import { acks, cases, messages, runScript, type OutLine } from './jsonlHarness.ts';

const img = (name: string) => ({ name, type: 'image/jpeg', size: 20_000 });
const INTAKE = [
  { at: '2026-11-20T10:00:00Z', user: 'U1', text: 'Hi, 5 optics from order 100600 are dead' },
  { user: 'U1', text: '1, 2, 4, 5 and 6' },
  { user: 'U1', text: 'FNS23010001' },
  { user: 'U1', text: 'FNS23010002 and FNS22110005' },
  { user: 'U1', files: [img('sn1.jpg'), img('sn2.jpg'), img('sn5.jpg')] },
  { user: 'U1', files: [img('rack.jpg')] },
  { user: 'U1', text: 'no link light on any of them, tried two switches' },
  { user: 'U1', files: [{ name: 'log.txt', type: 'text/plain', size: 3000 }] },
  { user: 'U1', action: 'still_failing', case: 'C-1001' },
];

const toCustomer = (out: OutLine[]) => messages(out).filter((m) => m.to === 'customer');
const texts = (out: OutLine[]) => toCustomer(out).map((m) => String(m.text));

describe('a claim for several units (chat --jsonl)', () => {
  it('carries five units of mixed cover through intake, per-unit decisions, an advance replacement and one summary', async () => {
    const out = await runScript(
      [
        ...INTAKE,
        { user: 'S1', command: '/rma approve C-1001 units 9' },
        { user: 'S1', command: '/rma approve C-1001 units 1,2' },
        { user: 'U1', text: 'Shipped: 1Z999AA10123456784' },
        { user: 'S1', command: '/rma cost C-1001 320 return shipping' },
        { user: 'S1', command: '/rma cost C-1001 250 duties' },
        { user: 'S1', command: '/rma received C-1001 FNS23010001 FNS99999999' },
        { user: 'S1', command: '/rma resolve C-1001 replacement units 1' },
        { user: 'S1', command: '/rma advance C-1001 1Z999AA10123456999 units 2' },
        { user: 'S1', command: '/rma received C-1001 FNS23010002' },
      ],
      { staff: ['S1'], orders: ORDERS_WITH_LOT },
    );
    const said = texts(out);
    const all = said.join('\n');
    // The units taken, each with its cover or why it has none.
    const taken = said.find((t) => t.startsWith('This claim now covers 5 units of order 100600:'))!;
    expect(taken.split('\n').slice(1)).toEqual([
      '1. SFP-10G-SR (Cisco 10GBASE-SR SFP+): DOA (defective on arrival), covered until 2026-11-26',
      '2. SFP-10G-SR (Cisco 10GBASE-SR SFP+): DOA (defective on arrival), covered until 2026-11-26',
      '3. SFP-10G-SR (Cisco 10GBASE-SR SFP+, sold as-is): not covered, sold as-is',
      '4. SFP-10G-LR (Cisco 10GBASE-LR SFP+): 90-day warranty, covered until 2026-12-20',
      '5. GLC-TE (1000BASE-T SFP): not covered, its 90-day warranty ended on 2026-10-21',
    ]);
    // Intake asks per unit, only for the covered ones.
    expect(said).toContain('Please type the serial number (SN) printed on the label of unit 1 (SFP-10G-SR).');
    expect(said).toContain('Please type the serial number (SN) printed on the label of unit 2 (SFP-10G-SR).');
    expect(said).toContain('Please send a photo of the serial-number label of unit 1 (SFP-10G-SR, SN FNS23010001).');
    expect(said.some((t) => t.includes('One description is fine if all 3 units fail the same way'))).toBe(true);
    expect(all).not.toMatch(/unit 3 \(|unit 5 \(/);
    // Never a serial the customer did not type.
    expect(all).not.toContain('FNS23010004');
    expect(all).not.toContain('AGM21000006');
    expect(all).not.toContain('FNS23010003');

    // Staff see every unit with the serials on record, and how to decide per unit.
    const review = messages(out).find((m) => m.to === 'staff' && String(m.text).includes('Units on this claim (5):'))!;
    expect(String(review.text)).toContain('3. SFP-10G-SR serial FNS23010004: not covered (as-is)');
    expect(String(review.text)).toContain('/rma approve C-1001 units 1,2');

    // A unit the claim does not have is refused; nothing changes.
    const refused = acks(out).find((a) => a.ok === false)!;
    expect(refused.error).toBe('C-1001 has units 1-5; there is no unit 9.');

    // The approval lists what to send back and what was not approved, with the reason.
    const approval = said.find((t) => t.startsWith('Your return is approved'))!;
    expect(approval).toContain(
      [
        'Units approved for return under RMA-26-00001, in one parcel if you can:',
        '1. SFP-10G-SR, SN FNS23010001',
        '2. SFP-10G-SR, SN FNS23010002',
        'Not approved:',
        '3. SFP-10G-SR: sold as-is',
        '4. SFP-10G-LR: not approved by our staff; ask us if you would like to know why',
        '5. GLC-TE: its 90-day warranty ended on 2026-10-21',
      ].join('\n'),
    );

    // One cap for the case (USD 500), however many units: 320 + 250 leaves 70 waiting for approval.
    const costs = messages(out).filter((m) => m.to === 'staff' && String(m.text).includes('duties'));
    expect(String(costs[0]!.text)).toMatch(/USD 70\.00/);

    // Check-in by serial: the stranger is flagged, unit 2 still out.
    const checkIn = messages(out).find((m) => m.to === 'staff' && String(m.text).includes('checked in unit 1'))!;
    expect(String(checkIn.text)).toContain('received serial FNS99999999, not an approved unit of RMA-26-00001 (flagged unit_mismatch)');
    expect(String(checkIn.text)).toContain('Still to arrive: unit 2.');
    expect(said.some((t) => t.startsWith('A replacement for unit 2 is on its way: tracking 1Z999AA10123456999.'))).toBe(true);
    expect(said.some((t) => t.includes('back by 2026-12-04'))).toBe(true);

    // Closed once unit 2's faulty module is back: one summary, every unit.
    const summary = said.find((t) => t.startsWith('C-1001 is closed. What happened to each unit:'))!;
    expect(summary.split('\n').slice(1)).toEqual([
      '1. SFP-10G-SR, SN FNS23010001: replacement sent',
      '2. SFP-10G-SR, SN FNS23010002: replacement sent',
      '3. SFP-10G-SR: not approved: sold as-is',
      '4. SFP-10G-LR, SN FNS22110005: not approved by our staff; ask us if you would like to know why',
      '5. GLC-TE: not approved: its 90-day warranty ended on 2026-10-21',
    ]);
    expect(said.filter((t) => t.includes('What happened to each unit'))).toHaveLength(1);

    const [line] = cases(out);
    expect(line).toMatchObject({ ref: 'C-1001', state: 'resolved', resolution: 'replacement', serial_number: 'FNS23010001' });
    expect(line!.flags).toEqual(expect.arrayContaining(['unit_mismatch', 'over_cost_cap']));
    expect(line!.units).toEqual([
      {
        unit: 1,
        part_number: 'SFP-10G-SR',
        serial_number: 'FNS23010001',
        kind: 'doa',
        decision: 'approved',
        resolution: 'replacement',
        received: true,
      },
      {
        unit: 2,
        part_number: 'SFP-10G-SR',
        serial_number: 'FNS23010002',
        kind: 'doa',
        decision: 'approved',
        resolution: 'replacement',
        received: true,
        advance: { tracking: '1Z999AA10123456999', return_by: '2026-12-04', overdue: false },
      },
      {
        unit: 3,
        part_number: 'SFP-10G-SR',
        serial_number: 'FNS23010004',
        kind: null,
        decision: 'denied',
        reason: 'non_returnable',
        resolution: null,
        received: false,
      },
      {
        unit: 4,
        part_number: 'SFP-10G-LR',
        serial_number: 'FNS22110005',
        kind: 'warranty',
        decision: 'denied',
        resolution: null,
        received: false,
      },
      {
        unit: 5,
        part_number: 'GLC-TE',
        serial_number: 'AGM21000006',
        kind: null,
        decision: 'denied',
        reason: 'outside_window',
        resolution: null,
        received: false,
      },
    ]);
  });

  it('names units by serial or as "all" of a part number, and denies some before approving the rest', async () => {
    const out = await runScript(
      [
        { at: '2026-11-20T10:00:00Z', user: 'U2', text: 'order 100600: FNS23010001 and FNS23010003 do not light up' },
        { user: 'U2', files: [img('a.jpg'), img('b.jpg')] },
        { user: 'U2', files: [img('rack.jpg')] },
        { user: 'U2', text: 'both show no link, DOM reads -40 dBm' },
        { user: 'U2', text: 'show interfaces transceiver detail: Rx power -40.0 dBm on both ports' },
        { user: 'U2', action: 'still_failing', case: 'C-1001' },
        { user: 'S1', command: '/rma deny C-1001 units 2 the DOM log shows it working' },
        { user: 'S1', command: '/rma approve C-1001' },
        { at: '2026-11-20T11:00:00Z', user: 'U3', text: 'all 3 SFP-10G-SR of order 100600 failed' },
        // Serials alone, without the order number: the order is found by them.
        { at: '2026-11-20T12:00:00Z', user: 'U4', text: 'FNS23010002 and FNS22110005 are dead' },
      ],
      { staff: ['S1'], orders: ORDERS_WITH_LOT },
    );
    const said = texts(out);
    expect(said.find((t) => t.startsWith('This claim now covers 2 units'))).toBeDefined();
    // The serials typed to name the units are theirs: no serial question.
    expect(said.some((t) => t.includes('Please type the serial number'))).toBe(false);
    expect(said).toContain(
      'C-1001: unit 2 cannot be covered: the DOM log shows it working. Our staff are still reviewing the other units.',
    );
    const approval = said.find((t) => t.startsWith('Your return is approved'))!;
    expect(approval).toContain('1. SFP-10G-SR, SN FNS23010001\nNot approved:\n2. SFP-10G-SR: the DOM log shows it working');
    // "all 3 SFP-10G-SR": the order has four lines of that part (one sold as-is), so the customer is asked which.
    const third = messages(out).filter((m) => m.user === 'U3' && m.to === 'customer');
    expect(String(third.at(-1)!.text)).toMatch(/^Order 100600 has 6 items\. Which one/);
    const fourth = messages(out).filter((m) => m.user === 'U4' && m.to === 'customer');
    expect(String(fourth[1]!.text)).toMatch(
      /^This claim now covers 2 units of order 100600:\n1\. SFP-10G-SR .*DOA.*\n2\. SFP-10G-LR .*warranty/,
    );
    expect(fourth[2]!.expects).toBe('serial_photo');
  });
});
