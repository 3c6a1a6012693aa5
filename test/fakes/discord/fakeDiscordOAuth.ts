// Discord's OAuth2 authorization-code flow as documented (discord.com/developers/docs/topics/oauth2),
// for the web desk's "Sign in with Discord": the authorize page (`/oauth2/authorize`, an "Authorize" /
// "Cancel" screen for the person signed in to Discord in that browser), the token endpoint
// (`/api/oauth2/token`, form-encoded, client secret in the body or as Basic auth, PKCE S256 when a
// challenge was sent) and `/api/users/@me` with the bearer token. Codes are single use and expire.
import { createHash, randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FakeUser } from './fakeDiscord.ts';

export interface FakeOAuthApp {
  clientId: string;
  clientSecret: string;
  redirectUris: string[];
}

interface Grant {
  user: FakeUser;
  redirectUri: string;
  challenge: string | null;
  expires: number;
}

const CODE_MS = 10 * 60_000;
const token = () => randomBytes(20).toString('hex');
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export class FakeDiscordOAuth {
  /** Who is signed in to Discord in the test's browser (null: nobody, the page asks to log in). */
  signedInAs: FakeUser | null = null;
  /** Token requests and their answers' status, for the tests. */
  readonly tokenRequests: Array<{ status: number; body: Record<string, string> }> = [];
  private readonly grants = new Map<string, Grant>();
  private readonly accessTokens = new Map<string, FakeUser>();

  constructor(private readonly app: FakeOAuthApp) {}

  /** Whether the request is for the OAuth2 endpoints (paths as the fake's REST routing sees them, before /api/vN is taken off). */
  handles(pathname: string): boolean {
    return ['/oauth2/authorize', '/api/oauth2/token', '/api/v10/oauth2/token', '/api/users/@me', '/api/v10/users/@me'].includes(pathname);
  }

  async answer(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const body = await readForm(req);
    if (url.pathname === '/oauth2/authorize') return this.authorize(req.method ?? 'GET', url, body, res);
    if (url.pathname.endsWith('/oauth2/token')) return this.token(req, body, res);
    return this.me(req, res);
  }

  private authorize(method: string, url: URL, form: Record<string, string>, res: ServerResponse): void {
    const p = method === 'POST' ? form : Object.fromEntries(url.searchParams);
    const redirectUri = p.redirect_uri ?? '';
    if (p.client_id !== this.app.clientId || !this.app.redirectUris.includes(redirectUri) || p.response_type !== 'code') {
      res.writeHead(400, { 'content-type': 'text/html' }).end('<h1>Invalid OAuth2 redirect_uri</h1>');
      return;
    }
    const back = new URL(redirectUri);
    if (p.state) back.searchParams.set('state', p.state);
    if (method === 'POST') {
      if (p.decision !== 'authorize' || !this.signedInAs) {
        back.searchParams.set('error', 'access_denied');
        back.searchParams.set('error_description', 'The resource owner or authorization server denied the request');
      } else {
        const code = token();
        const challenge = p.code_challenge && p.code_challenge_method === 'S256' ? p.code_challenge : null;
        this.grants.set(code, { user: this.signedInAs, redirectUri, challenge, expires: Date.now() + CODE_MS });
        back.searchParams.set('code', code);
      }
      res.writeHead(302, { location: back.href }).end();
      return;
    }
    const who = this.signedInAs;
    const hidden = Object.entries(p)
      .map(([k, v]) => `<input type="hidden" name="${escapeHtml(k)}" value="${escapeHtml(v)}">`)
      .join('');
    const page = who
      ? `<!doctype html><html lang="en"><title>Discord</title><main><h1>An external application wants to access your Discord account</h1>
<p>Signed in as ${escapeHtml(who.username)}. It will be able to access your username and avatar (${escapeHtml(p.scope ?? '')}).</p>
<form method="post" action="/oauth2/authorize">${hidden}<button name="decision" value="cancel">Cancel</button>
<button name="decision" value="authorize">Authorize</button></form></main></html>`
      : '<!doctype html><html lang="en"><title>Discord</title><main><h1>Log in to Discord</h1></main></html>';
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
  }

  private token(req: IncomingMessage, form: Record<string, string>, res: ServerResponse): void {
    const reply = (status: number, payload: unknown) => {
      this.tokenRequests.push({ status, body: form });
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(payload));
    };
    const [id, secret] = clientCredentials(req, form);
    if (id !== this.app.clientId || secret !== this.app.clientSecret) return reply(401, { error: 'invalid_client' });
    const grant = this.grants.get(form.code ?? '');
    this.grants.delete(form.code ?? '');
    if (form.grant_type !== 'authorization_code' || !grant || grant.expires < Date.now() || grant.redirectUri !== form.redirect_uri)
      return reply(400, { error: 'invalid_grant', error_description: 'Invalid "code" in request.' });
    if (grant.challenge) {
      const verifier = form.code_verifier ?? '';
      if (createHash('sha256').update(verifier).digest('base64url') !== grant.challenge)
        return reply(400, { error: 'invalid_grant', error_description: 'Invalid "code_verifier"' });
    }
    const access = token();
    this.accessTokens.set(access, grant.user);
    reply(200, { access_token: access, token_type: 'Bearer', expires_in: 604_800, refresh_token: token(), scope: 'identify' });
  }

  private me(req: IncomingMessage, res: ServerResponse): void {
    const auth = req.headers.authorization ?? '';
    const user = auth.startsWith('Bearer ') ? this.accessTokens.get(auth.slice(7)) : undefined;
    if (!user) {
      res.writeHead(401, { 'content-type': 'application/json' }).end(JSON.stringify({ message: '401: Unauthorized', code: 0 }));
      return;
    }
    const json = {
      id: user.id,
      username: user.username,
      global_name: user.global_name ?? null,
      avatar: null,
      discriminator: '0',
      public_flags: 0,
      flags: 0,
    };
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(json));
  }
}

async function readForm(req: IncomingMessage): Promise<Record<string, string>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Object.fromEntries(new URLSearchParams(Buffer.concat(chunks).toString('utf8')));
}

/** client_secret_basic or client_secret_post, as Discord accepts both. */
function clientCredentials(req: IncomingMessage, form: Record<string, string>): [string, string] {
  const auth = req.headers.authorization ?? '';
  if (auth.startsWith('Basic ')) {
    const [id = '', secret = ''] = Buffer.from(auth.slice(6), 'base64').toString('utf8').split(':');
    return [decodeURIComponent(id), decodeURIComponent(secret)];
  }
  return [form.client_id ?? '', form.client_secret ?? ''];
}
