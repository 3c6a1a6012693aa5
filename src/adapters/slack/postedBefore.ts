// Whether an outbox row is already in Slack. Each post of a row carries the row's id in its message
// metadata; a retry first looks for the bot's message with that id (and, when the row has a document,
// for the file shared after it), so that a post whose answer was lost is not made a second time.
import type { types, webApi } from '@slack/bolt';

export const OUTBOX_EVENT_TYPE = 'rma_desk_outbox';

export function outboxMetadata(outboxId: number): types.MessageMetadata {
  return { event_type: OUTBOX_EVENT_TYPE, event_payload: { outbox_id: outboxId } };
}

/** The bot's own user and bot ids (auth.test): only its messages count. */
export interface BotIdentity {
  userId: string | undefined;
  botId: string | undefined;
}

export interface Where {
  channel: string;
  threadTs?: string | undefined;
}

export interface EarlierPost {
  ts: string;
  /** The document was shared after the text. */
  fileShared: boolean;
}

interface SeenMessage {
  ts?: string | undefined;
  user?: string | undefined;
  bot_id?: string | undefined;
  metadata?: { event_type?: string | undefined; event_payload?: Record<string, unknown> | undefined } | undefined;
  files?: Array<{ name?: string | undefined }> | undefined;
}

// A case thread rarely has more than a few dozen messages; a row is retried minutes after it was
// written, so the staff channel's latest messages hold it unless the channel is very busy.
const PAGE_SIZE = 200;
const MAX_THREAD_PAGES = 5;
const CHANNEL_RECENT = 200;

async function threadMessages(client: webApi.WebClient, channel: string, ts: string): Promise<SeenMessage[]> {
  const messages: SeenMessage[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < MAX_THREAD_PAGES; page++) {
    const result = await client.conversations.replies({
      channel,
      ts,
      include_all_metadata: true,
      limit: PAGE_SIZE,
      ...(cursor ? { cursor } : {}),
    });
    messages.push(...((result.messages ?? []) as SeenMessage[]));
    cursor = result.response_metadata?.next_cursor || undefined;
    if (!result.has_more || !cursor) break;
  }
  return messages;
}

async function recentMessages(client: webApi.WebClient, channel: string): Promise<SeenMessage[]> {
  const result = await client.conversations.history({ channel, include_all_metadata: true, limit: CHANNEL_RECENT });
  return (result.messages ?? []) as SeenMessage[];
}

/** The bot's earlier post of an outbox row in a thread (or a channel's recent messages), if any. */
export async function findEarlierPost(
  client: webApi.WebClient,
  bot: BotIdentity,
  where: Where,
  outboxId: number,
  fileName: string | null,
): Promise<EarlierPost | null> {
  const messages = where.threadTs
    ? await threadMessages(client, where.channel, where.threadTs)
    : await recentMessages(client, where.channel);
  const ours = (m: SeenMessage) =>
    (bot.botId !== undefined && m.bot_id === bot.botId) || (bot.userId !== undefined && m.user === bot.userId);
  const text = messages.find(
    (m) =>
      ours(m) &&
      m.metadata?.event_type === OUTBOX_EVENT_TYPE &&
      String(m.metadata.event_payload?.outbox_id) === String(outboxId) &&
      typeof m.ts === 'string',
  );
  if (!text?.ts) return null;
  const after = Number(text.ts);
  const fileShared =
    fileName !== null && messages.some((m) => ours(m) && Number(m.ts) > after && (m.files ?? []).some((f) => f.name === fileName));
  return { ts: text.ts, fileShared };
}
