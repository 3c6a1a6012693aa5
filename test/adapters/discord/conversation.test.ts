// The conversation on Discord: a person on request, staff answering in the case thread (recorded as
// their reply), /rma reply from the staff channel, and /rma review before intake is done.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ANA, SAM, STAFF_CHANNEL, SUPPORT } from '../../fakes/discord/fixtures.ts';
import { TestDesk } from './discordDesk.ts';
import { caseHistory, findCaseByRef } from '../../../src/store/caseStore.ts';

describe('the conversation on Discord', () => {
  let desk: TestDesk;
  beforeEach(async () => {
    desk = await TestDesk.start();
  });
  afterEach(async () => {
    await desk.close();
  });

  it('a customer asks for a person; staff answer in the thread, and the case records it', async () => {
    const { fake } = desk;
    fake.userMessage(ANA, SUPPORT, 'My SFP from order #100234 is dead');
    const thread = await desk.waitFor('a case thread', () => fake.threadsOf(SUPPORT)[0]);
    const threadId = thread.id as string;
    await desk.botPost(threadId, /serial number \(SN\)/);

    const staffBefore = fake.botMessagesIn(STAFF_CHANNEL).length;
    fake.userMessage(ANA, threadId, 'agent');
    const alert = await desk.botPost(STAFF_CHANNEL, /asks for a person/, staffBefore);
    expect(alert.content).toContain('C-1001');
    expect(alert.content).toContain('They wrote:\n> agent\n');
    expect(alert.content).toContain(`Case thread: <#${threadId}>`);
    await desk.botPost(threadId, /person from our staff/);

    const threadBefore = fake.botMessagesIn(threadId).length;
    fake.userMessage(SAM, threadId, 'Hello Ana, Sam here. Which switch is the optic in?');
    const row = await staffReplyRecorded(desk);
    const { context } = await desk.caseState('C-1001');
    expect(context.flags.map((f) => f.code)).not.toContain('human_requested');
    expect(context.serialGiven).toBeNull();
    expect(row!.state).toBe('intake');
    await desk.quiet();
    // The bot does not echo what staff wrote where the customer already reads it.
    expect(fake.botMessagesIn(threadId)).toHaveLength(threadBefore);
  });
});

/** Polls the database until the case has a staff reply in its history. */
async function staffReplyRecorded(desk: TestDesk) {
  for (let i = 0; i < 100; i++) {
    const found = await findCaseByRef(desk.app.database.db, 'C-1001');
    const history = found ? await caseHistory(desk.app.database.db, found.id, 50) : [];
    if (history.some((h) => h.type === 'staff.reply')) return found;
    await desk.quiet(50);
  }
  throw new Error('no staff reply was recorded');
}
