// `npm run bench`: events per second, latency and memory of rma-desk, against a raw-SQL baseline in
// the same run (issue 6). A script, not a test: it prints a progress bar per phase, a summary table
// with the targets, and writes everything as JSON to the file it names. See USAGE in options.ts.
import { cpus, loadavg, totalmem } from 'node:os';
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { runBaseline } from './baseline.ts';
import { runCaseEvents } from './caseEvents.ts';
import { EVENTS_PER_CASE } from './caseScript.ts';
import { captureCaseTemplate, type CaseTemplate } from './caseTemplate.ts';
import { ensurePgliteTemplate, postgresAdminUrl, probePostgres, redactUrl, type DbKind } from './databases.ts';
import { runDiscordEdge } from './discordEdge.ts';
import { runDiscordMessageFlood } from './discordMessageFlood.ts';
import { measureEvidenceMemory } from './evidenceMemory.ts';
import { runParserBench } from './hostileInput.ts';
import { runHostileMessages } from './hostileMessages.ts';
import { readOptions, USAGE, type BenchOptions } from './options.ts';
import { say } from './progress.ts';
import type { BenchResults } from './results.ts';
import { runScale } from './scale.ts';
import { runSlackEdge } from './slackEdge.ts';
import { runStartTime } from './startTime.ts';
import { checkTargets, summaryText } from './summary.ts';

const CASE_RUN_LIMIT_MS = 20 * 60_000;
const EDGE_MAX_REQUESTS = 50_000;
const EDGE_DRAIN_TIMEOUT_MS = 10 * 60_000;
const FLOOD_SEND_LIMIT_S = 600;

/** Runs one piece of the bench; a failure becomes a note and the bench goes on with the next. */
async function attempt<T>(what: string, notes: string[], work: () => Promise<T>): Promise<T | null> {
  try {
    return await work();
  } catch (error) {
    const message = `${what} failed: ${(error as Error).message.split('\n')[0]}`;
    notes.push(message);
    say(message);
    return null;
  }
}

async function main(options: BenchOptions, out: string): Promise<BenchResults> {
  const notes: string[] = [];
  const adminUrl = postgresAdminUrl();
  // `--only parsers` runs in process: no external database, no case template.
  const needsDb = [...options.parts].some((p) => p !== 'parsers' && p !== 'evidence');
  let dbs: DbKind[] = needsDb ? options.dbs : [];
  const postgres: BenchResults['postgres'] = { url: redactUrl(adminUrl), version: null, skipped: null };
  if (dbs.includes('postgres')) {
    const probe = await probePostgres(adminUrl);
    if (probe.ok) postgres.version = probe.version;
    else {
      postgres.skipped = `PostgreSQL at ${redactUrl(adminUrl)} cannot be reached (${probe.error}); its runs are skipped`;
      notes.push(postgres.skipped);
      say(postgres.skipped);
      dbs = dbs.filter((d) => d !== 'postgres');
    }
  }
  let template: CaseTemplate | null = null;
  if (needsDb) {
    await ensurePgliteTemplate();
    template = await captureCaseTemplate();
  }
  const steps = template?.steps ?? [];
  const results: BenchResults = {
    startedAt: new Date().toISOString(),
    finishedAt: '',
    command: `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim(),
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? '',
      totalMemoryMb: Math.round(totalmem() / 1024 / 1024),
      node: process.version,
      platform: `${process.platform} ${process.arch}`,
      loadAverageAtStart: loadavg(),
      loadAverageAtEnd: [],
    },
    options: { ...options, parts: [...options.parts] },
    postgres,
    template: {
      eventsPerCase: EVENTS_PER_CASE,
      writeEvents: steps.filter((s) => s.kind === 'write').length,
      readEvents: steps.filter((s) => s.kind === 'read').length,
      snapshotBytes: steps.at(-1)?.snapshot.length ?? 0,
      outboxRowsPerCase: steps.reduce((n, s) => n + s.outbox.length, 0),
      auditRowsPerCase: steps.reduce((n, s) => n + s.audit.length, 0),
    },
    cases: [],
    edge: [],
    flood: [],
    floodMessages: [],
    scale: [],
    start: null,
    parsers: null,
    hostileMessages: null,
    evidence: [],
    targets: [],
    notes,
  };
  // Written after every part, so that a run cut short still leaves what it measured.
  const save = async () => {
    results.machine.loadAverageAtEnd = loadavg();
    results.targets = checkTargets(results);
    await writeFile(out, `${JSON.stringify(results, null, 2)}\n`);
  };
  say(
    `machine: ${results.machine.cpus} cores, load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}; databases: ${dbs.join(', ') || 'none'}${postgres.version ? ` (${postgres.version})` : ''}`,
  );

  // Start first: it runs separate processes and is the most sensitive to what else is running.
  if (options.parts.has('start')) {
    results.start = await attempt('start', notes, () => runStartTime());
    await save();
  }

  // In process and CPU only, a few seconds.
  if (options.parts.has('parsers')) {
    results.parsers = await attempt('parsers', notes, async () => runParserBench());
    // Through the whole service on an in-memory PGlite (no external database).
    results.hostileMessages = await attempt('hostile messages', notes, () => runHostileMessages());
    await save();
  }

  // A child on an in-memory PGlite copying a 240 MB file into each store; under a minute.
  if (options.parts.has('evidence')) {
    for (const store of ['local', 's3'] as const) {
      const result = await attempt(`evidence ${store}`, notes, () => measureEvidenceMemory(store, 240, { DATABASE_URL: '' }));
      if (result) results.evidence.push(result);
      await save();
    }
  }

  if (options.parts.has('cases') || options.parts.has('baseline')) {
    for (const kind of dbs) {
      for (const concurrency of options.concurrency) {
        const run = { kind, customers: options.customers, concurrency, timeLimitMs: CASE_RUN_LIMIT_MS };
        // Side by side in time, so that the machine's load is about the same for both.
        const rmaDesk = options.parts.has('cases')
          ? await attempt(`cases ${kind} c=${concurrency}`, notes, () => runCaseEvents(run))
          : null;
        const baseline = options.parts.has('baseline')
          ? await attempt(`baseline ${kind} c=${concurrency}`, notes, () => runBaseline({ ...run, template: template! }))
          : null;
        const ratio = rmaDesk && baseline ? Math.round((rmaDesk.eventsPerSecond / baseline.eventsPerSecond) * 100) / 100 : null;
        results.cases.push({ db: kind, concurrency, rmaDesk, baseline, ratio });
        for (const r of [rmaDesk, baseline])
          if (r?.cutShort) notes.push(`${kind} c=${concurrency}: the run hit its time limit after ${r.customers} customers`);
        await save();
      }
    }
  }

  if (options.parts.has('edge')) {
    for (const kind of dbs) {
      const edge = {
        kind,
        seconds: options.edgeSeconds,
        warmupSeconds: options.edgeWarmup,
        concurrency: options.edgeConcurrency,
        maxRequests: EDGE_MAX_REQUESTS,
        drainTimeoutMs: EDGE_DRAIN_TIMEOUT_MS,
        handleLimit: options.edgeHandleLimit,
      };
      for (const [platform, run] of [
        ['slack', runSlackEdge],
        ['discord', runDiscordEdge],
      ] as const) {
        if (!options.edgePlatforms.has(platform)) continue;
        const result = await attempt(`edge ${platform} ${kind}`, notes, () => run(edge));
        if (result?.drainGaveUp) notes.push(`edge ${platform} ${kind}: stopped waiting for the bot: ${result.drainGaveUp}`);
        if (result) results.edge.push(result);
        await save();
      }
    }
  }

  // A flood of Discord interactions, all sent whatever the time (10 minutes at most): memory stays
  // bounded, what the adapter takes is recorded, the rest is answered "busy" at once.
  if (options.parts.has('flood')) {
    for (const kind of dbs) {
      const flood = {
        kind,
        seconds: FLOOD_SEND_LIMIT_S,
        concurrency: options.floodConcurrency,
        maxRequests: options.floodInteractions,
        drainTimeoutMs: EDGE_DRAIN_TIMEOUT_MS,
        handleLimit: 0,
      };
      const result = await attempt(`flood discord ${kind}`, notes, () => runDiscordEdge(flood, true));
      if (result?.drainGaveUp) notes.push(`flood discord ${kind}: stopped waiting for the bot: ${result.drainGaveUp}`);
      if (result && result.sent < options.floodInteractions)
        notes.push(
          `flood discord ${kind}: ${result.sent} of ${options.floodInteractions} interactions sent within ${FLOOD_SEND_LIMIT_S} s`,
        );
      if (result) results.flood.push(result);
      await save();
      const messages = await attempt(`flood discord messages ${kind}`, notes, () =>
        runDiscordMessageFlood({ kind, count: options.floodMessages }),
      );
      if (messages?.drainSeconds === null) notes.push(`flood discord messages ${kind}: the bot was not idle within 10 minutes`);
      if (messages) results.floodMessages.push(messages);
      await save();
    }
  }

  if (options.parts.has('scale')) {
    for (const kind of dbs) {
      const result = await attempt(`scale ${kind}`, notes, () =>
        runScale({
          kind,
          cases: options.scaleCases,
          template: template!,
          rounds: 5,
          customersPerRound: options.scaleBurst,
          concurrency: 8,
        }),
      );
      if (result) results.scale.push(result);
      await save();
    }
  }

  results.finishedAt = new Date().toISOString();
  await save();
  return results;
}

let options: BenchOptions | 'help';
try {
  options = readOptions(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n\n${USAGE}\n`);
  process.exit(2);
}
if (options === 'help') {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
const out = resolve(options.out);
const results = await main(options, out);
process.stdout.write(
  `${summaryText(results)}\n\nload average at the end: ${results.machine.loadAverageAtEnd.map((l) => l.toFixed(2)).join(' ')}\nresults written to ${out}\n`,
);
