// Slash commands, buttons and modals. Every interaction is acknowledged before the case work
// starts (Discord allows three seconds); answers to staff and all refusals are ephemeral.
import {
  DiscordAPIError,
  MessageFlags,
  RESTJSONErrorCodes,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
  type ModalSubmitInteraction,
  type RepliableInteraction,
} from 'discord.js';
import { plainText, type HandleResult, type Inbound, type Outbound } from '../../service/messages.ts';
import { suggestCases } from './caseAutocomplete.ts';
import { openClaim } from './claimButton.ts';
import { MODAL_TEXT_ID, OPEN_CLAIM_ID, parseCaseButtonId, parseCaseModalId, type CaseControl } from './customIds.ts';
import { postCaseMessages } from './delivery.ts';
import { instantOf, PLATFORM, type DeskContext } from './deskContext.ts';
import { answerFailure, answerPrivately, staffFromMember } from './interactionReplies.ts';
import { caseModal } from './modals.ts';
import { NOTICE } from './notices.ts';
import { MESSAGE_LIMIT, NO_MENTIONS, outcomeLine } from './render.ts';
import { commandLine } from './rmaCommand.ts';

export async function onInteraction(ctx: DeskContext, interaction: Interaction): Promise<void> {
  if (interaction.guildId !== ctx.config.guildId) return;
  const staff = staffFromMember(ctx, interaction.user.id, interaction.member);
  const user = interaction.user.id;
  if (interaction.isAutocomplete()) {
    // Past the bound, no suggestions: Discord shows "Loading options failed" and the user can type the reference.
    const suggesting = ctx.gate.tryRun(user, () => suggestCases(ctx, interaction, staff));
    if (suggesting) await suggesting;
    else ctx.shedding.interaction();
    return;
  }
  // One replayed after a reconnect was answered the first time; Discord refuses a second answer.
  if (!ctx.seen.add(interaction.id)) return;
  if (!interaction.isRepliable()) return;
  const work = ctx.gate.tryRun(user, () => handleInteraction(ctx, interaction, staff));
  if (work) await work;
  else await answerBusy(ctx, interaction);
}

/** Past the bound: an ephemeral "busy, try again" at once, and nothing of the interaction is recorded. */
async function answerBusy(ctx: DeskContext, interaction: RepliableInteraction): Promise<void> {
  ctx.shedding.interaction();
  try {
    await interaction.reply({ content: NOTICE.busy, flags: MessageFlags.Ephemeral });
  } catch (error) {
    ctx.log.warn({ err: error, interaction: interaction.id }, 'could not tell the user that the desk is busy');
  }
}

async function handleInteraction(ctx: DeskContext, interaction: RepliableInteraction, staff: boolean | null): Promise<void> {
  try {
    if (interaction.isChatInputCommand()) {
      if (interaction.commandName === 'rma') await rmaCommand(ctx, interaction, staff);
    } else if (interaction.isButton()) {
      if (interaction.customId === OPEN_CLAIM_ID) await openClaim(ctx, interaction, staff);
      else await caseButton(ctx, interaction, staff);
    } else if (interaction.isModalSubmit()) {
      await caseModalSubmit(ctx, interaction);
    }
  } catch (error) {
    // Answered already (by this bot in another process, before a redelivery): the work is theirs.
    if (
      error instanceof DiscordAPIError &&
      error.code === RESTJSONErrorCodes.InteractionHasAlreadyBeenAcknowledged &&
      !interaction.deferred &&
      !interaction.replied
    ) {
      ctx.log.info({ interaction: interaction.id }, 'interaction was already acknowledged; not handled again');
      return;
    }
    ctx.log.error({ err: error, interaction: interaction.id, user: interaction.user.id }, 'a Discord interaction failed');
    await answerFailure(ctx, interaction);
  }
}

/** Runs an interaction through the desk and posts what it said, in the user's queue. */
async function handleAndPost(
  ctx: DeskContext,
  interaction: RepliableInteraction,
  what: Pick<Inbound, 'command' | 'caseRef' | 'action' | 'actionText'>,
  staff: boolean | null,
): Promise<{ result: HandleResult; privateReplies: Outbound[] }> {
  const user = interaction.user.id;
  return ctx.queue.run(user, async () => {
    const result = await ctx.desk.handle({
      platform: PLATFORM,
      eventId: interaction.id,
      at: instantOf(interaction.createdTimestamp),
      user,
      staff: staff ?? (await ctx.staff.isStaff(user)),
      thread: interaction.channelId,
      ...what,
    });
    return { result, privateReplies: await postCaseMessages(ctx, result.messages) };
  });
}

/** What the user who ran a command reads: the private reply, else what the case said to their side. */
function commandAnswer(result: HandleResult, privateReplies: Outbound[], staff: boolean | null, user: string): string {
  if (privateReplies.length > 0) return privateReplies.map((m) => m.text).join('\n\n');
  if (result.duplicate) return NOTICE.alreadyDone;
  const theirs = result.messages.filter((m) => (staff ? m.to === 'staff' : m.to === 'customer' && m.user === user));
  return theirs.length > 0 ? theirs.map((m) => plainText(m)).join('\n\n') : NOTICE.done;
}

async function rmaCommand(ctx: DeskContext, interaction: ChatInputCommandInteraction, staff: boolean | null): Promise<void> {
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const user = interaction.user.id;
  const command = commandLine(interaction.options.getSubcommand(), (name) => interaction.options.getString(name));
  const { result, privateReplies } = await handleAndPost(ctx, interaction, { command }, staff);
  await answerPrivately(interaction, commandAnswer(result, privateReplies, staff, user), true);
}

async function caseButton(ctx: DeskContext, interaction: ButtonInteraction, staff: boolean | null): Promise<void> {
  const control = parseCaseButtonId(interaction.customId);
  if (!control) {
    await interaction.reply({ content: NOTICE.staleButton, flags: MessageFlags.Ephemeral });
    return;
  }
  // The modal must be the first answer, so it cannot wait for the case; the service checks again on submit.
  if ((control.action === 'deny' || control.action === 'request_info') && staff) {
    await interaction.showModal(caseModal(control.action, control.caseRef));
    return;
  }
  await interaction.deferUpdate();
  await act(ctx, interaction, control, undefined, staff);
}

async function caseModalSubmit(ctx: DeskContext, interaction: ModalSubmitInteraction): Promise<void> {
  const control = parseCaseModalId(interaction.customId);
  if (!control) {
    await interaction.reply({ content: NOTICE.staleButton, flags: MessageFlags.Ephemeral });
    return;
  }
  const text = interaction.fields.getTextInputValue(MODAL_TEXT_ID);
  if (interaction.isFromMessage()) await interaction.deferUpdate();
  else await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  await act(ctx, interaction, control, text, staffFromMember(ctx, interaction.user.id, interaction.member));
}

/** A case button (or its modal): the action goes to the service; the buttons used are then retired. */
async function act(
  ctx: DeskContext,
  interaction: ButtonInteraction | ModalSubmitInteraction,
  control: CaseControl,
  actionText: string | undefined,
  staff: boolean | null,
): Promise<void> {
  const user = interaction.user.id;
  const { result, privateReplies } = await handleAndPost(
    ctx,
    interaction,
    { caseRef: control.caseRef, action: control.action, actionText },
    staff,
  );
  const onMessage = interaction.message !== null && (interaction.isButton() || interaction.isFromMessage());
  if (result.ok && !result.duplicate && onMessage && interaction.message) {
    const content = `${interaction.message.content}\n${outcomeLine(control.action, user)}`;
    try {
      await interaction.editReply({
        ...(content.length <= MESSAGE_LIMIT ? { content } : {}),
        components: [],
        allowedMentions: NO_MENTIONS,
      });
    } catch (error) {
      ctx.log.warn({ err: error, caseRef: control.caseRef }, 'could not retire the buttons of a used message');
    }
  }
  if (privateReplies.length > 0) await answerPrivately(interaction, privateReplies.map((m) => m.text).join('\n\n'), !onMessage);
  else if (!onMessage) await answerPrivately(interaction, NOTICE.done, true);
}
