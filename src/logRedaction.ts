// What keeps secrets out of the log at any depth: by field name (`token`, `password` …), by pattern
// inside any string (Slack and Discord tokens, Discord webhook and interaction paths, AWS keys,
// passwords in URLs, `secret=…` pairs) and by value (the secrets the app was configured with, which
// no pattern can recognise, e.g. a Slack signing secret). Every pattern is linear in its input
// (eslint-plugin-regexp checks it) and the walk over a logged object is bounded, so logging stays cheap.
import { stdSerializers } from 'pino';

export const REDACTED = '[redacted]';

/** Field names whose values are never written (compared lower-case without `_` and `-`). */
export const SECRET_FIELD_NAMES = [
  'token',
  'botToken',
  'appToken',
  'accessToken',
  'refreshToken',
  'sessionToken',
  'signingSecret',
  'clientSecret',
  'secret',
  'password',
  'passwd',
  'authorization',
  'cookie',
  'setCookie',
  'apiKey',
  'DATABASE_URL',
  'DISCORD_TOKEN',
  'SLACK_BOT_TOKEN',
  'SLACK_APP_TOKEN',
  'SLACK_SIGNING_SECRET',
  'secretAccessKey',
  'EVIDENCE_S3_SECRET_ACCESS_KEY',
  'AWS_SECRET_ACCESS_KEY',
  'AWS_SESSION_TOKEN',
];
const SECRET_FIELDS = new Set(SECRET_FIELD_NAMES.map(fieldKey));

function fieldKey(name: string): string {
  return name.toLowerCase().replaceAll(/[-_]/g, '');
}

/** A Discord bot token's first part is its bot's id (a snowflake) in base64url. */
function isDiscordToken(token: string): boolean {
  const id = Buffer.from(token.slice(0, token.indexOf('.')), 'base64url').toString('latin1');
  return /^\d{15,21}$/.test(id);
}

type Rule = [pattern: RegExp, replace: string | ((match: string, ...groups: string[]) => string)];

const RULES: Rule[] = [
  // Slack: bot, user, app-level, refresh, config tokens (xoxb-…, xoxp-…, xapp-…, xoxe.xoxp-…).
  [/(?<![\w-])(?:xox[abeoprs]|xapp)-[\w-]+/g, REDACTED],
  // Discord: the token of a webhook or of an interaction (valid 15 minutes) is part of its path.
  [/(\/(?:webhooks|interactions)\/\d{1,25}\/)[^\s/?#"'\\]+/g, `$1${REDACTED}`],
  // Slack incoming webhooks and response_url links hold their own secret in the path.
  [/(hooks\.slack\.com\/[a-z]+\/)[^\s"'\\]+/g, `$1${REDACTED}`],
  // Discord bot token: base64url(bot id) . timestamp . HMAC.
  [/(?<![\w-])[MNO][\w-]{19,31}\.[\w-]{4,12}\.[\w-]{20,}/g, (token) => (isDiscordToken(token) ? REDACTED : token)],
  [/\b(Bearer|Bot) [\w.~+/-]{20,}=*/g, `$1 ${REDACTED}`],
  // AWS: an access key id, and a secret access key written right after it.
  [/(?<![A-Z\d])(?:AKIA|ASIA)[A-Z\d]{16}(?![A-Z\d])(?:[\s"',:;=|]{1,8}[\w+/]{40}(?![\w+/]))?/g, REDACTED],
  // user:password@ in any URL (postgres://, https://, amqp:// …); the user name stays.
  [/(:\/\/[^\s:/@"]*:)[^\s/"]+@/g, `$1${REDACTED}@`],
  // password=…, "secret": "…", token: …, aws_secret_access_key = … (config dumps, query strings, JSON in messages).
  [
    /\b(password|passwd|pwd|secret|(?:access|refresh|bot|app|session)?[_-]?token|api[_-]?key|secret[_-]?access[_-]?key|signing[_-]?secret|client[_-]?secret)(["']?[\t ]{0,3}[:=][\t ]{0,3}["']?)[^\s"'&,;]+/gi,
    `$1$2${REDACTED}`,
  ],
];

/** Configured secrets shorter than this are not looked for as text (they would hide ordinary words). */
const MIN_KNOWN_SECRET = 6;
const knownSecrets = new Set<string>();

/** Secret values from the configuration: never written to the log, wherever they appear. */
export function registerSecrets(values: Iterable<string | null | undefined>): void {
  for (const value of values) {
    const secret = value?.trim();
    if (!secret || secret.length < MIN_KNOWN_SECRET) continue;
    knownSecrets.add(secret);
    // As they would appear inside JSON text or a URL.
    knownSecrets.add(JSON.stringify(secret).slice(1, -1));
    knownSecrets.add(encodeURIComponent(secret));
  }
}

/** The configured secrets in an environment: platform tokens, the S3 secret key, the database and mail passwords. */
export function secretsFromEnv(env: NodeJS.ProcessEnv): string[] {
  const names = [
    'DISCORD_TOKEN',
    'SLACK_BOT_TOKEN',
    'SLACK_APP_TOKEN',
    'SLACK_SIGNING_SECRET',
    'EVIDENCE_S3_SECRET_ACCESS_KEY',
    'AWS_SECRET_ACCESS_KEY',
    'AWS_SESSION_TOKEN',
    'PGPASSWORD',
    'EMAIL_IMAP_PASSWORD',
    'EMAIL_SMTP_PASSWORD',
    'EMAIL_OAUTH_CLIENT_SECRET',
    'EMAIL_OAUTH_REFRESH_TOKEN',
  ];
  return [
    ...names.map((name) => env[name] ?? ''),
    databasePassword(env.DATABASE_URL),
    // The mail servers' URLs may carry their passwords too.
    databasePassword(env.EMAIL_IMAP_URL),
    databasePassword(env.EMAIL_SMTP_URL),
  ].filter(Boolean);
}

/** The password in a postgres://user:password@host/… (or imaps://, smtps://) URL, decoded; '' when there is none. */
export function databasePassword(url: string | undefined): string {
  if (!url?.includes('://')) return '';
  try {
    return decodeURIComponent(new URL(url).password);
  } catch {
    return '';
  }
}

/** The text with every secret the rules or the registered values find replaced by `[redacted]`. */
export function redactText(text: string): string {
  let out = text;
  for (const [pattern, replace] of RULES) out = out.replace(pattern, replace as string);
  for (const secret of knownSecrets) if (out.includes(secret)) out = out.replaceAll(secret, REDACTED);
  return out;
}

const MAX_DEPTH = 10;
/** Values visited per log line; a bigger object is cut short rather than slow every log call. */
const MAX_NODES = 5000;

/**
 * A copy of a logged value fit to write: errors (at any depth, with their causes) as pino writes them,
 * secret fields censored, secrets inside strings redacted. Cycles and depth are cut; the caller's
 * objects are never changed.
 */
export function redactValue(value: unknown): unknown {
  const budget = { nodes: MAX_NODES };
  return walk(value, 0, new Set(), budget);
}

function walk(value: unknown, depth: number, ancestors: Set<object>, budget: { nodes: number }): unknown {
  if (typeof value === 'string') return redactText(value);
  if (value === null || typeof value !== 'object') return value;
  if (--budget.nodes < 0) return '[cut: too large]';
  if (ancestors.has(value)) return '[Circular]';
  if (depth >= MAX_DEPTH) return '[cut: too deep]';
  let source: unknown = value;
  if (value instanceof Error) source = errorFields(value);
  else if (typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    // What JSON.stringify would write (a Date's ISO text, a URL's href, a discord.js structure's data).
    source = (value as { toJSON: () => unknown }).toJSON();
    if (typeof source === 'string') return redactText(source);
    if (source === null || typeof source !== 'object') return source;
  }
  ancestors.add(value);
  try {
    if (Array.isArray(source)) return source.map((item) => walk(item, depth + 1, ancestors, budget));
    const copy: Record<string, unknown> = {};
    let entries: Array<[string, unknown]>;
    try {
      entries = Object.entries(source as object);
    } catch {
      return '[unreadable]'; // a getter that throws
    }
    for (const [key, field] of entries) {
      copy[key] = SECRET_FIELDS.has(fieldKey(key)) && field != null ? REDACTED : walk(field, depth + 1, ancestors, budget);
    }
    return copy;
  } finally {
    ancestors.delete(value);
  }
}

/**
 * pino's error shape: type, message and stack (both with the causes' folded in), own fields (a
 * DiscordAPIError's url, method, requestBody …). A cause's own fields, which pino would drop, are kept
 * under `cause`, without its message and stack (already folded in).
 */
function errorFields(error: Error, seen = new Set<Error>()): Record<string, unknown> {
  seen.add(error);
  const fields: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(stdSerializers.err(error))) if (key !== 'raw') fields[key] = field;
  const cause = error.cause;
  if (cause instanceof Error && !seen.has(cause)) {
    const { message: _message, stack: _stack, ...causeFields } = errorFields(cause, seen);
    fields.cause = causeFields;
  } else if (cause !== undefined && fields.cause === undefined && !(cause instanceof Error)) fields.cause = cause;
  return fields;
}
