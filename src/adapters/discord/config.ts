// The Discord adapter's settings, read from the environment once at start. The adapter is off
// (null) when DISCORD_TOKEN is unset; once it is set, every other variable must be right.
import { z } from 'zod';
import { ConfigError } from '../../config/config.ts';
import type { WorkLimits } from './workGate.ts';

export interface DiscordConfig {
  token: string;
  applicationId: string;
  guildId: string;
  /** Channels where customers open claims; their private case threads are created there. */
  supportChannels: string[];
  staffChannel: string;
  staffRole: string;
  /** Base of the REST API (…/api); undefined for discord.com. The gateway is what `/gateway/bot` names. */
  apiUrl: string | undefined;
  /** Bounds on the work under way (DISCORD_MAX_IN_FLIGHT, DISCORD_MAX_PER_USER, DISCORD_MAX_QUEUED). */
  limits: WorkLimits;
}

/** About a second of work at the pace discord.js lets answers out (50 requests a second). */
export const DEFAULT_LIMITS: WorkLimits = { inFlight: 50, perUser: 5, queued: 500 };

const SNOWFLAKE = /^\d{17,20}$/;

function missing(name: string) {
  return `${name} is missing`;
}

const snowflake = (name: string) =>
  z
    .string({ error: missing(name) })
    .trim()
    .min(1, missing(name))
    .regex(SNOWFLAKE, `${name} must be a Discord id (17 to 20 digits; copy it with Developer Mode on)`);

const limit = (name: string) =>
  z
    .string()
    .trim()
    .optional()
    .refine((v) => v === undefined || v === '' || (/^\d+$/.test(v) && Number(v) >= 1), `${name} must be a whole number of at least 1`)
    .transform((v) => (v ? Number(v) : undefined));

const schema = z.object({
  DISCORD_TOKEN: z.string().trim().min(1, missing('DISCORD_TOKEN')),
  DISCORD_APPLICATION_ID: snowflake('DISCORD_APPLICATION_ID'),
  DISCORD_GUILD_ID: snowflake('DISCORD_GUILD_ID'),
  DISCORD_SUPPORT_CHANNELS: z
    .string({ error: missing('DISCORD_SUPPORT_CHANNELS') })
    .transform((v) =>
      v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    )
    .pipe(
      z
        .array(z.string().regex(SNOWFLAKE, 'DISCORD_SUPPORT_CHANNELS must be comma-separated Discord channel ids'))
        .min(1, missing('DISCORD_SUPPORT_CHANNELS')),
    ),
  DISCORD_STAFF_CHANNEL: snowflake('DISCORD_STAFF_CHANNEL'),
  DISCORD_STAFF_ROLE: snowflake('DISCORD_STAFF_ROLE'),
  DISCORD_API_URL: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v.replace(/(?<!\/)\/+$/, '') : undefined))
    .refine(
      (v) => v === undefined || /^https?:\/\/[^/]+/.test(v),
      'DISCORD_API_URL must be an http(s) URL such as https://discord.com/api',
    ),
  DISCORD_MAX_IN_FLIGHT: limit('DISCORD_MAX_IN_FLIGHT'),
  DISCORD_MAX_PER_USER: limit('DISCORD_MAX_PER_USER'),
  DISCORD_MAX_QUEUED: limit('DISCORD_MAX_QUEUED'),
});

/** Null when DISCORD_TOKEN is unset; throws ConfigError naming every missing or invalid variable. */
export function readDiscordConfig(env: NodeJS.ProcessEnv): DiscordConfig | null {
  if (!env.DISCORD_TOKEN?.trim()) return null;
  const result = schema.safeParse(env);
  if (!result.success) {
    const problems = [...new Set(result.error.issues.map((issue) => issue.message))];
    throw new ConfigError(`Discord: ${problems.join('; ')}`);
  }
  const e = result.data;
  return {
    token: e.DISCORD_TOKEN,
    applicationId: e.DISCORD_APPLICATION_ID,
    guildId: e.DISCORD_GUILD_ID,
    supportChannels: [...new Set(e.DISCORD_SUPPORT_CHANNELS)],
    staffChannel: e.DISCORD_STAFF_CHANNEL,
    staffRole: e.DISCORD_STAFF_ROLE,
    apiUrl: e.DISCORD_API_URL,
    limits: {
      inFlight: e.DISCORD_MAX_IN_FLIGHT ?? DEFAULT_LIMITS.inFlight,
      perUser: e.DISCORD_MAX_PER_USER ?? DEFAULT_LIMITS.perUser,
      queued: e.DISCORD_MAX_QUEUED ?? DEFAULT_LIMITS.queued,
    },
  };
}
