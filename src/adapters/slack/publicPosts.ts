// Posts a message everyone in its conversation sees: a customer message in the case thread, a staff
// message in the staff channel. An outbox row's post carries the row's id as message metadata and,
// on a retry, is skipped when Slack already has it. A message with a document gets the file right
// after its text, in the same thread.
import { webApi } from '@slack/bolt';
import { DeliveryRetry, type Outbound, type OutboundFile } from '../../service/messages.ts';
import { renderOutbound } from './outboundBlocks.ts';
import { findEarlierPost, outboxMetadata, type BotIdentity, type Where } from './postedBefore.ts';
import { parseThreadKey } from './slackText.ts';

export interface PublicPosterOptions {
  /** A client that does not retry on its own: a retry is the relay's, after checking what Slack has. */
  client: webApi.WebClient;
  staffChannel: string;
  workspaceUrl: string | null;
  bot: BotIdentity;
}

/** Posts `m` (attempt 1 is the first try of its outbox row); resolves with where it went. */
export type PublicPoster = (m: Outbound, attempt: number, doc: OutboundFile | null) => Promise<{ channel: string; ts: string | null }>;

const NO_UNFURL = { unfurl_links: false, unfurl_media: false } as const;

/** Where a public message goes; a customer message without a thread goes to the customer's DM with the bot. */
function whereOf(m: Outbound, staffChannel: string): { where: Where; checkable: boolean } {
  if (m.to === 'staff') return { where: { channel: staffChannel }, checkable: true };
  const thread = parseThreadKey(m.thread);
  if (thread) return { where: { channel: thread.channel, threadTs: thread.ts }, checkable: true };
  if (!m.user) throw new Error(`customer message for ${m.case ?? 'no case'} has neither a thread nor a user`);
  // Posting to a user id opens the DM; its channel id is only known from the answer, so no check.
  return { where: { channel: m.user }, checkable: false };
}

export function publicPoster(options: PublicPosterOptions): PublicPoster {
  const { client, staffChannel, workspaceUrl, bot } = options;
  return async (m, attempt, doc) => {
    const { where, checkable } = whereOf(m, staffChannel);
    const earlier =
      m.outboxId !== null && attempt > 1 && checkable ? await findEarlierPost(client, bot, where, m.outboxId, doc?.fileName ?? null) : null;
    let channel = where.channel;
    let ts = earlier?.ts ?? null;
    if (!earlier) {
      const sent = await client.chat.postMessage({
        channel,
        ...(where.threadTs ? { thread_ts: where.threadTs } : {}),
        ...renderOutbound(m, { workspaceUrl }),
        ...NO_UNFURL,
        ...(m.outboxId !== null ? { metadata: outboxMetadata(m.outboxId) } : {}),
      });
      channel = sent.channel ?? channel;
      ts = sent.ts ?? null;
    }
    if (doc && !earlier?.fileShared) {
      const file = { file: doc.bytes, filename: doc.fileName, title: doc.fileName };
      await client.files.uploadV2(
        where.threadTs ? { channel_id: channel, thread_ts: where.threadTs, ...file } : { channel_id: channel, ...file },
      );
    }
    return { channel, ts };
  };
}

/** Slack's rate limit (a 429 the client was told not to wait out) as a retry after Slack's delay. */
export function asDeliveryError(error: unknown): unknown {
  if (error instanceof Error && 'code' in error && error.code === webApi.ErrorCode.RateLimitedError) {
    const seconds = Number((error as webApi.WebAPIRateLimitedError).retryAfter);
    return new DeliveryRetry(`Slack rate limit: retry in ${seconds} s`, Number.isFinite(seconds) ? seconds * 1000 : 60_000);
  }
  return error;
}
