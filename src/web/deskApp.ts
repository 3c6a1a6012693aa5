// The staff web desk as a Hono app under /desk: sign-in, sign-out, and the pages behind them. Every
// response carries a strict Content-Security-Policy: no script or style runs but the page's own
// (nonce), nothing is framed, forms post only to the desk.
import { Hono, type Context } from 'hono';
import { NONCE, secureHeaders } from 'hono/secure-headers';
import type { Logger } from 'pino';
import type { EvidenceStore } from '../evidence/storage.ts';
import type { Desk } from '../service/desk.ts';
import type { Db } from '../store/database.ts';
import { auditDesk, findSession, revokeSession, useSignInLink } from '../store/deskSessionStore.ts';
import { streamSSE } from 'hono/streaming';
import { CaseChanges } from './caseChanges.ts';
import { LIVE_SCRIPT } from './liveScript.ts';
import { getCookie } from 'hono/cookie';
import {
  clearSessionCookie,
  fromAnotherSite,
  requireCsrf,
  requireStaff,
  SESSION_COOKIE,
  signIn,
  type AuthDeps,
  type DeskEnv,
  type StaffCheck,
} from './deskAuth.ts';
import { html, type SafeHtml } from './html.ts';
import { caseBody } from './basicPages.ts';
import { CASE_STATES } from '../case/caseState.ts';
import { DESK_PLATFORMS } from './deskWords.ts';
import { renderQueue, renderQueueTable } from './queuePage.ts';
import { queueFilterFrom, readQueue } from './queueQuery.ts';
import { actionCommand } from './caseActions.ts';
import { serveEvidence } from './evidenceRoute.ts';
import { serveRmaDocument } from './documentRoute.ts';
import { registerReports } from './reportPages.ts';
import { DESK_BASE, page } from './layout.ts';
import { confirmLinkBody, signInBody } from './signInPages.ts';
import { offeredSignIns, registerPlatformSignIn, type PlatformSignIns } from './platformSignIn.ts';

export interface DeskWebDeps {
  db: Db;
  staffCheck: StaffCheck;
  /** `PUBLIC_URL`: where staff reach the desk (links, the Secure cookie when https). */
  publicUrl: string | null;
  /** The policy's time zone, for times on the pages. */
  timeZone: string;
  /** The evidence vault, for the files on case pages (null: none kept, e.g. the console). */
  evidenceStore?: EvidenceStore | null | undefined;
  log?: Logger | undefined;
  now?: () => Date;
  /** How often open pages are told about changed cases (default 2 s). */
  liveIntervalMs?: number;
  /** The case service, for staff actions (the same rules as `/rma`). */
  desk?: Pick<Desk, 'handle'> | undefined;
  /** Called after an action changed a case: the outbox relay posts what it produced. */
  afterChange?: (() => void) | undefined;
  /** Sign in with Slack / Discord, where configured and that platform's adapter runs here. */
  signIns?: PlatformSignIns | null | undefined;
}

/** The tab's icon: a return arrow (served by the desk: the page's CSP allows images from the desk only). */
const ICON_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><rect width="16" height="16" rx="3" fill="#0b5cad"/><path d="M11 5H6V3L2 6.5 6 10V8h5a1.5 1.5 0 0 1 0 3H8v2h3a3.5 3.5 0 0 0 0-7z" fill="#fff"/></svg>';

/** Token sizes made by newToken(): 43 URL-safe characters. */
const TOKEN_PATTERN = /^[\w-]{20,100}$/;

export function createDeskApp(deps: DeskWebDeps): Hono<DeskEnv> {
  const now = deps.now ?? (() => new Date());
  const publicOrigin = deps.publicUrl ? new URL(deps.publicUrl).origin : null;
  const auth: AuthDeps = {
    db: deps.db,
    staffCheck: deps.staffCheck,
    secureCookies: deps.publicUrl?.startsWith('https:') ?? false,
    now,
    log: deps.log,
  };
  // strict: false: /desk and /desk/ are the same page.
  const app = new Hono<DeskEnv>({ strict: false }).basePath(DESK_BASE);

  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'none'"],
        styleSrc: [NONCE],
        scriptSrc: [NONCE],
        imgSrc: ["'self'"],
        connectSrc: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        baseUri: ["'none'"],
      },
      referrerPolicy: 'same-origin',
      strictTransportSecurity: auth.secureCookies ? 'max-age=31536000' : false,
    }),
  );
  app.use('*', async (c, next) => {
    await next();
    c.header('Cache-Control', 'no-store');
  });

  const render: Render = (c, title, body, status = 200, options = {}) => {
    const session = c.get('session') as DeskEnv['Variables']['session'] | undefined;
    const nonce = c.get('secureHeadersNonce') ?? '';
    const staff = session ? { name: session.staff.name, csrf: session.csrf } : undefined;
    return c.html(page({ title, body, nonce, staff, scripts: options.live ? [`${DESK_BASE}/assets/live.js`] : [] }).value, status);
  };
  const changes = new CaseChanges(deps.db, deps.liveIntervalMs ?? 2_000, deps.log);

  app.get('/assets/icon.svg', (c) => c.body(ICON_SVG, 200, { 'content-type': 'image/svg+xml' }));
  app.get('/assets/live.js', (c) => c.body(LIVE_SCRIPT, 200, { 'content-type': 'text/javascript; charset=utf-8' }));

  // --- signing in and out ------------------------------------------------------------------------
  const offered = offeredSignIns(deps.signIns);
  app.get('/sign-in', (c) => render(c, 'Sign in', signInBody(c.req.query('why'), offered)));
  if (deps.signIns) registerPlatformSignIn(app, { signIns: deps.signIns, auth, publicUrl: deps.publicUrl, log: deps.log });
  app.get('/sign-in/link', (c) => {
    const token = c.req.query('token') ?? '';
    if (!TOKEN_PATTERN.test(token)) return c.redirect(`${DESK_BASE}/sign-in?why=link-used`, 303);
    return render(c, 'Sign in', confirmLinkBody(token));
  });
  app.post('/sign-in/link', async (c) => {
    if (fromAnotherSite(c, publicOrigin)) return c.text('This form came from another site.', 403);
    const body = await c.req.parseBody();
    const token = typeof body.token === 'string' ? body.token : '';
    const staff = TOKEN_PATTERN.test(token) ? await useSignInLink(deps.db, token, now()) : null;
    if (!staff) return c.redirect(`${DESK_BASE}/sign-in?why=link-used`, 303);
    if (!(await deps.staffCheck(staff))) {
      await auditDesk(deps.db, { at: now(), staff, action: 'sign_in_refused', detail: { how: 'link', why: 'not staff' } });
      return c.redirect(`${DESK_BASE}/sign-in?why=link-not-staff`, 303);
    }
    await signIn(c, auth, staff, 'link');
    return c.redirect(`${DESK_BASE}/`, 303);
  });

  // --- signed in ---------------------------------------------------------------------------------
  const staffOnly = new Hono<DeskEnv>({ strict: false });
  staffOnly.use('*', requireStaff(auth));
  staffOnly.post('*', requireCsrf(publicOrigin));
  staffOnly.post('/sign-out', async (c) => {
    const token = getCookie(c, SESSION_COOKIE);
    if (token) await revokeSession(deps.db, token, now());
    await auditDesk(deps.db, { at: now(), staff: c.get('session').staff, action: 'sign_out' });
    clearSessionCookie(c, auth);
    return c.redirect(`${DESK_BASE}/sign-in?why=signed-off`, 303);
  });
  staffOnly.get('/events', (c) => liveEvents(c, changes, deps.db, now));
  registerPages(staffOnly, { ...deps, now, render, changes });
  app.route('/', staffOnly);

  app.notFound((c) => c.text('Not found', 404));
  app.onError((error, c) => {
    deps.log?.error({ err: error, path: c.req.path }, 'web desk request failed');
    return c.text('Something went wrong on the desk; the error is in the log.', 500);
  });
  return app;
}

export type Render = (
  c: Context<DeskEnv>,
  title: string,
  body: SafeHtml,
  status?: 200 | 400 | 403 | 404,
  /** live: the page follows case changes (its `[data-live]` part is fetched again). */
  options?: { live?: boolean },
) => Response | Promise<Response>;

/** How often an open event stream says it is alive (and checks its session still is). */
const KEEP_ALIVE_MS = 25_000;

/** Server-sent events: `cases` with the refs that changed, while the session lasts. */
function liveEvents(c: Context<DeskEnv>, changes: CaseChanges, db: Db, now: () => Date): Response {
  const token = getCookie(c, SESSION_COOKIE) ?? '';
  return streamSSE(c, async (stream) => {
    const since = Number(c.req.query('since'));
    const unsubscribe = changes.subscribe(
      (refs) => void stream.writeSSE({ event: 'cases', data: JSON.stringify(refs) }),
      Number.isSafeInteger(since) && since >= 0 ? since : null,
    );
    stream.onAbort(unsubscribe);
    try {
      await stream.writeSSE({ event: 'ready', data: '[]' });
      while (!stream.aborted && !stream.closed) {
        await stream.sleep(KEEP_ALIVE_MS);
        // A session ended elsewhere (sign-out, lost standing) ends its stream too.
        if (!(await findSession(db, token, now()))) break;
        await stream.write(': alive\n\n');
      }
    } finally {
      unsubscribe();
    }
  });
}

/** The signed-in pages (queue, cases, reports). */
function registerPages(app: Hono<DeskEnv>, deps: DeskWebDeps & { now: () => Date; render: Render; changes: CaseChanges }): void {
  app.get('/', async (c) => {
    const filter = queueFilterFrom(new URL(c.req.url).searchParams);
    const live = Boolean(c.req.header('x-desk-live'));
    // Read before the cases, so that a change made while they are read is still announced to the page.
    const since = live ? null : await deps.changes.newestId();
    const now = deps.now().toISOString();
    const { rows, total } = await readQueue(deps.db, filter, now);
    const options = { now, states: CASE_STATES, platforms: DESK_PLATFORMS, ...(total === undefined ? {} : { total }) };
    // The live script asks for the changing part alone (a whole page would bring a style of another nonce).
    if (live) return c.html(renderQueueTable(rows, filter, options).value);
    return deps.render(c, 'Queue', html`<div data-since="${since}">${renderQueue(rows, filter, options)}</div>`, 200, { live: true });
  });
  app.get('/cases/:ref', async (c) => {
    const body = await caseBody(deps.db, c.req.param('ref') ?? '', {
      csrf: c.get('session').csrf,
      done: c.req.query('done') ?? null,
      refused: c.req.query('refused') ?? null,
      now: deps.now().toISOString(),
      timeZone: deps.timeZone,
    });
    return body
      ? deps.render(c, c.req.param('ref')!.toUpperCase(), body)
      : deps.render(c, 'No such case', html`<h1>No such case</h1><p><a href="${DESK_BASE}/">Back to the queue</a></p>`, 404);
  });
  app.get('/cases/:ref/evidence/:id', (c) => serveEvidence(c, deps.db, deps.evidenceStore ?? null));
  app.get('/cases/:ref/rma-document', (c) => serveRmaDocument(c, deps.db, deps.now));
  registerReports(app, { db: deps.db, timeZone: deps.timeZone, now: deps.now, render: deps.render });
  app.post('/cases/:ref/act', async (c) => {
    const ref = (c.req.param('ref') ?? '').toUpperCase();
    const back = (said: string, ok: boolean) =>
      c.redirect(
        `${DESK_BASE}/cases/${encodeURIComponent(ref)}?${new URLSearchParams({ [ok ? 'done' : 'refused']: said.slice(0, 500) })}`,
        303,
      );
    if (!deps.desk) return back('This desk cannot change cases (no case service).', false);
    const form = Object.fromEntries(Object.entries(await c.req.parseBody()).map(([k, v]) => [k, typeof v === 'string' ? v : undefined]));
    const built = actionCommand(ref, form);
    if ('problem' in built) return back(built.problem, false);
    const staff = c.get('session').staff;
    const formId = /^[\w-]{8,40}$/.test(form.form ?? '') ? form.form : undefined;
    const result = await deps.desk.handle({
      platform: staff.platform,
      user: staff.id,
      staff: true,
      at: deps.now().toISOString(),
      command: built.command,
      ...(formId ? { eventId: `desk:${formId}` } : {}),
    });
    await auditDesk(deps.db, { at: deps.now(), staff, action: 'case_action', detail: { ref, command: built.command, ok: result.ok } });
    if (result.duplicate) return back('That was sent already; nothing was done twice.', true);
    if (result.messages.some((m) => m.outboxId !== null)) deps.afterChange?.();
    // What the staffer would have read in the chat: the private answer, else the staff channel's post.
    const answer = result.messages.filter((m) => m.private).map((m) => m.text);
    const said = (answer.length > 0 ? answer : result.messages.filter((m) => m.to === 'staff').map((m) => m.text)).join(' ');
    return back(said || (result.ok ? 'Done.' : (result.error ?? 'Refused.')), result.ok);
  });
}
