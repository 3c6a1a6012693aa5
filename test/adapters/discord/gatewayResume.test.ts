import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ANA, SUPPORT } from '../../fakes/discord/fixtures.ts';
import { TestDesk } from './discordDesk.ts';

describe('the gateway connection', () => {
  let desk: TestDesk;
  beforeEach(async () => {
    desk = await TestDesk.start();
  });
  afterEach(async () => {
    await desk.close();
  });

  it('resumes the session after a disconnect and handles what was said meanwhile', async () => {
    const { fake } = desk;
    fake.userMessage(ANA, SUPPORT, 'Order 100234: the optic shows no light');
    const thread = (await desk.waitFor('the case thread', () => fake.threadsOf(SUPPORT)[0])).id as string;
    await desk.botPost(thread, /serial number \(SN\)/);

    fake.dropConnection();
    // Written while the bot is away: Discord keeps it for the session and replays it on RESUME.
    const missed = fake.userMessage(ANA, thread, 'SN FNS17320ABC');
    await desk.botPost(thread, /photo of the serial-number label/);

    expect(fake.identifies).toHaveLength(1);
    expect(fake.resumes).toHaveLength(1);
    expect(fake.resumes[0]).toMatchObject({ session_id: 'session-1', token: fake.options.token });
    expect(fake.resumes[0]!.seq).toBeLessThan(Number(fake.lastSequenceOf(missed.id as string)));
    expect(desk.logs.some((l) => l.msg === 'Discord gateway session resumed')).toBe(true);
    expect((await desk.caseState('C-1001')).context.serialGiven).toBe('FNS17320ABC');
    expect(desk.problems()).toEqual([]);
  });
});
