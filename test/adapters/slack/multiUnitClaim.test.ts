// A claim for five units of one order (issue 20) through the real Slack adapter and the fake Slack API:
// the customer picks five of the order's six optics in the case thread, of which the policy covers three
// (two DOA, one under warranty) and not two (sold as-is, warranty ended); staff approve two units with
// /rma, check them in by serial, resolve one and ship an advance replacement for the other, and the case
// closes with one summary per unit. The lot's dates are for a claim made on 2026-11-20, the harness's day.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { persistedSnapshot } from '../../../src/case/snapshot.ts';
import { unitsOf } from '../../../src/case/units.ts';
import { findCaseByRef } from '../../../src/store/caseStore.ts';
import { upsertOrderItems } from '../../../src/store/orderStore.ts';
import { pendingOutbox } from '../../../src/store/outboxStore.ts';
import type { RecordedCall } from '../../fakes/slack/fakeSlackApi.ts';
import { slackFile, type MessageEventInput } from '../../fakes/slack/slackRequests.ts';
import { LOT, LOT_CLAIM } from '../../support/lotOrders.ts';
import { readPdfText } from '../../paperwork/readPdf.ts';
import { IDS, openSlackHarness, postedTs, type SlackHarness } from './slackHarness.ts';

type Block = { type: string; elements?: Array<{ action_id?: string }> };
const buttonIds = (args: Record<string, unknown>) =>
  ((args.blocks ?? []) as Block[]).flatMap((b) => (b.type === 'actions' ? (b.elements ?? []).map((e) => e.action_id) : []));
const textOf = (call: RecordedCall) => String(call.args.text ?? '');
/** Serial-like words of the lot (and of the stranger the staff member scans). */
const SERIALS = /\b(?:FNS|AGM)\d{8}\b/g;

/** The claim for five units, through intake and troubleshooting to the staff review. */
async function fiveUnitClaim(h: SlackHarness) {
  const customerPosts = () => h.postsIn(IDS.support);
  const root = await h.message({ channel: IDS.support, user: IDS.customer, text: 'Hi, 5 optics from order 100600 are dead' });
  const ref = /opened case (C-\d+)/.exec(customerPosts().map(textOf).join('\n'))?.[1];
  if (!ref) throw new Error(`no case opened; problems: ${h.problems.join('\n')}`);
  let minute = 0;
  /** The customer writes in the case thread, a minute after their last message; what the bot answered. */
  const reply = async (input: Omit<MessageEventInput, 'ts' | 'channel' | 'user'>) => {
    const before = customerPosts().length;
    minute += 1;
    await h.message({
      channel: IDS.support,
      user: IDS.customer,
      threadTs: root.ts,
      at: `2026-11-20T10:${String(minute).padStart(2, '0')}:00Z`,
      ...input,
    });
    return customerPosts().slice(before).map(textOf);
  };
  return { root, ref, reply, customerPosts };
}

describe('a claim for five units of one order on Slack', () => {
  let h: SlackHarness;
  beforeEach(async () => {
    h = await openSlackHarness();
    // The harness loads the test orders; the lot of order 100600 is added to them.
    await upsertOrderItems(h.app.database.db, LOT);
  });
  afterEach(async () => {
    await h.close();
  });

  it('is claimed in the thread, approved for two units, checked in by serial, resolved per unit and closed with one summary', async () => {
    const { root, ref, reply, customerPosts } = await fiveUnitClaim(h);
    const responses = () => h.api.callsOf('response_url');
    const staffPosts = () => h.postsIn(IDS.staffChannel);
    const state = async () => (await findCaseByRef(h.app.database.db, ref))?.state;

    // 1. The order has six items: the bot lists them and asks which.
    const list = textOf(customerPosts().at(-1)!);
    expect(list).toMatch(/^Order 100600 has 6 items\. Which one/);
    expect(list.split('\n').filter((l) => /^\d\. /.test(l))).toEqual([
      '1. SFP-10G-SR (Cisco 10GBASE-SR SFP+)',
      '2. SFP-10G-SR (Cisco 10GBASE-SR SFP+)',
      '3. SFP-10G-SR (Cisco 10GBASE-SR SFP+)',
      '4. SFP-10G-SR (Cisco 10GBASE-SR SFP+, sold as-is)',
      '5. SFP-10G-LR (Cisco 10GBASE-LR SFP+)',
      '6. GLC-TE (1000BASE-T SFP)',
    ]);

    const chosen = await reply({ text: LOT_CLAIM.choice });
    expect(chosen.join('\n')).toContain(
      [
        'This claim now covers 5 units of order 100600:',
        '1. SFP-10G-SR (Cisco 10GBASE-SR SFP+): DOA (defective on arrival), covered until 2026-11-26',
        '2. SFP-10G-SR (Cisco 10GBASE-SR SFP+): DOA (defective on arrival), covered until 2026-11-26',
        '3. SFP-10G-SR (Cisco 10GBASE-SR SFP+, sold as-is): not covered, sold as-is',
        '4. SFP-10G-LR (Cisco 10GBASE-LR SFP+): 90-day warranty, covered until 2026-12-20',
        '5. GLC-TE (1000BASE-T SFP): not covered, its 90-day warranty ended on 2026-10-21',
      ].join('\n'),
    );
    expect(chosen.at(-1)).toMatch(/serial number \(SN\).* of unit 1 \(SFP-10G-SR\)\.$/);

    // 2. Serials of the covered units, one and then two at once; then the label photos.
    expect((await reply({ text: 'FNS23010001' })).at(-1)).toMatch(/serial number \(SN\).* of unit 2 \(SFP-10G-SR\)\.$/);
    expect((await reply({ text: 'FNS23010002 and FNS22110005' })).at(-1)).toContain(
      'a photo of the serial-number label of unit 1 (SFP-10G-SR, SN FNS23010001)',
    );

    // 3. Three label photos in one message, the installation, one fault for all, the evidence.
    const afterPhotos = await reply({
      files: [
        slackFile('F0SN1', 'sn1.jpg', 'image/jpeg', 41_000),
        slackFile('F0SN2', 'sn2.jpg', 'image/jpeg', 42_000),
        slackFile('F0SN5', 'sn5.jpg', 'image/jpeg', 43_000),
      ],
    });
    expect(afterPhotos).toHaveLength(1);
    expect(afterPhotos[0]).toMatch(/photo of the installation/);
    expect((await reply({ files: [slackFile('F0RACK', 'rack.jpg', 'image/jpeg', 90_000)] })).at(-1)).toMatch(
      /^Please describe the fault.*One description is fine if all 3 units fail the same way/,
    );
    expect((await reply({ text: 'no link light on any of them, tried two switches' })).at(-1)).toMatch(/supporting evidence/);
    await reply({ files: [slackFile('F0LOG', 'log.txt', 'text/plain', 300)] });
    const troubleshoot = customerPosts().at(-1)!;
    expect(buttonIds(troubleshoot.args)).toEqual(['rma_fixed', 'rma_still_failing', 'rma_cancel']);
    expect(staffPosts()).toHaveLength(0);
    await h.press(IDS.customer, troubleshoot, 'rma_still_failing');
    expect(await state()).toBe('review');
    expect(textOf(customerPosts().at(-1)!)).toBe(`${ref} is with our staff for review. You'll hear from us here.`);

    // Each covered unit has the serial typed for it, its own label photo and the one fault.
    const intake = unitsOf(persistedSnapshot((await findCaseByRef(h.app.database.db, ref))!).context);
    expect(intake.map((u) => [u.number, u.item?.serialNumber, u.serialGiven, u.serialPhoto?.name ?? null, u.reason])).toEqual([
      [1, 'FNS23010001', 'FNS23010001', 'sn1.jpg', null],
      [2, 'FNS23010002', 'FNS23010002', 'sn2.jpg', null],
      [3, 'FNS23010004', null, null, 'non_returnable'],
      [4, 'FNS22110005', 'FNS22110005', 'sn5.jpg', null],
      [5, 'AGM21000006', null, null, 'outside_window'],
    ]);

    // 4. Staff review every unit with the serial sold, and how to decide per unit.
    const review = staffPosts().at(-1)!;
    expect(buttonIds(review.args)).toEqual(['rma_approve', 'rma_deny', 'rma_request_info']);
    const reviewText = textOf(review);
    expect(reviewText).toContain(`${ref} needs review`);
    const reviewUnits = reviewText.slice(reviewText.indexOf('Units on this claim (5):')).split('\n').slice(1, 6);
    expect(reviewUnits).toHaveLength(5);
    expect(reviewUnits[0]).toMatch(/^1\. SFP-10G-SR serial FNS23010001; typed FNS23010001; DOA .*2026-11-26; serial photo yes/);
    expect(reviewUnits[1]).toMatch(/^2\. SFP-10G-SR serial FNS23010002; typed FNS23010002; DOA .*2026-11-26; serial photo yes/);
    expect(reviewUnits[2]).toMatch(/^3\. SFP-10G-SR serial FNS23010004: not covered \(as-is\)/);
    expect(reviewUnits[3]).toMatch(/^4\. SFP-10G-LR serial FNS22110005; typed FNS22110005; 90-day warranty .*2026-12-20/);
    expect(reviewUnits[4]).toMatch(/^5\. GLC-TE serial AGM21000006: not covered \(.*the warranty ended on 2026-10-21\)/);
    expect(reviewText).toContain(`/rma approve ${ref} units 1,2`);

    // A unit the claim does not have is refused, and the case stays in review.
    await h.command(IDS.staff, `approve ${ref} units 9`);
    expect(responses().at(-1)!.args).toMatchObject({ response_type: 'ephemeral' });
    expect(textOf(responses().at(-1)!)).toMatch(/has units 1-5; there is no unit 9/);
    expect(await state()).toBe('review');

    // 5. Approved for units 1 and 2 only; the others are listed with why, and the RMA document follows.
    const beforeApproval = customerPosts().length;
    await h.command(IDS.staff, `approve ${ref} units 1,2`);
    expect(await state()).toBe('awaiting_return');
    const approval = customerPosts().slice(beforeApproval);
    expect(approval).toHaveLength(1);
    const approvalText = textOf(approval[0]!);
    const rma = /RMA number: (RMA-\d{2}-\d{5})/.exec(approvalText)?.[1];
    expect(rma).toMatch(/^RMA-26-\d{5}$/);
    expect(approvalText).toContain(
      [
        `Units approved for return under ${rma}, in one parcel if you can:`,
        '1. SFP-10G-SR, SN FNS23010001',
        '2. SFP-10G-SR, SN FNS23010002',
        'Not approved:',
        '3. SFP-10G-SR: sold as-is',
        '4. SFP-10G-LR: not approved by our staff; ask us if you would like to know why',
        '5. GLC-TE: its 90-day warranty ended on 2026-10-21',
      ].join('\n'),
    );
    const thread = h.api.messagesIn(IDS.support, root.ts);
    const afterApproval = thread.slice(thread.findIndex((m) => m.text === approvalText) + 1);
    expect(((afterApproval[0]?.files ?? []) as Array<{ name: string }>).map((f) => f.name)).toEqual([`${rma}.pdf`]);
    expect(h.api.uploads).toHaveLength(1);
    const [upload] = h.api.uploads;
    expect(upload).toMatchObject({ filename: `${rma}.pdf`, channel: IDS.support, threadTs: root.ts });
    // The document names the approved units by the serials the customer typed, and no others.
    const pdf = (await readPdfText(upload!.bytes)).text.join('\n');
    expect(pdf).toContain(rma);
    expect(pdf).toContain('FNS23010001');
    expect(pdf).toContain('FNS23010002');
    expect(pdf).not.toMatch(/FNS22110005|FNS23010004|AGM21000006/);
    expect(textOf(staffPosts().at(-1)!)).toMatch(new RegExp(`^${ref} approved by ${IDS.staff}: ${rma} issued\\.`));

    // A second approval is refused, and changes nothing.
    const postsBefore = h.api.callsOf('chat.postMessage').length;
    await h.command(IDS.staff, `approve ${ref}`);
    expect(textOf(responses().at(-1)!)).toBe(`${ref} is already approved (${rma}); it is now awaiting_return.`);
    await h.command(IDS.staff, `approve ${ref} units 4`);
    expect(textOf(responses().at(-1)!)).toBe(`${ref} is already approved (${rma}); it is now awaiting_return.`);
    expect(h.api.callsOf('chat.postMessage')).toHaveLength(postsBefore);
    expect(await state()).toBe('awaiting_return');

    // 6. The customer ships; staff check in unit 1 and a serial that is not on the RMA.
    expect(
      (
        await h.message({
          channel: IDS.support,
          user: IDS.customer,
          threadTs: root.ts,
          text: '1Z999AA10123456784',
          at: '2026-11-20T12:00:00Z',
        })
      ).status,
    ).toBe(200);
    expect(textOf(customerPosts().at(-1)!)).toContain(`tracking 1Z999AA10123456784 is recorded for ${rma}`);
    expect(await state()).toBe('in_transit');

    let before = { customer: customerPosts().length, staff: staffPosts().length };
    await h.command(IDS.staff, `received ${ref} FNS23010001 FNS99999999`);
    const checkIn = staffPosts().slice(before.staff).map(textOf).join('\n');
    expect(checkIn).toContain(`${ref}: checked in unit 1.`);
    expect(checkIn).toContain(`received serial FNS99999999, not an approved unit of ${rma}`);
    expect(checkIn).toContain('Still to arrive: unit 2.');
    expect(customerPosts().slice(before.customer).map(textOf)).toEqual([
      `We have received unit 1 for ${rma} and are inspecting it. Still on the way to us: unit 2.`,
    ]);
    expect(await state()).toBe('inspection');

    // 7. Unit 1 is resolved; unit 2 gets an advance replacement before it is back.
    before = { customer: customerPosts().length, staff: staffPosts().length };
    await h.command(IDS.staff, `resolve ${ref} replacement units 1`);
    expect(staffPosts().slice(before.staff).map(textOf)).toEqual([`${ref}: unit 1 replacement. Still without an outcome: 2.`]);
    expect(customerPosts()).toHaveLength(before.customer);
    expect(await state()).toBe('inspection');

    before = { customer: customerPosts().length, staff: staffPosts().length };
    await h.command(IDS.staff, `advance ${ref} 1Z999AA10123456999 units 2`);
    const advance = customerPosts().slice(before.customer).map(textOf);
    expect(advance).toHaveLength(1);
    expect(advance[0]).toMatch(
      new RegExp(`^A replacement for unit 2 is on its way: tracking 1Z999AA10123456999\\..* back by 2026-12-04, with ${rma} on the parcel`),
    );
    expect(staffPosts().slice(before.staff).map(textOf).join('\n')).toMatch(
      /advance replacement for unit 2 shipped \(1Z999AA10123456999\)/,
    );
    expect(await state()).toBe('inspection');

    // Unit 2 is back: every approved unit has its outcome and the case closes with one summary.
    before = { customer: customerPosts().length, staff: staffPosts().length };
    await h.command(IDS.staff, `received ${ref} FNS23010002`);
    const closing = customerPosts().slice(before.customer).map(textOf);
    expect(closing).toEqual([
      [
        `${ref} is closed. What happened to each unit:`,
        '1. SFP-10G-SR, SN FNS23010001: replacement sent',
        '2. SFP-10G-SR, SN FNS23010002: replacement sent',
        '3. SFP-10G-SR: not approved: sold as-is',
        '4. SFP-10G-LR, SN FNS22110005: not approved by our staff; ask us if you would like to know why',
        '5. GLC-TE: not approved: its 90-day warranty ended on 2026-10-21',
      ].join('\n'),
    ]);
    expect(staffPosts().slice(before.staff).map(textOf).join('\n')).toContain(`${ref}: checked in unit 2.`);
    expect(staffPosts().slice(before.staff).map(textOf).join('\n')).toContain(
      `${ref} resolved: 1 replacement, 2 replacement, 3 denied, 4 denied, 5 denied.`,
    );
    expect(await state()).toBe('resolved');
    await h.command(IDS.staff, `show ${ref}`);
    const shown = textOf(responses().at(-1)!);
    expect(shown).toMatch(new RegExp(`^${ref} \\(resolved\\)`));
    expect(shown).toContain('Flags: unit_mismatch (received FNS99999999');
    const outcomes = unitsOf(persistedSnapshot((await findCaseByRef(h.app.database.db, ref))!).context).map((u) => [
      u.number,
      u.outcome.decision,
      u.outcome.resolution,
      u.outcome.received,
    ]);
    expect(outcomes).toEqual([
      [1, 'approved', 'replacement', true],
      [2, 'approved', 'replacement', true],
      [3, 'denied', null, false],
      [4, 'denied', null, false],
      [5, 'denied', null, false],
    ]);

    // Everything the customer was shown stayed in their thread and named no serial they did not type:
    // not those of the units they did not type a serial for, nor the scanned stranger.
    expect(customerPosts().every((c) => c.args.thread_ts === root.ts)).toBe(true);
    const seenByCustomer = [
      ...customerPosts(),
      ...h.api.callsOf('chat.update', (a) => a.channel === IDS.support),
      ...h.api.callsOf('chat.postEphemeral', (a) => a.user === IDS.customer),
    ]
      .map((c) => `${textOf(c)}\n${JSON.stringify(c.args.blocks ?? [])}`)
      .concat(pdf)
      .join('\n');
    expect(new Set(seenByCustomer.match(SERIALS))).toEqual(new Set(LOT_CLAIM.covered));
    for (const serial of [...LOT_CLAIM.notCovered, 'FNS99999999']) expect(seenByCustomer).not.toContain(serial);
    expect(h.api.callsOf('chat.update', (a) => a.ts === postedTs(troubleshoot))).toHaveLength(1);
    expect(await pendingOutbox(h.app.database.db)).toEqual([]);
    expect(h.problems).toEqual([]);
  });
});
