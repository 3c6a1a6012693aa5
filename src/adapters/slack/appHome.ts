// The bot's App Home tab. Staff see the open cases grouped by state, oldest first, each linked to its
// thread; anyone else sees only their own open case, never other customers'.
import type { types } from '@slack/bolt';
import { CASE_STATES, CLOSED_STATES, type CaseSummary } from '../../service/messages.ts';
import { chunkText } from './outboundBlocks.ts';
import { escapeSlack, messageLink, parseThreadKey } from './slackText.ts';

type KnownBlock = types.KnownBlock;

// A home view holds at most 100 blocks.
const MAX_BLOCKS = 100;
const STATE_LABEL: Record<string, string> = {
  intake: 'Intake (customer is answering)',
  troubleshooting: 'Troubleshooting',
  review: 'Needs review',
  awaiting_return: 'Approved, awaiting the return',
  in_transit: 'In transit',
  inspection: 'Inspection',
};

function caseLink(row: CaseSummary, workspaceUrl: string | null): string {
  const thread = row.platform === 'slack' ? parseThreadKey(row.thread) : null;
  return thread && workspaceUrl ? `<${messageLink(workspaceUrl, thread.channel, thread.ts)}|${row.ref}>` : row.ref;
}

function caseLine(row: CaseSummary, workspaceUrl: string | null): string {
  // Cases from other platforms are listed too; only Slack ids become mentions.
  const customer =
    row.platform === 'slack' && /^[UW][A-Z0-9]+$/.test(row.customer)
      ? `<@${row.customer}>`
      : escapeSlack(`${row.platform}:${row.customer}`);
  const order = row.orderNumber ? ` · order ${escapeSlack(row.orderNumber)}` : '';
  const rma = row.rma ? ` · ${escapeSlack(row.rma)}` : '';
  return `*${caseLink(row, workspaceUrl)}* · ${customer}${order}${rma} · opened ${row.openedAt.slice(0, 10)}`;
}

export function staffHomeView(rows: CaseSummary[], workspaceUrl: string | null, updatedAt: string): types.HomeView {
  const blocks: KnownBlock[] = [
    { type: 'header', text: { type: 'plain_text', text: 'Open RMA cases' } },
    {
      type: 'context',
      elements: [
        {
          type: 'mrkdwn',
          text: `${rows.length} open, oldest first · updated ${updatedAt.slice(0, 16).replace('T', ' ')} UTC · act with \`/rma\` or the buttons in the staff channel`,
        },
      ],
    },
  ];
  const open = CASE_STATES.filter((s) => !CLOSED_STATES.has(s));
  for (const state of open) {
    const inState = rows.filter((r) => r.state === state);
    if (inState.length === 0) continue;
    blocks.push({ type: 'divider' });
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: `*${STATE_LABEL[state] ?? state}* (${inState.length})` } });
    for (const chunk of chunkText(inState.map((r) => caseLine(r, workspaceUrl)).join('\n'))) {
      blocks.push({ type: 'section', text: { type: 'mrkdwn', text: chunk } });
    }
  }
  if (rows.length === 0) blocks.push({ type: 'section', text: { type: 'mrkdwn', text: 'No open cases.' } });
  if (blocks.length > MAX_BLOCKS) {
    blocks.length = MAX_BLOCKS - 1;
    blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: 'More cases than fit here: `/rma list` shows them all.' }] });
  }
  return { type: 'home', blocks };
}

export function customerHomeView(own: CaseSummary | undefined, workspaceUrl: string | null): types.HomeView {
  const text = own
    ? `Your open claim is *${caseLink(own, workspaceUrl)}* (${STATE_LABEL[own.state] ?? own.state}). Continue in its thread.`
    : 'To open a DOA or warranty claim, write in the support channel or send me a direct message with your order number.';
  return {
    type: 'home',
    blocks: [
      { type: 'header', text: { type: 'plain_text', text: 'Returns & warranty desk' } },
      { type: 'section', text: { type: 'mrkdwn', text } },
      { type: 'context', elements: [{ type: 'mrkdwn', text: '`/rma list` shows your claims; `/rma help` shows what you can do.' }] },
    ],
  };
}
