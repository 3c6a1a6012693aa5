// Outbound messages as Discord message bodies: the text escaped (customer words reach staff and the
// thread verbatim, so Markdown in them must not format and mentions in them must never ping),
// split to Discord's 2000-character limit, with the offered actions as buttons.
import {
  ButtonStyle,
  ComponentType,
  escapeMarkdown,
  MessageFlags,
  type APIActionRowComponent,
  type APIAllowedMentions,
  type APIButtonComponentWithCustomId,
  type RESTPostAPIChannelMessageJSONBody,
} from 'discord.js';
import { quoteLines, type Action, type Outbound } from '../../service/messages.ts';
import { caseButtonId } from './customIds.ts';

/** Nothing the bot posts pings anyone: not @everyone/@here, not roles, not users. */
export const NO_MENTIONS: APIAllowedMentions = { parse: [] };
export const MESSAGE_LIMIT = 2000;

/**
 * The opening of Discord's live forms: `<@id>`, `<@!id>`, `<@&role>`, `<#channel>`, `</cmd:id>`,
 * `<:emoji:id>`, `<a:emoji:id>`, `<t:…>` timestamps, `<id:customize>` guild links, `<sound:…>`.
 */
const LIVE_FORM = /<(?=[#@/:]|(?:t|a|id|sound):)/g;

/**
 * Shows `text` as typed: no bold, headings, lists, quotes, masked links or code formatting, and no
 * live mention forms (users, roles, channels, slash commands, timestamps, custom emoji), which
 * escapeMarkdown leaves alone; a backslash before the `<` shows them as written.
 */
export function escapeText(text: string): string {
  const escaped = escapeMarkdown(text, { heading: true, bulletedList: true, maskedLink: true });
  // escapeMarkdown leaves block quotes and `-#` subtext at the start of a line alone.
  return escaped.replace(/^([ \t]*)(>|-#)/gm, '$1\\$2').replace(LIVE_FORM, '\\<');
}

/** The customer's words as a Discord block quote: every line quoted, so none can stand as the bot's. */
export function blockQuote(words: string): string {
  return quoteLines(words)
    .split('\n')
    .map((line) => (line === '>' ? '>' : `> ${escapeText(line.slice(2))}`))
    .join('\n');
}

/** Text that now starts a line, with what would format there (heading, list, quote) shown as typed. */
function lineStartEscaped(text: string): string {
  return text.replace(/^(\d+)\./, '$1\\.').replace(/^[#\-*+>]/, '\\$&');
}

/** Splits at line breaks (or spaces) so that every piece fits in one Discord message. */
export function splitContent(text: string, limit = MESSAGE_LIMIT): string[] {
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > limit) {
    let cut = rest.lastIndexOf('\n', limit);
    if (cut < limit / 2) cut = rest.lastIndexOf(' ', limit);
    if (cut < limit / 2) cut = limit;
    // Never leave an escaping backslash at the end of a piece, away from the character it escapes: an
    // odd run of backslashes ends in one (an even run is escaped backslashes, whole).
    let run = 0;
    while (run < cut && rest[cut - 1 - run] === '\\') run++;
    if (run % 2 === 1) cut--;
    // A quoted line cut in two goes on quoted: the customer's words never continue outside the quote.
    const midQuotedLine = rest[cut - 1] !== '\n' && rest[cut] !== '\n' && rest[rest.lastIndexOf('\n', cut - 1) + 1] === '>';
    pieces.push(rest.slice(0, cut));
    rest = rest.slice(cut).replace(/^\n/, '');
    if (midQuotedLine) rest = `> ${lineStartEscaped(rest.replace(/^ /, ''))}`;
  }
  if (rest.length > 0 || pieces.length === 0) pieces.push(rest);
  return pieces;
}

const STYLE: Record<NonNullable<Action['style']> | 'default', ButtonStyle.Primary | ButtonStyle.Danger | ButtonStyle.Secondary> = {
  primary: ButtonStyle.Primary,
  danger: ButtonStyle.Danger,
  default: ButtonStyle.Secondary,
};

export function actionRow(caseRef: string, actions: Action[]): APIActionRowComponent<APIButtonComponentWithCustomId> {
  return {
    type: ComponentType.ActionRow,
    components: actions.slice(0, 5).map((a) => ({
      type: ComponentType.Button,
      custom_id: caseButtonId(a.id, caseRef),
      label: a.label.slice(0, 80),
      style: STYLE[a.style ?? 'default'],
    })),
  };
}

/** The message body (or bodies, for long texts) that shows `m` in a channel; buttons go on the last. */
export function renderOutbound(m: Outbound): RESTPostAPIChannelMessageJSONBody[] {
  let content = escapeText(m.text);
  if (m.quote) content += `\n${blockQuote(m.quote)}`;
  // Staff read cases in the staff channel; a link takes them to the customer's private thread.
  if (m.to === 'staff' && m.user === null && m.thread) content += `\nCase thread: <#${m.thread}>`;
  const pieces = splitContent(content);
  return pieces.map((piece, i) => ({
    content: piece,
    allowed_mentions: NO_MENTIONS,
    // No link previews: a customer's link is shown, never unfurled.
    flags: MessageFlags.SuppressEmbeds,
    ...(i === pieces.length - 1 && m.case && m.actions.length > 0 ? { components: [actionRow(m.case, m.actions)] } : {}),
  }));
}

const OUTCOME: Record<string, string> = {
  approve: 'Approved',
  deny: 'Denied',
  request_info: 'Information requested',
  fixed: 'Answered: that fixed it',
  still_failing: 'Answered: still failing',
  cancel: 'Claim cancelled',
  confirm_cancel: 'Claim cancelled',
  keep: 'Kept open',
};

/** The line added to a message whose buttons were used, saying what was done and by whom. */
export function outcomeLine(action: string, user: string): string {
  return `→ ${OUTCOME[action] ?? action} by <@${user}>`;
}

/** A private answer in a channel (for events that cannot be answered ephemerally), as a reply. */
export function renderReply(text: string, replyTo?: string): RESTPostAPIChannelMessageJSONBody[] {
  return splitContent(escapeText(text)).map((piece, i) => ({
    content: piece,
    allowed_mentions: NO_MENTIONS,
    flags: MessageFlags.SuppressEmbeds,
    ...(i === 0 && replyTo ? { message_reference: { message_id: replyTo, fail_if_not_exists: false } } : {}),
  }));
}
