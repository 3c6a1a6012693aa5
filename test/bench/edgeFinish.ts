// The end of an edge run, the same for Slack and Discord: wait for the bot to drain, stop it, count in
// the database which of the events sent were recorded, and put the result together.
import type { BenchChild } from './childProcess.ts';
import type { DbKind } from './databases.ts';
import { drainBot } from './drain.ts';
import type { EdgeResult } from './edgeResult.ts';
import type { Phase } from './progress.ts';
import { openRawSql } from './rawSql.ts';
import { msSince, type Samples } from './stats.ts';

export async function recordedEventIds(kind: DbKind, url: string, platform: string, ids: string[]): Promise<number> {
  const sql = await openRawSql(kind, url);
  try {
    let recorded = 0;
    for (let i = 0; i < ids.length; i += 1000) {
      const chunk = ids.slice(i, i + 1000);
      const [row] = await sql.query('select count(*)::int as n from processed_events where platform = $1 and event_id = any($2::text[])', [
        platform,
        chunk,
      ]);
      recorded += Number(row?.n ?? 0);
    }
    return recorded;
  } finally {
    await sql.close();
  }
}

export function countBy(keys: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const key of keys) counts[key] = (counts[key] ?? 0) + 1;
  return counts;
}

type Idle = {
  type: 'idle';
  problemCount: number;
  problems: string[];
  eventLoopDelayMs: EdgeResult['botEventLoopDelayMs'];
  rssMb: number;
  rssPeakMb: number;
  heapUsedMb: number;
  heapAfterGcMb?: number;
  externalMb: number;
  adapterLoad: unknown;
};

const tenths = (n: number) => Math.round(n * 10) / 10;

export interface SentLoad {
  platform: EdgeResult['platform'];
  workload: string;
  kind: DbKind;
  databaseUrl: string;
  concurrency: number;
  handleLimit: number;
  drainTimeoutMs: number;
  /**
   * How long to wait for idle once every event was handled (default 30 s). Slack's replies are
   * posted by the outbox relay after a burst (YIELD_WHEN_RECORDING), which takes a while.
   */
  graceMs?: number;
  /** When the measured sending began (process.hrtime.bigint()), after `warmupSeconds` of unmeasured load. */
  started: bigint;
  warmupSeconds?: number;
  sentIds: string[];
  /** Sent events the adapter turned away at once (answered "busy"): not to be recorded, not lost. */
  shedIds?: ReadonlySet<string>;
  acked: number;
  failedAcks: number;
  samples: Samples;
  /** The bot's memory when it said it was ready. */
  readyRssMb: number;
  /** The calls the bot made to the fake platform, each as the key it is counted under. */
  platformCalls: () => string[];
  bar: Phase;
}

export async function finishEdgeRun(child: BenchChild, load: SentLoad): Promise<EdgeResult> {
  const sendSeconds = msSince(load.started) / 1000;
  const sent = load.sentIds.length;
  const shed = load.shedIds ?? new Set<string>();
  const acceptedIds = load.sentIds.filter((id) => !shed.has(id));
  load.bar.note('draining');
  const drain = await drainBot<Idle>(child, {
    sent: acceptedIds.length,
    platformCalls: () => load.platformCalls().length,
    limitMs: load.drainTimeoutMs,
    stallMs: 60_000,
    graceMs: load.graceMs ?? 30_000,
    bar: load.bar,
  });
  load.bar.stop();
  const idle = drain.last;
  // Counted once the bot is gone: a PGlite directory takes one process at a time.
  await child.stop();
  const recorded = await recordedEventIds(load.kind, load.databaseUrl, load.platform, acceptedIds);
  const recordedShed = await recordedEventIds(load.kind, load.databaseUrl, load.platform, [...shed]);
  return {
    platform: load.platform,
    db: load.kind,
    workload: load.workload,
    concurrency: load.concurrency,
    handleLimit: load.handleLimit || null,
    seconds: tenths(sendSeconds),
    warmupSeconds: load.warmupSeconds ?? 0,
    sent,
    acked: load.acked,
    failedAcks: load.failedAcks,
    ackMs: load.samples.summary(),
    acksPerSecond: Math.round(load.acked / sendSeconds),
    shed: shed.size,
    accepted: acceptedIds.length,
    recorded,
    recordedShed,
    lost: acceptedIds.length - recorded,
    adapterLoad: idle?.adapterLoad ?? null,
    drainSeconds: tenths(drain.seconds),
    handledSeconds: drain.handledSeconds === null ? null : tenths(drain.handledSeconds),
    drainGaveUp: drain.gaveUp,
    botEventLoopDelayMs: idle?.eventLoopDelayMs ?? { p50: Number.NaN, p99: Number.NaN, max: Number.NaN },
    platformCalls: countBy(load.platformCalls()),
    problemCount: idle?.problemCount ?? 0,
    problems: idle?.problems ?? [],
    botRssMb: { start: load.readyRssMb, peak: idle?.rssPeakMb ?? Number.NaN, end: idle?.rssMb ?? Number.NaN },
    botHeapMb: { used: idle?.heapUsedMb ?? Number.NaN, afterGc: idle?.heapAfterGcMb ?? null, external: idle?.externalMb ?? Number.NaN },
  };
}
