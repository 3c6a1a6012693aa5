// Part `flood`, gateway messages: a first message from a new member in the support channel (each
// would open a case and its private thread), `count` of them dispatched on the fake's gateway at
// once in chunks, to the real adapter in a child process. Discord does not send a message again, so
// the adapter keeps what it cannot work on yet in its bounded queue and sheds the rest (asking some
// senders to send again). Afterwards every message it took must be in processed_events.
import { setTimeout as sleep } from 'node:timers/promises';
import { FakeDiscord } from '../fakes/discord/fakeDiscord.ts';
import { serverOptions, SUPPORT } from '../fakes/discord/fixtures.ts';
import { openBenchApp } from './benchApp.ts';
import { BenchChild } from './childProcess.ts';
import { freshBenchDatabase, type DbKind } from './databases.ts';
import { recordedEventIds } from './edgeFinish.ts';
import { phase } from './progress.ts';
import { msSince } from './stats.ts';

export interface MessageFloodResult {
  db: DbKind;
  sent: number;
  /** Seconds to dispatch them all. */
  seconds: number;
  /** Messages the adapter did not take (its own count), and of those, whose sender it asked to send again. */
  shed: number;
  noticed: number;
  /** "Please send it again" replies the fake received. */
  noticesPosted: number;
  recorded: number;
  /** Sent minus shed minus recorded: taken but not recorded. */
  lost: number;
  /** Seconds from the last dispatch until the adapter was idle; null when it was not within the limit. */
  drainSeconds: number | null;
  botRssMb: { start: number; peak: number; end: number };
  problemCount: number;
}

const CHUNK = 500;
const DRAIN_LIMIT_MS = 10 * 60_000;

type Status = {
  type: string;
  rssMb: number;
  rssPeakMb: number;
  problemCount: number;
  adapterLoad: { shed: { messages: number; noticed: number } } | null;
};

export async function runDiscordMessageFlood(options: { kind: DbKind; count: number }): Promise<MessageFloodResult> {
  const fake = new FakeDiscord(serverOptions());
  await fake.start();
  const database = await freshBenchDatabase(options.kind, 'flood_discord');
  let child: BenchChild | null = null;
  try {
    const setup = await openBenchApp(database.url);
    await setup.close();
    child = BenchChild.start('./discordBot.ts', {
      BENCH_DB_URL: database.url,
      BENCH_HANDLE_LIMIT: '0',
      BENCH_DISCORD_API_URL: fake.apiUrl,
    });
    const ready = await child.next<Status>('ready', 60_000);
    const bar = phase(`flood discord ${options.kind} gateway messages`, options.count, 'messages');
    child.send({ type: 'go' });
    const started = process.hrtime.bigint();
    const ids: string[] = [];
    for (let i = 0; i < options.count; i++) {
      const member = { user: { id: String(810_000_000_000_000_000n + BigInt(i)), username: `writer${i}` }, roles: [] };
      ids.push(fake.userMessage(member, SUPPORT, 'Hello, the switch from my order arrived dead').id as string);
      if ((i + 1) % CHUNK === 0) {
        bar.increment(CHUNK);
        await sleep(50);
      }
    }
    const seconds = msSince(started) / 1000;
    bar.note('draining');
    const drainStarted = process.hrtime.bigint();
    child.send({ type: 'drain' });
    let idle: Status | null = null;
    try {
      idle = await child.next<Status>('idle', DRAIN_LIMIT_MS);
    } catch {
      idle = null;
    }
    const drainSeconds = idle ? msSince(drainStarted) / 1000 : null;
    bar.stop();
    await child.stop();
    const recorded = await recordedEventIds(options.kind, database.url, 'discord', ids);
    const shed = idle?.adapterLoad?.shed.messages ?? Number.NaN;
    const tenths = (n: number) => Math.round(n * 10) / 10;
    return {
      db: options.kind,
      sent: ids.length,
      seconds: tenths(seconds),
      shed,
      noticed: idle?.adapterLoad?.shed.noticed ?? Number.NaN,
      noticesPosted: fake.botMessagesIn(SUPPORT).filter((m) => /very busy/.test(m.content as string)).length,
      recorded,
      lost: ids.length - shed - recorded,
      drainSeconds: drainSeconds === null ? null : tenths(drainSeconds),
      botRssMb: { start: ready.rssMb, peak: idle?.rssPeakMb ?? Number.NaN, end: idle?.rssMb ?? Number.NaN },
      problemCount: idle?.problemCount ?? 0,
    };
  } finally {
    await child?.stop();
    await fake.stop();
    await database.drop();
  }
}
