// Serves the web desk for `rma-desk start`: on WEB_PORT (a server of its own, with /healthz and
// /readyz too), else under /desk on Slack's HTTP port; not at all when neither is there.
import { getRequestListener } from '@hono/node-server';
import type { Logger } from 'pino';
import type { EvidenceStore } from '../evidence/storage.ts';
import { startHealthServer, type HealthServer } from '../health/healthServer.ts';
import type { Readiness } from '../health/readiness.ts';
import type { Desk } from '../service/desk.ts';
import type { Db } from '../store/database.ts';
import type { StaffIdentity } from '../store/deskSessionStore.ts';
import { createDeskApp } from './deskApp.ts';
import { DESK_BASE } from './layout.ts';
import type { PlatformSignIns } from './platformSignIn.ts';
import { deskBaseUrl, type WebConfig } from './webConfig.ts';

/** Whether someone is staff, per platform: the adapters register theirs as they start. */
export class StaffChecks {
  private readonly byPlatform = new Map<string, (id: string) => Promise<boolean>>();

  set(platform: string, check: (id: string) => Promise<boolean>): void {
    this.byPlatform.set(platform, check);
  }

  delete(platform: string): void {
    this.byPlatform.delete(platform);
  }

  /** An identity of a platform this process does not run is not staff here. */
  async isStaff(staff: StaffIdentity): Promise<boolean> {
    const check = this.byPlatform.get(staff.platform);
    return check ? check(staff.id) : false;
  }
}

export interface WebDesk {
  /** Where staff open it, for the start banner. */
  url: string;
  stop(): Promise<void>;
}

export async function startWebDesk(options: {
  config: WebConfig;
  db: Db;
  timeZone: string;
  evidenceStore: EvidenceStore | null;
  /** The case service, for staff actions; `afterChange` when they changed a case (the relay posts). */
  desk: Pick<Desk, 'handle'>;
  afterChange: () => void;
  staff: StaffChecks;
  readiness: Readiness;
  log: Logger;
  /** Slack's HTTP server, when Slack runs over HTTP: the desk goes under /desk there without WEB_PORT. */
  slackServer?: HealthServer | undefined;
  host?: string | undefined;
  /** Sign in with Slack / Discord (configured, with the running adapters). */
  signIns?: PlatformSignIns | null | undefined;
}): Promise<WebDesk | null> {
  const { config, log } = options;
  const app = createDeskApp({
    db: options.db,
    staffCheck: (staff) => options.staff.isStaff(staff),
    publicUrl: config.publicUrl,
    timeZone: options.timeZone,
    evidenceStore: options.evidenceStore,
    desk: options.desk,
    afterChange: options.afterChange,
    signIns: options.signIns,
    log: log.child({ component: 'web' }),
  });
  const listener = getRequestListener(app.fetch);
  if (config.port !== null) {
    const server = await startHealthServer({ port: config.port, host: options.host, readiness: options.readiness, log });
    server.mountAt(DESK_BASE, listener);
    // Browsers ask for /favicon.ico whatever the page says; nothing else lives outside /desk here.
    server.mountAt('/favicon.ico', (_req, res) => void res.writeHead(204).end());
    const url = `${deskBaseUrl({ ...config, port: server.port }, null)}${DESK_BASE}/`;
    log.info({ port: server.port, url }, 'web desk listening');
    return { url, stop: () => server.close() };
  }
  if (options.slackServer) {
    const unmount = options.slackServer.mountAt(DESK_BASE, listener);
    const url = `${deskBaseUrl(config, options.slackServer.port)}${DESK_BASE}/`;
    log.info({ url }, 'web desk on the Slack port');
    return { url, stop: async () => unmount() };
  }
  return null;
}
