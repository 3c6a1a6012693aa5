// The HTTP server of /healthz and /readyz (a plain node:http server). When Slack runs over HTTP it is
// also Slack's server: the adapter mounts Bolt's request listener on it, so the health endpoints
// answer from the first second (while the database migrates and Slack is being reached) and keep
// answering 503 while the adapter drains at shutdown, after it has stopped taking Slack's requests.
import { once } from 'node:events';
import { createServer, type IncomingMessage, type RequestListener, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import type { Readiness } from './readiness.ts';

export interface HealthServer {
  port: number;
  /**
   * Hands every request but the health endpoints to `listener`. Returns the unmount: from then on
   * those requests are refused, and it resolves once every request the listener took has been answered.
   */
  mount(listener: RequestListener): () => Promise<void>;
  /**
   * Hands the requests under `prefix` (e.g. `/desk`: the web desk beside Slack's events) to `listener`,
   * before the mounted one. Returns the unmount.
   */
  mountAt(prefix: string, listener: RequestListener): () => void;
  close(): Promise<void>;
}

export interface HealthServerOptions {
  port: number;
  /** Every interface when unset. */
  host?: string | undefined;
  readiness: Readiness;
  log: Logger;
  /** What other requests get while nothing is mounted: 404 on a health-only port, 503 where Slack is (Slack sends events again). */
  unmountedStatus?: 404 | 503;
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(`${JSON.stringify(body)}\n`);
}

export async function startHealthServer(options: HealthServerOptions): Promise<HealthServer> {
  const { readiness, log } = options;
  let mounted: RequestListener | null = null;
  const prefixed = new Map<string, RequestListener>();
  const taken = new Set<ServerResponse>();
  let drained: (() => void) | null = null;

  const health = async (path: string, res: ServerResponse) => {
    if (path === '/healthz') return json(res, 200, { ok: true });
    const report = await readiness.report();
    json(res, report.ready ? 200 : 503, report);
  };

  const listenerAt = (path: string): RequestListener | undefined => {
    for (const [prefix, listener] of prefixed) if (path === prefix || path.startsWith(`${prefix}/`)) return listener;
    return undefined;
  };

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if ((path === '/healthz' || path === '/readyz') && (req.method === 'GET' || req.method === 'HEAD')) {
      req.resume();
      health(path, res).catch((error: unknown) => {
        log.error({ err: error }, 'health check failed');
        if (!res.headersSent) json(res, 500, { ready: false });
      });
      return;
    }
    const listener = listenerAt(path) ?? mounted;
    if (!listener) {
      req.resume();
      res.writeHead(options.unmountedStatus ?? 404).end();
      return;
    }
    taken.add(res);
    res.once('close', () => {
      taken.delete(res);
      if (taken.size === 0) drained?.();
    });
    try {
      listener(req, res);
    } catch {
      // Bolt throws for a path it does not serve.
      if (!res.headersSent) res.writeHead(404).end();
    }
  });
  server.listen(options.port, options.host);
  await Promise.race([
    once(server, 'listening'),
    once(server, 'error').then(([error]) => {
      throw error as Error;
    }),
  ]);
  const port = (server.address() as AddressInfo).port;

  return {
    port,
    mount(listener) {
      mounted = listener;
      return async () => {
        if (mounted === listener) mounted = null;
        if (taken.size === 0) return;
        await new Promise<void>((resolve) => (drained = resolve));
      };
    },
    mountAt(prefix, listener) {
      prefixed.set(prefix, listener);
      return () => {
        if (prefixed.get(prefix) === listener) prefixed.delete(prefix);
      };
    },
    async close() {
      mounted = null;
      prefixed.clear();
      const closed = once(server, 'close');
      server.close();
      server.closeAllConnections();
      await closed;
    },
  };
}
