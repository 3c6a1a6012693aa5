// A customer flooding the support channel: past the policy's messages per minute the bot answers once
// and then does nothing for them (no threads, no "you have a case open" replies, nothing recorded).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ANA, BEN, SUPPORT } from '../../fakes/discord/fixtures.ts';
import { DEFAULT_POLICY } from '../../../src/policy/policy.ts';
import { TestDesk } from './discordDesk.ts';

const LIMIT = DEFAULT_POLICY.limits.maxMessagesPerMinute;

describe('messages per minute on Discord', () => {
  let desk: TestDesk;
  beforeEach(async () => {
    desk = await TestDesk.start();
  });
  afterEach(async () => {
    await desk.close();
  });

  it('answers a flood in the support channel once and then stays quiet for that customer', async () => {
    const { fake } = desk;
    for (let i = 0; i < LIMIT + 10; i++) fake.userMessage(ANA, SUPPORT, i === 0 ? 'My SFP from order #100234 is dead' : `hello?? ${i}`);
    const notice = await desk.botPost(SUPPORT, /faster than I can read them/);
    expect(notice.message_reference).toMatchObject({ message_id: expect.any(String) });
    await desk.quiet(500);
    // One thread, one pointer to it, one answer for each message within the limit, one notice.
    expect(fake.threadsOf(SUPPORT)).toHaveLength(1);
    const answers = fake.botMessagesIn(SUPPORT).filter((m) => m.message_reference);
    expect(answers).toHaveLength(LIMIT + 1);
    expect(answers.filter((m) => /faster than I can read them/.test(m.content as string))).toHaveLength(1);

    // Another customer is served as usual.
    fake.userMessage(BEN, SUPPORT, 'order 100310 has a dead unit');
    await desk.waitFor('a thread for the second customer', () => fake.threadsOf(SUPPORT).length === 2);
    expect(desk.problems().filter((l) => l.msg !== 'a customer is over the message limit')).toEqual([]);
  });
});
