import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { USAGE } from '../../../src/chat/commands.ts';
import type { Action } from '../../../src/service/messages.ts';
import type { Json } from '../../fakes/discord/fakeDiscord.ts';
import { ANA, APP, GUILD, SAM, STAFF_CHANNEL, SUPPORT } from '../../fakes/discord/fixtures.ts';
import { claimToReview, customIdsOf, TestDesk } from './discordDesk.ts';

const EPHEMERAL = 64;

function subcommands(command: Json): Json[] {
  return command.options as Json[];
}

describe('/rma registration', () => {
  let desk: TestDesk;
  afterEach(async () => {
    await desk.close();
  });

  it('replaces whatever was registered with /rma for the guild, once per start, and pins the claim button once', async () => {
    desk = await TestDesk.start();
    const { fake } = desk;
    const puts = () => fake.callsTo('PUT', new RegExp(`^/applications/${APP}/guilds/${GUILD}/commands$`));
    expect(puts()).toHaveLength(1);
    expect(fake.commands.map((c) => c.name)).toEqual(['rma']);
    const rma = fake.commands[0]!;
    expect(
      subcommands(rma)
        .map((s) => s.name)
        .sort(),
    ).toEqual(Object.keys(USAGE).sort());
    const approve = subcommands(rma).find((s) => s.name === 'approve')!;
    // The case, and optionally the units of a claim for several (issue 20).
    expect(approve.options).toEqual([
      expect.objectContaining({ name: 'ref', required: true, autocomplete: true }),
      expect.objectContaining({ name: 'units', required: false }),
    ]);
    const resolve = subcommands(rma).find((s) => s.name === 'resolve')!;
    expect((resolve.options as Json[])[1]).toMatchObject({
      name: 'resolution',
      choices: [
        { name: 'replacement', value: 'replacement' },
        { name: 'repair', value: 'repair' },
        { name: 'refund', value: 'refund' },
      ],
    });

    // A stale command from an older version is gone after the next start (bulk overwrite).
    fake.commands = [{ id: '1', name: 'old-rma', description: 'stale' }];
    await desk.stopAdapter();
    await desk.startAdapter();
    expect(puts()).toHaveLength(2);
    expect(fake.commands.map((c) => c.name)).toEqual(['rma']);

    // The pinned claim button was found on restart, not posted again.
    expect(fake.pins.get(SUPPORT)).toHaveLength(1);
    expect(fake.botMessagesIn(SUPPORT).filter((m) => customIdsOf(m).includes('rma:open-claim'))).toHaveLength(1);
    expect(desk.problems()).toEqual([]);
  });

  it('posts what an outbox relay hands it: staff messages in the staff channel, customer messages in their thread', async () => {
    desk = await TestDesk.start();
    const { fake } = desk;
    const base = {
      outboxId: null,
      case: 'C-1001',
      platform: 'discord',
      thread: SUPPORT,
      expects: null,
      actions: [] as Action[],
      private: false,
    };
    await desk.discord!.delivery.post(
      {
        ...base,
        to: 'staff',
        user: null,
        text: 'C-1001 has waited 2 days for review.',
        actions: [{ id: 'approve', label: 'Approve' }],
        outboxId: 3,
      },
      1,
      null,
    );
    await desk.discord!.delivery.post(
      { ...base, to: 'customer', user: ANA.user.id, text: 'A reminder: we still need the serial-label photo.', outboxId: 4 },
      1,
      null,
    );
    const staffPost = fake.botMessagesIn(STAFF_CHANNEL).at(-1)!;
    expect(staffPost.content).toBe(`C-1001 has waited 2 days for review.\nCase thread: <#${SUPPORT}>`);
    expect(customIdsOf(staffPost)).toEqual(['rma:approve:C-1001']);
    expect(fake.botMessagesIn(SUPPORT).at(-1)!.content).toBe('A reminder: we still need the serial-label photo.');
    expect(fake.botMessagesIn(SUPPORT).at(-1)!.nonce).toBe('4');
    await expect(
      desk.discord!.delivery.post({ ...base, to: 'customer', user: ANA.user.id, thread: null, text: 'lost', outboxId: 5 }, 1, null),
    ).rejects.toThrow(/no thread/);
  });

  it('refuses to start, naming the problem, when the Message Content intent is not granted', async () => {
    desk = await TestDesk.start();
    await desk.stopAdapter();
    desk.fake.options.privilegedIntents = false;
    const started = Date.now();
    await expect(desk.startAdapter()).rejects.toThrow(/Message Content intent is not enabled/);
    expect(Date.now() - started).toBeLessThan(5000);
  });
});

describe('staff on /rma and the review buttons', () => {
  let desk: TestDesk;
  beforeEach(async () => {
    desk = await TestDesk.start();
  });
  afterEach(async () => {
    await desk.close();
  });

  it("refuses a customer's /rma approve privately and changes nothing", async () => {
    const { fake } = desk;
    const { thread, ref } = await claimToReview(desk);
    const threadPosts = fake.botMessagesIn(thread).length;
    const staffPosts = fake.botMessagesIn(STAFF_CHANNEL).length;

    const attempt = fake.slashCommand(ANA, thread, 'approve', { ref });
    await desk.waitFor('the refusal', () => attempt.original?.content);
    expect(attempt.callbacks).toEqual([{ type: 5, data: { flags: EPHEMERAL } }]);
    expect(attempt.original!.flags).toBe(EPHEMERAL);
    expect(attempt.original!.content).toBe('Only staff can use /rma approve.');

    await desk.quiet();
    expect(fake.botMessagesIn(thread)).toHaveLength(threadPosts);
    expect(fake.botMessagesIn(STAFF_CHANNEL)).toHaveLength(staffPosts);
    const { state, context } = await desk.caseState(ref);
    expect(state).toBe('review');
    expect(context.rma).toBeNull();
  });

  it('approves with /rma approve, offering the case in autocomplete and answering only the staff member', async () => {
    const { fake } = desk;
    const { thread, ref } = await claimToReview(desk);

    const suggest = fake.slashCommand(SAM, STAFF_CHANNEL, 'approve', { ref: '100' }, 'ref');
    await desk.waitFor('suggestions', () => press(suggest));
    expect(suggest.callbacks[0]).toEqual({ type: 8, data: { choices: [{ name: 'C-1001 · review · order 100234', value: 'C-1001' }] } });
    // A customer is offered only their own case, and no one else's.
    const customerSuggest = fake.slashCommand(ANA, thread, 'show', { ref: '' }, 'ref');
    await desk.waitFor('customer suggestions', () => press(customerSuggest));
    expect(customerSuggest.callbacks[0]).toMatchObject({ data: { choices: [{ value: 'C-1001' }] } });

    const approve = fake.slashCommand(SAM, STAFF_CHANNEL, 'approve', { ref });
    await desk.botPost(thread, /RMA number: RMA-26-00001/);
    await desk.waitFor('the answer', () => approve.original?.content);
    expect(approve.callbacks).toEqual([{ type: 5, data: { flags: EPHEMERAL } }]);
    expect(approve.original).toMatchObject({
      flags: EPHEMERAL,
      content: `C-1001 approved by ${SAM.user.id}: RMA-26-00001 issued. ${ANA.user.id} has no return address yet (none is set in the policy): send it with /rma reply C-1001 TEXT.`,
    });
    await desk.botPost(STAFF_CHANNEL, /C-1001 approved by/);
    expect((await desk.caseState(ref)).state).toBe('awaiting_return');
    expect(desk.problems()).toEqual([]);
  });

  it('denies through the modal of the Deny button; the customer reads the reason', async () => {
    const { fake } = desk;
    const { thread, review, ref } = await claimToReview(desk);
    const deny = fake.pressButton(SAM, review.id as string, `rma:deny:${ref}`);
    await desk.waitFor('the modal', () => press(deny));
    expect(deny.callbacks[0]).toMatchObject({ type: 9, data: { custom_id: `rma-modal:deny:${ref}` } });

    const submit = fake.submitModal(SAM, deny, 'The label shows a unit we did not sell');
    await desk.botPost(thread, /declined by our staff: The label shows a unit we did not sell/);
    expect(submit.callbacks).toEqual([{ type: 6 }]);
    await desk.waitFor('the review message retired', () => customIdsOf(fake.messages.get(review.id as string)!).length === 0);
    const { state, context } = await desk.caseState(ref);
    expect(state).toBe('declined');
    expect(context.declineNote).toBe('The label shows a unit we did not sell');
    expect(desk.problems()).toEqual([]);
  });
});

function press(interaction: { callbacks: Json[] }): boolean {
  return interaction.callbacks.length > 0;
}
