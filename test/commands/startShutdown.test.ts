// `rma-desk start` on SIGTERM: /readyz turns 503 at once, a Slack event under way is finished and
// recorded before the process exits 0, SHUTDOWN_TIMEOUT_MS bounds it all (exit 1, naming what was
// still running), and a second signal ends the process at once.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/store/db.ts';
import { startFakeSlackApi, type FakeSlackApi } from '../fakes/slack/fakeSlackApi.ts';
import { eventCallback, messageEvent, sendToApp, slackTs } from '../fakes/slack/slackRequests.ts';
import { getHealth, startBot, type BotProcess } from './botProcess.ts';

const SECRET = 'test-signing-secret';

describe('rma-desk start shutting down', () => {
  let api: FakeSlackApi;
  let root: string;
  let bot: BotProcess | null = null;
  const env = (more: Record<string, string> = {}) => ({
    SLACK_BOT_TOKEN: 'xoxb-test-bot-token',
    SLACK_SIGNING_SECRET: SECRET,
    PORT: '0',
    SLACK_SUPPORT_CHANNELS: 'C0SUPPORT',
    SLACK_STAFF_CHANNEL: 'G0STAFF',
    SLACK_STAFF_USERS: 'USTAFF1',
    // The first customer message asks Slack for this group's members: made slow below, it keeps the event under way.
    SLACK_STAFF_USERGROUP: 'S0STAFF',
    SLACK_API_URL: api.apiUrl,
    DATABASE_URL: join(root, `db-${Date.now()}`),
    ...more,
  });

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'rma-start-shutdown-'));
  });
  beforeEach(async () => {
    api = await startFakeSlackApi({ usergroups: { S0STAFF: ['USTAFF2'] } });
  });
  afterEach(async () => {
    bot?.child.kill('SIGKILL');
    await bot?.exited;
    bot = null;
    await api.close();
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  async function running(more: Record<string, string> = {}): Promise<{ bot: BotProcess; port: number; databaseUrl: string }> {
    const e = env(more);
    bot = startBot(e);
    const port = Number((await bot.waitForOut(/HTTP, port (\d+)/))[1]);
    await bot.waitForOut(/Ctrl-C stops/);
    return { bot, port, databaseUrl: e.DATABASE_URL };
  }

  /** A customer's first message, sent while Slack answers the staff group lookup slowly. */
  function slowEvent(port: number, delayMs: number) {
    api.fail({ method: 'usergroups.users.list', mode: 'slow', delayMs, times: 1 });
    const ts = slackTs('2026-11-20T10:00:00Z');
    const body = eventCallback(messageEvent({ channel: 'C0SUPPORT', user: 'UCUST01', text: 'Order 100234: dead optic', ts }));
    return { ts, answer: sendToApp(`http://127.0.0.1:${port}/slack/events`, SECRET, { json: body }) };
  }

  it('finishes an event under way and records it, answering 503 on /readyz meanwhile, then exits 0', async () => {
    const { bot, port, databaseUrl } = await running();
    expect((await getHealth(port, '/healthz')).status).toBe(200);
    expect(await getHealth(port, '/readyz')).toEqual({ status: 200, body: { ready: true } });

    const event = slowEvent(port, 1_500);
    await new Promise((resolve) => setTimeout(resolve, 400)); // the event is waiting on Slack now
    const signalledAt = performance.now();
    bot.child.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await getHealth(port, '/readyz')).toEqual({ status: 503, body: { ready: false, stopping: true } });

    expect((await event.answer).status).toBe(200);
    const { code, at } = await bot.exited;
    expect(code).toBe(0);
    // Recorded and answered before the database closed: the case thread, and its first reply delivered.
    const database = await openDatabase(databaseUrl);
    try {
      const cases = (await database.db.execute(sql`select thread from cases`)) as unknown as { rows: Array<{ thread: string }> };
      expect(cases.rows.map((r) => r.thread)).toEqual([`C0SUPPORT:${event.ts}`]);
      const undelivered = (await database.db.execute(sql`select count(*)::int as n from outbox where delivered_at is null`)) as unknown as {
        rows: Array<{ n: number }>;
      };
      expect(undelivered.rows[0]?.n).toBe(0);
    } finally {
      await database.close();
    }
    expect(api.callsOf('chat.postMessage', (a) => a.thread_ts === event.ts).length).toBeGreaterThan(0);
    process.stdout.write(`[shutdown] with a 1.5 s event under way: exit ${code} after ${Math.round(at - signalledAt)} ms\n`);
  });

  it('exits 0 promptly when nothing is under way', async () => {
    const { bot } = await running();
    const signalledAt = performance.now();
    bot.child.kill('SIGINT');
    const { code, at } = await bot.exited;
    expect(code).toBe(0);
    expect(at - signalledAt).toBeLessThan(5_000);
    process.stdout.write(`[shutdown] idle (Slack HTTP, PGlite): exit ${code} after ${Math.round(at - signalledAt)} ms\n`);
  });

  it('gives up at SHUTDOWN_TIMEOUT_MS, naming what was still running, and exits 1', async () => {
    const { bot, port } = await running({ SHUTDOWN_TIMEOUT_MS: '1000' });
    slowEvent(port, 8_000).answer.catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const signalledAt = performance.now();
    bot.child.kill('SIGTERM');
    const { code, at } = await bot.exited;
    expect(code).toBe(1);
    expect(at - signalledAt).toBeGreaterThanOrEqual(900);
    expect(at - signalledAt).toBeLessThan(3_000);
    expect(bot.err()).toContain('still running: slack');
    process.stdout.write(`[shutdown] bound 1000 ms with an 8 s event under way: exit ${code} after ${Math.round(at - signalledAt)} ms\n`);
  });

  it('exits at once on a second signal', async () => {
    const { bot, port } = await running();
    slowEvent(port, 8_000).answer.catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 500));
    bot.child.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 300));
    const secondAt = performance.now();
    bot.child.kill('SIGTERM');
    const { code, at } = await bot.exited;
    expect(code).toBe(143);
    expect(at - secondAt).toBeLessThan(1_000);
    expect(bot.err()).toContain('second stop signal');
  });
});
