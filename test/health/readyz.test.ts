// /readyz against each adapter's readiness, wired the way `rma-desk start` wires it (startHealth,
// openApp's onOpened, the adapters' onConnection, leadership's onStandby): 503 naming what it waits
// for until the adapter is connected, 200 after, 503 again when a connection or the database is lost.
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { readDiscordConfig } from '../../src/adapters/discord/config.ts';
import { startDiscord, type DiscordDesk } from '../../src/adapters/discord/discordAdapter.ts';
import { EVENTS_PATH, startSlack, type SlackHandle } from '../../src/adapters/slack/slackApp.ts';
import { readSlackConfig } from '../../src/adapters/slack/slackConfig.ts';
import { openApp, type App } from '../../src/app.ts';
import { startHealth, type Health } from '../../src/health/startHealth.ts';
import { DEFAULT_POLICY } from '../../src/policy/policy.ts';
import { leadRole } from '../../src/service/leadership.ts';
import { FakeDiscord } from '../fakes/discord/fakeDiscord.ts';
import { discordEnv, serverOptions } from '../fakes/discord/fixtures.ts';
import { startFakeSlackApi, type FakeSlackApi } from '../fakes/slack/fakeSlackApi.ts';
import { startFakeSocketMode, type FakeSocketMode } from '../fakes/slack/fakeSocketMode.ts';
import { eventCallback, messageEvent, sendToApp, slackTs } from '../fakes/slack/slackRequests.ts';
import { silentProxy, type SilentProxy } from '../support/silentProxy.ts';
import { freshDatabaseUrl, usingPostgres, type TestDatabaseUrl } from '../support/testDb.ts';

const log = pino({ level: 'silent' });
const SECRET = 'test-signing-secret-0123456789';

async function readyz(port: number): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`http://127.0.0.1:${port}/readyz`, { signal: AbortSignal.timeout(5_000) });
  return { status: response.status, body: await response.json() };
}

async function eventually(what: string, check: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const slackEnv = (api: FakeSlackApi, mode: 'http' | 'socket') => ({
  SLACK_BOT_TOKEN: 'xoxb-test-bot-token',
  ...(mode === 'http' ? { SLACK_SIGNING_SECRET: SECRET, PORT: '0' } : { SLACK_APP_TOKEN: 'xapp-test-app-token' }),
  SLACK_SUPPORT_CHANNELS: 'C0SUPPORT',
  SLACK_STAFF_CHANNEL: 'G0STAFF',
  SLACK_STAFF_USERS: 'USTAFF1',
  SLACK_API_URL: api.apiUrl,
});

describe('/readyz', () => {
  const cleanups: Array<() => Promise<unknown>> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
    cleanups.length = 0;
  });

  /** startHealth, then the database opened as `start` opens it. */
  async function healthAndApp(
    env: NodeJS.ProcessEnv,
    databaseUrl?: string,
  ): Promise<{ health: Health; port: number; app: App; before: unknown }> {
    const slack = readSlackConfig(env);
    const discord = readDiscordConfig(env);
    const health = await startHealth({ env, slack, discord, log, host: '127.0.0.1' });
    cleanups.push(() => health.close());
    const port = health.ports[0]!;
    const before = await readyz(port);
    let target: TestDatabaseUrl | null = null;
    if (!databaseUrl) {
      target = await freshDatabaseUrl();
      cleanups.push(() => target!.drop());
    }
    const app = await openApp({ databaseUrl: databaseUrl ?? target!.url, policy: DEFAULT_POLICY, log, onOpened: health.watch });
    cleanups.push(() => app.close());
    health.readiness.set('migrations', 'ready');
    return { health, port, app, before };
  }

  it('Slack over HTTP: served on Slack’s port, 503 until the adapter takes requests there, 200 after, 503 once stopped', async () => {
    const api = await startFakeSlackApi();
    cleanups.push(() => api.close());
    const env = slackEnv(api, 'http');
    const { health, port, app, before } = await healthAndApp(env);
    expect(before).toEqual({ status: 503, body: { ready: false, waiting: ['database', 'migrations', 'slack'] } });
    expect(await readyz(port)).toEqual({ status: 503, body: { ready: false, waiting: ['slack'] } });
    // Slack's requests before the adapter is up are refused with a 503: Slack sends them again.
    const ts = slackTs('2026-11-20T10:00:00Z');
    const event = { json: eventCallback(messageEvent({ channel: 'C0SUPPORT', user: 'UCUST01', text: 'Order 100234: dead optic', ts })) };
    expect((await sendToApp(`http://127.0.0.1:${port}${EVENTS_PATH}`, SECRET, event)).status).toBe(503);

    const slack: SlackHandle = await startSlack({
      config: readSlackConfig(env)!,
      desk: app.desk,
      log,
      server: health.slackServer,
      onConnection: health.connection('slack'),
    });
    expect(slack.port).toBe(port);
    expect(await readyz(port)).toEqual({ status: 200, body: { ready: true } });
    // The same port takes Slack's events now.
    expect((await sendToApp(`http://127.0.0.1:${port}${EVENTS_PATH}`, SECRET, event)).status).toBe(200);
    await slack.idle();
    expect(api.callsOf('chat.postMessage', (a) => a.thread_ts === ts).length).toBeGreaterThan(0);

    await slack.stop();
    expect(await readyz(port)).toEqual({ status: 503, body: { ready: false, waiting: ['slack'] } });
  });

  it('Slack in Socket Mode: on HEALTH_PORT, 503 until Slack says hello, 503 when the socket drops, 200 once reconnected', async () => {
    const socket: FakeSocketMode = await startFakeSocketMode();
    cleanups.push(() => socket.close());
    const api = await startFakeSlackApi({ socketUrl: () => socket.url });
    cleanups.push(() => api.close());
    const env = { ...slackEnv(api, 'socket'), HEALTH_PORT: '0' };
    const { health, port, app } = await healthAndApp(env);
    expect(await readyz(port)).toEqual({ status: 503, body: { ready: false, waiting: ['slack'] } });

    const slack = await startSlack({ config: readSlackConfig(env)!, desk: app.desk, log, onConnection: health.connection('slack') });
    cleanups.push(() => slack.stop());
    expect(await readyz(port)).toEqual({ status: 200, body: { ready: true } });

    socket.dropClients();
    await eventually('503 after the socket dropped', async () => (await readyz(port)).status === 503);
    expect((await readyz(port)).body).toEqual({ ready: false, waiting: ['slack'] });
    // The client reconnects on its own (after its 5 s back-off).
    await eventually('200 after reconnecting', async () => (await readyz(port)).status === 200, 15_000);
  }, 30_000);

  it('Discord: on HEALTH_PORT, 503 until the gateway is ready, 503 while it reconnects, 200 once resumed', async () => {
    const fake = new FakeDiscord(serverOptions());
    await fake.start();
    cleanups.push(() => fake.stop());
    const env = { ...discordEnv(fake.apiUrl), HEALTH_PORT: '0' };
    const { health, port, app } = await healthAndApp(env);
    expect(await readyz(port)).toEqual({ status: 503, body: { ready: false, waiting: ['discord'] } });

    const discord: DiscordDesk = await startDiscord({
      config: readDiscordConfig(env)!,
      desk: app.desk,
      log,
      onConnection: health.connection('discord'),
    });
    cleanups.push(() => discord.stop());
    expect(await readyz(port)).toEqual({ status: 200, body: { ready: true } });

    fake.dropConnection();
    await eventually('503 while the gateway reconnects', async () => (await readyz(port)).status === 503);
    await eventually('200 once the session resumed', async () => (await readyz(port)).status === 200);
    expect(fake.resumes).toHaveLength(1);
  });

  it('Discord standby: a process that does not hold the gateway lock is ready, and says it stands by', async () => {
    const env = { ...discordEnv('http://127.0.0.1:9/api'), HEALTH_PORT: '0' };
    const { health, port } = await healthAndApp(env);
    // Another process holds the lock: this one never connects the gateway.
    const gateway = leadRole(
      { tryLock: async () => null },
      'rma-desk:discord-gateway:test',
      { start: () => Promise.reject(new Error('must not start')), stop: async () => {} },
      { onStandby: () => health.readiness.set('discord', 'standby'), pollMs: 50 },
    );
    cleanups.push(() => gateway.stop());
    await eventually('ready as a standby', async () => (await readyz(port)).status === 200);
    expect((await readyz(port)).body).toEqual({ ready: true, standby: ['discord'] });
  });

  it('the console chat: no health port unless HEALTH_PORT is set; then 503 at once when shutdown begins', async () => {
    const none = await startHealth({ env: {}, slack: null, discord: null, log });
    await none.close();
    expect(none.ports).toEqual([]);
    const { health, port } = await healthAndApp({ HEALTH_PORT: '0' });
    expect(await readyz(port)).toEqual({ status: 200, body: { ready: true } });
    health.readiness.beginShutdown();
    expect(await readyz(port)).toEqual({ status: 503, body: { ready: false, stopping: true } });
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
  });

  it('a database closed under it makes /readyz 503 waiting for the database', async () => {
    const { port, app } = await healthAndApp({ HEALTH_PORT: '0' });
    cleanups.pop();
    await app.close();
    expect(await readyz(port)).toEqual({ status: 503, body: { ready: false, waiting: ['database'] } });
  });

  it.runIf(usingPostgres)('PostgreSQL gone silent (a network partition): 503 within the check timeout', async () => {
    const target = await freshDatabaseUrl();
    cleanups.push(() => target.drop());
    const proxy: SilentProxy = await silentProxy(target.url);
    const { port } = await healthAndApp({ HEALTH_PORT: '0' }, proxy.url);
    cleanups.push(() => proxy.close()); // first: the pool cannot end while a query hangs on the silent proxy
    expect((await readyz(port)).status).toBe(200);
    proxy.silence();
    const askedAt = performance.now();
    expect(await readyz(port)).toEqual({ status: 503, body: { ready: false, waiting: ['database'] } });
    expect(performance.now() - askedAt).toBeLessThan(3_000);
  });
});
