// An experiment behind the bench's memory findings, run by hand (not part of `npm run bench`):
//   npx tsx test/bench/pgliteMemoryExperiment.ts [--cases N] [--shared-buffers 128MB,32MB,16MB]
// The embedded default keeps PostgreSQL (PGlite, WebAssembly) inside the bot's process, with
// PGlite's default shared_buffers of 128MB. This seeds one PGlite directory with N stored cases
// and measures the bot on it (scaleBot.ts) with each shared_buffers setting: resident memory idle
// and busy, and /rma list review latency.
import { parseArgs } from 'node:util';
import { captureCaseTemplate } from './caseTemplate.ts';
import { ensurePgliteTemplate, freshBenchDatabase } from './databases.ts';
import { measureScaleBot, seedScaleDatabase } from './scale.ts';

const { values } = parseArgs({ options: { cases: { type: 'string' }, 'shared-buffers': { type: 'string' } } });
const cases = Number(values.cases ?? 100_000);
const settings = (values['shared-buffers'] ?? '128MB,32MB,16MB').split(',');
const bot = { kind: 'pglite' as const, rounds: 3, customersPerRound: 50, concurrency: 8 };
await ensurePgliteTemplate();
const database = await freshBenchDatabase('pglite', 'pglite_memory');
try {
  const seeded = await seedScaleDatabase(
    'pglite',
    database.url,
    await captureCaseTemplate(),
    cases,
    bot.rounds * bot.customersPerRound * settings.length,
  );
  process.stdout.write(`${JSON.stringify({ cases, ...seeded })}\n`);
  for (const [i, sharedBuffers] of settings.entries()) {
    const result = await measureScaleBot(database.url, bot, { BENCH_PGLITE_SHARED_BUFFERS: sharedBuffers, BENCH_RUN_ID: `x${i}` });
    const afterRounds = result.busy.afterRounds.map((r) => r.rssMb);
    process.stdout.write(
      `${JSON.stringify({ sharedBuffers, idleRssMb: result.idle.idle.rssMb, afterListsRssMb: result.idle.afterLists.rssMb, busyPeakRssMb: result.busy.peakRssMb, afterRounds, eventsPerSecond: result.busy.afterRounds.map((r) => r.eventsPerSecond), listReviewIdleMs: result.idle.listReviewMs, listReviewBusyMs: result.busy.listReviewBusyMs, listOpenMs: result.idle.listOpenMs })}\n`,
    );
  }
} finally {
  await database.drop();
}
