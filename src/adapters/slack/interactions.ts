// Buttons and the reason modal. A listener records what was chosen, acknowledges, then posts (Slack
// waits 3 s for the acknowledgement; answerInTime.ts sends it anyway if recording takes longer). Who may press what is
// the service's decision (it refuses a customer pressing Approve, or another customer's Cancel); the
// only check here is whether to open the reason modal at all, since a modal is shown to staff only.
import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import type { Inbound } from '../../service/messages.ts';
import { ACTION_PREFIX, answeredBlocks } from './outboundBlocks.ts';
import { parseReasonMetadata, REASON_BLOCK_ID, REASON_MODAL_ID, reasonModal, submittedReason, type ReasonAction } from './reasonModal.ts';
import { apologizingOnFailure, PLATFORM, privateTargetIn, type SlackContext } from './slackContext.ts';
import { tsToIso } from './slackText.ts';

const REASON_ACTIONS: ReadonlySet<string> = new Set<ReasonAction>(['deny', 'request_info']);
const ACTION_LABEL: Record<string, string> = { approve: 'Approve', deny: 'Deny', request_info: 'Request info' };

export function registerInteractions(app: App, ctx: SlackContext): void {
  app.action<BlockAction<ButtonAction>>(new RegExp(`^${ACTION_PREFIX}`), async ({ ack, body, action }) => {
    const id = action.action_id.slice(ACTION_PREFIX.length);
    const ref = action.value ?? '';
    const user = body.user.id;
    const channel = body.channel?.id ?? stringField(body.container, 'channel_id');
    const messageTs = body.message?.ts ?? stringField(body.container, 'message_ts');
    const threadTs = typeof body.message?.thread_ts === 'string' ? body.message.thread_ts : undefined;
    const where = privateTargetIn(channel, threadTs);
    await apologizingOnFailure(ctx, user, where, async () => {
      const staff = await ctx.staff.isStaff(user);
      if (REASON_ACTIONS.has(id) && staff) {
        // Nothing to record until the modal is submitted.
        await ack();
        await ctx.client.views.open({
          trigger_id: body.trigger_id,
          view: reasonModal({
            action: id as ReasonAction,
            ref,
            channel: channel ?? null,
            messageTs: body.container?.is_ephemeral ? null : (messageTs ?? null),
          }),
        });
        return;
      }
      const inbound: Inbound = {
        platform: PLATFORM,
        eventId: `action:${body.trigger_id}`,
        at: tsToIso(action.action_ts),
        user,
        staff,
        caseRef: ref,
        action: id,
      };
      const result = await ctx.desk.handle(inbound);
      await ack();
      await ctx.delivery.deliver(result, where);
      if (result.ok && !result.duplicate && channel && messageTs && !body.container?.is_ephemeral) {
        await markAnswered(
          ctx,
          channel,
          messageTs,
          user,
          action.text.text,
          body.message?.blocks,
          typeof body.message?.text === 'string' ? body.message.text : undefined,
        );
      }
    });
  });

  app.view(REASON_MODAL_ID, async ({ ack, body, view }) => {
    const reason = submittedReason(view);
    // Slack requires the input, but a reason of blanks is no reason: keep the modal open and say so.
    if (reason === '') {
      await ack({ response_action: 'errors', errors: { [REASON_BLOCK_ID]: 'Please write what the customer should read.' } });
      return;
    }
    const meta = parseReasonMetadata(view.private_metadata);
    const user = body.user.id;
    const where = privateTargetIn(meta?.channel ?? undefined);
    if (!meta) {
      await ack();
      ctx.log.warn({ viewId: view.id }, 'reason modal submitted without readable metadata');
      await ctx.delivery.postPrivate(user, 'That form could not be read; please press the button again.', where);
      return;
    }
    await apologizingOnFailure(ctx, user, where, async () => {
      const staff = await ctx.staff.isStaff(user);
      const inbound: Inbound = {
        platform: PLATFORM,
        eventId: `view:${view.id}`,
        at: ctx.now().toISOString(),
        user,
        staff,
        caseRef: meta.ref,
        action: meta.action,
        actionText: reason,
      };
      const result = await ctx.desk.handle(inbound);
      await ack();
      await ctx.delivery.deliver(result, where);
      if (result.ok && !result.duplicate && meta.channel && meta.messageTs) {
        await markAnswered(ctx, meta.channel, meta.messageTs, user, ACTION_LABEL[meta.action] ?? meta.action);
      }
    });
  });
}

function stringField(container: Record<string, unknown> | undefined, key: string): string | undefined {
  const value = container?.[key];
  return typeof value === 'string' ? value : undefined;
}

/** Replaces the buttons of the message that was answered with who chose what. */
async function markAnswered(
  ctx: SlackContext,
  channel: string,
  ts: string,
  user: string,
  label: string,
  blocks?: unknown,
  text?: string,
): Promise<void> {
  let original = blocks;
  let originalText = text;
  if (original === undefined) {
    const history = await ctx.client.conversations.history({ channel, latest: ts, inclusive: true, limit: 1 });
    const message = history.messages?.find((m) => m.ts === ts);
    original = message?.blocks;
    originalText = message?.text;
  }
  const answered = answeredBlocks(original, user, label);
  if (!answered) return;
  try {
    await ctx.client.chat.update({ channel, ts, text: originalText ?? label, blocks: answered });
  } catch (error) {
    // The case already moved on; stale buttons are refused by the service if pressed again.
    ctx.log.warn({ err: error, channel, ts }, 'could not replace the buttons of an answered message');
  }
}
