import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { caseHistory } from '../../../src/store/caseStore.ts';
import { failingService } from '../../support/failingService.ts';
import type { Json } from '../../fakes/discord/fakeDiscord.ts';
import { ANA, SAM, STAFF_CHANNEL, SUPPORT } from '../../fakes/discord/fixtures.ts';
import { claimToReview, TestDesk } from './discordDesk.ts';
import { findCaseByRef, latestOpenCaseOf } from '../../../src/store/caseStore.ts';

describe('events Discord delivers twice', () => {
  let desk: TestDesk;
  beforeEach(async () => {
    desk = await TestDesk.start();
  });
  afterEach(async () => {
    await desk.close();
  });

  it('acts on a redelivered interaction or message once, in this process and in the next one', async () => {
    const { fake } = desk;
    const { thread, ref } = await claimToReview(desk);
    const approve = fake.slashCommand(SAM, STAFF_CHANNEL, 'approve', { ref });
    await desk.botPost(thread, /RMA number: RMA-26-00001/);
    await desk.waitFor('the answer', () => approve.original?.content);

    // The same INTERACTION_CREATE again (as after a reconnect): not answered, not acted on.
    fake.deliver(approve);
    await desk.quiet();
    expect(approve.callbacks).toHaveLength(1);
    expect(fake.botMessagesIn(thread).filter((m) => /RMA number/.test(m.content as string))).toHaveLength(1);
    expect(fake.botMessagesIn(STAFF_CHANNEL).filter((m) => /approved by/.test(m.content as string))).toHaveLength(1);

    const tracking = fake.userMessage(ANA, thread, 'Shipped with UPS 1Z999AA10123456784');
    await desk.botPost(thread, /tracking 1Z999AA10123456784 is recorded/);

    // A new process (restart) gets both again: the service remembers the message id, and Discord
    // refuses a second answer to the interaction, which the adapter takes as "already handled".
    await desk.stopAdapter();
    await desk.startAdapter();
    const supportBefore = fake.messagesIn(SUPPORT).length;
    const claim = fake.messagesIn(SUPPORT).find((m) => (m.author as Json).id === ANA.user.id)!;
    fake.dispatch('MESSAGE_CREATE', claim);
    fake.dispatch('MESSAGE_CREATE', tracking);
    fake.deliver(approve);
    await desk.quiet(500);
    expect(fake.botMessagesIn(thread).filter((m) => /is recorded/.test(m.content as string))).toHaveLength(1);
    expect(fake.botMessagesIn(thread).filter((m) => /RMA number/.test(m.content as string))).toHaveLength(1);
    expect(approve.callbacks).toHaveLength(2);
    expect(approve.followUps).toEqual([]);
    // The claim that opened the case is not taken for a second claim (no new thread, no "already open").
    expect(fake.threadsOf(SUPPORT)).toHaveLength(1);
    expect(fake.messagesIn(SUPPORT)).toHaveLength(supportBefore);

    const row = (await findCaseByRef(desk.app.database.db, ref))!;
    expect(row.state).toBe('in_transit');
    const types = (await caseHistory(desk.app.database.db, row.id)).map((h) => h.type);
    expect(types.filter((t) => t === 'staff.approve')).toHaveLength(1);
    expect(types.filter((t) => t === 'tracking.provided')).toHaveLength(1);
    expect(desk.problems()).toEqual([]);
  });
});

describe('a Discord message the bot could not record at first (the database away)', () => {
  let desk: TestDesk;
  const failing = failingService();
  beforeEach(async () => {
    desk = await TestDesk.start({}, { wrapDesk: failing.wrap });
  });
  afterEach(async () => {
    await desk.close();
  });

  it('is tried again by the bot (Discord never resends it): one thread, one case, no "please try again"', async () => {
    const { fake } = desk;
    failing.failNext(2);
    fake.userMessage(ANA, SUPPORT, 'Order 100234: the switch is dead on arrival');
    // The pointer to the thread comes once the message is recorded: after two failed tries (1 s, 2 s).
    await desk.waitFor(
      'the pointer to the case thread',
      () => fake.botMessagesIn(SUPPORT).find((m) => /<#\d+>/.test(m.content as string)),
      10_000,
    );
    const [thread] = fake.threadsOf(SUPPORT);
    await desk.quiet(300);
    expect(failing.pending).toBe(0);
    expect(fake.threadsOf(SUPPORT)).toHaveLength(1);
    const open = await latestOpenCaseOf(desk.app.database.db, 'discord', ANA.user.id);
    expect(open?.thread).toBe((thread as Json).id);
    expect((await caseHistory(desk.app.database.db, open!.id)).map((e) => e.type)).toEqual([
      'case.opened',
      'language.set',
      'order.provided',
    ]);
    const everything = [...fake.botMessagesIn(SUPPORT), ...fake.botMessagesIn((thread as Json).id as string)];
    expect(everything.some((m) => /something went wrong/.test(m.content as string))).toBe(false);
  });
});
