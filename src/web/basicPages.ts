// A case's desk page (the staff report that `/rma show` gives, with the audit trail and the actions).
// The queue is queueQuery.ts (its data) and queuePage.ts (its markup).
import type { Db } from '../store/database.ts';
import { actionForms, offeredActions } from './caseActions.ts';
import { renderCase } from './casePage.ts';
import { loadCaseView } from './caseView.ts';
import { html, type SafeHtml } from './html.ts';

export async function caseBody(
  db: Db,
  ref: string,
  options: { csrf: string; done: string | null; refused: string | null; now: string; timeZone: string },
): Promise<SafeHtml | null> {
  const view = await loadCaseView(db, ref);
  if (!view) return null;
  return html`${options.done ? html`<p class="notice" role="status">${options.done}</p>` : null}
${options.refused ? html`<p class="notice error" role="alert">${options.refused}</p>` : null}
${renderCase(view, {
  now: options.now,
  timeZone: options.timeZone,
  before: actionForms(view.summary.ref, options.csrf, offeredActions(view.snapshot, options.now)),
})}`;
}
