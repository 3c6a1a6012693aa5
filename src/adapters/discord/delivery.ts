// Posts what the service said: customer messages in the case thread, staff messages (with the
// review buttons) in the staff channel. Private replies are left to the caller, which knows how
// its user can be answered privately (an ephemeral interaction reply, or the private case thread).
// Outbox rows posted right away are leased first (CaseService.deliverNow), so the outbox relay never
// posts them too; one that fails is left to the relay, which uses `discordDeliverer`. Each post of a
// row carries a nonce made of the row's id with enforce_nonce, so Discord returns the message it
// already made instead of a second one when a post is repeated (within Discord's few minutes).
import { Routes, type RawFile } from 'discord.js';
import type { Outbound } from '../../service/messages.ts';
import type { Deliverer } from '../../service/outboxRelay.ts';
import type { DeskContext } from './deskContext.ts';
import { asDeliveryError } from './rateLimits.ts';
import { renderOutbound } from './render.ts';

type PostContext = Pick<DeskContext, 'client' | 'config' | 'service'>;

/** The nonce of piece `i` of an outbox row's message; Discord allows 25 characters. */
export function outboxNonce(outboxId: number, piece: number, pieces: number): string {
  return pieces === 1 ? String(outboxId) : `${outboxId}.${piece}`;
}

/** Posts one public message where it belongs, its document on the last piece; throws when Discord refuses it. */
export async function postOutbound(ctx: PostContext, m: Outbound): Promise<void> {
  if (m.private) throw new Error('a private reply needs the interaction or thread it answers');
  const channel = m.to === 'customer' ? m.thread : ctx.config.staffChannel;
  if (!channel) throw new Error(`a customer message of ${m.case ?? 'no case'} has no thread to go to`);
  // The document first: when it cannot be made, nothing is posted and the row is retried whole.
  const doc = m.attachment && m.case ? await ctx.service.document(m.case, m.attachment) : null;
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

/**
 * Once a message of a case failed, the case's later ones in the same batch are not posted either:
 * they fail too and go to the relay, which posts a case's rows in order.
 */

/** Posts the public messages in order (outbox rows leased, then marked delivered or failed), and returns the private ones. */
export async function postCaseMessages(ctx: DeskContext, messages: Outbound[]): Promise<Outbound[]> {
  const post = async (m: Outbound): Promise<void> => {
    if (m.outboxId !== null) return postOutbound(ctx, m);
    // Not in the outbox: nobody posts it again, so a failure is only logged.
    try {
      await postOutbound(ctx, m);
    } catch (error) {
      ctx.log.error({ err: error, caseRef: m.case, to: m.to }, 'could not post a message to Discord');
    }
  };
  await ctx.service.deliverNow(
    messages.filter((m) => !m.private),
    post,
  );
  return messages.filter((m) => m.private);
}

/** The outbox relay's deliverer: one row, with its nonce; a long rate limit becomes a DeliveryRetry. */
export function discordDeliverer(ctx: PostContext): Deliverer {
  return async (message, outboxId) => {
    try {
      await postOutbound(ctx, { ...message, outboxId });
    } catch (error) {
      throw asDeliveryError(error);
    }
  };
}
