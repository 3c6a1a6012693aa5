// Part 3, Discord: `/rma list` slash commands from a different member each time, dispatched on the
// gateway of the fake Discord to the real adapter in a child process, `concurrency` of them waiting
// for their answer at any time, for `seconds`. Discord's 3-second limit is on the interaction
// callback (the adapter defers first, then works), so the latency is from the dispatch to the
// callback arriving at the fake's REST API. Past its bound on work the adapter answers an ephemeral
// "busy" at once instead of deferring: those are counted as shed and must not be recorded; every
// other answered interaction must be in processed_events. The flood part is this run with more
// requests in flight and no time limit, up to 50,000.
import { FakeDiscord, type RestCall } from '../fakes/discord/fakeDiscord.ts';
import { serverOptions, SUPPORT } from '../fakes/discord/fixtures.ts';
import { openBenchApp } from './benchApp.ts';
import { BenchChild } from './childProcess.ts';
import { finishEdgeRun } from './edgeFinish.ts';
import { freshBenchDatabase } from './databases.ts';
import type { EdgeResult } from './edgeResult.ts';
import { runPool } from './pool.ts';
import { phase } from './progress.ts';
import type { EdgeOptions } from './slackEdge.ts';
import { msSince, Samples } from './stats.ts';

const CALLBACK = /^\/interactions\/(\d+)\/[^/]+\/callback$/;
const ACK_TIMEOUT_MS = 10_000;

/** A reply (4) at once, rather than the deferral (5) of an interaction the adapter took, saying it is busy. */
function isBusyAnswer(body: RestCall['body']): boolean {
  if (!body || Array.isArray(body) || body.type !== 4) return false;
  const data = body.data as { content?: unknown } | undefined;
  return typeof data?.content === 'string' && /very busy/.test(data.content);
}

/** `flood`: progress by requests (all of maxRequests are sent; `seconds` is only a cap). */
export async function runDiscordEdge(options: EdgeOptions, flood = false): Promise<EdgeResult> {
  const fake = new FakeDiscord(serverOptions());
  await fake.start();
  // Every REST call the fake answers is recorded; an interaction callback wakes its sender.
  const waiting = new Map<string, () => void>();
  const shedIds = new Set<string>();
  const record = fake.calls.push.bind(fake.calls);
  fake.calls.push = (...calls: RestCall[]) => {
    for (const call of calls) {
      const id = call.method === 'POST' && call.status === 204 ? CALLBACK.exec(call.path)?.[1] : undefined;
      if (id && isBusyAnswer(call.body)) shedIds.add(id);
      if (id) waiting.get(id)?.();
    }
    return record(...calls);
  };
  const database = await freshBenchDatabase(options.kind, 'edge_discord');
  let child: BenchChild | null = null;
  try {
    const setup = await openBenchApp(database.url);
    await setup.close();
    child = BenchChild.start('./discordBot.ts', {
      BENCH_DB_URL: database.url,
      BENCH_HANDLE_LIMIT: String(options.handleLimit),
      BENCH_DISCORD_API_URL: fake.apiUrl,
    });
    const ready = await child.next<{ type: 'ready'; rssMb: number }>('ready', 60_000);
    const sentIds: string[] = [];
    let acked = 0;
    const samples = new Samples();
    let failedAcks = 0;
    const warmup = flood ? 0 : (options.warmupSeconds ?? 0);
    const bar = flood
      ? phase(`flood discord ${options.kind} ${options.concurrency} in flight`, options.maxRequests, 'interactions')
      : phase(`edge discord ${options.kind} ${options.concurrency} in flight`, warmup + options.seconds, 's');
    const ticker = flood ? undefined : setInterval(() => bar.increment(), 1000);
    child.send({ type: 'go' });
    let started = process.hrtime.bigint();
    let measuring = warmup === 0;
    const warmupEnds = Date.now() + warmup * 1000;
    await runPool(
      options.maxRequests,
      options.concurrency,
      async (i) => {
        // The first request sent after the warm-up starts the measured time.
        if (!measuring && Date.now() >= warmupEnds) {
          measuring = true;
          started = process.hrtime.bigint();
        }
        const measured = measuring;
        const member = { user: { id: String(800_000_000_000_000_000n + BigInt(i)), username: `customer${i}` }, roles: [] };
        const t0 = process.hrtime.bigint();
        // The answer comes over the network, so it cannot arrive before the waiter is in place.
        const id = fake.slashCommand(member, SUPPORT, 'list').id;
        sentIds.push(id);
        if (flood) bar.increment();
        const answered = new Promise<boolean>((resolve) => {
          const timer = setTimeout(() => resolve(false), ACK_TIMEOUT_MS);
          waiting.set(id, () => {
            clearTimeout(timer);
            resolve(true);
          });
        });
        if (!(await answered)) failedAcks++;
        else if (measured) {
          samples.push(msSince(t0));
          acked++;
        }
        waiting.delete(id);
      },
      warmupEnds + options.seconds * 1000,
    );
    clearInterval(ticker);
    return await finishEdgeRun(child, {
      platform: 'discord',
      workload: `INTERACTION_CREATE: /rma list from a new member (deferred, then answered)${flood ? ', as a flood' : ''}${warmup ? `; measured after ${warmup} s of warm-up` : ''}`,
      kind: options.kind,
      databaseUrl: database.url,
      concurrency: options.concurrency,
      handleLimit: options.handleLimit,
      drainTimeoutMs: options.drainTimeoutMs,
      started,
      warmupSeconds: warmup,
      sentIds,
      shedIds,
      acked,
      failedAcks,
      samples,
      readyRssMb: ready.rssMb,
      platformCalls: () =>
        fake.calls.map((c) => `${c.method} ${c.path.replace(/\d{6,}/g, ':id').replace(/\/token-:id/, '/:token')} ${c.status}`),
      bar,
    });
  } finally {
    await child?.stop();
    await fake.stop();
    await database.drop();
  }
}
