// The Docker HEALTHCHECK probe (src/health/probe.ts) as Docker runs it: a process that exits 0 when
// /healthz answers 200 on the port `start` serves it on, and 1 otherwise, within its 2 s timeout.
import { execFile } from 'node:child_process';
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const PROBE = fileURLToPath(new URL('../../src/health/probe.ts', import.meta.url));

function probe(env: Record<string, string>): Promise<{ code: number; ms: number; err: string }> {
  const began = performance.now();
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      ['--import', 'tsx', PROBE],
      { env: { PATH: process.env.PATH ?? '', ...env } },
      (error, _out, err) => resolve({ code: error ? Number(error.code) : 0, ms: performance.now() - began, err }),
    );
    child.stdin?.end();
  });
}

describe('the health probe', () => {
  const servers: Server[] = [];
  afterEach(async () => {
    for (const server of servers.splice(0)) {
      server.closeAllConnections();
      server.close();
    }
  });
  async function serving(status: number | 'never'): Promise<string> {
    const server = createServer((req, res) => {
      if (status === 'never') return;
      res.writeHead(req.url === '/healthz' ? status : 404).end();
    });
    servers.push(server);
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    return String((server.address() as AddressInfo).port);
  }

  it('exits 0 when /healthz on HEALTH_PORT answers 200, and 1 on a 503', async () => {
    expect((await probe({ HEALTH_PORT: await serving(200) })).code).toBe(0);
    const unhealthy = await probe({ HEALTH_PORT: await serving(503) });
    expect(unhealthy.code).toBe(1);
    expect(unhealthy.err).toContain('status 503');
  });

  it("asks Slack's PORT when Slack runs over HTTP (a bot token, no app-level token)", async () => {
    const port = await serving(200);
    expect((await probe({ SLACK_BOT_TOKEN: 'xoxb-1', PORT: port })).code).toBe(0);
    // HEALTH_PORT wins when set.
    expect((await probe({ SLACK_BOT_TOKEN: 'xoxb-1', PORT: await serving(503), HEALTH_PORT: port })).code).toBe(0);
  });

  it('exits 1 when nothing listens, and within about 2 s when the server never answers', async () => {
    const closed = await serving(200);
    for (const server of servers.splice(0)) server.close();
    expect((await probe({ HEALTH_PORT: closed })).code).toBe(1);
    const silent = await probe({ HEALTH_PORT: await serving('never') });
    expect(silent.code).toBe(1);
    expect(silent.err).toContain('no answer within 2 s');
    expect(silent.ms).toBeLessThan(6_000);
  });
});
