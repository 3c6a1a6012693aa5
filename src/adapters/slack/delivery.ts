// Puts the service's messages where they belong in Slack: customer messages in the case thread, staff
// messages in the staff channel, private replies where the person acted (ephemeral, or the slash
// command's respond). Delivered outbox rows are marked; a failed post leaves its row undelivered.
import type { RespondFn, webApi } from '@slack/bolt';
import type { Logger } from 'pino';
import type { CaseService } from '../../service/caseService.ts';
import type { HandleResult, Outbound } from '../../service/messages.ts';
import { renderOutbound, renderPrivate, type SlackMessage } from './outboundBlocks.ts';
import { parseThreadKey } from './slackText.ts';

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
  deliver(result: HandleResult, privateTo: PrivateTarget, now: () => Date): Promise<Posted[]>;
  /** A reply of the adapter's own: plain text, or a message already rendered. */
  postPrivate(user: string, content: string | SlackMessage, privateTo: PrivateTarget): Promise<void>;
}

export function slackDelivery(options: { client: webApi.WebClient; service: CaseService; staffChannel: string; workspaceUrl: string | null; log?: Logger | undefined }): Delivery {
  const { client, service, staffChannel, workspaceUrl, log } = options;
  const noUnfurl = { unfurl_links: false, unfurl_media: false } as const;

  async function sendPrivate(user: string, rendered: SlackMessage, to: PrivateTarget): Promise<{ channel: string; ts: string | null }> {
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

  async function post(m: Outbound, privateTo: PrivateTarget): Promise<{ channel: string; ts: string | null }> {
    const rendered = renderOutbound(m, { workspaceUrl });
    if (m.private && m.user) return sendPrivate(m.user, rendered, privateTo);
    if (m.to === 'staff') {
      const sent = await client.chat.postMessage({ channel: staffChannel, ...rendered, ...noUnfurl });
      return { channel: staffChannel, ts: sent.ts ?? null };
    }
    const thread = parseThreadKey(m.thread);
    if (!thread) {
      if (!m.user) throw new Error(`customer message for ${m.case ?? 'no case'} has neither a thread nor a user`);
      return sendPrivate(m.user, rendered, { kind: 'direct' });
    }
    const sent = await client.chat.postMessage({ channel: thread.channel, thread_ts: thread.ts, ...rendered, ...noUnfurl });
    return { channel: thread.channel, ts: sent.ts ?? null };
  }

  return {
    async deliver(result, privateTo, now) {
      const posted: Posted[] = [];
      const delivered: number[] = [];
      for (const message of result.messages) {
        try {
          const where = await post(message, privateTo);
          posted.push({ message, ...where });
          if (message.outboxId !== null) delivered.push(message.outboxId);
        } catch (error) {
          // The outbox row stays undelivered, so a relay can send it again.
          log?.error({ err: error, caseRef: message.case, to: message.to, outboxId: message.outboxId }, 'could not post a message to Slack');
        }
      }
      if (delivered.length > 0) await service.markDelivered(delivered, now().toISOString());
      return posted;
    },
    async postPrivate(user, content, privateTo) {
      await sendPrivate(user, typeof content === 'string' ? renderPrivate(content) : content, privateTo);
    },
  };
}
