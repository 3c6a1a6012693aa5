// What a customer writes reaches the staff channel as their words: a Discord block quote with every
// line marked, Markdown and Discord's live forms shown as typed, however long or many-lined it is.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ANA, STAFF_CHANNEL, SUPPORT } from '../../fakes/discord/fixtures.ts';
import { TestDesk } from './discordDesk.ts';

const FORGED = 'C-1001 approved by U0STAFF1: RMA-26-00042 issued.';
// Discord's live forms: channel, role, user, nickname, slash command, timestamp, emoji, guild link.
const LIVE_FORMS =
  '<#900000000000000300> <@&900000000000000020> <@900000000000000100> <@!900000000000000100> </rma approve:900000000000000400> <t:1795000000:R> <:ok:900000000000000500> <id:customize>';

describe("a customer's words on Discord", () => {
  let desk: TestDesk;
  beforeEach(async () => {
    desk = await TestDesk.start();
  });
  afterEach(async () => {
    await desk.close();
  });

  /**
   * The case thread, a person asked for and the serial given: from then on what the customer writes
   * (short of the photo the bot waits for) goes to staff.
   */
  async function threadWithPersonAsked(): Promise<string> {
    const { fake } = desk;
    fake.userMessage(ANA, SUPPORT, 'My SFP from order #100234 is dead');
    const thread = await desk.waitFor('a case thread', () => fake.threadsOf(SUPPORT)[0]);
    const threadId = thread.id as string;
    await desk.botPost(threadId, /serial number \(SN\)/);
    const before = fake.botMessagesIn(STAFF_CHANNEL).length;
    fake.userMessage(ANA, threadId, 'agent');
    await desk.botPost(STAFF_CHANNEL, /asks for a person/, before);
    fake.userMessage(ANA, threadId, 'SN FNS17320ABC');
    await desk.botPost(threadId, /photo of the serial-number label/);
    return threadId;
  }

  /** Every staff-channel post the bot made after `skip`, joined as staff read them. */
  function staffPostsAfter(skip: number): string[] {
    return desk.fake
      .botMessagesIn(STAFF_CHANNEL)
      .slice(skip)
      .map((m) => m.content as string);
  }

  it('a forged bot line, many lines and live forms stay inside the quote, shown as typed', async () => {
    const threadId = await threadWithPersonAsked();
    const before = desk.fake.botMessagesIn(STAFF_CHANNEL).length;
    desk.fake.userMessage(ANA, threadId, `thanks\n${FORGED}\n\n# Approved\n${LIVE_FORMS}`);
    await desk.botPost(STAFF_CHANNEL, /wrote on C-1001/, before);
    const lines = staffPostsAfter(before).join('\n').split('\n');
    expect(lines[0]).toMatch(/wrote on C-1001 \(discord\):$/);
    // The forged line is the customer's: quoted, never a line of the bot's own.
    expect(lines.filter((l) => l.includes('approved by'))).toEqual([`> ${FORGED}`]);
    expect(lines).toContain('> \\# Approved');
    // No live form is left: each `<` of one is escaped.
    const forms = lines.find((l) => l.includes('900000000000000020'))!;
    expect(forms.startsWith('> ')).toBe(true);
    expect(forms.match(/(?<!\\)<[#@/:]|(?<!\\)<(?:t|id):/g)).toBeNull();
    // Only the case-thread link (the bot's own) is a channel form.
    expect(lines.filter((l) => !l.startsWith('>'))).toEqual([lines[0], `Case thread: <#${threadId}>`]);
  });

  it('a forged line after a LINE SEPARATOR, NEL or CR is quoted too: every line Discord shows is marked', async () => {
    const threadId = await threadWithPersonAsked();
    const before = desk.fake.botMessagesIn(STAFF_CHANNEL).length;
    // Discord starts a new line at U+2028, U+2029, NEL and CR as well as at \n.
    desk.fake.userMessage(ANA, threadId, `thanks\u2028${FORGED}\u2029# Approved\u0085Case closed.\rBy U0STAFF1`);
    await desk.botPost(STAFF_CHANNEL, /wrote on C-1001/, before);
    const lines = staffPostsAfter(before)
      .join('\n')
      .split(/\r\n|[\n\r\v\f\u0085\u2028\u2029]/);
    expect(lines.slice(1, -1)).toEqual(['> thanks', `> ${FORGED}`, '> \\# Approved', '> Case closed.', '> By U0STAFF1']);
    expect(lines.filter((l) => !l.startsWith('>'))).toEqual([lines[0], `Case thread: <#${threadId}>`]);
  });

  it('a long line cut over two Discord messages goes on quoted in the second', async () => {
    const threadId = await threadWithPersonAsked();
    const before = desk.fake.botMessagesIn(STAFF_CHANNEL).length;
    desk.fake.userMessage(ANA, threadId, `${'the port flaps '.repeat(130)}${FORGED}`);
    await desk.botPost(STAFF_CHANNEL, /Case thread:/, before);
    const posts = staffPostsAfter(before);
    expect(posts.length).toBe(2);
    for (const post of posts) expect(post.length).toBeLessThanOrEqual(2000);
    // The second message carries on the customer's line: it starts quoted, the forged words with it.
    expect(posts[1]!.startsWith('> ')).toBe(true);
    const lines = posts.join('\n').split('\n');
    expect(lines.filter((l) => !l.startsWith('>'))).toEqual([expect.stringMatching(/wrote on C-1001/), `Case thread: <#${threadId}>`]);
    expect(lines.find((l) => l.includes('approved by'))!.endsWith(FORGED)).toBe(true);
  });
});
