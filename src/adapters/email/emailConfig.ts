// The email adapter's configuration, read from the environment once at start (every problem reported
// in one ConfigError). The adapter is on when EMAIL_IMAP_URL is set; it then needs SMTP and a From address.
import { z } from 'zod';
import { ConfigError } from '../../config/config.ts';

/** `desk`: staff work from the web desk only (no console, no chat platform), e.g. in a container. */
export type EmailStaffPlatform = 'slack' | 'discord' | 'console' | 'desk';

export interface MailServer {
  host: string;
  port: number;
  /** TLS from the first byte (imaps://, smtps://); otherwise STARTTLS, required unless the host is loopback. */
  secure: boolean;
  requireStartTls: boolean;
  user: string;
  /** Null with OAuth2. */
  password: string | null;
}

export interface OAuthRefresh {
  tokenUrl: string;
  clientId: string;
  clientSecret: string | null;
  refreshToken: string;
}

export interface EmailConfig {
  imap: MailServer & { mailbox: string };
  smtp: MailServer;
  /** `Returns desk <rma@seller.example>`: the From of every mail the bot sends. */
  from: { name: string | null; address: string };
  replyTo: string | null;
  /** XOAUTH2 for IMAP and SMTP instead of passwords (Gmail, Microsoft 365). */
  oauth: OAuthRefresh | null;
  /** Where staff notices of email cases go; null: the first chat platform that runs, else the console. */
  staffPlatform: EmailStaffPlatform | null;
  /** How often the mailbox is read when the server has no IDLE, and as a safety net when it has. */
  pollMs: number;
  /** Mail the bot sends one address in an hour, at most; later ones wait (a loop with a robot stops here). */
  maxPerAddressPerHour: number;
}

const blank = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : typeof v === 'string' ? v.trim() : v);
const opt = <T extends z.ZodType>(schema: T) => z.preprocess(blank, schema.optional());

const emailEnvSchema = z.object({
  EMAIL_IMAP_URL: z.url({ protocol: /^imaps?$/, error: 'must be a URL such as imaps://desk%40seller.example@imap.example.com/INBOX' }),
  EMAIL_IMAP_PASSWORD: opt(z.string()),
  EMAIL_SMTP_URL: z.preprocess(
    blank,
    z.url({ protocol: /^smtps?$/, error: 'is missing or not a URL such as smtps://desk%40seller.example@smtp.example.com' }),
  ),
  EMAIL_SMTP_PASSWORD: opt(z.string()),
  EMAIL_FROM: z.preprocess(
    blank,
    z.string({ error: 'is missing: the address the bot sends from, e.g. "Returns desk <rma@seller.example>"' }),
  ),
  EMAIL_REPLY_TO: opt(z.email({ error: 'must be an email address' })),
  EMAIL_OAUTH_TOKEN_URL: opt(z.url({ protocol: /^https?$/, error: 'must be the OAuth2 token endpoint URL' })),
  EMAIL_OAUTH_CLIENT_ID: opt(z.string()),
  EMAIL_OAUTH_CLIENT_SECRET: opt(z.string()),
  EMAIL_OAUTH_REFRESH_TOKEN: opt(z.string()),
  EMAIL_STAFF_PLATFORM: opt(z.enum(['slack', 'discord', 'console', 'desk'], { error: 'must be slack, discord, console or desk' })),
  EMAIL_POLL_SECONDS: z.preprocess(blank, z.coerce.number({ error: 'must be a number of seconds' }).int().min(1).max(3600).default(60)),
  EMAIL_MAX_REPLIES_PER_HOUR: z.preprocess(blank, z.coerce.number({ error: 'must be a number' }).int().min(1).max(1000).default(30)),
});

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);
const ADDRESS = /^[^\s@<>]+@[^\s@<>]+$/;

/** `Name <address>` or a bare address. */
export function parseFrom(value: string): { name: string | null; address: string } | null {
  const open = value.lastIndexOf('<');
  if (open >= 0 && value.endsWith('>')) {
    const address = value.slice(open + 1, -1).trim();
    const name = value
      .slice(0, open)
      .trim()
      .replace(/^"(.*)"$/, '$1');
    return ADDRESS.test(address) ? { name: name || null, address } : null;
  }
  return ADDRESS.test(value) ? { name: null, address: value } : null;
}

function server(url: URL, password: string | undefined, secureScheme: string, defaultPorts: [number, number]): MailServer {
  const secure = url.protocol === `${secureScheme}:`;
  return {
    host: url.hostname,
    port: url.port ? Number(url.port) : secure ? defaultPorts[0] : defaultPorts[1],
    secure,
    requireStartTls: !secure && !LOOPBACK.has(url.hostname),
    user: decodeURIComponent(url.username),
    password: password ?? (url.password ? decodeURIComponent(url.password) : null),
  };
}

/** The email configuration, or null when EMAIL_IMAP_URL is unset (the email adapter is then off). */
export function readEmailConfig(env: NodeJS.ProcessEnv): EmailConfig | null {
  if (!env.EMAIL_IMAP_URL?.trim()) return null;
  const result = emailEnvSchema.safeParse(env);
  const problems = result.success ? [] : result.error.issues.map((i) => `${String(i.path[0] ?? 'EMAIL')} ${i.message}`);
  if (!result.success) throw new ConfigError(`Email configuration: ${[...new Set(problems)].join('; ')}`);
  const e = result.data;
  const imapUrl = new URL(e.EMAIL_IMAP_URL);
  const smtpUrl = new URL(e.EMAIL_SMTP_URL);
  const from = parseFrom(e.EMAIL_FROM);
  if (!from) problems.push('EMAIL_FROM must be an address, or a name and an address such as "Returns desk <rma@seller.example>"');
  const oauthSet = [e.EMAIL_OAUTH_TOKEN_URL, e.EMAIL_OAUTH_CLIENT_ID, e.EMAIL_OAUTH_REFRESH_TOKEN].filter(Boolean).length;
  if (oauthSet > 0 && oauthSet < 3)
    problems.push('EMAIL_OAUTH_TOKEN_URL, EMAIL_OAUTH_CLIENT_ID and EMAIL_OAUTH_REFRESH_TOKEN go together (OAuth2): set all three or none');
  const oauth: OAuthRefresh | null =
    oauthSet === 3
      ? {
          tokenUrl: e.EMAIL_OAUTH_TOKEN_URL!,
          clientId: e.EMAIL_OAUTH_CLIENT_ID!,
          clientSecret: e.EMAIL_OAUTH_CLIENT_SECRET ?? null,
          refreshToken: e.EMAIL_OAUTH_REFRESH_TOKEN!,
        }
      : null;
  const imap = {
    ...server(imapUrl, e.EMAIL_IMAP_PASSWORD, 'imaps', [993, 143]),
    mailbox: decodeURIComponent(imapUrl.pathname.slice(1)) || 'INBOX',
  };
  const smtp = server(smtpUrl, e.EMAIL_SMTP_PASSWORD, 'smtps', [465, 587]);
  for (const [name, s] of [
    ['EMAIL_IMAP_URL', imap],
    ['EMAIL_SMTP_URL', smtp],
  ] as const) {
    if (!s.user) problems.push(`${name} must name the mailbox user (user%40domain@host)`);
    if (!oauth && s.password === null)
      problems.push(`${name} has no password: put it in the URL, set ${name.replace('URL', 'PASSWORD')}, or configure OAuth2`);
  }
  if (problems.length > 0) throw new ConfigError(`Email configuration: ${problems.join('; ')}`);
  return {
    imap,
    smtp,
    from: from!,
    replyTo: e.EMAIL_REPLY_TO ?? null,
    oauth,
    staffPlatform: e.EMAIL_STAFF_PLATFORM ?? null,
    pollMs: e.EMAIL_POLL_SECONDS * 1000,
    maxPerAddressPerHour: e.EMAIL_MAX_REPLIES_PER_HOUR,
  };
}

/**
 * Where staff see the email cases: the one named, else Slack, else Discord, else the console. A platform
 * named but not configured is a mistake reported at start.
 */
export function emailStaffPlatform(config: EmailConfig | null, running: { slack: boolean; discord: boolean }): EmailStaffPlatform | null {
  if (!config) return null;
  const chosen = config.staffPlatform ?? (running.slack ? 'slack' : running.discord ? 'discord' : 'console');
  if ((chosen === 'slack' && !running.slack) || (chosen === 'discord' && !running.discord))
    throw new ConfigError(`Email configuration: EMAIL_STAFF_PLATFORM is ${chosen}, but ${chosen} is not configured`);
  if (chosen === 'console' && (running.slack || running.discord))
    throw new ConfigError('Email configuration: EMAIL_STAFF_PLATFORM=console works only without Slack and Discord');
  return chosen;
}
