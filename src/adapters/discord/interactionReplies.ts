// Private (ephemeral) answers to interactions: long texts are split over follow-ups, and nothing
// in them pings anyone.
import { GuildMember, MessageFlags, type APIInteractionGuildMember, type RepliableInteraction } from 'discord.js';
import type { DeskContext } from './deskContext.ts';
import { NOTICE } from './notices.ts';
import { escapeText, NO_MENTIONS, splitContent } from './render.ts';

/** Whether the member behind an interaction is staff, from the roles the interaction carries. */
export function staffFromMember(ctx: DeskContext, user: string, member: GuildMember | APIInteractionGuildMember | null): boolean | null {
  if (!member) return null;
  return ctx.staff.note(user, member instanceof GuildMember ? member.roles.cache.keys() : member.roles);
}

/**
 * Answers privately: into the deferred ephemeral reply when there is one (`editDeferred`), else as
 * ephemeral follow-ups (after `deferUpdate`, which answered by leaving the message as it was).
 */
export async function answerPrivately(
  interaction: RepliableInteraction,
  text: string,
  editDeferred: boolean,
  escape = true,
): Promise<void> {
  const pieces = splitContent(escape ? escapeText(text) : text);
  for (const [i, content] of pieces.entries()) {
    if (i === 0 && editDeferred) await interaction.editReply({ content, allowedMentions: NO_MENTIONS });
    else await interaction.followUp({ content, flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
  }
}

/** Tells the user their interaction failed, however far it got. */
export async function answerFailure(ctx: DeskContext, interaction: RepliableInteraction): Promise<void> {
  try {
    if (interaction.deferred || interaction.replied) await interaction.followUp({ content: NOTICE.failed, flags: MessageFlags.Ephemeral });
    else await interaction.reply({ content: NOTICE.failed, flags: MessageFlags.Ephemeral });
  } catch (error) {
    ctx.log.warn({ err: error, interaction: interaction.id }, 'could not tell the user that their interaction failed');
  }
}
