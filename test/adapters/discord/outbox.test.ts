import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Outbound } from '../../../src/service/messages.ts';
import { caseDocuments } from '../../../src/service/documents.ts';
import { DeliveryRetry } from '../../../src/service/messages.ts';
import { Outbox } from '../../../src/service/outbox.ts';
import { pendingOutbox } from '../../../src/store/outboxStore.ts';
import type { Json } from '../../fakes/discord/fakeDiscord.ts';
import { SAM, STAFF_CHANNEL } from '../../fakes/discord/fixtures.ts';
import { claimToReview, TestDesk } from './discordDesk.ts';

const MESSAGES = /^\/channels\/\d+\/messages$/;

describe('Discord and the outbox', () => {
  let desk: TestDesk;
  beforeEach(async () => {
    desk = await TestDesk.start();
  });
  afterEach(async () => {
    await desk.close();
  });

  /** A relay as the CLI registers it, `minutes` from now (past the backoff of what failed before). */
  const relay = (minutes = 1) =>
    new Outbox({
      db: desk.app.database.db,
      documents: caseDocuments({ db: desk.app.database.db }),
      deliveries: new Map([['discord', desk.discord!.delivery]]),
      now: () => new Date(Date.now() + minutes * 60_000),
    });
  const approvals = (thread: string) => desk.fake.botMessagesIn(thread).filter((m) => /RMA number: RMA-26-00001/.test(m.content as string));
  const staffApprovals = () => desk.fake.botMessagesIn(STAFF_CHANNEL).filter((m) => /approved by/.test(m.content as string));
  const fileNamesOf = (m: Json) => (m.attachments as Json[]).map((a) => a.filename);

  /** Staff approve with /rma approve; resolves once the command has been answered. */
  async function approve(ref: string): Promise<void> {
    const command = desk.fake.slashCommand(SAM, STAFF_CHANNEL, 'approve', { ref });
    await desk.waitFor('the answer to /rma approve', () => command.original?.content);
    await desk.discord!.idle();
  }

  it("posts the RMA document as an attachment of the approval, in the customer's thread, with the row's nonce", async () => {
    const { thread, ref } = await claimToReview(desk);
    await approve(ref);

    const [approval] = approvals(thread);
    expect(fileNamesOf(approval!)).toEqual(['RMA-26-00001.pdf']);
    const attachment = (approval!.attachments as Json[])[0]!;
    const file = desk.fake.files.get(attachment.id as string)!;
    expect(file).toMatchObject({ field: 'files[0]', name: 'RMA-26-00001.pdf', contentType: 'application/pdf' });
    expect(file.bytes.subarray(0, 4).toString('latin1')).toBe('%PDF');
    expect(attachment.size).toBe(file.bytes.length);
    const post = desk.fake.calls.find((c) => c.method === 'POST' && c.path === `/channels/${thread}/messages` && c.files.length > 0)!;
    expect(post.body).toMatchObject({
      nonce: String(approval!.nonce),
      enforce_nonce: true,
      attachments: [{ id: 0, filename: 'RMA-26-00001.pdf' }],
    });
    expect(Number(approval!.nonce)).toBeGreaterThan(0);
    expect(await pendingOutbox(desk.app.database.db)).toEqual([]);
    expect(desk.problems()).toEqual([]);
  });

  it('leaves what it could not post to the relay, which posts each row once, in order', async () => {
    const { thread, ref } = await claimToReview(desk);
    desk.fake.fail({ method: 'POST', path: MESSAGES, mode: 'refuse', times: Infinity });
    await approve(ref);

    expect(approvals(thread)).toEqual([]);
    const waiting = await pendingOutbox(desk.app.database.db);
    expect(waiting.map((r) => [r.attempts, r.deliveredAt])).toEqual([
      [1, null],
      [1, null],
    ]);
    // Held back by the case service (leased, then released unposted): it has no error of its own.
    expect(waiting[1]!.lastError).toBeNull();

    expect(await relay(1).deliverDue()).toBe(0);
    desk.fake.heal();
    expect(await relay(10).deliverDue()).toBe(2);
    expect(await relay(20).deliverDue()).toBe(0);

    expect(approvals(thread)).toHaveLength(1);
    expect(fileNamesOf(approvals(thread)[0]!)).toEqual(['RMA-26-00001.pdf']);
    expect(staffApprovals()).toHaveLength(1);
    // In outbox order: the customer's message was made before staff's (Discord ids grow with time).
    expect(BigInt(approvals(thread)[0]!.id as string) < BigInt(staffApprovals()[0]!.id as string)).toBe(true);
    expect(await pendingOutbox(desk.app.database.db)).toEqual([]);
  });

  it('does not post again a message whose answer was lost: Discord returns it for the same nonce', async () => {
    const { thread, ref } = await claimToReview(desk);
    // Discord makes the message, but the answer to it and to the client's three retries is lost.
    desk.fake.fail({ method: 'POST', path: new RegExp(`^/channels/${thread}/messages$`), mode: 'lose', times: 4 });
    await approve(ref);
    expect(approvals(thread)).toHaveLength(1);
    expect(staffApprovals()).toEqual([]);

    expect(await relay().deliverDue()).toBe(2);

    const tries = desk.fake.calls.filter((c) => c.method === 'POST' && c.path === `/channels/${thread}/messages` && c.files.length > 0);
    expect(tries.length).toBe(5);
    expect(new Set(tries.map((c) => (c.body as Json).nonce)).size).toBe(1);
    expect(approvals(thread)).toHaveLength(1);
    expect(desk.fake.files.size).toBe(1);
    expect(staffApprovals()).toHaveLength(1);
  });

  it("turns a long rate limit into a retry after Discord's delay, and waits out a short one", async () => {
    const message: Outbound = {
      outboxId: 7,
      case: 'C-1001',
      platform: 'discord',
      thread: null,
      to: 'staff',
      user: null,
      text: 'C-1001 has waited 2 days for review.',
      expects: null,
      actions: [],
      private: false,
    };
    desk.fake.fail({ method: 'POST', path: MESSAGES, mode: 'rate_limit', retryAfter: 30, times: 1 });

    const failure = await desk.discord!.delivery.post(message, 1, null).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(DeliveryRetry);
    expect((failure as DeliveryRetry).retryAfterMs).toBeGreaterThanOrEqual(30_000);
    expect(desk.fake.botMessagesIn(STAFF_CHANNEL).filter((m) => m.nonce === '7')).toEqual([]);

    desk.fake.fail({ method: 'POST', path: MESSAGES, mode: 'rate_limit', retryAfter: 0.2, times: 1 });
    await desk.discord!.delivery.post(message, 2, null);
    expect(desk.fake.botMessagesIn(STAFF_CHANNEL).filter((m) => m.nonce === '7')).toHaveLength(1);
  });
});
