// Which platform sign-ins the web desk offers: "Sign in with Slack" (OpenID Connect) when the Slack
// app's client id and secret are set, "Sign in with Discord" (OAuth2) when the Discord application's
// client secret is set. Each is offered only where that platform's adapter runs, since only the adapter
// can tell whether someone is staff.
import { ConfigError } from '../config/config.ts';
import { trimSlashes } from './webConfig.ts';

export interface SlackSignInConfig {
  clientId: string;
  clientSecret: string;
  /** Slack's OpenID Connect issuer (`https://slack.com`); another one only for a test provider. */
  issuer: string;
}

export interface DiscordSignInConfig {
  clientId: string;
  clientSecret: string;
  /** Discord's API (`https://discord.com/api`, or DISCORD_API_URL): token and user endpoints. */
  apiUrl: string;
}

export interface SignInConfig {
  slack: SlackSignInConfig | null;
  discord: DiscordSignInConfig | null;
}

export const SLACK_ISSUER = 'https://slack.com';
export const DISCORD_API = 'https://discord.com/api';

export function readSignInConfig(env: NodeJS.ProcessEnv): SignInConfig {
  return { slack: readSlack(env), discord: readDiscord(env) };
}

function readSlack(env: NodeJS.ProcessEnv): SlackSignInConfig | null {
  const clientId = env.SLACK_CLIENT_ID?.trim();
  const clientSecret = env.SLACK_CLIENT_SECRET?.trim();
  if (!clientId && !clientSecret) return null;
  if (!clientId || !clientSecret)
    throw new ConfigError('Sign in with Slack needs both SLACK_CLIENT_ID and SLACK_CLIENT_SECRET (the Slack app\'s "App Credentials")');
  return { clientId, clientSecret, issuer: httpUrl('SLACK_OIDC_ISSUER', env.SLACK_OIDC_ISSUER) ?? SLACK_ISSUER };
}

function readDiscord(env: NodeJS.ProcessEnv): DiscordSignInConfig | null {
  const clientSecret = env.DISCORD_CLIENT_SECRET?.trim();
  if (!clientSecret) return null;
  // The application's id is its OAuth2 client id.
  const clientId = env.DISCORD_CLIENT_ID?.trim() || env.DISCORD_APPLICATION_ID?.trim();
  if (!clientId)
    throw new ConfigError('Sign in with Discord needs DISCORD_APPLICATION_ID (or DISCORD_CLIENT_ID) beside DISCORD_CLIENT_SECRET');
  return { clientId, clientSecret, apiUrl: httpUrl('DISCORD_API_URL', env.DISCORD_API_URL) ?? DISCORD_API };
}

/** The URL without trailing slashes, or null when unset. */
function httpUrl(name: string, raw: string | undefined): string | null {
  const value = raw?.trim();
  if (!value) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError(`${name} must be a URL, got ${value}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new ConfigError(`${name} must start with https:// or http://, got ${value}`);
  return trimSlashes(url.href);
}
