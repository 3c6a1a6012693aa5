import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { persistedSnapshot } from '../../../src/case/snapshot.ts';
import { evidenceOfCase } from '../../../src/store/evidenceStore.ts';
import { pendingOutbox } from '../../../src/store/outboxStore.ts';
import { attachments, evidence } from '../../../src/store/schema.ts';
import { slackFile } from '../../fakes/slack/slackRequests.ts';
import { IDS, openSlackHarness, postedTs, type SlackHarness } from './slackHarness.ts';
import { findCaseByRef, listCases } from '../../../src/store/caseStore.ts';

type Block = {
  type: string;
  text?: { type: string; text: string };
  elements?: Array<{ type: string; text?: string | { text: string }; action_id?: string; value?: string }>;
};
const blocksOf = (args: Record<string, unknown>) => args.blocks as Block[];
const buttonIds = (args: Record<string, unknown>) =>
  blocksOf(args).flatMap((b) => (b.type === 'actions' ? (b.elements ?? []).map((e) => e.action_id) : []));
const contextText = (args: Record<string, unknown>) =>
  blocksOf(args)
    .filter((b) => b.type === 'context')
    .flatMap((b) => (b.elements ?? []).map((e) => (typeof e.text === 'string' ? e.text : '')))
    .join(' ');

describe('a customer in the Slack support channel', () => {
  let h: SlackHarness;
  beforeEach(async () => {
    h = await openSlackHarness();
  });
  afterEach(async () => {
    await h.close();
  });

  it('is led through the whole intake inside the thread of their first message, up to staff review', async () => {
    const root = await h.message({ channel: IDS.support, user: IDS.customer, text: 'My optic from order #100234 is dead' });
    expect(root.status).toBe(200);
    const inThread = () => h.postsIn(IDS.support);
    expect(inThread().length).toBeGreaterThan(0);
    expect(inThread().every((c) => c.args.thread_ts === root.ts)).toBe(true);
    expect(
      inThread()
        .map((c) => c.args.text)
        .join('\n'),
    ).toMatch(/opened case C-1001/);
    const askSerial = inThread().at(-1)!.args;
    expect(askSerial.text).toMatch(/serial number/i);
    expect(contextText(askSerial)).toMatch(/Reply in this thread/);

    await h.message({ channel: IDS.support, user: IDS.customer, text: 'SN FNS17320ABC', threadTs: root.ts });
    expect(contextText(inThread().at(-1)!.args)).toMatch(/Attach the photo/);
    await h.message({
      channel: IDS.support,
      user: IDS.customer,
      threadTs: root.ts,
      files: [slackFile('F0LABEL', 'label.jpg', 'image/jpeg', 48_000)],
    });
    await h.message({
      channel: IDS.support,
      user: IDS.customer,
      threadTs: root.ts,
      files: [slackFile('F0RACK', 'rack.png', 'image/png', 96_000)],
    });
    // Slack delivers an @channel as <!channel>, and a typed "<!here>" escaped; neither may reach staff as a ping.
    await h.message({
      channel: IDS.support,
      user: IDS.customer,
      threadTs: root.ts,
      text: 'No light on the port <!channel> &lt;!here&gt; *urgent*',
      files: [slackFile('F0LOG', 'show-logging.txt', 'text/plain', 3_000)],
    });
    const troubleshoot = inThread().at(-1)!;
    expect(buttonIds(troubleshoot.args)).toEqual(['rma_fixed', 'rma_still_failing', 'rma_cancel']);
    expect(h.postsIn(IDS.staffChannel)).toHaveLength(0);

    await h.press(IDS.customer, troubleshoot, 'rma_still_failing');

    const row = (await findCaseByRef(h.app.database.db, 'C-1001'))!;
    expect(row).toMatchObject({ state: 'review', customer: IDS.customer, thread: `${IDS.support}:${root.ts}` });
    expect(persistedSnapshot(row).context).toMatchObject({ serialPhoto: { name: 'label.jpg' }, installPhoto: { name: 'rack.png' } });
    // Every customer-facing post stayed in the case thread; staff got the review with its buttons.
    expect(inThread().every((c) => c.args.thread_ts === root.ts)).toBe(true);
    expect(inThread().at(-1)!.args.text).toMatch(/with our staff for review/);
    const review = h.postsIn(IDS.staffChannel).at(-1)!;
    expect(buttonIds(review.args)).toEqual(['rma_approve', 'rma_deny', 'rma_request_info']);
    expect(contextText(review.args)).toContain(
      `<https://rma-test.slack.com/archives/${IDS.support}/p${root.ts.replace('.', '')}|C-1001: the customer's thread>`,
    );
    expect(blocksOf(review.args).find((b) => b.type === 'actions')?.elements?.[0]?.value).toBe('C-1001');
    // The customer's text is shown as typed but pings and formats nothing.
    expect(review.args.text).toContain('&lt;!here&gt;');
    expect(review.args.text).not.toMatch(/<!here>|<!channel>/);
    const reviewBody = blocksOf(review.args).filter((b) => b.type === 'section');
    expect(reviewBody.every((b) => b.text?.type === 'plain_text')).toBe(true);
    expect(reviewBody.map((b) => b.text?.text).join('\n')).toContain('The fault, as the customer described it:');
    // The fault is the customer's words: Slack's quote block, literal text.
    expect(JSON.stringify(blocksOf(review.args).filter((b) => b.type === 'rich_text'))).toContain(
      '"rich_text_quote","elements":[{"type":"text","text":"No light on the port @channel <!here> *urgent*"}]',
    );
    // The pressed buttons were replaced by who chose what.
    const update = h.api.callsOf('chat.update', (a) => a.ts === postedTs(troubleshoot))[0];
    expect(buttonIds(update!.args)).toEqual([]);
    expect(contextText(update!.args)).toContain(`<@${IDS.customer}> chose *Still failing*`);

    // Attachment metadata is kept with the file's download link on files.slack.com (not its permalink, a
    // web page), queued for the evidence vault; every message sent is marked delivered.
    const files = await h.app.database.db.select().from(attachments).where(eq(attachments.caseId, row.id));
    expect(files.map((f) => [f.fileId, f.name, f.type, f.size, f.purpose])).toEqual([
      ['F0LABEL', 'label.jpg', 'image/jpeg', 48_000, 'serial_photo'],
      ['F0RACK', 'rack.png', 'image/png', 96_000, 'install_photo'],
      ['F0LOG', 'show-logging.txt', 'text/plain', 3_000, 'evidence'],
    ]);
    expect(files.map((f) => f.url)).toEqual([
      'https://files.slack.com/files-pri/T0RMA-F0LABEL/download/label.jpg',
      'https://files.slack.com/files-pri/T0RMA-F0RACK/download/rack.png',
      'https://files.slack.com/files-pri/T0RMA-F0LOG/download/show-logging.txt',
    ]);
    const queued = await evidenceOfCase(h.app.database.db, row.id);
    expect(queued.map((e) => [e.platform, e.fileId, e.url, e.status])).toEqual(files.map((f) => ['slack', f.fileId, f.url, 'pending']));
    expect(await pendingOutbox(h.app.database.db)).toEqual([]);
    expect(h.problems).toEqual([]);
  });

  it('attaches a file shared from another organisation, looked up with files.info, keeping only links on files.slack.com', async () => {
    const root = await h.message({ channel: IDS.support, user: IDS.customer, text: 'Order 100234: the SFP is dead' });
    await h.message({ channel: IDS.support, user: IDS.customer, threadTs: root.ts, text: 'FNS17320ABC' });
    // Slack Connect: a file from another organisation arrives as a stub.
    h.api.files.F0EXT = {
      ...slackFile('F0EXT', 'serial-label.heic', 'image/heic', 2_000_000),
      url_private: 'https://evil.example.com/F0EXT',
      url_private_download: 'https://files.slack.com.evil.example.com/F0EXT',
    };
    const stub = { id: 'F0EXT', mode: 'file_access', file_access: 'check_file_info' } as unknown as ReturnType<typeof slackFile>;
    await h.message({ channel: IDS.support, user: IDS.customer, threadTs: root.ts, files: [stub] });

    expect(h.api.callsOf('files.info', (a) => a.file === 'F0EXT')).toHaveLength(1);
    const [file] = await h.app.database.db.select().from(attachments);
    expect(file).toMatchObject({
      fileId: 'F0EXT',
      name: 'serial-label.heic',
      type: 'image/heic',
      size: 2_000_000,
      purpose: 'serial_photo',
      url: null,
    });
    // Without a link on Slack's file host there is nothing the evidence worker could fetch.
    expect(await h.app.database.db.select().from(evidence)).toEqual([]);
    expect(h.postsIn(IDS.support).at(-1)!.args.text).toMatch(/installation/);
  });

  it('adds a message written outside the case thread to the open case, and points the customer to its thread', async () => {
    const root = await h.message({ channel: IDS.support, user: IDS.customer, text: 'Order 100234: the SFP is dead' });
    const before = h.postsIn(IDS.support).length;

    await h.message({ channel: IDS.support, user: IDS.customer, text: 'FNS17320ABC' });

    const answers = h.postsIn(IDS.support).slice(before);
    expect(answers.length).toBeGreaterThan(0);
    expect(answers.every((c) => c.args.thread_ts === root.ts)).toBe(true);
    expect(answers.at(-1)!.args.text).toMatch(/photo of the serial-number label/);
    const pointer = h.api.callsOf('chat.postEphemeral').at(-1)!.args;
    expect(pointer).toMatchObject({ channel: IDS.support, user: IDS.customer });
    expect(JSON.stringify(pointer.blocks)).toContain(
      `<https://rma-test.slack.com/archives/${IDS.support}/p${root.ts.replace('.', '')}|its thread>`,
    );
    expect(await listCases(h.app.database.db, { state: 'all', limit: 10 })).toHaveLength(1);

    // What the case says outside a Slack request (a timer's reminder) goes to the same thread.
    const reminder = 'Reminder: we still need the serial-number label photo.';
    await h.slack.delivery.post(
      {
        outboxId: null,
        case: 'C-1001',
        platform: 'slack',
        thread: `${IDS.support}:${root.ts}`,
        to: 'customer',
        user: IDS.customer,
        text: reminder,
        expects: 'serial_photo',
        actions: [],
        private: false,
      },
      1,
      null,
    );
    expect(h.postsIn(IDS.support).at(-1)!.args).toMatchObject({ channel: IDS.support, thread_ts: root.ts, text: reminder });
  });
});
