// The service's Outbound messages as Block Kit. The bot's words are plain text and may quote what a
// customer wrote, so the body goes out as `plain_text` (Slack applies no formatting and resolves no
// mentions in it) and the notification text, which Slack parses as mrkdwn, is escaped.
import type { types } from '@slack/bolt';
import { plainText, shownLines, type Expects, type Outbound } from '../../service/messages.ts';
import { escapeSlack, messageLink, parseThreadKey } from './slackText.ts';

type KnownBlock = types.KnownBlock;

export interface SlackMessage {
  text: string;
  blocks: KnownBlock[];
}

/** Buttons carry `rma_<action id>` as their action_id and the case reference as their value. */
export const ACTION_PREFIX = 'rma_';
export const ACTIONS_BLOCK_ID = 'rma_actions';

// Slack's limits: 3000 characters in a section text, 50 blocks in a message.
const SECTION_MAX = 3000;
const NOTIFICATION_MAX = 3000;
const MAX_BODY_SECTIONS = 40;
const MAX_QUOTE_BLOCKS = 5;

const PROMPT: Record<Exclude<Expects, null>, string> = {
  order_number: ':speech_balloon: Reply in this thread with your order number.',
  item: ':speech_balloon: Reply in this thread with the item number or part number.',
  serial_number: ':speech_balloon: Reply in this thread with the serial number.',
  serial_photo: ':paperclip: Attach the photo in this thread: drag it in, or use the + button.',
  install_photo: ':paperclip: Attach the photo in this thread: drag it in, or use the + button.',
  fault_description: ':speech_balloon: Reply in this thread with a description of the fault.',
  evidence: ':paperclip: Attach files in this thread, or paste the output as text.',
  troubleshooting: ':point_down: Use a button below, or reply "fixed" or "still failing".',
  tracking_number: ':speech_balloon: Reply in this thread with the tracking number.',
  confirm_cancel: ':point_down: Use a button below, or reply "yes" or "no".',
};

/** Splits text into pieces Slack accepts, at line breaks where possible. */
export function chunkText(text: string, max = SECTION_MAX): string[] {
  const chunks: string[] = [];
  let current = '';
  for (const line of text.split('\n')) {
    const pieces = line.length > max ? (line.match(new RegExp(`[\\s\\S]{1,${max}}`, 'g')) ?? []) : [line];
    for (const piece of pieces) {
      const joined = current === '' ? piece : `${current}\n${piece}`;
      if (joined.length > max) {
        chunks.push(current);
        current = piece;
      } else current = joined;
    }
  }
  if (current.trim() !== '') chunks.push(current);
  return chunks.length > 0 ? chunks : [' '];
}

function plainSections(text: string): KnownBlock[] {
  const chunks = chunkText(text);
  const kept = chunks.slice(0, MAX_BODY_SECTIONS);
  if (chunks.length > kept.length) kept.push('… (cut: the message is longer than Slack shows; /rma show has the full case)');
  return kept.map((chunk) => ({ type: 'section', text: { type: 'plain_text', text: chunk, emoji: false } }));
}

export function notificationText(text: string): string {
  const short = text.length > NOTIFICATION_MAX ? `${text.slice(0, NOTIFICATION_MAX - 1)}…` : text;
  return escapeSlack(short);
}

export interface RenderOptions {
  /** `https://team.slack.com/`: staff messages then link to the customer's thread. */
  workspaceUrl?: string | null | undefined;
}

/**
 * The customer's words as Slack's own quote block (rich_text_quote): literal text, no formatting, no
 * mentions, and set apart from the bot's words however many lines it has.
 */
export function quoteBlocks(words: string): KnownBlock[] {
  // The same lines as quoteLines gives the notification text: any break a client shows becomes `\n`
  // (stored words already have only `\n`; see cleanText), so chunks are cut at the lines staff see.
  return chunkText(shownLines(words.trim()).join('\n'))
    .slice(0, MAX_QUOTE_BLOCKS)
    .map((chunk) => ({
      type: 'rich_text',
      elements: [{ type: 'rich_text_quote', elements: [{ type: 'text', text: chunk }] }],
    }));
}

export function renderOutbound(m: Outbound, options: RenderOptions = {}): SlackMessage {
  const blocks = plainSections(m.text);
  if (m.quote) blocks.push(...quoteBlocks(m.quote));
  if (m.actions.length > 0 && m.case) {
    blocks.push({
      type: 'actions',
      block_id: ACTIONS_BLOCK_ID,
      elements: m.actions.map((a) => ({
        type: 'button',
        action_id: `${ACTION_PREFIX}${a.id}`,
        text: { type: 'plain_text', text: a.label, emoji: false },
        value: m.case!,
        ...(a.style ? { style: a.style } : {}),
      })),
    });
  }
  if (m.to === 'customer' && m.expects && !m.private) {
    blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: PROMPT[m.expects] }] });
  }
  const thread = m.platform === 'slack' ? parseThreadKey(m.thread) : null;
  if (m.to === 'staff' && !m.private && m.case && thread && options.workspaceUrl) {
    const link = messageLink(options.workspaceUrl, thread.channel, thread.ts);
    blocks.push({
      type: 'context',
      elements: [{ type: 'mrkdwn', text: `:thread: <${link}|${escapeSlack(m.case)}: the customer's thread>` }],
    });
  }
  return { text: notificationText(plainText(m)), blocks };
}

/** The plain text a reply through `respond()` or an ephemeral message shows. */
export function renderPrivate(text: string): SlackMessage {
  return { text: notificationText(text), blocks: plainSections(text) };
}

const USER_ID = /^[UW][A-Z0-9]+$/;

/** The original message's blocks with its buttons replaced by who pressed what, so nobody presses twice. */
export function answeredBlocks(original: unknown, user: string, label: string): KnownBlock[] | null {
  if (!Array.isArray(original)) return null;
  const who = USER_ID.test(user) ? `<@${user}>` : escapeSlack(user);
  let replaced = false;
  const blocks = (original as KnownBlock[]).map((block): KnownBlock => {
    if (block.type !== 'actions') return block;
    replaced = true;
    return { type: 'context', elements: [{ type: 'mrkdwn', text: `:white_check_mark: ${who} chose *${escapeSlack(label)}*` }] };
  });
  return replaced ? blocks : null;
}
