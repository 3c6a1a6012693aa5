import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Json } from '../../fakes/discord/fakeDiscord.ts';
import { ANA, BEN, SAM, STAFF_CHANNEL, SUPPORT } from '../../fakes/discord/fixtures.ts';
import { claimToReview, customIdsOf, TestDesk } from './discordDesk.ts';
import { findCaseByThread } from '../../../src/store/caseStore.ts';

describe('a customer claim on Discord', () => {
  let desk: TestDesk;
  beforeEach(async () => {
    desk = await TestDesk.start();
  });
  afterEach(async () => {
    await desk.close();
  });

  it('opens a private thread, takes the intake with attachments there, and puts the case before staff', async () => {
    const { fake } = desk;
    const { thread, review, ref } = await claimToReview(desk);
    expect(ref).toBe('C-1001');

    // The thread: private, customers cannot invite others, the customer is in it, named once for the case.
    const created = fake.callsTo('POST', new RegExp(`^/channels/${SUPPORT}/threads$`));
    expect(created).toHaveLength(1);
    expect(created[0]!.body).toMatchObject({ type: 12, invitable: false });
    expect([...fake.threadMembers.get(thread)!]).toContain(ANA.user.id);
    expect(fake.channels.get(thread)!.name).toBe('C-1001 · ana');
    expect(fake.callsTo('PATCH', new RegExp(`^/channels/${thread}$`))).toHaveLength(1);

    // The support channel got only a pointer to the thread, as a reply.
    const pointer = fake.botMessagesIn(SUPPORT).find((m) => m.message_reference);
    expect(pointer?.content).toContain(`<#${thread}>`);

    // The case has the photos and the log, with their Discord ids and links.
    const { state, context } = await desk.caseState(ref);
    expect(state).toBe('review');
    expect(context.serialPhoto).toMatchObject({
      name: 'label.jpg',
      type: 'image/jpeg',
      size: 120_000,
      url: expect.stringMatching(/^https:\/\/cdn\.discordapp\.com\/attachments\//),
    });
    expect(context.installPhoto?.name).toBe('rack.png');
    expect(context.evidence.map((e) => e.file?.name)).toContain('show-logging.txt');

    // Staff see the review with its buttons and a link to the thread; the customer's words are
    // shown as typed (no bold) and ping nobody.
    expect(customIdsOf(review)).toEqual(['rma:approve:C-1001', 'rma:deny:C-1001', 'rma:request_info:C-1001']);
    expect(review.content).toContain(`Case thread: <#${thread}>`);
    const summary = fake
      .botMessagesIn(STAFF_CHANNEL)
      .map((m) => m.content as string)
      .join('\n');
    expect(summary).toContain('\\*\\*interface down\\*\\* @everyone');
    for (const m of fake.botMessagesIn(STAFF_CHANNEL)) expect(m.allowed_mentions).toEqual({ parse: [] });

    // The troubleshooting buttons were answered by updating their message, and retired.
    const checks = await desk.waitFor('the troubleshooting message retired', () =>
      fake.botMessagesIn(thread).find((m) => (m.content as string).startsWith('Before a return') && m.edited_timestamp),
    );
    expect(customIdsOf(checks)).toEqual([]);
    expect(checks.content).toContain(`still failing by <@${ANA.user.id}>`);
    expect(desk.problems()).toEqual([]);
  });

  it('lets staff approve with the review button; the customer gets the RMA in the thread', async () => {
    const { fake } = desk;
    const { thread, review, ref } = await claimToReview(desk);
    const press = fake.pressButton(SAM, review.id as string, `rma:approve:${ref}`);
    const instructions = await desk.botPost(thread, /RMA number: RMA-26-00001/);
    expect(instructions.content).toMatch(/write RMA-26-00001 clearly on the outside/);
    await desk.botPost(STAFF_CHANNEL, /C-1001 approved by/);

    // The press was acknowledged by updating the review message: buttons gone, who did it noted.
    expect(press.callbacks).toEqual([{ type: 6 }]);
    const updated: Json = await desk.waitFor('the review message retired', () => {
      const message = fake.messages.get(review.id as string);
      return message?.edited_timestamp ? message : undefined;
    });
    expect(customIdsOf(updated)).toEqual([]);
    expect(updated.content).toContain(`Approved by <@${SAM.user.id}>`);
    expect((await desk.caseState(ref)).state).toBe('awaiting_return');
    expect(desk.problems()).toEqual([]);
  });

  it('opens a claim thread from the pinned button; the first message there opens the case, a second press finds it', async () => {
    const { fake } = desk;
    const pinned = fake.pins.get(SUPPORT)!.map((id) => fake.messages.get(id)!);
    expect(pinned.map(customIdsOf)).toEqual([['rma:open-claim']]);

    const press = fake.pressButton(BEN, pinned[0]!.id as string, 'rma:open-claim');
    await desk.waitFor('the ephemeral answer', () => (press.original?.content as string | undefined)?.includes('<#'));
    expect(press.callbacks[0]).toEqual({ type: 5, data: { flags: 64 } });
    const thread = fake.threadsOf(SUPPORT)[0]!.id as string;
    expect(press.original!.content).toContain(`<#${thread}>`);
    expect([...fake.threadMembers.get(thread)!]).toContain(BEN.user.id);
    const welcome = await desk.botPost(thread, /this private thread is for your claim/);
    expect(welcome.allowed_mentions).toEqual({ users: [BEN.user.id] });

    fake.userMessage(BEN, thread, 'Order 100310, the switch will not boot');
    await desk.botPost(thread, /opened case C-1001/);
    // "the switch" names the item of the two-item order: its serial is asked next.
    await desk.botPost(thread, /serial number \(SN\) printed on the label of the WS-C3850-48P/);
    await desk.waitFor('the thread named for the case', () => fake.channels.get(thread)!.name === 'C-1001 · ben');
    expect((await findCaseByThread(desk.app.database.db, 'discord', thread))?.customer).toBe(BEN.user.id);

    const again = fake.pressButton(BEN, pinned[0]!.id as string, 'rma:open-claim');
    await desk.waitFor('the second answer', () => again.original?.content);
    expect(again.original!.content).toBe(`You already have an open claim, C-1001: please continue in <#${thread}>.`);
    expect(fake.threadsOf(SUPPORT)).toHaveLength(1);
    expect(desk.problems()).toEqual([]);
  });
});
