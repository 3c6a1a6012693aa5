// Messages and file shares in the support channels and in DMs with the bot become case events. A root
// message's own ts names its thread, so the case opened by it lives in that thread; a reply in a case
// thread belongs to that case (the desk refuses another customer's reply there). Over HTTP, Bolt
// answers Slack once the listener is done (see slackApp.ts).
import type { App } from '@slack/bolt';
import { z } from 'zod';
import type { HandleResult, Inbound } from '../../service/messages.ts';
import type { PrivateTarget } from './delivery.ts';
import { apologizingOnFailure, PLATFORM, privateTargetIn, type SlackContext } from './slackContext.ts';
import { messageFiles, slackFileSchema } from './slackFiles.ts';
import { escapeSlack, messageLink, parseThreadKey, plainFromSlack, threadKey, tsToIso } from './slackText.ts';

/** How many times Slack retries an event that was not answered with a 2xx. */
const SLACK_RETRIES = 3;

/** Message subtypes that are a person posting: plain messages, file shares, thread replies sent to the channel. */
const PERSON_SUBTYPES = new Set([undefined, 'file_share', 'thread_broadcast']);

const messageEventSchema = z.object({
  type: z.literal('message'),
  subtype: z.string().optional(),
  channel: z.string(),
  channel_type: z.string().optional(),
  user: z.string().optional(),
  bot_id: z.string().nullish(),
  text: z.string().nullish(),
  ts: z.string(),
  thread_ts: z.string().optional(),
  files: z.array(slackFileSchema).optional(),
});

export function registerMessageEvents(app: App, ctx: SlackContext): void {
  app.event('message', async ({ event, body, context }) => {
    const parsed = messageEventSchema.safeParse(event);
    if (!parsed.success) return;
    const m = parsed.data;
    if (m.bot_id || !PERSON_SUBTYPES.has(m.subtype) || !m.user) return;
    const isDm = m.channel_type === 'im' || m.channel.startsWith('D');
    if (!isDm && !ctx.config.supportChannels.includes(m.channel)) return;
    const user = m.user;
    const staff = await ctx.staff.isStaff(user);
    // Staff chatting in a support channel is not a case event; staff writing in a case thread answer
    // the customer there, and the desk records it as a staff reply (never as the customer's words).
    if (!isDm && staff && !m.thread_ts) return;

    const where = privateTargetIn(m.channel, isDm ? (m.thread_ts ?? m.ts) : m.thread_ts);
    // Over HTTP a failed event is answered 500 and Slack sends it again (up to three retries): only
    // the last try tells the customer to send it again themselves.
    const slackRetries = ctx.config.mode.kind === 'http' && (context.retryNum ?? 0) < SLACK_RETRIES;
    const guard = slackRetries
      ? (work: () => Promise<void>) => work()
      : (work: () => Promise<void>) => apologizingOnFailure(ctx, user, where, work);
    await guard(async () => {
      // A customer's locale (read once an hour, never for staff) picks the language their case answers in.
      const [files, locale] = await Promise.all([
        messageFiles(ctx.client, m.files ?? [], ctx.log),
        staff ? undefined : ctx.locales.localeOf(user),
      ]);
      const text = plainFromSlack(m.text ?? '');
      if (text.trim() === '' && files.length === 0) return;
      const thread = threadKey(m.channel, m.thread_ts ?? m.ts);
      const inbound: Inbound = {
        platform: PLATFORM,
        eventId: typeof body.event_id === 'string' ? body.event_id : undefined,
        at: tsToIso(m.ts),
        user,
        staff,
        locale,
        thread,
        text,
        files,
      };
      const result = await ctx.desk.handle(inbound);
      if (result.duplicate) {
        ctx.log.info({ eventId: inbound.eventId, caseRef: result.caseRef }, 'slack event delivered again; already handled');
        return;
      }
      // Recorded: Slack gets its answer now, and the replies are posted after it (what cannot be posted
      // stays in the outbox for the relay).
      ctx.background(
        'posting the replies to a Slack message',
        (async () => {
          await ctx.delivery.deliver(result, where);
          await pointToCaseThread(ctx, result, thread, user, where);
        })(),
      );
    });
  });
}

/** When the message went to a case that lives in another thread, say where the conversation continues. */
async function pointToCaseThread(
  ctx: SlackContext,
  result: HandleResult,
  thread: string,
  user: string,
  where: PrivateTarget,
): Promise<void> {
  const caseThread = parseThreadKey(result.messages.find((m) => m.to === 'customer' && !m.private)?.thread);
  if (!result.ok || !result.caseRef || !caseThread || threadKey(caseThread.channel, caseThread.ts) === thread) return;
  const ref = escapeSlack(result.caseRef);
  const text = ctx.workspaceUrl
    ? `I've added this to *${ref}*; the conversation continues in <${messageLink(ctx.workspaceUrl, caseThread.channel, caseThread.ts)}|its thread>.`
    : `I've added this to *${ref}*; the conversation continues in its thread.`;
  await ctx.delivery.postPrivate(user, { text, blocks: [{ type: 'section', text: { type: 'mrkdwn', text } }] }, where);
}
