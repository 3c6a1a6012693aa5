// What staff can do to a case from its page: each form becomes the `/rma` command a staffer would type,
// handled by the same case service with the same rules (a refusal is the same refusal). Each form
// carries an id of its own: pressing twice (or a replayed POST) is one event.
import { randomBytes } from 'node:crypto';
import { html, type SafeHtml } from './html.ts';
import { DESK_BASE } from './layout.ts';

export const ACTIONS = [
  'approve',
  'deny',
  'info',
  'reply',
  'note',
  'cost',
  'approve-cost',
  'review',
  'received',
  'resolve',
  'reopen',
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

/** The actions section of a case page: every form posts to the case's action route with the CSRF token. */
export function actionForms(ref: string, csrf: string): SafeHtml {
  const action = `${DESK_BASE}/cases/${encodeURIComponent(ref)}/act`;
  const hidden = (name: ActionName) =>
    html`<input type="hidden" name="csrf" value="${csrf}"><input type="hidden" name="form" value="${newFormId()}"><input type="hidden" name="action" value="${name}">`;
  const button = (name: ActionName, label: string) =>
    html`<form method="post" action="${action}">${hidden(name)}<button type="submit">${label}</button></form>`;
  const withText = (name: ActionName, label: string, field: string) => html`<form method="post" action="${action}">${hidden(name)}
<label>${field}<textarea name="text" rows="2" cols="50" required maxlength="${MAX_TEXT}"></textarea></label><button type="submit">${label}</button></form>`;
  return html`<section id="case-actions" aria-labelledby="actions-heading">
<h2 id="actions-heading">Actions</h2>
<div class="actions">
${button('approve', 'Approve and issue the RMA')}
${button('review', 'Take to review now')}
${button('received', 'Parcel received')}
${button('approve-cost', 'Approve cost above the cap')}
${button('reopen', 'Reopen')}
</div>
${withText('deny', 'Deny', 'Reason the customer will read')}
${withText('info', 'Ask for information', 'What the customer should send')}
${withText('reply', 'Reply to the customer', 'Reply (posted in their case thread)')}
${withText('note', 'Add note', 'Staff-only note')}
<form method="post" action="${action}">${hidden('cost')}
<label>Amount (USD)<input name="amount" inputmode="decimal" pattern="\\d{1,6}(\\.\\d{1,2})?" required size="8"></label>
<label>For<input name="text" required maxlength="200" placeholder="return shipping"></label><button type="submit">Record cost</button></form>
<form method="post" action="${action}">${hidden('resolve')}
<label>Resolution<select name="resolution">${RESOLUTIONS.map((r) => html`<option value="${r}">${r}</option>`)}</select></label><button type="submit">Resolve</button></form>
</section>`;
}
