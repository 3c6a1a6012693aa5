// Signing in to the web desk with a one-time link, the session cookie, CSRF, and the standing re-check.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSignInLink, deskAuditTrail, type StaffIdentity } from '../../src/store/deskSessionStore.ts';
import { createDeskApp } from '../../src/web/deskApp.ts';
import { openTestApp, type TestApp } from '../support/testApp.ts';

const ANA: StaffIdentity = { platform: 'slack', id: 'UANA', name: 'Ana' };
const TEN_MINUTES = 10 * 60_000;

describe('web desk sign-in', () => {
  let app: TestApp;
  let clock: Date;
  let staff: Set<string>;
  const desk = (publicUrl: string | null = null) =>
    createDeskApp({
      db: app.database.db,
      staffCheck: async (who) => staff.has(`${who.platform}:${who.id}`),
      publicUrl,
      timeZone: 'America/New_York',
      now: () => clock,
    });
  const origin = 'http://localhost';

  beforeEach(async () => {
    app = await openTestApp();
    clock = new Date('2026-11-20T10:00:00Z');
    staff = new Set(['slack:UANA']);
  });
  afterEach(async () => {
    await app.close();
  });

  /** Uses a fresh link for `who`; returns the response of the sign-in POST. */
  const useLink = async (web: ReturnType<typeof desk>, who: StaffIdentity = ANA) => {
    const token = await createSignInLink(app.database.db, who, clock, TEN_MINUTES);
    return { token, response: await postLink(web, token) };
  };
  const postLink = (web: ReturnType<typeof desk>, token: string) =>
    web.request(`${origin}/desk/sign-in/link`, { method: 'POST', body: new URLSearchParams({ token }), headers: { origin } });
  const cookieOf = (response: Response) => /rma_desk_session=([^;]+)/.exec(response.headers.get('set-cookie') ?? '')?.[1];
  const get = (web: ReturnType<typeof desk>, path: string, cookie?: string) =>
    web.request(`${origin}${path}`, { headers: cookie ? { cookie: `rma_desk_session=${cookie}` } : {} });
  const csrfOf = async (response: Response) => /name="csrf" value="([^"]+)"/.exec(await response.text())?.[1] ?? '';

  it('shows a button for the link (a preview does not use it up), then signs in once with an HttpOnly cookie', async () => {
    const web = desk();
    const token = await createSignInLink(app.database.db, ANA, clock, TEN_MINUTES);
    const confirm = await get(web, `/desk/sign-in/link?token=${token}`);
    expect(confirm.status).toBe(200);
    expect(await confirm.text()).toContain('<button type="submit">Sign in</button>');
    const signedIn = await postLink(web, token);
    expect(signedIn.status).toBe(303);
    expect(signedIn.headers.get('location')).toBe('/desk/');
    const setCookie = signedIn.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    expect(setCookie).toMatch(/Path=\/desk/);
    expect(setCookie).not.toMatch(/Secure/i);
    const queue = await get(web, '/desk/', cookieOf(signedIn));
    expect(queue.status).toBe(200);
    expect(await queue.text()).toContain('Ana');
    // The same link again: used.
    const again = await postLink(web, token);
    expect(again.headers.get('location')).toBe('/desk/sign-in?why=link-used');
    expect((await deskAuditTrail(app.database.db)).map((a) => [a.staff, a.action])).toEqual([['slack:UANA', 'sign_in']]);
  });

  it('refuses an expired link, a made-up token and a link for someone who is not staff', async () => {
    const web = desk();
    const token = await createSignInLink(app.database.db, ANA, clock, TEN_MINUTES);
    clock = new Date(clock.getTime() + TEN_MINUTES + 1000);
    expect((await postLink(web, token)).headers.get('location')).toBe('/desk/sign-in?why=link-used');
    expect((await postLink(web, 'x'.repeat(43))).headers.get('location')).toBe('/desk/sign-in?why=link-used');
    const { response } = await useLink(web, { platform: 'slack', id: 'UBOB', name: 'Bob' });
    expect(response.headers.get('location')).toBe('/desk/sign-in?why=link-not-staff');
    expect(cookieOf(response)).toBeUndefined();
    expect((await deskAuditTrail(app.database.db)).map((a) => [a.staff, a.action])).toEqual([['slack:UBOB', 'sign_in_refused']]);
  });

  it('sends a visitor without a session to the sign-in page, and refuses their forms', async () => {
    const web = desk();
    const page = await get(web, '/desk/');
    expect(page.status).toBe(303);
    expect(page.headers.get('location')).toBe('/desk/sign-in?why=signed-out');
    const made = await get(web, '/desk/', 'made-up-token');
    expect(made.headers.get('location')).toBe('/desk/sign-in?why=signed-out');
    const form = await web.request(`${origin}/desk/sign-out`, { method: 'POST', body: new URLSearchParams({ csrf: 'x' }) });
    expect(form.status).toBe(401);
  });

  it('refuses a form without the CSRF token or from another site, and signs out with it', async () => {
    const web = desk();
    const cookie = cookieOf((await useLink(web)).response)!;
    const csrf = await csrfOf(await get(web, '/desk/', cookie));
    expect(csrf.length).toBeGreaterThan(20);
    const post = (body: Record<string, string>, headers: Record<string, string> = {}) =>
      web.request(`${origin}/desk/sign-out`, {
        method: 'POST',
        body: new URLSearchParams(body),
        headers: { cookie: `rma_desk_session=${cookie}`, ...headers },
      });
    expect((await post({ csrf: 'wrong' })).status).toBe(403);
    expect((await post({})).status).toBe(403);
    expect((await post({ csrf }, { origin: 'https://evil.example' })).status).toBe(403);
    const out = await post({ csrf }, { origin });
    expect(out.status).toBe(303);
    expect(out.headers.get('location')).toBe('/desk/sign-in?why=signed-off');
    // The cookie replayed after signing out is worth nothing.
    expect((await get(web, '/desk/', cookie)).headers.get('location')).toBe('/desk/sign-in?why=signed-out');
  });

  it('re-checks the standing every 10 minutes: someone taken off the staff list loses every session', async () => {
    const web = desk();
    const first = cookieOf((await useLink(web)).response)!;
    const second = cookieOf((await useLink(web)).response)!;
    staff.clear();
    clock = new Date(clock.getTime() + TEN_MINUTES - 1000);
    expect((await get(web, '/desk/', first)).status).toBe(200);
    clock = new Date(clock.getTime() + 2000);
    const checked = await get(web, '/desk/', first);
    expect(checked.headers.get('location')).toBe('/desk/sign-in?why=not-staff');
    expect((await get(web, '/desk/', second)).headers.get('location')).toBe('/desk/sign-in?why=signed-out');
    expect((await deskAuditTrail(app.database.db)).map((a) => a.action)).toEqual(['standing_lost', 'sign_in', 'sign_in']);
  });

  it('ends a session after 12 hours', async () => {
    const web = desk();
    const cookie = cookieOf((await useLink(web)).response)!;
    clock = new Date(clock.getTime() + 12 * 3_600_000 + 1000);
    expect((await get(web, '/desk/', cookie)).headers.get('location')).toBe('/desk/sign-in?why=signed-out');
  });

  it('sends a strict Content-Security-Policy whose nonce is on the page style, no caching, and Secure cookies behind https', async () => {
    const web = desk('https://desk.example.com');
    const page = await get(web, '/desk/sign-in');
    const csp = page.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce).toBeTruthy();
    expect(await page.text()).toContain(`<style nonce="${nonce}">`);
    expect(page.headers.get('cache-control')).toBe('no-store');
    const { response } = await useLink(web);
    expect(response.headers.get('set-cookie')).toMatch(/Secure/i);
    expect(page.headers.get('strict-transport-security')).toContain('max-age=');
  });
});

describe('web desk live updates', () => {
  let app: TestApp;
  beforeEach(async () => {
    app = await openTestApp();
  });
  afterEach(async () => {
    await app.close();
  });

  it('tells an open page which cases changed, and only a signed-in staffer', async () => {
    const web = createDeskApp({ db: app.database.db, staffCheck: async () => true, publicUrl: null, timeZone: 'UTC', liveIntervalMs: 50 });
    const token = await createSignInLink(app.database.db, ANA, new Date(), TEN_MINUTES);
    const signedIn = await web.request('http://localhost/desk/sign-in/link', { method: 'POST', body: new URLSearchParams({ token }) });
    const cookie = (signedIn.headers.get('set-cookie') ?? '').split(';')[0]!;
    const refused = await web.request('http://localhost/desk/events', { headers: { accept: 'text/event-stream' } });
    expect(refused.status).toBe(401);

    const stream = await web.request('http://localhost/desk/events', { headers: { cookie, accept: 'text/event-stream' } });
    expect(stream.headers.get('content-type')).toContain('text/event-stream');
    const reader = stream.body!.getReader();
    let received = '';
    const readUntil = async (text: string) => {
      while (!received.includes(text)) {
        const { value, done } = await reader.read();
        if (done) throw new Error(`the stream ended before "${text}"; it sent: ${received}`);
        received += new TextDecoder().decode(value);
      }
    };
    await readUntil('event: ready');
    await new Promise((r) => setTimeout(r, 200));
    const opened = await app.send({ user: 'U1', text: 'order 100234 the optic is dead' });
    await readUntil('event: cases');
    expect(received).toContain(`data: ["${opened.caseRef}"]`);
    await reader.cancel();
  });

  it('serves the page script that follows them, allowed by the CSP', async () => {
    const web = createDeskApp({ db: app.database.db, staffCheck: async () => true, publicUrl: null, timeZone: 'UTC' });
    const script = await web.request('http://localhost/desk/assets/live.js');
    expect(script.headers.get('content-type')).toContain('text/javascript');
    expect(await script.text()).toContain('new EventSource("/desk/events" + \'?since=\'');
  });
});
