// Configuration read from the environment once at start, validated, then passed in.
import { z } from 'zod';

export const DEFAULT_DATABASE = '.rma-desk/pglite';

const list = z
  .string()
  .optional()
  .transform((v) =>
    (v ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  );

export const envSchema = z.object({
  /** postgres://… for PostgreSQL; `memory:` or a directory for embedded PGlite. */
  DATABASE_URL: z.string().min(1).default(DEFAULT_DATABASE),
  POLICY_FILE: z.string().min(1).optional(),
  /** Staff user ids in the console chat. */
  CONSOLE_STAFF: list.transform((ids) => (ids.length > 0 ? ids : ['staff'])),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Env = z.output<typeof envSchema>;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function readEnv(env: NodeJS.ProcessEnv = process.env): Env {
  const result = envSchema.safeParse(env);
  if (!result.success) {
    throw new ConfigError(result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  }
  return result.data;
}
