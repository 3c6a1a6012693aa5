// Who may use the web desk: a session cookie (set after a sign-in), re-checked against the staffer's
// platform every 10 minutes, and a CSRF token on every form. The cookie holds a random token; the
// database only its hash (deskSessionStore.ts).
import { timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { Logger } from 'pino';
import type { Db } from '../store/database.ts';
import {
  auditDesk,
  createSession,
  findSession,
  markSessionChecked,
  revokeSessionsOf,
  type DeskSession,
  type StaffIdentity,
} from '../store/deskSessionStore.ts';
import { DESK_BASE } from './layout.ts';

export const SESSION_COOKIE = 'rma_desk_session';
/** A session lasts a working day; then the staffer signs in again. */
export const SESSION_MS = 12 * 3_600_000;
/** A staffer removed from the staff list or role loses the desk within this long. */
export const STANDING_CHECK_MS = 10 * 60_000;

/** Whether the identity is staff on its platform now (Slack user list or group, Discord role, console staff). */
export type StaffCheck = (staff: StaffIdentity) => Promise<boolean>;

export interface AuthDeps {
  db: Db;
  staffCheck: StaffCheck;
  /** https: the cookie is Secure. */
  secureCookies: boolean;
  now: () => Date;
  log?: Logger | undefined;
}

export type DeskEnv = { Variables: { session: DeskSession; secureHeadersNonce?: string } };

/** Signs the staffer in: a new session, its cookie, and the sign-in in the desk's audit trail. */
export async function signIn(c: Context, deps: AuthDeps, staff: StaffIdentity, how: string): Promise<void> {
  const now = deps.now();
  const { token } = await createSession(deps.db, staff, now, SESSION_MS);
  setCookie(c, SESSION_COOKIE, token, {
    path: DESK_BASE,
    httpOnly: true,
    secure: deps.secureCookies,
    sameSite: 'Lax',
    maxAge: SESSION_MS / 1000,
  });
  await auditDesk(deps.db, { at: now, staff, action: 'sign_in', detail: { how } });
  deps.log?.info({ staff: `${staff.platform}:${staff.id}`, how }, 'web desk sign-in');
}

export function clearSessionCookie(c: Context, deps: Pick<AuthDeps, 'secureCookies'>): void {
  deleteCookie(c, SESSION_COOKIE, { path: DESK_BASE, secure: deps.secureCookies, httpOnly: true, sameSite: 'Lax' });
}

/**
 * Lets a request on only with a live session of someone who is still staff; pages send the others to
 * the sign-in page, forms and feeds get 401. The standing is re-checked when the last check is older
 * than STANDING_CHECK_MS; someone no longer staff loses every session at once.
 */
export function requireStaff(deps: AuthDeps): MiddlewareHandler<DeskEnv> {
  return async (c, next) => {
    const token = getCookie(c, SESSION_COOKIE);
    const now = deps.now();
    const session = token ? await findSession(deps.db, token, now) : null;
    if (!token || !session) return refuse(c, 'signed-out');
    if (now.getTime() - Date.parse(session.checkedAt) >= STANDING_CHECK_MS) {
      if (!(await deps.staffCheck(session.staff))) {
        await revokeSessionsOf(deps.db, session.staff, now);
        await auditDesk(deps.db, { at: now, staff: session.staff, action: 'standing_lost' });
        deps.log?.warn({ staff: `${session.staff.platform}:${session.staff.id}` }, 'web desk: no longer staff; signed out');
        clearSessionCookie(c, deps);
        return refuse(c, 'not-staff');
      }
      await markSessionChecked(deps.db, token, now);
    }
    c.set('session', session);
    await next();
  };
}

function refuse(c: Context, why: 'signed-out' | 'not-staff'): Response {
  if (c.req.method === 'GET' && !c.req.header('accept')?.includes('text/event-stream')) {
    return c.redirect(`${DESK_BASE}/sign-in?why=${why}`, 303);
  }
  return c.text('Sign in again: your desk session has ended.', 401);
}

/**
 * Every form posts the session's CSRF token, and a browser's Origin (when sent) must be the desk's
 * own: a page elsewhere cannot make a signed-in staffer's browser act.
 */
export function requireCsrf(publicOrigin: string | null): MiddlewareHandler<DeskEnv> {
  return async (c, next) => {
    if (fromAnotherSite(c, publicOrigin)) return c.text('This form came from another site.', 403);
    const body = await c.req.parseBody();
    const sent = typeof body.csrf === 'string' ? body.csrf : '';
    if (!sameToken(sent, c.get('session').csrf)) return c.text('This form has expired. Reload the page and try again.', 403);
    await next();
  };
}

/** A browser's Origin (when it sends one) that is neither this request's nor PUBLIC_URL's. */
export function fromAnotherSite(c: Context, publicOrigin: string | null): boolean {
  const origin = c.req.header('origin');
  return Boolean(origin) && origin !== new URL(c.req.url).origin && origin !== publicOrigin;
}

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
