// The sign-in screens: how to get in, and the one-time link's confirmation (a button, so that a link
// preview or a mail scanner opening the URL does not use the link up).
import { html, type SafeHtml } from './html.ts';
import { DESK_BASE } from './layout.ts';

const WHY: Record<string, string> = {
  'signed-out': 'Please sign in to use the desk.',
  'not-staff': 'You are no longer on the staff list, so the desk signed you out. Ask an admin if this is wrong.',
  'signed-off': 'You are signed out.',
  'link-used': 'That sign-in link has been used or has expired. Links work once, for 10 minutes: ask for a new one.',
  'link-not-staff': 'That sign-in link is for someone who is not on the staff list now.',
};

export function signInBody(why: string | undefined): SafeHtml {
  const message = why ? WHY[why] : undefined;
  return html`<h1>Sign in to the returns desk</h1>
    ${message ? html`<p class="notice${why === 'signed-off' ? '' : ' error'}" role="status">${message}</p>` : null}
    <p>
      The desk is for the seller's staff. To sign in, ask for a one-time link: on the machine running the bot,
      <code>rma-desk desk-link --staff slack:U0123ABCD</code> (or <code>discord:…</code>, <code>console:…</code>) prints one that works
      once, for 10 minutes.
    </p>`;
}

export function confirmLinkBody(token: string): SafeHtml {
  return html`<h1>Sign in to the returns desk</h1>
    <form method="post" action="${DESK_BASE}/sign-in/link">
      <input type="hidden" name="token" value="${token}" />
      <p>This one-time link signs you in on this browser.</p>
      <button type="submit">Sign in</button>
    </form>`;
}
