// What staff can do to a case from its page: each form becomes the `/rma` command a staffer would type,
// handled by the same case service with the same rules (a refusal is the same refusal). Each form
// carries an id of its own: pressing twice (or a replayed POST) is one event. The page offers only the
// actions the case takes now: each action's command is turned into its case event, as the service does,
// and the case machine is asked whether it would take it (its transitions and their guards).
import { randomBytes } from 'node:crypto';
import { statesAccepting } from '../case/acceptedEvents.ts';
import { CASE_STATES, isOpen, stateOf, type CaseSnapshot, type CaseState } from '../case/caseState.ts';
import { eventsTaken } from '../case/eventsTaken.ts';
import type { CaseContext, CaseEvent } from '../case/types.ts';
import { COMMAND_EVENT, commandEvent, parseCommand, type CaseCommand } from '../chat/commands.ts';
import { formatUsd } from '../policy/costs.ts';
import { html, type SafeHtml } from './html.ts';
import { DESK_BASE } from './layout.ts';

/** The desk's actions, in the order a page offers them: the step that moves the case on first. */
export const ACTIONS = [
  'approve',
  'received',
  'resolve',
  'approve-cost',
  'reopen',
  'deny',
  'info',
  'cost',
  'reply',
  'note',
  'review',
] as const;
export type ActionName = (typeof ACTIONS)[number];

const RESOLUTIONS = ['replacement', 'repair', 'refund'] as const;
/** Free text a form may send: what a chat message may hold, on one command line. */
const MAX_TEXT = 2_000;

export type ActionForm = Record<string, string | undefined>;

/** The `/rma` command line of a submitted form, or what is wrong with it (said to the staffer). */
export function actionCommand(ref: string, form: ActionForm): { command: string } | { problem: string } {
  const action = form.action as ActionName | undefined;
  if (!action || !ACTIONS.includes(action)) return { problem: 'That action is not one the desk knows.' };
  const text = oneLine(form.text ?? '');
  if (text.length > MAX_TEXT) return { problem: `Please keep it under ${MAX_TEXT} characters.` };
  switch (action) {
    case 'deny':
    case 'info':
    case 'reply':
    case 'note':
      if (!text) return { problem: action === 'deny' ? 'Write the reason the customer will read.' : 'Write the text first.' };
      return { command: `/rma ${action} ${ref} ${text}` };
    case 'cost': {
      const amount = (form.amount ?? '').trim();
      if (!/^\d{1,6}(?:\.\d{1,2})?$/.test(amount)) return { problem: 'Write the amount in US dollars, such as 42.50.' };
      if (!text) return { problem: 'Say what the cost is for, such as "return shipping".' };
      return { command: `/rma cost ${ref} ${amount} ${text}` };
    }
    case 'resolve': {
      const how = form.resolution as (typeof RESOLUTIONS)[number] | undefined;
      if (!how || !RESOLUTIONS.includes(how)) return { problem: 'Choose replacement, repair or refund.' };
      return { command: `/rma resolve ${ref} ${how}` };
    }
    default:
      return { command: `/rma ${action} ${ref}` };
  }
}

/** Line breaks and tabs become spaces: a command is one line. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A new form id: the platform event id of what the form does (`desk:<id>`). */
export function newFormId(): string {
  return randomBytes(12).toString('base64url');
}

/** A filled-in form of each action: what the machine is asked about (its guards read the case, not the text). */
const SAMPLE_FORMS: Record<ActionName, ActionForm> = {
  approve: {},
  received: {},
  resolve: { resolution: 'replacement' },
  'approve-cost': {},
  reopen: {},
  deny: { text: 'reason' },
  info: { text: 'what to send' },
  cost: { amount: '1.00', text: 'return shipping' },
  reply: { text: 'reply' },
  note: { text: 'note' },
  review: {},
};

/** The case event a form of `action` sends: its `/rma` line, parsed and turned into an event as the service does. */
function sampleEvent(ref: string, action: ActionName, at: string): CaseEvent {
  const built = actionCommand(ref, { action, ...SAMPLE_FORMS[action] });
  if ('problem' in built) throw new Error(`the sample form of ${action} is refused: ${built.problem}`);
  return commandEvent(parseCommand(built.command) as CaseCommand, at, 'desk');
}

/** What a case page offers: the actions the case takes now, and why some are not there. */
export interface ActionOffer {
  /** Most likely next first (the order of ACTIONS). */
  offered: ActionName[];
  /** Short sentences for the staffer: when an action that is not offered will be. */
  whyNot: string[];
}

/** The actions the case, as stored, takes now: the machine's answer for each action's event at `at`. */
export function offeredActions(snapshot: CaseSnapshot, at: string): ActionOffer {
  const taken = eventsTaken(
    snapshot,
    ACTIONS.map((action) => sampleEvent(snapshot.context.ref, action, at)),
  );
  const offered = ACTIONS.filter((_, i) => taken[i]);
  return { offered, whyNot: whyNot(stateOf(snapshot), offered, snapshot.context) };
}

/** The actions worth a word when a later step of the case offers them. */
const ANNOUNCED: Partial<Record<ActionName, string>> = {
  approve: 'approve',
  received: 'parcel received',
  resolve: 'resolve',
  deny: 'deny',
  info: 'ask for information',
  cost: 'record a cost',
};

/** When a case reaches a state, as the sentence "… is offered once …" ends. */
const ONCE: Partial<Record<CaseState, string>> = {
  review: 'once the case is in review',
  awaiting_return: 'once the RMA is issued',
  in_transit: 'once the parcel is on its way',
  inspection: 'once the parcel is received',
};

function whyNot(state: CaseState, offered: readonly ActionName[], context: CaseContext): string[] {
  const lines: string[] = [];
  // The next step's actions: those that the nearest later open state takes (read from the machine).
  if (isOpen(state)) {
    const here = CASE_STATES.indexOf(state);
    const later = (Object.keys(ANNOUNCED) as ActionName[])
      .filter((action) => !offered.includes(action))
      .map((action) => ({
        action,
        at: statesAccepting(COMMAND_EVENT[action]!).find((s) => isOpen(s) && CASE_STATES.indexOf(s) > here),
      }))
      .filter((a): a is { action: ActionName; at: CaseState } => a.at !== undefined);
    const next = later.map((a) => a.at).sort((a, b) => CASE_STATES.indexOf(a) - CASE_STATES.indexOf(b))[0];
    const once = next ? ONCE[next] : undefined;
    if (next && once) {
      const names = later.filter((a) => a.at === next).map((a) => ANNOUNCED[a.action]!);
      lines.push(`${capitalized(listed(names))} ${names.length === 1 ? 'is' : 'are'} offered ${once}.`);
    }
  }
  // Costs are taken but none waits for a written approval.
  if (offered.includes('cost') && !offered.includes('approve-cost')) {
    lines.push(
      `Approve cost above the cap is offered when costs over the ${formatUsd(context.policy.costCapCents)} cap wait for approval.`,
    );
  }
  return lines;
}

/** `a`, `a and b`, `a, b and c`. */
function listed(words: string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const BUTTONS: Partial<Record<ActionName, string>> = {
  approve: 'Approve and issue the RMA',
  received: 'Parcel received',
  'approve-cost': 'Approve cost above the cap',
  reopen: 'Reopen',
  review: 'Take to review now',
};

const TEXT_FORMS: Partial<Record<ActionName, { label: string; field: string }>> = {
  deny: { label: 'Deny', field: 'Reason the customer will read' },
  info: { label: 'Ask for information', field: 'What the customer should send' },
  reply: { label: 'Reply to the customer', field: 'Reply (posted in their case thread)' },
  note: { label: 'Add note', field: 'Staff-only note' },
};

/**
 * The actions section of a case page: the offered actions' forms, most likely next first (buttons side
 * by side), then why some are not there. Every form posts to the case's action route with the CSRF token.
 */
export function actionForms(ref: string, csrf: string, offer: ActionOffer): SafeHtml {
  const action = `${DESK_BASE}/cases/${encodeURIComponent(ref)}/act`;
  const hidden = (name: ActionName) =>
    html`<input type="hidden" name="csrf" value="${csrf}"><input type="hidden" name="form" value="${newFormId()}"><input type="hidden" name="action" value="${name}">`;
  const form = (name: ActionName): SafeHtml => {
    const button = BUTTONS[name];
    if (button) return html`<form method="post" action="${action}">${hidden(name)}<button type="submit">${button}</button></form>`;
    const text = TEXT_FORMS[name];
    if (text)
      return html`<form method="post" action="${action}">${hidden(name)}
<label>${text.field}<textarea name="text" rows="2" cols="50" required maxlength="${MAX_TEXT}"></textarea></label><button type="submit">${text.label}</button></form>`;
    if (name === 'cost')
      return html`<form method="post" action="${action}">${hidden('cost')}
<label>Amount (USD)<input name="amount" inputmode="decimal" pattern="\\d{1,6}(\\.\\d{1,2})?" required size="8"></label>
<label>For<input name="text" required maxlength="200" placeholder="return shipping"></label><button type="submit">Record cost</button></form>`;
    if (name !== 'resolve') throw new Error(`no form for the action ${name}`);
    return html`<form method="post" action="${action}">${hidden('resolve')}
<label>Resolution<select name="resolution">${RESOLUTIONS.map((r) => html`<option value="${r}">${r}</option>`)}</select></label><button type="submit">Resolve</button></form>`;
  };
  // Consecutive buttons share a row.
  const rows: ActionName[][] = [];
  for (const name of offer.offered) {
    const last = rows.at(-1);
    if (last && BUTTONS[name] && BUTTONS[last[0]!]) last.push(name);
    else rows.push([name]);
  }
  return html`<section id="case-actions" aria-labelledby="actions-heading">
<h2 id="actions-heading">Actions</h2>
${rows.map((row) => (BUTTONS[row[0]!] ? html`<div class="actions">${row.map(form)}</div>\n` : html`${form(row[0]!)}\n`))}${offer.whyNot.map((line) => html`<p class="muted">${line}</p>\n`)}</section>`;
}
