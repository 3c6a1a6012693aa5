// Puts the service's messages where they belong in Slack: customer messages in the case thread, staff
// messages in the staff channel, private replies where the person acted (ephemeral, or the slash
// command's respond). Outbox rows posted right away are leased first (CaseService.deliverNow), so the
// outbox relay never posts them too; one that fails is left to the relay, which uses `deliverer`.
import type { RespondFn, webApi } from '@slack/bolt';
import type { Logger } from 'pino';
import type { CaseService } from '../../service/caseService.ts';
import type { HandleResult, Outbound } from '../../service/messages.ts';
import type { Deliverer } from '../../service/outboxRelay.ts';
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

export interface Delivery {
  /** Posts a result's messages now; returns those that were posted. */
  deliver(result: HandleResult, privateTo: PrivateTarget, now: () => Date): Promise<Posted[]>;
  /** A reply of the adapter's own: plain text, or a message already rendered. */
  postPrivate(user: string, content: string | SlackMessage, privateTo: PrivateTarget): Promise<void>;
  /** Posts one outbox row for the relay; throws DeliveryRetry on Slack's rate limit. */
  deliverer: Deliverer;
  /** Posts one message as it is (a private one in the person's DM with the bot); throws when Slack refuses it. */
  post(message: Outbound, attempt: number): Promise<void>;
}

export interface SlackDeliveryOptions {
  /** Bolt's client, for private replies (it retries a few times). */
  client: webApi.WebClient;
  /** A client without retries of its own, for outbox rows: see publicPosts.ts. */
  outboxClient: webApi.WebClient;
  service: CaseService;
  staffChannel: string;
  workspaceUrl: string | null;
  bot: BotIdentity;
  log?: Logger | undefined;
  /** Called after outbox rows were posted: a case changed. */
  onCaseChanged?: (() => void) | undefined;
}

/**
 * Once a message of a case failed, the case's later ones in the same batch are not posted either:
 * they fail too and go to the relay, which posts a case's rows in order.
 */

export function slackDelivery(options: SlackDeliveryOptions): Delivery {
  const { client, service, log } = options;
  const postPublic = publicPoster({ client: options.outboxClient, service, staffChannel: options.staffChannel, workspaceUrl: options.workspaceUrl, bot: options.bot });

  async function sendPrivate(user: string, rendered: SlackMessage, to: PrivateTarget): Promise<{ channel: string; ts: string | null }> {
    const noUnfurl = { unfurl_links: false, unfurl_media: false } as const;
    switch (to.kind) {
      case 'respond':
        await to.respond({ response_type: 'ephemeral', replace_original: false, ...rendered });
        return { channel: 'response_url', ts: null };
      case 'ephemeral': {
        const sent = await client.chat.postEphemeral({ channel: to.channel, user, ...rendered, ...(to.threadTs ? { thread_ts: to.threadTs } : {}) });
        return { channel: to.channel, ts: sent.message_ts ?? null };
      }
      case 'dm': {
        const sent = await client.chat.postMessage({ channel: to.channel, ...rendered, ...noUnfurl, ...(to.threadTs ? { thread_ts: to.threadTs } : {}) });
        return { channel: to.channel, ts: sent.ts ?? null };
      }
      case 'direct': {
        // Posting to a user id lands in the person's DM with the app.
        const sent = await client.chat.postMessage({ channel: user, ...rendered, ...noUnfurl });
        return { channel: sent.channel ?? user, ts: sent.ts ?? null };
      }
    }
  }

  async function post(m: Outbound, privateTo: PrivateTarget, attempt: number): Promise<{ channel: string; ts: string | null }> {
    if (m.private && m.user) return sendPrivate(m.user, renderOutbound(m, { workspaceUrl: options.workspaceUrl }), privateTo);
    return postPublic(m, attempt);
  }

  return {
    async deliver(result, privateTo, now) {
      const posted: Posted[] = [];
      const postOne = async (message: Outbound): Promise<void> => {
        if (message.outboxId !== null) {
          posted.push({ message, ...(await post(message, privateTo, 1)) });
          return;
        }
        // Not in the outbox: nobody posts it again, so a failure is only logged.
        try {
          posted.push({ message, ...(await post(message, privateTo, 1)) });
        } catch (error) {
          log?.error({ err: error, caseRef: message.case, to: message.to }, 'could not post a message to Slack');
        }
      };
      await service.deliverNow(result.messages, postOne, now);
      if (result.messages.some((m) => m.outboxId !== null)) options.onCaseChanged?.();
      return posted;
    },
    async postPrivate(user, content, privateTo) {
      await sendPrivate(user, typeof content === 'string' ? renderPrivate(content) : content, privateTo);
    },
    async deliverer(message, outboxId, attempt) {
      try {
        await post({ ...message, outboxId }, { kind: 'direct' }, attempt);
      } catch (error) {
        throw asDeliveryError(error);
      }
      options.onCaseChanged?.();
    },
    async post(message, attempt) {
      await post(message, { kind: 'direct' }, attempt);
    },
  };
}
