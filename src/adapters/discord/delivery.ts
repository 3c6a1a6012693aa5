// Posts what the service said: customer messages in the case thread, staff messages (with the
// review buttons) in the staff channel. Private replies are left to the caller, which knows how
// its user can be answered privately (an ephemeral interaction reply, or the private case thread).
import { Routes } from 'discord.js';
import type { Outbound } from '../../service/messages.ts';
import type { DeskContext } from './deskContext.ts';
import { renderOutbound } from './render.ts';

/** Posts one public message where it belongs; throws when Discord refuses it. */
export async function postOutbound(ctx: Pick<DeskContext, 'client' | 'config'>, m: Outbound): Promise<void> {
  if (m.private) throw new Error('a private reply needs the interaction or thread it answers');
  const channel = m.to === 'customer' ? m.thread : ctx.config.staffChannel;
  if (!channel) throw new Error(`a customer message of ${m.case ?? 'no case'} has no thread to go to`);
  for (const body of renderOutbound(m)) await ctx.client.rest.post(Routes.channelMessages(channel), { body });
}

/** Posts the public messages in order, marks them delivered, and returns the private ones. */
export async function postCaseMessages(ctx: DeskContext, messages: Outbound[]): Promise<Outbound[]> {
  const delivered: number[] = [];
  const privateReplies: Outbound[] = [];
  for (const m of messages) {
    if (m.private) {
      privateReplies.push(m);
      continue;
    }
    try {
      await postOutbound(ctx, m);
      if (m.outboxId !== null) delivered.push(m.outboxId);
    } catch (error) {
      // The outbox row stays undelivered, so a relay can send it again.
      ctx.log.error({ err: error, caseRef: m.case, to: m.to, outboxId: m.outboxId }, 'could not post a message to Discord');
    }
  }
  if (delivered.length > 0) await ctx.service.markDelivered(delivered, new Date().toISOString());
  return privateReplies;
}
