import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { caseDocuments } from '../../../src/service/documents.ts';
import { DeliveryRetry } from '../../../src/service/messages.ts';
import { Outbox } from '../../../src/service/outbox.ts';
import type { Outbound } from '../../../src/service/messages.ts';
import { pendingOutbox } from '../../../src/store/outboxStore.ts';
import { claimInReview, IDS, NOW, openSlackHarness, type SlackHarness } from './slackHarness.ts';

type Message = Record<string, unknown>;
const outboxIdOf = (m: Message) => (m.metadata as { event_payload?: { outbox_id?: number } } | undefined)?.event_payload?.outbox_id;
const fileNamesOf = (m: Message) => ((m.files as Array<{ name: string }> | undefined) ?? []).map((f) => f.name);

describe('Slack and the outbox', () => {
  let h: SlackHarness;
  beforeEach(async () => {
    h = await openSlackHarness();
  });
  afterEach(async () => {
    await h.close();
  });

  /** A relay as the CLI registers it, `minutes` after the adapter's clock (past the backoff of what failed before). */
  const relay = (minutes = 1) =>
    new Outbox({
      db: h.app.database.db,
      documents: caseDocuments({ db: h.app.database.db }),
      deliveries: new Map([['slack', h.slack.delivery]]),
      now: () => new Date(NOW.getTime() + minutes * 60_000),
    });
  const thread = (rootTs: string) => h.api.messagesIn(IDS.support, rootTs);
  const approvals = (rootTs: string) => thread(rootTs).filter((m) => /RMA number: RMA-26-00001/.test(String(m.text)));
  const documents = (rootTs: string) => thread(rootTs).filter((m) => fileNamesOf(m).includes('RMA-26-00001.pdf'));
  const staffApprovals = () => h.api.messagesIn(IDS.staffChannel).filter((m) => /approved by/.test(String(m.text)));

  it("sends the RMA document with the approval, into the customer's thread right after the text", async () => {
    const { rootTs, review } = await claimInReview(h);
    await h.press(IDS.staff, review, 'rma_approve');

    const [approval] = approvals(rootTs);
    expect(outboxIdOf(approval!)).toEqual(expect.any(Number));
    const after = thread(rootTs).slice(thread(rootTs).indexOf(approval!) + 1);
    expect(fileNamesOf(after[0]!)).toEqual(['RMA-26-00001.pdf']);
    expect(h.api.uploads).toHaveLength(1);
    const [upload] = h.api.uploads;
    expect(upload).toMatchObject({ filename: 'RMA-26-00001.pdf', title: 'RMA-26-00001.pdf', channel: IDS.support, threadTs: rootTs });
    expect(upload!.bytes.subarray(0, 4).toString('latin1')).toBe('%PDF');
    expect(h.api.callsOf('files.getUploadURLExternal')[0]!.args).toMatchObject({
      filename: 'RMA-26-00001.pdf',
      length: String(upload!.bytes.length),
    });
    expect(await pendingOutbox(h.app.database.db)).toEqual([]);
    // A first attempt looks for nothing: the check is for retries.
    expect(h.api.callsOf('conversations.replies')).toEqual([]);
    expect(h.problems).toEqual([]);
  });

  it('leaves what it could not post to the relay, which posts each row once, in order', async () => {
    const { rootTs, review } = await claimInReview(h);
    h.api.fail({ method: 'chat.postMessage', mode: 'refuse', times: Infinity });
    await h.press(IDS.staff, review, 'rma_approve');

    expect(approvals(rootTs)).toEqual([]);
    const waiting = await pendingOutbox(h.app.database.db);
    expect(waiting.map((r) => [r.attempts, r.deliveredAt])).toEqual([
      [1, null],
      [1, null],
    ]);
    // The staff message was held back behind the customer's, not posted before it.
    // Held back by the case service (leased, then released unposted): it has no error of its own.
    expect(waiting[1]!.lastError).toBeNull();

    // Slack is still down: the relay fails too and keeps the rows.
    expect(await relay(1).deliverDue()).toBe(0);
    h.api.heal();
    expect(await relay(10).deliverDue()).toBe(2);
    expect(await relay(20).deliverDue()).toBe(0);

    expect(approvals(rootTs)).toHaveLength(1);
    expect(documents(rootTs)).toHaveLength(1);
    expect(staffApprovals()).toHaveLength(1);
    // In outbox order: the customer's message, its document, then staff's.
    const delivered = [approvals(rootTs)[0]!, documents(rootTs)[0]!, staffApprovals()[0]!];
    expect(delivered.map((m) => Number(m.ts))).toEqual(delivered.map((m) => Number(m.ts)).sort((a, b) => a - b));
    expect(outboxIdOf(delivered[0]!)! < outboxIdOf(delivered[2]!)!).toBe(true);
    expect(await pendingOutbox(h.app.database.db)).toEqual([]);
  });

  it('does not post again a message whose answer was lost, and shares the document it still lacks', async () => {
    const { rootTs, review } = await claimInReview(h);
    // Slack posts the approval but the answer never arrives.
    h.api.fail({ method: 'chat.postMessage', mode: 'lose', times: 1 });
    await h.press(IDS.staff, review, 'rma_approve');
    expect(approvals(rootTs)).toHaveLength(1);
    expect(documents(rootTs)).toEqual([]);

    expect(await relay().deliverDue()).toBe(2);

    expect(h.api.callsOf('conversations.replies', (a) => a.ts === rootTs && a.include_all_metadata === 'true')).toHaveLength(1);
    expect(approvals(rootTs)).toHaveLength(1);
    expect(documents(rootTs)).toHaveLength(1);
    expect(staffApprovals()).toHaveLength(1);
  });

  it('does not share the document twice when the answer to sharing it was lost', async () => {
    const { rootTs, review } = await claimInReview(h);
    h.api.fail({ method: 'files.completeUploadExternal', mode: 'drop', times: 1 });
    await h.press(IDS.staff, review, 'rma_approve');
    expect(documents(rootTs)).toHaveLength(1);

    expect(await relay().deliverDue()).toBe(2);

    expect(approvals(rootTs)).toHaveLength(1);
    expect(documents(rootTs)).toHaveLength(1);
    expect(h.api.uploads).toHaveLength(1);
    expect(staffApprovals()).toHaveLength(1);
  });

  it("turns Slack's rate limit into a retry after Slack's delay", async () => {
    const message: Outbound = {
      outboxId: 7,
      case: 'C-1001',
      platform: 'slack',
      thread: null,
      to: 'staff',
      user: null,
      text: 'C-1001 has waited 2 days for review.',
      expects: null,
      actions: [],
      private: false,
    };
    h.api.fail({ method: 'chat.postMessage', mode: 'rate_limit', retryAfter: 42, times: 1 });

    const failure = await h.slack.delivery.post(message, 1, null).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(DeliveryRetry);
    expect((failure as DeliveryRetry).retryAfterMs).toBe(42_000);

    // The next attempt looks in the staff channel first, finds nothing, and posts.
    await h.slack.delivery.post(message, 2, null);
    expect(h.api.callsOf('conversations.history', (a) => a.channel === IDS.staffChannel && a.include_all_metadata === 'true')).toHaveLength(
      1,
    );
    expect(h.api.messagesIn(IDS.staffChannel).map(outboxIdOf)).toEqual([7]);
    // …and a third one, after a lost answer, finds it there.
    await h.slack.delivery.post(message, 3, null);
    expect(h.api.messagesIn(IDS.staffChannel).map(outboxIdOf)).toEqual([7]);
  });
});
