// Messages customers write: in a support channel they open a case in a new private thread; in a
// case thread they go to that case, files included (the desk refuses anyone else's words there).
// Staff writing in a case thread answer the customer: the desk records it as a staff reply.
import { setTimeout as sleep } from 'node:timers/promises';
import { Routes, type Message, type ThreadChannel } from 'discord.js';
import type { FileRef, HandleResult, Inbound } from '../../service/messages.ts';
import { nameThreadForCase, openCaseThread } from './caseThreads.ts';
import { postCaseMessages } from './delivery.ts';
import { instantOf, PLATFORM, type DeskContext } from './deskContext.ts';
import { NOTICE } from './notices.ts';
import { NO_MENTIONS, renderReply } from './render.ts';

export function fileRefsOf(message: Message): FileRef[] {
  return [...message.attachments.values()].map((a) => ({
    id: a.id,
    name: a.name,
    type: a.contentType ?? 'application/octet-stream',
    size: a.size,
    // Discord's CDN links are signed and expire; the id and name stay valid references.
    url: a.url,
  }));
}

/** Tries of one message before the customer is asked to send it again: over about 15 s. */
const MESSAGE_ATTEMPTS = 5;
const RETRY_BASE_MS = 1_000;

export async function onMessage(ctx: DeskContext, message: Message): Promise<void> {
  if (message.author.bot || message.system || message.webhookId || message.guildId !== ctx.config.guildId) return;
  const channel = message.channel;
  const thread = channel.isThread() && channel.parentId && ctx.supportChannels.has(channel.parentId) ? channel : null;
  if (!thread && !ctx.supportChannels.has(message.channelId)) return;
  if (!ctx.seen.add(message.id)) return;
  const user = message.author.id;
  const work = ctx.gate.runOrWait(user, () => handleMessage(ctx, message, thread));
  if (work) {
    await work;
    return;
  }
  // Past the bound and the queue: not taken. The sender is asked to send it again (within the notices' own limit).
  if (ctx.shedding.message(user)) {
    try {
      await reply(ctx, thread?.id ?? message.channelId, NOTICE.busyMessage, message.id);
    } catch (error) {
      ctx.log.warn({ err: error, message: message.id }, 'could not tell the sender that the desk is busy');
    }
  }
}

async function handleMessage(ctx: DeskContext, message: Message, thread: ThreadChannel | null): Promise<void> {
  await ctx.queue.run(message.author.id, async () => {
    // Discord does not send a gateway message again: a failure (the database away for a moment) is
    // retried here, in this customer's queue so that their later messages keep their order; the
    // message id makes a retry of work already committed a no-op.
    for (let attempt = 1; ; attempt++) {
      try {
        if (thread) await threadMessage(ctx, message, thread);
        else await supportChannelMessage(ctx, message);
        return;
      } catch (error) {
        if (attempt < MESSAGE_ATTEMPTS) {
          ctx.log.warn({ err: error, message: message.id, attempt }, 'a Discord message could not be handled; trying again');
          await sleep(RETRY_BASE_MS * 2 ** (attempt - 1));
          continue;
        }
        ctx.log.error({ err: error, message: message.id, channel: message.channelId }, 'a Discord message could not be handled');
        await reply(ctx, thread?.id ?? message.channelId, NOTICE.failed, message.id);
        return;
      }
    }
  });
}

/** Whether the author is staff: from the roles the message carries, else asked of Discord. */
async function authorIsStaff(ctx: DeskContext, message: Message): Promise<boolean> {
  return message.member ? ctx.staff.note(message.author.id, message.member.roles.cache.keys()) : ctx.staff.isStaff(message.author.id);
}

/** `admitted`: already counted against the customer's message limit (Desk.admit). */
function inboundOf(message: Message, thread: string, how: { newCase: boolean; staff?: boolean; admitted?: boolean }): Inbound {
  const { newCase, staff = false, admitted = false } = how;
  return {
    admitted,
    platform: PLATFORM,
    eventId: message.id,
    at: instantOf(message.createdTimestamp),
    user: message.author.id,
    staff,
    thread,
    text: message.content,
    files: fileRefsOf(message),
    newCase,
  };
}

async function supportChannelMessage(ctx: DeskContext, message: Message): Promise<void> {
  const user = message.author;
  // A sticker or an embed alone is no claim; staff chatting in the channel open none either.
  if (message.content.trim() === '' && message.attachments.size === 0) return;
  if (await authorIsStaff(ctx, message)) return;
  // Counted before any work for it (a thread, a look-up, an answer in the channel).
  const admission = ctx.desk.admit(PLATFORM, user.id, instantOf(message.createdTimestamp));
  if (!admission.admitted) {
    if (admission.first) await reply(ctx, message.channelId, admission.notice, message.id, true);
    return;
  }
  // Before a private thread is opened for a new claim: the customer may have one open already.
  const open = await ctx.desk.cases.openCaseOf(PLATFORM, user.id);
  if (open) {
    // This very message opened that case (it is delivered again after a reconnect): nothing to do.
    if (Date.parse(open.openedAt) === message.createdTimestamp) return;
    await reply(ctx, message.channelId, NOTICE.alreadyOpen(open.ref, open.thread), message.id, true);
    return;
  }
  const pending = ctx.pendingClaims.get(user.id);
  const thread = pending ?? (await openCaseThread(ctx, message.channelId, user));
  // Until a case comes of it, the thread waits for the customer's next message (like a button's
  // thread), and a retry of this message after a failure below uses it rather than opening another.
  ctx.pendingClaims.set(user.id, thread);
  const result = await ctx.desk.handle(inboundOf(message, thread, { newCase: true, admitted: true }));
  await settle(ctx, message, thread, result, true);
  await reply(ctx, message.channelId, NOTICE.threadOpened(thread), message.id, true);
}

async function threadMessage(ctx: DeskContext, message: Message, thread: ThreadChannel): Promise<void> {
  // Case threads are the bot's. What staff write there is their answer to the customer: recorded on
  // the case (a thread without a case yet records nothing).
  if (thread.ownerId !== ctx.client.user.id) return;
  if (await authorIsStaff(ctx, message)) {
    if (message.content.trim() === '') return;
    const result = await ctx.desk.handle(inboundOf(message, thread.id, { newCase: false, staff: true }));
    await postCaseMessages(
      ctx,
      result.messages.filter((m) => !m.private),
    );
    return;
  }
  // A thread without a case is one opened with the claim button: the first message opens the case
  // (newCase); in a case's thread the message goes to that case.
  const result = await ctx.desk.handle(inboundOf(message, thread.id, { newCase: true }));
  await settle(ctx, message, thread.id, result, result.opened === true);
}

async function settle(ctx: DeskContext, message: Message, thread: string, result: HandleResult, opening: boolean): Promise<void> {
  if (opening && result.ok && result.caseRef && !result.duplicate) {
    ctx.pendingClaims.delete(message.author.id);
    await nameThreadForCase(ctx, thread, result.caseRef, message.author);
  }
  const privateReplies = await postCaseMessages(ctx, result.messages);
  // Only the customer and staff are in the thread, so a private answer can be said there.
  for (const m of privateReplies) await reply(ctx, thread, m.text, message.channelId === thread ? message.id : undefined);
}

async function reply(ctx: DeskContext, channel: string, text: string, replyTo?: string, ownWords = false): Promise<void> {
  const bodies = ownWords
    ? [
        {
          content: text,
          allowed_mentions: NO_MENTIONS,
          ...(replyTo ? { message_reference: { message_id: replyTo, fail_if_not_exists: false } } : {}),
        },
      ]
    : renderReply(text, replyTo);
  for (const body of bodies) await ctx.client.rest.post(Routes.channelMessages(channel), { body });
}
