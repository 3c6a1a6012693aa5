// A claim for five units of one order (issue 20) on Discord, through the real discord.js adapter and
// the fake Discord: the customer names the units in the case thread, types serials and sends photos for
// the ones the policy may cover; staff decide per unit with /rma and its `units` and `serials` options,
// and the case closes with one summary of what became of each unit. The lot's dates are for a claim
// made on 2026-11-20, the fake's clock (its snowflakes carry the time of each message).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { upsertOrderItems } from '../../../src/store/orderStore.ts';
import type { FakeInteraction, Json } from '../../fakes/discord/fakeDiscord.ts';
import { ANA, SAM, STAFF_CHANNEL, SUPPORT } from '../../fakes/discord/fixtures.ts';
import { LOT, LOT_CLAIM } from '../../support/lotOrders.ts';
import { customIdsOf, TestDesk } from './discordDesk.ts';

const EPHEMERAL = 64;
const REF = 'C-1001';
const RMA = 'RMA-26-00001';

/** The thread's bot messages after the first `skip`, as text. */
const textsIn = (desk: TestDesk, channel: string, skip = 0): string[] =>
  desk.fake
    .botMessagesIn(channel)
    .slice(skip)
    .map((m) => m.content as string);

/** Ana writes in her thread (with files) and waits for the bot's answer matching `pattern`. */
async function customerSays(
  desk: TestDesk,
  thread: string,
  content: string,
  pattern: RegExp,
  files: Array<{ filename: string; content_type: string; size: number }> = [],
): Promise<string> {
  const before = desk.fake.botMessagesIn(thread).length;
  desk.fake.userMessage(ANA, thread, content, files);
  return (await desk.botPost(thread, pattern, before, SLOW)).content as string;
}

/** Sam runs `/rma SUBCOMMAND` in the staff channel; resolves with the private answer once the work is done. */
async function staffRuns(
  desk: TestDesk,
  subcommand: string,
  options: Record<string, string>,
): Promise<FakeInteraction & { answer: string }> {
  const command = desk.fake.slashCommand(SAM, STAFF_CHANNEL, subcommand, options);
  const answer = await desk.waitFor(`the answer to /rma ${subcommand}`, () => command.original?.content as string | undefined);
  await desk.discord!.idle();
  return Object.assign(command, { answer });
}

/** Ana's claim for units 1, 2, 4, 5 and 6 of order 100600, from the support channel to review. */
async function claimFiveUnits(desk: TestDesk): Promise<{ thread: string; review: Json; replies: Record<string, string> }> {
  const { fake } = desk;
  fake.userMessage(ANA, SUPPORT, 'Hi, 5 optics from order 100600 are dead');
  const thread = (await desk.waitFor('the case thread', () => fake.threadsOf(SUPPORT)[0])).id as string;
  const replies: Record<string, string> = {};
  replies.items = (await desk.botPost(thread, /Order 100600 has 6 items/, 0, SLOW)).content as string;
  replies.units = await customerSays(desk, thread, LOT_CLAIM.choice, /This claim now covers/);
  replies.serial1 = (await desk.botPost(thread, /serial number \(SN\) printed on the label of unit 1/, 0, SLOW)).content as string;
  replies.serial2 = await customerSays(desk, thread, 'FNS23010001', /serial number \(SN\) printed on the label of unit 2/);
  replies.labelPhoto = await customerSays(desk, thread, 'FNS23010002 and FNS22110005', /photo of the serial-number label/);
  replies.installPhoto = await customerSays(desk, thread, '', /photo of the installation/, [
    { filename: 'sn1.jpg', content_type: 'image/jpeg', size: 40_000 },
    { filename: 'sn2.jpg', content_type: 'image/jpeg', size: 40_000 },
    { filename: 'sn5.jpg', content_type: 'image/jpeg', size: 40_000 },
  ]);
  replies.fault = await customerSays(desk, thread, '', /describe the fault/, [
    { filename: 'rack.jpg', content_type: 'image/jpeg', size: 90_000 },
  ]);
  replies.evidence = await customerSays(desk, thread, 'no link light on any of them, tried two switches', /supporting evidence/);
  fake.userMessage(ANA, thread, '', [{ filename: 'log.txt', content_type: 'text/plain', size: 300 }]);
  const checks = await desk.waitFor('the troubleshooting buttons', () =>
    fake.botMessagesIn(thread).find((m) => customIdsOf(m).includes(`rma:still_failing:${REF}`)),
  );
  const staffBefore = fake.botMessagesIn(STAFF_CHANNEL).length;
  fake.pressButton(ANA, checks.id as string, `rma:still_failing:${REF}`);
  const review = await desk.botPost(STAFF_CHANNEL, new RegExp(`${REF} needs review`), staffBefore, SLOW);
  await desk.botPost(thread, /is with our staff for review/, 0, SLOW);
  return { thread, review, replies };
}

/** Staff approve units 1 and 2; Ana ships with a tracking number. Returns the approval message. */
async function approveAndShip(desk: TestDesk, thread: string): Promise<Json> {
  const before = desk.fake.botMessagesIn(thread).length;
  await staffRuns(desk, 'approve', { ref: REF, units: '1,2' });
  const approval = await desk.botPost(thread, new RegExp(`RMA number: ${RMA}`), before, SLOW);
  await customerSays(desk, thread, '1Z999AA10123456784', /tracking 1Z999AA10123456784 is recorded/);
  return approval;
}

/** A long claim on a busy machine: outbox deliveries can take longer than the harness's 5 s default. */
const SLOW = 20_000;

describe('a claim for five units of one order on Discord', () => {
  let desk: TestDesk;
  beforeEach(async () => {
    desk = await TestDesk.start({ clock: '2026-11-20T10:00:00Z' });
    // TestDesk loads the test orders; the lot of order 100600 is added to them.
    await upsertOrderItems(desk.app.database.db, LOT);
  });
  afterEach(async () => {
    await desk.close();
  });

  it('takes the units in the case thread, puts them before staff, and approves and checks in only the units staff name', async () => {
    const { fake } = desk;
    const { thread, review, replies } = await claimFiveUnits(desk);

    // The items of the order, then the five units with what the policy says of each.
    expect(replies.items!.split('\n')).toHaveLength(7);
    expect(replies.items).toContain('4. SFP-10G-SR (Cisco 10GBASE-SR SFP+, sold as-is)');
    expect(replies.units!.split('\n')).toEqual([
      'This claim now covers 5 units of order 100600:',
      '1. SFP-10G-SR (Cisco 10GBASE-SR SFP+): DOA (defective on arrival), covered until 2026-11-26',
      '2. SFP-10G-SR (Cisco 10GBASE-SR SFP+): DOA (defective on arrival), covered until 2026-11-26',
      '3. SFP-10G-SR (Cisco 10GBASE-SR SFP+, sold as-is): not covered, sold as-is',
      '4. SFP-10G-LR (Cisco 10GBASE-LR SFP+): 90-day warranty, covered until 2026-12-20',
      '5. GLC-TE (1000BASE-T SFP): not covered, its 90-day warranty ended on 2026-10-21',
    ]);
    expect(replies.serial1).toContain('unit 1 (SFP-10G-SR)');
    expect(replies.serial2).toContain('unit 2 (SFP-10G-SR)');
    // Two serials in one message: unit 2's and unit 4's; no serial is asked for the units not covered.
    expect(replies.labelPhoto).toContain('a photo of the serial-number label of unit 1 (SFP-10G-SR, SN FNS23010001)');
    expect(replies.fault).toContain('One description is fine if all 3 units fail the same way');

    // The case: three label photos (one message), the installation photo, one fault for the three units.
    const { state, context } = await desk.caseState(REF);
    expect(state).toBe('review');
    expect(context.serialGiven).toBe('FNS23010001');
    expect(context.serialPhoto?.name).toBe('sn1.jpg');
    expect(context.installPhoto?.name).toBe('rack.jpg');
    expect(context.evidence.map((e) => e.file?.name)).toContain('log.txt');
    expect(context.moreUnits.map((u) => [u.item.serialNumber, u.serialGiven, u.serialPhoto?.name ?? null, u.reason])).toEqual([
      ['FNS23010002', 'FNS23010002', 'sn2.jpg', null],
      ['FNS23010004', null, null, 'non_returnable'],
      ['FNS22110005', 'FNS22110005', 'sn5.jpg', null],
      ['AGM21000006', null, null, 'outside_window'],
    ]);

    // Staff see every unit with the serial sold and the one typed, and how to decide per unit.
    const lines = (review.content as string).split('\n');
    const units = lines.indexOf('Units on this claim (5):');
    expect(units).toBeGreaterThan(0);
    expect(lines.slice(units + 1, units + 6)).toEqual([
      '1. SFP-10G-SR serial FNS23010001; typed FNS23010001; DOA (defective on arrival) → 2026-11-26; serial photo yes; fault: no link light on any of them, tried two switches',
      '2. SFP-10G-SR serial FNS23010002; typed FNS23010002; DOA (defective on arrival) → 2026-11-26; serial photo yes; fault: no link light on any of them, tried two switches',
      '3. SFP-10G-SR serial FNS23010004: not covered (as-is), declined by the policy',
      '4. SFP-10G-LR serial FNS22110005; typed FNS22110005; 90-day warranty → 2026-12-20; serial photo yes; fault: no link light on any of them, tried two switches',
      '5. GLC-TE serial AGM21000006: not covered (delivered 2026-07-23, 120 days before the claim; the warranty ended on 2026-10-21), declined by the policy',
    ]);
    expect(review.content).toContain(`/rma approve ${REF} units 1,2`);
    expect(review.content).toContain(`Case thread: <#${thread}>`);
    expect(customIdsOf(review)).toEqual([`rma:approve:${REF}`, `rma:deny:${REF}`, `rma:request_info:${REF}`]);

    // A unit the claim does not have is refused, privately, and nothing changes.
    const threadPosts = fake.botMessagesIn(thread).length;
    const staffPosts = fake.botMessagesIn(STAFF_CHANNEL).length;
    const nine = await staffRuns(desk, 'approve', { ref: REF, units: '9' });
    expect(nine.callbacks).toEqual([{ type: 5, data: { flags: EPHEMERAL } }]);
    expect(nine.original!.flags).toBe(EPHEMERAL);
    expect(nine.answer).toContain(`${REF} has units 1-5; there is no unit 9`);
    await desk.quiet();
    expect(fake.botMessagesIn(thread)).toHaveLength(threadPosts);
    expect(fake.botMessagesIn(STAFF_CHANNEL)).toHaveLength(staffPosts);
    expect((await desk.caseState(REF)).state).toBe('review');

    // Units 1 and 2 approved: the customer reads which units go back with their serials, which do not
    // and why, and gets the RMA document attached.
    const approval = await approveAndShip(desk, thread);
    const approved = approval.content as string;
    expect(approved).toContain(
      [
        `Units approved for return under ${RMA}, in one parcel if you can:`,
        '1. SFP-10G-SR, SN FNS23010001',
        '2. SFP-10G-SR, SN FNS23010002',
      ].join('\n'),
    );
    expect(approved).toContain(
      [
        'Not approved:',
        '3. SFP-10G-SR: sold as-is',
        '4. SFP-10G-LR: not approved by our staff; ask us if you would like to know why',
        '5. GLC-TE: its 90-day warranty ended on 2026-10-21',
      ].join('\n'),
    );
    expect((approval.attachments as Json[]).map((a) => a.filename)).toEqual([`${RMA}.pdf`]);
    const pdf = fake.files.get((approval.attachments as Json[])[0]!.id as string)!;
    expect(pdf).toMatchObject({ name: `${RMA}.pdf`, contentType: 'application/pdf' });
    expect(pdf.bytes.subarray(0, 4).toString('latin1')).toBe('%PDF');
    await desk.botPost(STAFF_CHANNEL, new RegExp(`${REF} approved by`), 0, SLOW);
    const afterApproval = await desk.caseState(REF);
    expect(afterApproval.state).toBe('in_transit');
    expect(afterApproval.context.outcomes.map((o) => o.decision)).toEqual(['approved', 'approved', 'denied', 'denied', 'denied']);

    // Unit 1 arrives with a serial that is no unit of the RMA; unit 2 is still to come.
    const staffBefore = fake.botMessagesIn(STAFF_CHANNEL).length;
    const received = await staffRuns(desk, 'received', { ref: REF, serials: 'FNS23010001 FNS99999999' });
    const checkIn = await desk.botPost(STAFF_CHANNEL, /checked in unit 1/, staffBefore, SLOW);
    expect(checkIn.content).toContain(`${REF}: checked in unit 1.`);
    expect(checkIn.content).toContain(`received serial FNS99999999, not an approved unit of ${RMA}`);
    expect(checkIn.content).toContain('Still to arrive: unit 2.');
    expect(received.answer).toContain('Still to arrive: unit 2.');
    const checkedIn = await desk.caseState(REF);
    expect(checkedIn.state).toBe('inspection');
    expect(checkedIn.context.outcomes.map((o) => o.received)).toEqual([true, false, false, false, false]);
    expect(checkedIn.context.flags.map((f) => f.code)).toContain('unit_mismatch');

    // What the customer read never names the serials of the units not covered.
    const customerTexts = [...textsIn(desk, thread), ...textsIn(desk, SUPPORT)].join('\n');
    for (const serial of LOT_CLAIM.notCovered) expect(customerTexts).not.toContain(serial);
    expect(desk.problems()).toEqual([]);
  });

  it('resolves unit 1, ships an advance replacement for unit 2, and closes with one summary of every unit once unit 2 is back', async () => {
    const { fake } = desk;
    const { thread } = await claimFiveUnits(desk);
    await approveAndShip(desk, thread);
    await staffRuns(desk, 'received', { ref: REF, serials: 'FNS23010001 FNS99999999' });

    // Unit 1 resolved as a replacement; unit 2 has no outcome yet, so the case stays open.
    const staffBefore = fake.botMessagesIn(STAFF_CHANNEL).length;
    const resolve = await staffRuns(desk, 'resolve', { ref: REF, resolution: 'replacement', units: '1' });
    expect(resolve.answer).toContain(`${REF}: unit 1 replacement. Still without an outcome: 2.`);
    await desk.botPost(STAFF_CHANNEL, /unit 1 replacement/, staffBefore, SLOW);
    const resolvedOne = await desk.caseState(REF);
    expect(resolvedOne.state).toBe('inspection');
    expect(resolvedOne.context.outcomes.map((o) => o.resolution)).toEqual(['replacement', null, null, null, null]);

    // A replacement for unit 2 ships before unit 2 comes back.
    const threadBefore = fake.botMessagesIn(thread).length;
    const advance = await staffRuns(desk, 'advance', { ref: REF, tracking: '1Z999AA10123456999', units: '2' });
    expect(advance.answer).toContain('advance replacement for unit 2 shipped (1Z999AA10123456999)');
    const onItsWay = (await desk.botPost(thread, /A replacement for unit 2 is on its way/, threadBefore, SLOW)).content as string;
    expect(onItsWay).toContain('tracking 1Z999AA10123456999');
    expect(onItsWay).toContain(RMA);
    expect((await desk.caseState(REF)).context.outcomes[1]!.advance?.tracking).toBe('1Z999AA10123456999');

    // Unit 2 arrives: every approved unit has an outcome, and the case closes with one summary.
    const beforeClose = fake.botMessagesIn(thread).length;
    await staffRuns(desk, 'received', { ref: REF, serials: 'FNS23010002' });
    const summary = await desk.botPost(thread, /is closed\. What happened to each unit:/, beforeClose, SLOW);
    expect((summary.content as string).split('\n')).toEqual([
      `${REF} is closed. What happened to each unit:`,
      '1. SFP-10G-SR, SN FNS23010001: replacement sent',
      '2. SFP-10G-SR, SN FNS23010002: replacement sent',
      '3. SFP-10G-SR: not approved: sold as-is',
      '4. SFP-10G-LR, SN FNS22110005: not approved by our staff; ask us if you would like to know why',
      '5. GLC-TE: not approved: its 90-day warranty ended on 2026-10-21',
    ]);
    await desk.botPost(STAFF_CHANNEL, new RegExp(`${REF} resolved: 1 replacement, 2 replacement`), 0, SLOW);
    await desk.quiet();
    expect(textsIn(desk, thread, beforeClose).filter((t) => /is closed/.test(t))).toHaveLength(1);
    const closed = await desk.caseState(REF);
    expect(closed.state).toBe('resolved');
    expect(closed.context.outcomes.map((o) => [o.decision, o.received, o.resolution])).toEqual([
      ['approved', true, 'replacement'],
      ['approved', true, 'replacement'],
      ['denied', false, null],
      ['denied', false, null],
      ['denied', false, null],
    ]);

    const customerTexts = [...textsIn(desk, thread), ...textsIn(desk, SUPPORT)].join('\n');
    for (const serial of LOT_CLAIM.notCovered) expect(customerTexts).not.toContain(serial);
    expect(desk.problems()).toEqual([]);
  });
});
