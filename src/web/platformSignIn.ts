// "Sign in with Slack" (OpenID Connect, restricted to the bot's workspace) and "Sign in with Discord"
// (OAuth2 `identify`), both through openid-client: the authorization-code flow with PKCE and state (and
// a nonce for Slack's ID token), kept for ten minutes in an HttpOnly cookie of the sign-in path. The
// platform says who someone is; whether they are staff is asked of the bot's adapter (Slack staff list
// or group, Discord staff role), as for `/rma`.
import type { Context, Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import * as oidc from 'openid-client';
import type { Logger } from 'pino';
import { auditDesk, type StaffIdentity } from '../store/deskSessionStore.ts';
import { signIn, type AuthDeps, type DeskEnv } from './deskAuth.ts';
import { DESK_BASE } from './layout.ts';
import type { DiscordSignInConfig, SlackSignInConfig } from './signInConfig.ts';

export interface PlatformSignIns {
  /** With the workspace (team) id of the bot's Slack token: only its members are let in. */
  slack: (SlackSignInConfig & { teamId: string }) | null;
  discord: DiscordSignInConfig | null;
}

type Platform = 'slack' | 'discord';

/** Why a confirmed identity is not let in (a `why` of the sign-in page), and who it was when known. */
interface Refusal {
  refused: string;
  id?: string;
  detail?: Record<string, unknown>;
}

/** The flow's secrets between leaving for the platform and coming back. */
interface Flow {
  platform: Platform;
  state: string;
  nonce: string;
  verifier: string;
  /** ms since the epoch, when the flow began. */
  at: number;
}

const FLOW_COOKIE = 'rma_desk_sign_in';
const FLOW_MS = 10 * 60_000;
const FLOW_PATH = `${DESK_BASE}/sign-in`;

/** What a platform adds to the shared flow: its server, its request, and who the tokens say signed in. */
interface Provider {
  platform: Platform;
  configuration(): Promise<oidc.Configuration>;
  parameters: Record<string, string>;
  /** Whether the ID token (and so the nonce) is part of the answer. */
  idToken: boolean;
  /** The identity, or why it is refused. */
  identity(
    config: oidc.Configuration,
    tokens: oidc.TokenEndpointResponse & oidc.TokenEndpointResponseHelpers,
  ): Promise<StaffIdentity | Refusal>;
}

export interface PlatformSignInDeps {
  signIns: PlatformSignIns;
  auth: AuthDeps;
  /** `PUBLIC_URL`: the callback address registered with the platform; else the request's own origin. */
  publicUrl: string | null;
  log?: Logger | undefined;
}

/** Which sign-in buttons the page shows. */
export function offeredSignIns(signIns: PlatformSignIns | null | undefined): Platform[] {
  return (['slack', 'discord'] as const).filter((p) => Boolean(signIns?.[p]));
}

export function registerPlatformSignIn(app: Hono<DeskEnv>, deps: PlatformSignInDeps): void {
  const providers: Provider[] = [];
  if (deps.signIns.slack) providers.push(slackProvider(deps.signIns.slack));
  if (deps.signIns.discord) providers.push(discordProvider(deps.signIns.discord));
  for (const provider of providers) {
    app.get(`/sign-in/${provider.platform}`, (c) => begin(c, provider, deps));
    app.get(`/sign-in/${provider.platform}/callback`, (c) => finish(c, provider, deps));
  }
}

async function begin(c: Context<DeskEnv>, provider: Provider, deps: PlatformSignInDeps): Promise<Response> {
  let config: oidc.Configuration;
  try {
    config = await provider.configuration();
  } catch (error) {
    deps.log?.warn({ err: error, platform: provider.platform }, 'web desk: the sign-in provider cannot be reached');
    return back(c, 'provider-down');
  }
  const flow: Flow = {
    platform: provider.platform,
    state: oidc.randomState(),
    nonce: oidc.randomNonce(),
    verifier: oidc.randomPKCECodeVerifier(),
    at: deps.auth.now().getTime(),
  };
  setCookie(c, FLOW_COOKIE, Buffer.from(JSON.stringify(flow)).toString('base64url'), {
    path: FLOW_PATH,
    httpOnly: true,
    secure: deps.auth.secureCookies,
    // Lax: the platform's redirect back is a top-level navigation, which carries it.
    sameSite: 'Lax',
    maxAge: FLOW_MS / 1000,
  });
  const url = oidc.buildAuthorizationUrl(config, {
    ...provider.parameters,
    redirect_uri: callbackUrl(c, provider.platform, deps.publicUrl),
    state: flow.state,
    ...(provider.idToken ? { nonce: flow.nonce } : {}),
    code_challenge: await oidc.calculatePKCECodeChallenge(flow.verifier),
    code_challenge_method: 'S256',
  });
  return c.redirect(url.href, 302);
}

async function finish(c: Context<DeskEnv>, provider: Provider, deps: PlatformSignInDeps): Promise<Response> {
  const flow = readFlow(getCookie(c, FLOW_COOKIE));
  deleteCookie(c, FLOW_COOKIE, { path: FLOW_PATH, secure: deps.auth.secureCookies, httpOnly: true, sameSite: 'Lax' });
  const now = deps.auth.now();
  // The person said no on the platform's page (access_denied), or the platform refused the request.
  if (c.req.query('error')) return back(c, 'cancelled');
  if (!flow || flow.platform !== provider.platform || now.getTime() - flow.at > FLOW_MS) return back(c, 'sign-in-expired');
  const query = new URL(c.req.url).search;
  let identity: StaffIdentity | Refusal;
  try {
    const config = await provider.configuration();
    const tokens = await oidc.authorizationCodeGrant(config, new URL(`${callbackUrl(c, provider.platform, deps.publicUrl)}${query}`), {
      pkceCodeVerifier: flow.verifier,
      expectedState: flow.state,
      ...(provider.idToken ? { expectedNonce: flow.nonce, idTokenExpected: true } : {}),
    });
    identity = await provider.identity(config, tokens);
  } catch (error) {
    deps.log?.warn({ err: error, platform: provider.platform }, 'web desk: the platform did not confirm a sign-in');
    return back(c, 'sign-in-failed');
  }
  if ('refused' in identity) {
    await auditDesk(deps.auth.db, {
      at: now,
      staff: { platform: provider.platform, id: identity.id ?? 'unknown' },
      action: 'sign_in_refused',
      detail: { how: provider.platform, why: identity.refused, ...identity.detail },
    });
    return back(c, identity.refused);
  }
  if (!(await deps.auth.staffCheck(identity))) {
    await auditDesk(deps.auth.db, {
      at: now,
      staff: identity,
      action: 'sign_in_refused',
      detail: { how: provider.platform, why: 'not staff' },
    });
    return back(c, 'platform-not-staff');
  }
  await signIn(c, deps.auth, identity, provider.platform);
  return c.redirect(`${DESK_BASE}/`, 303);
}

function back(c: Context, why: string): Response {
  return c.redirect(`${DESK_BASE}/sign-in?why=${why}`, 303);
}

/** The address the platform sends the browser back to; it must be registered with the platform as it is. */
export function callbackUrl(c: Context, platform: Platform, publicUrl: string | null): string {
  return `${publicUrl ?? new URL(c.req.url).origin}${DESK_BASE}/sign-in/${platform}/callback`;
}

function readFlow(cookie: string | undefined): Flow | null {
  if (!cookie || cookie.length > 1000) return null;
  try {
    const flow = JSON.parse(Buffer.from(cookie, 'base64url').toString('utf8')) as Partial<Flow>;
    const text = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length < 200;
    if ((flow.platform === 'slack' || flow.platform === 'discord') && text(flow.state) && text(flow.nonce) && text(flow.verifier)) {
      return { platform: flow.platform, state: flow.state, nonce: flow.nonce, verifier: flow.verifier, at: Number(flow.at) || 0 };
    }
  } catch {
    // A cookie that is not ours reads as no flow.
  }
  return null;
}

/** Plain http is allowed only to a provider on this machine (a test's stand-in). */
function allowLoopbackHttp(url: URL): Array<(config: oidc.Configuration) => void> {
  const loopback = url.hostname === '127.0.0.1' || url.hostname === 'localhost' || url.hostname === '[::1]';
  return url.protocol === 'http:' && loopback ? [oidc.allowInsecureRequests] : [];
}

/** Discovery once, again after a failure (Slack may be unreachable when the bot starts). */
function cached(load: () => Promise<oidc.Configuration>): () => Promise<oidc.Configuration> {
  let pending: Promise<oidc.Configuration> | null = null;
  return () => {
    pending ??= load().catch((error: unknown) => {
      pending = null;
      throw error;
    });
    return pending;
  };
}

function slackProvider(config: PlatformSignIns['slack'] & object): Provider {
  const issuer = new URL(config.issuer);
  return {
    platform: 'slack',
    configuration: cached(() =>
      oidc.discovery(issuer, config.clientId, config.clientSecret, undefined, { execute: allowLoopbackHttp(issuer), timeout: 10 }),
    ),
    // `team` takes the person straight to the bot's workspace.
    parameters: { scope: 'openid profile', team: config.teamId },
    idToken: true,
    async identity(_config, tokens) {
      const claims = tokens.claims();
      if (!claims) return { refused: 'sign-in-failed' };
      const user = claims['https://slack.com/user_id'] ?? claims.sub;
      if (typeof user !== 'string' || !/^[UW][A-Z0-9]{2,30}$/.test(user)) return { refused: 'sign-in-failed' };
      const team = claims['https://slack.com/team_id'];
      if (team !== config.teamId) return { refused: 'other-workspace', id: user, detail: { team: String(team).slice(0, 40) } };
      const name = typeof claims.name === 'string' && claims.name.trim() ? claims.name.trim().slice(0, 80) : user;
      return { platform: 'slack', id: user, name };
    },
  };
}

function discordProvider(config: DiscordSignInConfig): Provider {
  const api = new URL(config.apiUrl);
  return {
    platform: 'discord',
    configuration: cached(async () => {
      // Discord has no discovery document: its endpoints, as documented.
      const server: oidc.ServerMetadata = {
        issuer: api.origin,
        authorization_endpoint: `${api.origin}/oauth2/authorize`,
        token_endpoint: `${config.apiUrl}/oauth2/token`,
      };
      const client = new oidc.Configuration(server, config.clientId, config.clientSecret);
      for (const option of allowLoopbackHttp(api)) option(client);
      return client;
    }),
    // prompt=none: a staffer who allowed the desk before is not asked again.
    parameters: { scope: 'identify', prompt: 'none' },
    idToken: false,
    async identity(client, tokens) {
      const response = await oidc.fetchProtectedResource(client, tokens.access_token, new URL(`${config.apiUrl}/users/@me`), 'GET');
      if (!response.ok) throw new Error(`Discord answered ${response.status} for the signed-in user`);
      const user = (await response.json()) as { id?: unknown; username?: unknown; global_name?: unknown };
      if (typeof user.id !== 'string' || !/^\d{15,21}$/.test(user.id)) return { refused: 'sign-in-failed' };
      const shown = [user.global_name, user.username].find((v): v is string => typeof v === 'string' && v.trim() !== '');
      return { platform: 'discord', id: user.id, name: (shown ?? user.id).trim().slice(0, 80) };
    },
  };
}
