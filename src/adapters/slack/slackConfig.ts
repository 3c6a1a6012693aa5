// The Slack adapter's configuration, read from the environment once at start. Every problem is
// collected and reported in one ConfigError naming the variables, so a seller fixes them in one go.
import { z } from 'zod';
import { ConfigError } from '../../config/config.ts';

export type SlackMode = { kind: 'http'; signingSecret: string; port: number } | { kind: 'socket'; appToken: string };

export interface SlackConfig {
  botToken: string;
  mode: SlackMode;
  /** Channels where customers write; a root message there (or in a DM with the bot) opens a case thread. */
  supportChannels: string[];
  /** The private channel where staff see the cases that need them. */
  staffChannel: string;
  staffUsers: string[];
  staffUsergroup: string | null;
  /** Web API base URL (an enterprise proxy, a test fake); Slack's own when undefined. */
  apiUrl: string | undefined;
}

const CHANNEL_ID = /^[CG][A-Z0-9]{2,}$/;
const USER_ID = /^[UW][A-Z0-9]{2,}$/;
const USERGROUP_ID = /^S[A-Z0-9]{2,}$/;

const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : typeof v === 'string' ? v.trim() : v);
const optional = (schema: z.ZodType<string, string>) => z.preprocess(blankToUndefined, schema.optional());
const idList = (pattern: RegExp, what: string) =>
  z.preprocess(
    blankToUndefined,
    z
      .string()
      .optional()
      .transform((v) =>
        (v ?? '')
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean),
      )
      .pipe(
        z.array(z.string().regex(pattern, `each entry must be a ${what} id such as ${what === 'channel' ? 'C0123ABCD' : 'U0123ABCD'}`)),
      ),
  );

const slackEnvSchema = z.object({
  SLACK_BOT_TOKEN: z.string().regex(/^xoxb-/, 'must be a bot token starting with xoxb-'),
  SLACK_APP_TOKEN: optional(z.string().regex(/^xapp-/, 'must be an app-level token starting with xapp-')),
  SLACK_SIGNING_SECRET: optional(z.string().min(8, 'looks too short for a signing secret')),
  SLACK_SUPPORT_CHANNELS: idList(CHANNEL_ID, 'channel').pipe(
    z.array(z.string()).min(1, 'is missing: the comma-separated ids of the support channels'),
  ),
  SLACK_STAFF_CHANNEL: z.preprocess(
    blankToUndefined,
    z.string({ error: 'is missing: the id of the staff channel' }).regex(CHANNEL_ID, 'must be a channel id such as C0123ABCD'),
  ),
  SLACK_STAFF_USERS: idList(USER_ID, 'user'),
  SLACK_STAFF_USERGROUP: optional(z.string().regex(USERGROUP_ID, 'must be a user group id such as S0123ABCD')),
  PORT: z.preprocess(blankToUndefined, z.coerce.number({ error: 'must be a port number' }).int().min(0).max(65535).default(3000)),
  SLACK_API_URL: optional(z.url({ protocol: /^https?$/, error: 'must be an http(s) URL such as https://slack.com/api/' })),
});

const present = (v: string | undefined) => (v ?? '').trim() !== '';
const ids = (v: string | undefined) =>
  (v ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

/** Rules across variables; checked on the raw environment so they are reported along with the rest. */
function crossChecks(env: NodeJS.ProcessEnv): string[] {
  const problems: string[] = [];
  if (!present(env.SLACK_APP_TOKEN) && !present(env.SLACK_SIGNING_SECRET)) {
    problems.push('SLACK_SIGNING_SECRET is missing: set it for HTTP mode, or set SLACK_APP_TOKEN for Socket Mode');
  }
  if (ids(env.SLACK_STAFF_USERS).length === 0 && !present(env.SLACK_STAFF_USERGROUP)) {
    problems.push('SLACK_STAFF_USERS is missing: set staff user ids, and/or SLACK_STAFF_USERGROUP');
  }
  const staffChannel = env.SLACK_STAFF_CHANNEL?.trim();
  if (staffChannel && ids(env.SLACK_SUPPORT_CHANNELS).includes(staffChannel)) {
    // Staff messages carry case details customers must not see.
    problems.push('SLACK_STAFF_CHANNEL must not also be a support channel');
  }
  return problems;
}

/** The Slack configuration, or null when SLACK_BOT_TOKEN is unset (the Slack adapter is then off). */
export function readSlackConfig(env: NodeJS.ProcessEnv): SlackConfig | null {
  if (!env.SLACK_BOT_TOKEN?.trim()) return null;
  const result = slackEnvSchema.safeParse(env);
  const problems = [
    ...(result.success ? [] : result.error.issues.map((i) => `${String(i.path[0] ?? 'Slack')} ${i.message}`)),
    ...crossChecks(env),
  ];
  if (!result.success || problems.length > 0) throw new ConfigError(`Slack configuration: ${[...new Set(problems)].join('; ')}`);
  const e = result.data;
  return {
    botToken: e.SLACK_BOT_TOKEN,
    // An app-level token means Socket Mode: no public URL is needed.
    mode: e.SLACK_APP_TOKEN
      ? { kind: 'socket', appToken: e.SLACK_APP_TOKEN }
      : { kind: 'http', signingSecret: e.SLACK_SIGNING_SECRET!, port: e.PORT },
    supportChannels: e.SLACK_SUPPORT_CHANNELS,
    staffChannel: e.SLACK_STAFF_CHANNEL,
    staffUsers: e.SLACK_STAFF_USERS,
    staffUsergroup: e.SLACK_STAFF_USERGROUP ?? null,
    apiUrl: e.SLACK_API_URL,
  };
}
