// Puts the service's messages where they belong in Slack: customer messages in the case thread, staff
// messages in the staff channel, private replies where the person acted (ephemeral, or the slash
// command's respond). Messages go through the outbox (Desk.deliver leases its rows first, so the relay
// never posts them too); one that fails is left to the relay, which posts through `relay`.
import type { RespondFn, webApi } from '@slack/bolt';
import type { Desk } from '../../service/desk.ts';
import type { Delivery, HandleResult, Outbound, OutboundFile } from '../../service/messages.ts';
import { renderOutbound, renderPrivate, type SlackMessage } from './outboundBlocks.ts';
import type { BotIdentity } from './postedBefore.ts';
import { asDeliveryError, publicPoster } from './publicPosts.ts';

/** Where a reply that only its reader should see goes. */
export type PrivateTarget =
  | { kind: 'respond'; respond: RespondFn }
  /** A channel others read: an ephemeral message. */
  | { kind: 'ephemeral'; channel: string; threadTs?: string | undefined }
  /** The person's DM with the bot: an ordinary message is already private. */
  | { kind: 'dm'; channel: string; threadTs?: string | undefined }
  /** Nowhere in particular (App Home, a modal): the bot's DM with the person. */
  | { kind: 'direct' };

export interface Posted {
  message: Outbound;
  channel: string;
  ts: string | null;
}

export interface SlackDelivery {
  /** Posts a result's messages now through the outbox (private ones where the person acted); returns those that were posted. */
  deliver(result: HandleResult, privateTo: PrivateTarget): Promise<Posted[]>;
  /** A reply of the adapter's own: plain text, or a message already rendered. */
  postPrivate(user: string, content: string | SlackMessage, privateTo: PrivateTarget): Promise<void>;
  /**
   * The outbox relay's Delivery for Slack: posts one row in its case thread or the staff channel (a
   * private one in the person's DM with the bot). A retry (attempt > 1) first looks for the row in
   * Slack and does not post it again; Slack's rate limit becomes a DeliveryRetry after its delay.
   */
  relay: Delivery;
}

export interface SlackDeliveryOptions {
  /** Bolt's client, for private replies (it retries a few times). */
  client: webApi.WebClient;
  /** A client without retries of its own, for outbox rows: see publicPosts.ts. */
  outboxClient: webApi.WebClient;
  desk: Desk;
  staffChannel: string;
  workspaceUrl: string | null;
  bot: BotIdentity;
  /** Called after outbox rows were posted: a case changed. */
  onCaseChanged?: (() => void) | undefined;
}

export function slackDelivery(options: SlackDeliveryOptions): SlackDelivery {
  const { client, desk } = options;
  const postPublic = publicPoster({
    client: options.outboxClient,
    staffChannel: options.staffChannel,
    workspaceUrl: options.workspaceUrl,
    bot: options.bot,
  });

  async function sendPrivate(user: string, rendered: SlackMessage, to: PrivateTarget): Promise<{ channel: string; ts: string | null }> {
    const noUnfurl = { unfurl_links: false, unfurl_media: false } as const;
    switch (to.kind) {
      case 'respond':
        await to.respond({ response_type: 'ephemeral', replace_original: false, ...rendered });
        return { channel: 'response_url', ts: null };
      case 'ephemeral': {
        const sent = await client.chat.postEphemeral({
          channel: to.channel,
          user,
          ...rendered,
          ...(to.threadTs ? { thread_ts: to.threadTs } : {}),
        });
        return { channel: to.channel, ts: sent.message_ts ?? null };
      }
      case 'dm': {
        const sent = await client.chat.postMessage({
          channel: to.channel,
          ...rendered,
          ...noUnfurl,
          ...(to.threadTs ? { thread_ts: to.threadTs } : {}),
        });
        return { channel: to.channel, ts: sent.ts ?? null };
      }
      case 'direct': {
        // Posting to a user id lands in the person's DM with the app.
        const sent = await client.chat.postMessage({ channel: user, ...rendered, ...noUnfurl });
        return { channel: sent.channel ?? user, ts: sent.ts ?? null };
      }
    }
  }

  async function post(
    m: Outbound,
    privateTo: PrivateTarget,
    attempt: number,
    file: OutboundFile | null,
  ): Promise<{ channel: string; ts: string | null }> {
    if (m.private && m.user) return sendPrivate(m.user, renderOutbound(m, { workspaceUrl: options.workspaceUrl }), privateTo);
    return postPublic(m, attempt, file);
  }

  return {
    async deliver(result, privateTo) {
      const posted: Posted[] = [];
      await desk.deliver(result.messages, {
        platform: 'slack',
        async post(message, attempt, file) {
          posted.push({ message, ...(await post(message, privateTo, attempt, file)) });
        },
      });
      if (result.messages.some((m) => m.outboxId !== null)) options.onCaseChanged?.();
      return posted;
    },
    async postPrivate(user, content, privateTo) {
      await sendPrivate(user, typeof content === 'string' ? renderPrivate(content) : content, privateTo);
    },
    relay: {
      async post(message, attempt, file) {
        try {
          await post(message, { kind: 'direct' }, attempt, file);
        } catch (error) {
          throw asDeliveryError(error);
        }
        options.onCaseChanged?.();
      },
    },
  };
}
