// OAuth2 access tokens for XOAUTH2 (Gmail, Microsoft 365), from a refresh token at the provider's token
// endpoint (RFC 6749 section 6). A token is kept until a minute before it expires; IMAP and SMTP share it.
import { z } from 'zod';
import type { OAuthRefresh } from './emailConfig.ts';

const tokenAnswer = z.object({ access_token: z.string().min(1), expires_in: z.coerce.number().optional() });

export type AccessTokens = () => Promise<string>;

export function accessTokens(config: OAuthRefresh, now: () => number = Date.now): AccessTokens {
  let held: { token: string; until: number } | null = null;
  let pending: Promise<string> | null = null;
  const fetchToken = async (): Promise<string> => {
    const body = new URLSearchParams({ grant_type: 'refresh_token', refresh_token: config.refreshToken, client_id: config.clientId });
    if (config.clientSecret) body.set('client_secret', config.clientSecret);
    const response = await fetch(config.tokenUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body,
      signal: AbortSignal.timeout(15_000),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`the OAuth2 token endpoint answered HTTP ${response.status}: ${text.slice(0, 200)}`);
    const answer = tokenAnswer.parse(JSON.parse(text));
    held = { token: answer.access_token, until: now() + Math.max((answer.expires_in ?? 3600) - 60, 30) * 1000 };
    return answer.access_token;
  };
  return async () => {
    if (held && held.until > now()) return held.token;
    pending ??= fetchToken().finally(() => (pending = null));
    return pending;
  };
}
