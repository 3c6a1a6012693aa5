// Part 4: the bot with many stored cases. Seeds a fresh database (scaleSeed.ts), then measures the
// bot in a child process of its own (scaleBot.ts): resident memory idle and busy, whether it grows
// with the cases handled, the latency of `/rma list review` over all those cases, and the web desk's
// queue page: as it opens, a search by case ref, the flag filter and searches by serial number.
import { loadOrders, openBenchApp } from './benchApp.ts';
import type { CaseTemplate } from './caseTemplate.ts';
import { BenchChild } from './childProcess.ts';
import { freshBenchDatabase, type DbKind } from './databases.ts';
import { phase } from './progress.ts';
import { openRawSql } from './rawSql.ts';
import { OPEN_SHARE, seedCases } from './scaleSeed.ts';
import type { LatencySummary } from './stats.ts';

export interface ScaleOptions {
  kind: DbKind;
  cases: number;
  template: CaseTemplate;
  rounds: number;
  customersPerRound: number;
  concurrency: number;
}

interface Memory {
  rssMb: number;
  heapUsedMb: number;
  externalMb: number;
  arrayBuffersMb: number;
}

export interface ScaleResult {
  db: DbKind;
  storedCases: number;
  openShare: number;
  seedSeconds: number;
  databaseMb: number;
  rows: Record<string, number>;
  idle: {
    opened: Memory;
    idle: Memory;
    afterLists: Memory;
    listReviewMs: LatencySummary;
    listOpenMs: LatencySummary;
    /** The web desk's queue page and a case search (issue 17). */
    deskQueueMs?: LatencySummary;
    deskSearchMs?: LatencySummary;
    /** Its flag filter (human_requested), a serial search among open cases, and one among all cases, closed too. */
    deskFlagMs?: LatencySummary;
    deskSerialMs?: LatencySummary;
    deskSerialAllMs?: LatencySummary;
    reviewLines: number;
  };
  busy: {
    concurrency: number;
    afterRounds: Array<{ round: number; cases: number; events: number; eventsPerSecond: number; failed: number } & Memory>;
    peakRssMb: number;
    listReviewBusyMs: LatencySummary;
    /** RSS (after GC) after the last burst minus after the first, per case handled in between. */
    growthKbPerCase: number;
    rssSamples: Array<{ t: number; rssMb: number }>;
  };
}

export async function runScale(options: ScaleOptions): Promise<ScaleResult> {
  const { kind, cases } = options;
  const database = await freshBenchDatabase(kind, 'scale');
  try {
    const seeded = await seedScaleDatabase(kind, database.url, options.template, cases, options.rounds * options.customersPerRound);
    const bot = await measureScaleBot(database.url, options);
    return { db: kind, storedCases: cases, openShare: OPEN_SHARE, ...seeded, ...bot };
  } finally {
    await database.drop();
  }
}

/** Migrates and seeds `url` with `cases` stored cases, and orders for `customers` busy customers. */
export async function seedScaleDatabase(
  kind: DbKind,
  url: string,
  template: CaseTemplate,
  cases: number,
  customers: number,
): Promise<Pick<ScaleResult, 'seedSeconds' | 'databaseMb' | 'rows'>> {
  const setup = await openBenchApp(url);
  await loadOrders(setup, customers);
  await setup.close();
  const sql = await openRawSql(kind, url);
  const rows: Record<string, number> = {};
  const started = Date.now();
  try {
    const bar = phase(`scale ${kind}: seeding`, cases, 'cases');
    let done = 0;
    await seedCases(sql, template, cases, (n) => {
      bar.increment(n - done);
      done = n;
    });
    bar.stop();
    const [size] = await sql.query('select pg_database_size(current_database())::bigint as bytes');
    for (const table of ['cases', 'case_events', 'outbox', 'attachments', 'processed_events']) {
      const [row] = await sql.query(`select count(*)::int as n from ${table}`);
      rows[table] = Number(row?.n ?? 0);
    }
    return {
      seedSeconds: Math.round((Date.now() - started) / 100) / 10,
      databaseMb: Math.round(Number(size?.bytes ?? 0) / 1024 / 1024),
      rows,
    };
  } finally {
    await sql.close();
  }
}

/** The bot in a child process on a seeded database: idle, then busy (see scaleBot.ts). */
export async function measureScaleBot(
  url: string,
  options: Pick<ScaleOptions, 'kind' | 'rounds' | 'customersPerRound' | 'concurrency'>,
  env: Record<string, string> = {},
): Promise<Pick<ScaleResult, 'idle' | 'busy'>> {
  const bar = phase(`scale ${options.kind}: bot idle and busy`, options.rounds, 'bursts');
  const child = BenchChild.start(
    './scaleBot.ts',
    {
      BENCH_DB_URL: url,
      BENCH_ROUNDS: String(options.rounds),
      BENCH_ROUND_CUSTOMERS: String(options.customersPerRound),
      BENCH_CONCURRENCY: String(options.concurrency),
      ...env,
    },
    ['--expose-gc'],
  );
  try {
    const idle = await child.next<ScaleResult['idle'] & { type: string }>('idle', 300_000);
    for (let round = 0; round < options.rounds; round++) {
      await child.next('round', 600_000);
      bar.increment();
    }
    const busy = await child.next<Omit<ScaleResult['busy'], 'growthKbPerCase' | 'concurrency'> & { type: string }>('busy', 120_000);
    const first = busy.afterRounds[0];
    const last = busy.afterRounds.at(-1);
    const growthKbPerCase =
      first && last && last.cases > first.cases
        ? Math.round(((last.rssMb - first.rssMb) * 1024 * 10) / (last.cases - first.cases)) / 10
        : 0;
    return {
      idle: {
        opened: idle.opened,
        idle: idle.idle,
        afterLists: idle.afterLists,
        listReviewMs: idle.listReviewMs,
        listOpenMs: idle.listOpenMs,
        deskQueueMs: idle.deskQueueMs,
        deskSearchMs: idle.deskSearchMs,
        deskFlagMs: idle.deskFlagMs,
        deskSerialMs: idle.deskSerialMs,
        deskSerialAllMs: idle.deskSerialAllMs,
        reviewLines: idle.reviewLines,
      },
      busy: {
        concurrency: options.concurrency,
        afterRounds: busy.afterRounds,
        peakRssMb: busy.peakRssMb,
        listReviewBusyMs: busy.listReviewBusyMs,
        growthKbPerCase,
        rssSamples: busy.rssSamples,
      },
    };
  } finally {
    bar.stop();
    await child.stop();
  }
}
