import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FakeInteraction, FakeMember, Json } from '../../fakes/discord/fakeDiscord.ts';
import { ANA, BEN, SAM, STAFF_CHANNEL, SUPPORT } from '../../fakes/discord/fixtures.ts';
import { TestDesk } from './discordDesk.ts';
import { findCaseByRef } from '../../../src/store/caseStore.ts';

describe('/rma autocomplete of case references', () => {
  let desk: TestDesk;
  beforeEach(async () => {
    desk = await TestDesk.start();
  });
  afterEach(async () => {
    await desk.close();
  });

  /** A customer's claim in the support channel, up to the case opened in its own thread. */
  async function claim(customer: FakeMember, ref: string): Promise<void> {
    desk.fake.userMessage(customer, SUPPORT, 'My SFP from order #100234 is dead');
    await desk.waitFor(`${ref} opened`, () =>
      desk.fake.threadsOf(SUPPORT).some((t) => desk.fake.botMessagesIn(t.id as string).some((m) => (m.content as string).includes(ref))),
    );
  }

  async function suggestions(member: FakeMember, subcommand: string, typed = ''): Promise<string[]> {
    const interaction: FakeInteraction = desk.fake.slashCommand(
      member,
      member === SAM ? STAFF_CHANNEL : SUPPORT,
      subcommand,
      { ref: typed },
      'ref',
    );
    const answer = await desk.waitFor('suggestions', () => interaction.callbacks[0]);
    return ((answer.data as Json).choices as Json[]).map((c) => c.value as string);
  }

  it("offers the newest cases first: a customer's own in any state the subcommand takes, staff everyone's", async () => {
    await claim(ANA, 'C-1001');
    const cancel = desk.fake.slashCommand(ANA, SUPPORT, 'cancel', { ref: 'C-1001' });
    await desk.waitFor('the cancellation', () => cancel.original?.content);
    expect((await findCaseByRef(desk.app.database.db, 'C-1001'))?.state).toBe('cancelled');
    await claim(ANA, 'C-1002');
    await claim(BEN, 'C-1003');

    expect(await suggestions(ANA, 'show')).toEqual(['C-1002', 'C-1001']);
    expect(await suggestions(ANA, 'cancel')).toEqual(['C-1002']);
    expect(await suggestions(BEN, 'show')).toEqual(['C-1003']);
    expect(await suggestions(SAM, 'show')).toEqual(['C-1003', 'C-1002', 'C-1001']);
    expect(await suggestions(SAM, 'show', '1001')).toEqual(['C-1001']);
    expect(desk.problems()).toEqual([]);
  });
});
