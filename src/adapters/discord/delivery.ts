// Posts what the service said: customer messages in the case thread, staff messages (with the
// review buttons) in the staff channel. Private replies are left to the caller, which knows how
// its user can be answered privately (an ephemeral interaction reply, or the private case thread).
// Messages go through the outbox (Desk.deliver leases its rows first, so the relay never posts them
// too); one that fails is left to the relay, which posts through `relayDelivery`. Each post of a
// row carries a nonce made of the row's id with enforce_nonce, so Discord returns the message it
// already made instead of a second one when a post is repeated (within Discord's few minutes).
import { Routes, type RawFile } from 'discord.js';
import type { Delivery, Outbound, OutboundFile } from '../../service/messages.ts';
import type { DeskContext } from './deskContext.ts';
import { asDeliveryError } from './rateLimits.ts';
import { renderOutbound } from './render.ts';

type PostContext = Pick<DeskContext, 'client' | 'config'>;

/** The nonce of piece `i` of an outbox row's message; Discord allows 25 characters. */
export function outboxNonce(outboxId: number, piece: number, pieces: number): string {
  return pieces === 1 ? String(outboxId) : `${outboxId}.${piece}`;
}

/** Posts one public message where it belongs, its document on the last piece; throws when Discord refuses it. */
export async function postOutbound(ctx: PostContext, m: Outbound, doc: OutboundFile | null): Promise<void> {
  if (m.private) throw new Error('a private reply needs the interaction or thread it answers');
  const channel = m.to === 'customer' ? m.thread : ctx.config.staffChannel;
  if (!channel) throw new Error(`a customer message of ${m.case ?? 'no case'} has no thread to go to`);
  const bodies = renderOutbound(m);
  for (const [i, body] of bodies.entries()) {
    const files: RawFile[] = doc && i === bodies.length - 1 ? [{ name: doc.fileName, data: doc.bytes, contentType: doc.contentType }] : [];
    await ctx.client.rest.post(Routes.channelMessages(channel), {
      body: {
        ...body,
        ...(m.outboxId !== null ? { nonce: outboxNonce(m.outboxId, i, bodies.length), enforce_nonce: true } : {}),
        ...(files.length > 0 ? { attachments: files.map((f, id) => ({ id, filename: f.name })) } : {}),
      },
      ...(files.length > 0 ? { files } : {}),
    });
  }
}

/** Posts the public messages in order through the outbox, and returns the private ones (the caller answers with them). */
export async function postCaseMessages(ctx: DeskContext, messages: Outbound[]): Promise<Outbound[]> {
  await ctx.desk.deliver(
    messages.filter((m) => !m.private),
    { platform: 'discord', post: (m, _attempt, file) => postOutbound(ctx, m, file) },
  );
  return messages.filter((m) => m.private);
}

/** The outbox relay's Delivery: one row, with its nonce; a long rate limit becomes a DeliveryRetry. */
export function relayDelivery(ctx: PostContext): Delivery {
  return {
    async post(message, _attempt, file) {
      try {
        await postOutbound(ctx, message, file);
      } catch (error) {
        throw asDeliveryError(error);
      }
    },
  };
}
