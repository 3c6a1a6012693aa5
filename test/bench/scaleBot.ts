// Child process of the scale part: the bot (app and case service) opened on a database that already
// holds many cases. It reports its resident memory idle, then handles bursts of whole cases while
// staff run `/rma list review`, sampling its memory all along and after each burst (after a GC, so
// that what remains is what the bot keeps).
import { setTimeout as sleep } from 'node:timers/promises';
import { EVENTS_PER_CASE, PLATFORM, STAFF } from './caseScript.ts';
import { driveCases, type EventRunner } from './caseDriver.ts';
import { openBenchApp } from './benchApp.ts';
import { openTunedPglite } from './pgliteTuned.ts';
import { failChild, memory, onBenchMessage } from './childProcess.ts';
import { msSince, Samples } from './stats.ts';
import type { Db } from '../../src/store/database.ts';
import { createSignInLink } from '../../src/store/deskSessionStore.ts';
import { createDeskApp } from '../../src/web/deskApp.ts';
import { scaleSerial } from './scaleSeed.ts';

/**
 * The web desk's queue page (open cases, oldest first), a search by case ref, the flag filter, and a search by
 * serial number among open cases and among all cases, closed too, as a signed-in staffer's browser asks for
 * them (issue 17).
 */
async function deskQueueTimes(db: Db): Promise<Record<'queue' | 'search' | 'flag' | 'serial' | 'serialAll', Samples>> {
  const web = createDeskApp({ db, staffCheck: async () => true, publicUrl: null, timeZone: 'UTC' });
  const token = await createSignInLink(db, { platform: PLATFORM, id: STAFF[0]!, name: 'bench' }, new Date(), 600_000);
  const signedIn = await web.request('http://localhost/desk/sign-in/link', { method: 'POST', body: new URLSearchParams({ token }) });
  const cookie = (signedIn.headers.get('set-cookie') ?? '').split(';')[0]!;
  const timed = async (path: string, samples: Samples) => {
    const t0 = process.hrtime.bigint();
    const response = await web.request(`http://localhost${path}`, { headers: { cookie } });
    await response.text();
    samples.push(msSince(t0));
    if (response.status !== 200) throw new Error(`GET ${path}: ${response.status}`);
  };
  const times = { queue: new Samples(), search: new Samples(), flag: new Samples(), serial: new Samples(), serialAll: new Samples() };
  for (let i = 0; i < 40; i++) await timed('/desk/', times.queue);
  for (let i = 0; i < 20; i++) await timed(`/desk/?q=C-${1001 + i * 997}`, times.search);
  for (let i = 0; i < 20; i++) await timed('/desk/?flag=human_requested', times.flag);
  // Seeded case n is open when n % 100 < 5 (scaleSeed.ts): open ones, then closed ones among all cases.
  for (let i = 0; i < 20; i++) await timed(`/desk/?q=${scaleSerial(100 * ((i * 37) % 900) + 2)}`, times.serial);
  for (let i = 0; i < 20; i++) await timed(`/desk/?state=all&q=${scaleSerial(1000 * i + 55).toLowerCase()}`, times.serialAll);
  return times;
}

const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});

function settled() {
  gc();
  gc();
  return memory();
}

try {
  const rounds = Number(process.env.BENCH_ROUNDS ?? 5);
  const perRound = Number(process.env.BENCH_ROUND_CUSTOMERS ?? 100);
  const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 8);
  // BENCH_PGLITE_SHARED_BUFFERS: the PGlite memory experiment (pgliteMemoryExperiment.ts).
  const tuned = process.env.BENCH_PGLITE_SHARED_BUFFERS;
  const app = tuned ? await openTunedPglite(process.env.BENCH_DB_URL ?? '', tuned) : await openBenchApp(process.env.BENCH_DB_URL ?? '');
  const opened = memory();
  await sleep(1000);
  const idle = settled();

  let at = Date.parse('2027-01-10T09:00:00Z');
  const list = async (command: string, samples: Samples) => {
    const t0 = process.hrtime.bigint();
    const result = await app.service.handle({
      platform: PLATFORM,
      at: new Date((at += 1000)).toISOString(),
      user: STAFF[0],
      staff: true,
      command,
    });
    samples.push(msSince(t0));
    if (!result.ok) throw new Error(`${command} failed: ${result.error}`);
    return result.messages[0]?.text ?? '';
  };
  const listIdle = new Samples();
  const listOpenIdle = new Samples();
  let reviewLines = 0;
  for (let i = 0; i < 30; i++) reviewLines = (await list('/rma list review', listIdle)).split('\n').length;
  for (let i = 0; i < 10; i++) await list('/rma list', listOpenIdle);
  const desk = await deskQueueTimes(app.database.db);
  const afterLists = settled();
  process.send?.({
    type: 'idle',
    opened,
    idle,
    afterLists,
    listReviewMs: listIdle.summary(),
    listOpenMs: listOpenIdle.summary(),
    deskQueueMs: desk.queue.summary(),
    deskSearchMs: desk.search.summary(),
    deskFlagMs: desk.flag.summary(),
    deskSerialMs: desk.serial.summary(),
    deskSerialAllMs: desk.serialAll.summary(),
    reviewLines,
  });

  // Busy: bursts of whole cases; every 40th event staff list the review queue first. Memory is
  // sampled between events rather than on a timer: on PGlite a burst runs as one chain of promises
  // that never yields to the timers phase, so an interval would not fire.
  const rssSamples: Array<{ t: number; rssMb: number }> = [];
  const started = Date.now();
  let lastSample = 0;
  const listBusy = new Samples();
  let handled = 0;
  const execute: EventRunner = async (step, _i, _index, ref) => {
    if (++handled % 40 === 0) await list('/rma list review', listBusy);
    const result = await app.service.handle(step.inbound(ref));
    const now = Date.now();
    if (now - lastSample >= 250) {
      lastSample = now;
      rssSamples.push({ t: now - started, rssMb: memory().rssMb });
    }
    return { ref: result.caseRef, ok: result.ok, error: result.error };
  };
  const afterRounds: Array<
    { round: number; cases: number; events: number; eventsPerSecond: number; failed: number } & ReturnType<typeof memory>
  > = [];
  for (let round = 0; round < rounds; round++) {
    const result = await driveCases({
      run: process.env.BENCH_RUN_ID ?? 'b',
      from: round * perRound,
      customers: perRound,
      concurrency,
      execute,
      timeLimitMs: 600_000,
    });
    afterRounds.push({
      round: round + 1,
      cases: (round + 1) * perRound,
      events: result.events,
      eventsPerSecond: result.eventsPerSecond,
      failed: result.failed,
      ...settled(),
    });
    process.send?.({ type: 'round', round: round + 1, of: rounds });
  }
  process.send?.({
    type: 'busy',
    eventsPerCase: EVENTS_PER_CASE,
    afterRounds,
    rssSamples,
    listReviewBusyMs: listBusy.summary(),
    peakRssMb: Math.max(...rssSamples.map((s) => s.rssMb)),
  });
  onBenchMessage(async (message) => {
    if (message.type !== 'stop') return;
    await app.close();
    process.exit(0);
  });
} catch (error) {
  failChild(error);
}
