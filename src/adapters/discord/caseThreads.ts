// The private thread each case lives in: opened in a support channel with only the customer, the
// bot and staff (members who may manage threads) in it, and named once for its case. Discord allows
// about two channel edits per ten minutes, so a thread is never renamed on a state change.
import { ChannelType, Routes, ThreadAutoArchiveDuration, type User } from 'discord.js';
import type { DeskContext } from './deskContext.ts';

function threadName(prefix: string, user: User): string {
  return `${prefix} · ${user.username}`.slice(0, 100);
}

/** Opens a private thread for `user` in a support channel and adds them to it; returns its id. */
export async function openCaseThread(ctx: DeskContext, supportChannelId: string, user: User): Promise<string> {
  const channel = ctx.client.channels.cache.get(supportChannelId) ?? (await ctx.client.channels.fetch(supportChannelId));
  if (channel?.type !== ChannelType.GuildText) throw new Error(`support channel ${supportChannelId} is not a text channel`);
  const thread = await channel.threads.create({
    name: threadName('Claim', user),
    type: ChannelType.PrivateThread,
    // Customers cannot invite others into their case.
    invitable: false,
    autoArchiveDuration: ThreadAutoArchiveDuration.OneWeek,
  });
  await thread.members.add(user.id);
  return thread.id;
}

/** Renames a thread to carry its case reference, once, when the case is opened in it. */
export async function nameThreadForCase(ctx: DeskContext, threadId: string, caseRef: string, user: User): Promise<void> {
  const name = threadName(caseRef, user);
  const cached = ctx.client.channels.cache.get(threadId);
  if (cached?.isThread() && cached.name === name) return;
  try {
    await ctx.client.rest.patch(Routes.channel(threadId), { body: { name } });
  } catch (error) {
    // The name is a convenience for staff; the case and its messages do not depend on it.
    ctx.log.warn({ err: error, caseRef, thread: threadId }, 'could not name the case thread');
  }
}
