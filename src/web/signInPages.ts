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
  cancelled: 'Sign-in was cancelled. Choose a way to sign in below.',
  'sign-in-expired': 'That sign-in took longer than 10 minutes or began in another browser. Please try again.',
  'sign-in-failed': 'The platform did not confirm who you are. Please try again, or ask for a one-time link.',
  'provider-down': 'The platform could not be reached to sign you in. Try again in a minute, or ask for a one-time link.',
  'other-workspace': "That Slack account belongs to another workspace. Sign in with your account in the seller's workspace.",
  'platform-not-staff':
    'You signed in, but you are not on the staff list (the Slack staff users or group, or the Discord staff role). Ask an admin to add you.',
};

const PLATFORM_NAMES = { slack: 'Slack', discord: 'Discord' } as const;

/** The sign-in page: the platform buttons configured (`offered`), and how to get a one-time link. */
export function signInBody(why: string | undefined, offered: ReadonlyArray<keyof typeof PLATFORM_NAMES> = []): SafeHtml {
  const message = why ? WHY[why] : undefined;
  return html`<h1>Sign in to the returns desk</h1>
    ${message ? html`<p class="notice${why === 'signed-off' ? '' : ' error'}" role="status">${message}</p>` : null}
    ${
      offered.length > 0
        ? html`<ul class="sign-in-buttons">
          ${offered.map((p) => html`<li><a class="button" href="${DESK_BASE}/sign-in/${p}">Sign in with ${PLATFORM_NAMES[p]}</a></li>`)}
        </ul>`
        : null
    }
    <p>
      The desk is for the seller's staff. ${offered.length > 0 ? 'Another way in:' : 'To sign in,'} ask for a one-time link: on the machine running the bot,
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
