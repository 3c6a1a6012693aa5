// Part 3, Slack: signed Events API callbacks (a message in the support channel from a different user
// each time, so each one opens a case) sent to the real adapter in a child process at `concurrency`
// requests in flight for `seconds`. The time to the HTTP 200 is the acknowledgement latency Slack
// holds against its 3-second limit. Afterwards the adapter is drained and every acknowledged
// event id must be in processed_events.
import { startFakeSlackApi } from '../fakes/slack/fakeSlackApi.ts';
import { eventCallback, messageEvent, sendToApp, slackTs } from '../fakes/slack/slackRequests.ts';
import { loadOrders, openBenchApp } from './benchApp.ts';
import { orderNumberOf } from './caseScript.ts';
import { BenchChild } from './childProcess.ts';
import { finishEdgeRun } from './edgeFinish.ts';
import { freshBenchDatabase, type DbKind } from './databases.ts';
import type { EdgeResult } from './edgeResult.ts';
import { runPool } from './pool.ts';
import { phase } from './progress.ts';
import { SLACK_IDS, SLACK_SIGNING_SECRET } from './slackIds.ts';
import { msSince, Samples } from './stats.ts';

export interface EdgeOptions {
  kind: DbKind;
  seconds: number;
  /** Seconds of the same load before the measured `seconds`, not measured (the bot's JIT and caches warm up). */
  warmupSeconds?: number;
  concurrency: number;
  /** A bound on the requests, whatever the time. */
  maxRequests: number;
  drainTimeoutMs: number;
  /** Experiment: at most this many events handled at once in the bot (0: as the product runs). */
  handleLimit: number;
}

// A type, not an interface: child messages are open records.
type ChildMemory = { rssMb: number };

export async function runSlackEdge(options: EdgeOptions): Promise<EdgeResult> {
  const api = await startFakeSlackApi({});
  const database = await freshBenchDatabase(options.kind, 'edge_slack');
  let child: BenchChild | null = null;
  try {
    const setup = await openBenchApp(database.url);
    await loadOrders(setup, 1);
    await setup.close();
    child = BenchChild.start('./slackBot.ts', {
      BENCH_DB_URL: database.url,
      BENCH_HANDLE_LIMIT: String(options.handleLimit),
      BENCH_SLACK_API_URL: api.apiUrl,
    });
    const ready = await child.next<{ type: 'ready'; port: number } & ChildMemory>('ready', 60_000);
    const url = `http://127.0.0.1:${ready.port}/slack/events`;
    const text = `Hi, the SFP from order ${orderNumberOf(0)} has no link`;
    const sentIds: string[] = [];
    let acked = 0;
    const samples = new Samples();
    let failedAcks = 0;
    const warmup = options.warmupSeconds ?? 0;
    const bar = phase(`edge slack ${options.kind} ${options.concurrency} in flight`, warmup + options.seconds, 's');
    const ticker = setInterval(() => bar.increment(), 1000);
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
        const eventId = `EvBench${String(i).padStart(7, '0')}`;
        const user = `UBENCH${i.toString(36).toUpperCase().padStart(6, '0')}`;
        const body = eventCallback(messageEvent({ channel: SLACK_IDS.support, user, text, ts: slackTs('2026-11-20T10:00:00Z') }), eventId);
        sentIds.push(eventId);
        const t0 = process.hrtime.bigint();
        try {
          const response = await sendToApp(url, SLACK_SIGNING_SECRET, { json: body });
          if (response.status !== 200) failedAcks++;
          else if (measured) {
            samples.push(msSince(t0));
            acked++;
          }
        } catch {
          failedAcks++;
        }
      },
      warmupEnds + options.seconds * 1000,
    );
    clearInterval(ticker);
    return await finishEdgeRun(child, {
      platform: 'slack',
      workload: `event_callback: a root message in the support channel from a new user (opens a case)${warmup ? `; measured after ${warmup} s of warm-up` : ''}`,
      kind: options.kind,
      databaseUrl: database.url,
      concurrency: options.concurrency,
      handleLimit: options.handleLimit,
      drainTimeoutMs: options.drainTimeoutMs,
      // Replies left to the relay during the load are posted after it; idle means all of them went out.
      graceMs: options.drainTimeoutMs,
      started,
      warmupSeconds: warmup,
      sentIds,
      acked,
      failedAcks,
      samples,
      readyRssMb: ready.rssMb,
      platformCalls: () => api.calls.map((c) => c.method),
      bar,
    });
  } finally {
    await child?.stop();
    await api.close();
    await database.drop();
  }
}
