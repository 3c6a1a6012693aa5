// The "Open a claim" button the bot keeps pinned in each support channel, and what pressing it does:
// a private thread for the customer's claim, or a pointer to the one they already have.
import { ButtonStyle, ComponentType, MessageFlags, Routes, type APIMessage, type ButtonInteraction } from 'discord.js';
import { openCaseThread } from './caseThreads.ts';
import { OPEN_CLAIM_ID } from './customIds.ts';
import { PLATFORM, type DeskContext } from './deskContext.ts';
import { answerPrivately } from './interactionReplies.ts';
import { NOTICE } from './notices.ts';
import { NO_MENTIONS } from './render.ts';

function hasClaimButton(message: APIMessage): boolean {
  return (message.components ?? []).some(
    (row) => 'components' in row && row.components.some((c) => 'custom_id' in c && c.custom_id === OPEN_CLAIM_ID),
  );
}

/** Posts and pins the claim button in a support channel unless the bot's pinned one is already there. */
export async function ensureClaimButton(ctx: DeskContext, channel: string): Promise<void> {
  try {
    const pins = (await ctx.client.rest.get(Routes.channelMessagesPins(channel))) as { items: Array<{ message: APIMessage }> };
    if (pins.items.some(({ message }) => message.author.id === ctx.client.user.id && hasClaimButton(message))) return;
    const posted = (await ctx.client.rest.post(Routes.channelMessages(channel), {
      body: {
        content: NOTICE.claimButtonPost,
        allowed_mentions: NO_MENTIONS,
        components: [
          {
            type: ComponentType.ActionRow,
            components: [
              { type: ComponentType.Button, style: ButtonStyle.Primary, custom_id: OPEN_CLAIM_ID, label: NOTICE.claimButtonLabel },
            ],
          },
        ],
      },
    })) as APIMessage;
    await ctx.client.rest.put(Routes.channelMessagesPin(channel, posted.id));
  } catch (error) {
    // Customers can still write in the channel; docs/discord.md lists the permissions this needs.
    ctx.log.warn(
      { err: error, channel },
      'could not pin the "Open a claim" button (needs View Channel, Send Messages, Read Message History and Pin Messages)',
    );
  }
}

export async function openClaim(ctx: DeskContext, interaction: ButtonInteraction, staff: boolean | null): Promise<void> {
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  if (staff) {
    await answerPrivately(interaction, NOTICE.staffNoClaim, true, false);
    return;
  }
  const user = interaction.user;
  const text = await ctx.queue.run(user.id, async () => {
    const open = await ctx.desk.cases.openCaseOf(PLATFORM, user.id);
    if (open) return NOTICE.alreadyOpen(open.ref, open.thread);
    const pending = ctx.pendingClaims.get(user.id);
    if (pending) return NOTICE.threadOpened(pending);
    const channel = ctx.supportChannels.has(interaction.channelId) ? interaction.channelId : ctx.config.supportChannels[0]!;
    const thread = await openCaseThread(ctx, channel, user);
    ctx.pendingClaims.set(user.id, thread);
    await ctx.client.rest.post(Routes.channelMessages(thread), {
      body: { content: NOTICE.claimThreadWelcome(user.id), allowed_mentions: { users: [user.id] } },
    });
    return NOTICE.threadOpened(thread);
  });
  await answerPrivately(interaction, text, true, false);
}
