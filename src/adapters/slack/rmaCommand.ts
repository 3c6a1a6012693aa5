// `/rma …`, with the core's grammar. Replies that concern only the caller go back through the
// command's response_url (visible to them alone); case messages go to the case thread and the staff
// channel as usual. The command is recorded, then acknowledged, then its replies are posted (Slack
// waits 3 s for the acknowledgement; answerInTime.ts sends it anyway if recording takes longer).
import type { App } from '@slack/bolt';
import { plainText, type Inbound } from '../../service/messages.ts';
import { apologizingOnFailure, PLATFORM, type SlackContext } from './slackContext.ts';
import { plainFromSlack } from './slackText.ts';

export const RMA_COMMAND = '/rma';

export function registerRmaCommand(app: App, ctx: SlackContext): void {
  app.command(RMA_COMMAND, async ({ ack, command, respond }) => {
    const user = command.user_id;
    const where = { kind: 'respond', respond } as const;
    await apologizingOnFailure(ctx, user, where, async () => {
      const line = `${RMA_COMMAND} ${plainFromSlack(command.text ?? '')}`.trim();
      const staff = await ctx.staff.isStaff(user);
      const inbound: Inbound = {
        platform: PLATFORM,
        eventId: `command:${command.trigger_id}`,
        at: ctx.now().toISOString(),
        user,
        staff,
        command: line,
      };
      const result = await ctx.desk.handle(inbound);
      await ack();
      const posted = await ctx.delivery.deliver(result, where);
      if (!result.ok || result.duplicate || result.messages.some((m) => m.private)) return;
      // The command changed a case but said nothing to the caller; confirm it, with what staff were told
      // when the caller is staff and not looking at the staff channel.
      const told =
        staff && command.channel_id !== ctx.config.staffChannel
          ? posted.filter((p) => p.message.to === 'staff').map((p) => plainText(p.message))
          : [];
      await ctx.delivery.postPrivate(user, [`Done: ${line}`, ...told].join('\n'), where);
    });
  });
}
