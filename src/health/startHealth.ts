// Where /healthz and /readyz are served for `rma-desk start`:
// - Slack over HTTP: on Slack's own port (PORT, default 3000), the server Slack's requests come in on;
// - otherwise (Discord only, Slack in Socket Mode): on HEALTH_PORT (default 8080);
// - the console chat: only when HEALTH_PORT is set.
// HEALTH_PORT set beside Slack over HTTP serves them there too (a probe port kept off the public one).
import type { Logger } from 'pino';
import type { DiscordConfig } from '../adapters/discord/config.ts';
import type { SlackConfig } from '../adapters/slack/slackConfig.ts';
import { ConfigError } from '../config/config.ts';
import type { Database } from '../store/database.ts';
import { startHealthServer, type HealthServer } from './healthServer.ts';
import { databaseCheck, Readiness } from './readiness.ts';

export const DEFAULT_HEALTH_PORT = 8080;

export interface Health {
  readiness: Readiness;
  /** Slack over HTTP: the server its requests come in on (the adapter mounts Bolt there). */
  slackServer: HealthServer | undefined;
  /** The ports health is served on, for the start banner; empty when none. */
  ports: number[];
  /** For openApp: the database is open, ask it from now on. */
  watch(database: Database): void;
  /** For an adapter: how its connection state reaches /readyz. */
  connection(part: 'slack' | 'discord'): (connected: boolean) => void;
  close(): Promise<void>;
}

export interface HealthOptions {
  env: NodeJS.ProcessEnv;
  slack: SlackConfig | null;
  discord: DiscordConfig | null;
  log: Logger;
  /** The interface to listen on; every interface when unset. */
  host?: string | undefined;
}

/** HEALTH_PORT, or undefined when unset. */
export function healthPortFrom(env: NodeJS.ProcessEnv): number | undefined {
  const raw = env.HEALTH_PORT?.trim();
  if (!raw) return undefined;
  if (!/^\d+$/.test(raw) || Number(raw) > 65535) throw new ConfigError(`HEALTH_PORT must be a port number (0 to 65535), got ${raw}`);
  return Number(raw);
}

export async function startHealth(options: HealthOptions): Promise<Health> {
  const { slack, discord, log, host } = options;
  const healthPort = healthPortFrom(options.env);
  const readiness = new Readiness(['database', 'migrations', ...(slack ? ['slack'] : []), ...(discord ? ['discord'] : [])]);
  const servers: HealthServer[] = [];
  let slackServer: HealthServer | undefined;
  try {
    if (slack?.mode.kind === 'http') {
      slackServer = await startHealthServer({ port: slack.mode.port, host, readiness, log, unmountedStatus: 503 });
      servers.push(slackServer);
    }
    const wanted = healthPort ?? (slack || discord ? DEFAULT_HEALTH_PORT : undefined);
    if (wanted !== undefined && (!slackServer || (healthPort !== undefined && healthPort !== slackServer.port)))
      servers.push(await startHealthServer({ port: wanted, host, readiness, log }));
  } catch (error) {
    await Promise.all(servers.map((s) => s.close()));
    throw error;
  }
  const ports = servers.map((s) => s.port);
  if (ports.length > 0) log.info({ ports }, 'health endpoints /healthz and /readyz listening');
  return {
    readiness,
    slackServer,
    ports,
    watch: (database) => readiness.watchDatabase(databaseCheck(database.db)),
    connection: (part) => (connected) => readiness.set(part, connected ? 'ready' : 'waiting'),
    close: async () => void (await Promise.all(servers.map((s) => s.close()))),
  };
}
