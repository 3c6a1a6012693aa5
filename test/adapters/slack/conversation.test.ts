// The conversation over Slack: a customer asks for a person, staff answer in the case thread (recorded,
// never read as the customer's words), and a reply after a decline reaches staff.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { persistedSnapshot } from '../../../src/case/snapshot.ts';
import { caseHistory, findCaseByRef, listCases } from '../../../src/store/caseStore.ts';
import { IDS, openSlackHarness, type SlackHarness } from './slackHarness.ts';

describe('the conversation on Slack', () => {
  let h: SlackHarness;
  beforeEach(async () => {
    h = await openSlackHarness();
  });
  afterEach(async () => {
    await h.close();
  });

  it('a request for a person reaches the staff channel with a link to the thread; staff answer in the thread', async () => {
    const root = await h.message({ channel: IDS.support, user: IDS.customer, text: 'My optic from order #100234 is dead' });
    await h.message({
      channel: IDS.support,
      user: IDS.customer,
      text: 'can I talk to a human please',
      threadTs: root.ts,
      at: '2026-11-20T10:01:00Z',
    });
    const alert = h.postsIn(IDS.staffChannel).at(-1)!;
    expect(alert.args.text).toContain(`C-1001: ${IDS.customer} asks for a person (slack).`);
    // The customer's words are Slack's quote block, apart from the bot's.
    expect(alert.args.blocks).toContainEqual({
      type: 'rich_text',
      elements: [{ type: 'rich_text_quote', elements: [{ type: 'text', text: 'can I talk to a human please' }] }],
    });
    expect(JSON.stringify(alert.args.blocks)).toContain(`/archives/${IDS.support}/p${root.ts.replace('.', '')}`);
    expect(h.postsIn(IDS.support).at(-1)!.args.text).toMatch(/person from our staff/);
    let row = await findCaseByRef(h.app.database.db, 'C-1001');
    expect(persistedSnapshot(row!).context.flags.map((f) => f.code)).toContain('human_requested');

    // The staff member writes in the customer's thread: recorded as their reply, not parsed as a serial.
    const before = h.postsIn(IDS.support).length;
    await h.message({
      channel: IDS.support,
      user: IDS.staff,
      text: 'Hi, I am here. Is the link light on?',
      threadTs: root.ts,
      at: '2026-11-20T10:02:00Z',
    });
    expect(h.postsIn(IDS.support)).toHaveLength(before);
    row = await findCaseByRef(h.app.database.db, 'C-1001');
    const context = persistedSnapshot(row!).context;
    expect(context.flags.map((f) => f.code)).not.toContain('human_requested');
    expect(context.serialGiven).toBeNull();
    const history = await caseHistory(h.app.database.db, row!.id, 50);
    expect(history.at(-1)).toMatchObject({ type: 'staff.reply', actorKind: 'staff', actorId: IDS.staff });
    expect(h.problems).toEqual([]);
  });

  it('staff chatting in a thread that is no case is left alone', async () => {
    const root = await h.message({ channel: IDS.support, user: IDS.staff, text: 'team: the 3850 stock is low' });
    await h.message({ channel: IDS.support, user: IDS.groupStaff, text: 'noted', threadTs: root.ts, at: '2026-11-20T10:01:00Z' });
    expect(h.postsIn(IDS.support)).toHaveLength(0);
    expect(h.api.callsOf('chat.postEphemeral')).toHaveLength(0);
    expect(await listCases(h.app.database.db, { state: 'all', limit: 10 })).toHaveLength(0);
  });

  it("a forged bot line in the customer's words reaches staff inside a quote block, never as the bot's text", async () => {
    const root = await h.message({ channel: IDS.support, user: IDS.customer, text: 'order 100400 the router does not boot' });
    const forged = 'ok\nC-1001 approved by U0STAFF1: RMA-26-00042 issued.\n<@U0STAFF1> <!subteam^S0STAFF> <#C0STAFF>';
    await h.message({ channel: IDS.support, user: IDS.customer, text: forged, threadTs: root.ts, at: '2026-11-20T10:05:00Z' });
    const post = h.postsIn(IDS.staffChannel).at(-1)!;
    type Block = { type: string; text?: { type: string; text: string }; elements?: Array<{ type: string; elements?: unknown[] }> };
    const blocks = post.args.blocks as Block[];
    // The bot's own sections do not carry the line; the quote block does, as literal text.
    const sections = blocks.filter((b) => b.type === 'section').map((b) => b.text!.text);
    expect(sections.join('\n')).not.toContain('approved by');
    const quote = blocks.find((b) => b.type === 'rich_text')!;
    expect(quote.elements![0]!.type).toBe('rich_text_quote');
    expect(JSON.stringify(quote.elements![0]!.elements)).toContain('C-1001 approved by U0STAFF1: RMA-26-00042 issued.');
    // The notification text quotes every line, and nothing in it is a live mention.
    const text = String(post.args.text);
    expect(text.split('\n').filter((l) => l.includes('approved by'))).toEqual(['&gt; C-1001 approved by U0STAFF1: RMA-26-00042 issued.']);
    expect(text).not.toMatch(/<[@!#]/);
  });

  it('a forged line after a LINE SEPARATOR, NEL or CR is quoted too: every line a client shows is marked', async () => {
    const root = await h.message({ channel: IDS.support, user: IDS.customer, text: 'order 100400 the router does not boot' });
    // Slack and most clients start a new line at U+2028, U+2029, NEL and CR as well as at \n.
    const forged = 'ok\u2028C-1001 approved by U0STAFF1: RMA-26-00042 issued.\u0085Case closed.\rBy U0STAFF1';
    await h.message({ channel: IDS.support, user: IDS.customer, text: forged, threadTs: root.ts, at: '2026-11-20T10:05:00Z' });
    const post = h.postsIn(IDS.staffChannel).at(-1)!;
    // Every line of the notification text, split wherever a client would break it, after the bot's first.
    const lines = String(post.args.text).split(/\r\n|[\n\r\v\f\u0085\u2028\u2029]/);
    expect(lines[0]).toMatch(/wrote on closed case C-1001/);
    expect(lines.slice(1)).toEqual([
      '&gt; ok',
      '&gt; C-1001 approved by U0STAFF1: RMA-26-00042 issued.',
      '&gt; Case closed.',
      '&gt; By U0STAFF1',
    ]);
    // The quote block holds the same lines, broken at plain newlines.
    const quote = JSON.stringify((post.args.blocks as Array<{ type: string }>).find((b) => b.type === 'rich_text'));
    expect(quote).toContain(JSON.stringify('ok\nC-1001 approved by U0STAFF1: RMA-26-00042 issued.\nCase closed.\nBy U0STAFF1'));
  });

  it('a reply in the thread of a declined case goes to staff, and opens no new case', async () => {
    const root = await h.message({ channel: IDS.support, user: IDS.customer, text: 'order 100400 the router does not boot' });
    expect(h.postsIn(IDS.support).at(-1)!.args.text).toMatch(/declined/);
    await h.message({
      channel: IDS.support,
      user: IDS.customer,
      text: 'but it was sold to me as working!',
      threadTs: root.ts,
      at: '2026-11-20T10:05:00Z',
    });
    expect(h.postsIn(IDS.staffChannel).at(-1)!.args.text).toContain(`${IDS.customer} wrote on closed case C-1001 (declined).`);
    expect(h.postsIn(IDS.staffChannel).at(-1)!.args.text).toMatch(/\n&gt; but it was sold to me as working!$/);
    expect(h.postsIn(IDS.support).at(-1)!.args.text).toMatch(/a person will answer here/);
    expect(await listCases(h.app.database.db, { state: 'all', limit: 10 })).toHaveLength(1);
  });
});
