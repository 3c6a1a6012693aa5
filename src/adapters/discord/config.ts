// The Discord adapter's settings, read from the environment once at start. The adapter is off
// (null) when DISCORD_TOKEN is unset; once it is set, every other variable must be right.
import { z } from 'zod';
import { ConfigError } from '../../config/config.ts';

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
}

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
  };
}
