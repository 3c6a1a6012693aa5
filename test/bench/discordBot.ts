// Child process of the Discord edge part: the real Discord adapter (discord.js, gateway and REST)
// over the app on the bench database, logged in to the fake Discord the bench runs. Reports when it
// is ready, and when asked, waits until every event it took is handled.
import pino from 'pino';
import { Writable } from 'node:stream';
import { openApp } from '../../src/app.ts';
import { readDiscordConfig } from '../../src/adapters/discord/config.ts';
import { startDiscord, type DiscordDesk } from '../../src/adapters/discord/discordAdapter.ts';
import { DEFAULT_POLICY } from '../../src/policy/policy.ts';
import { discordEnv } from '../fakes/discord/fixtures.ts';
import { countedService } from './handleLimit.ts';
import { eventLoopDelay, failChild, memory, onBenchMessage } from './childProcess.ts';

try {
  let discord: DiscordDesk | null = null;
  const app = await openApp({
    databaseUrl: process.env.BENCH_DB_URL ?? '',
    policy: DEFAULT_POLICY,
    isStaff: (platform, user) => (platform === 'discord' && discord ? discord.isStaff(user) : false),
  });
  const counted = countedService(app.service, Number(process.env.BENCH_HANDLE_LIMIT ?? 0));
  const config = readDiscordConfig(discordEnv(process.env.BENCH_DISCORD_API_URL ?? ''));
  if (!config) throw new Error('no Discord configuration');
  const problems: string[] = [];
  let problemCount = 0;
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      problemCount++;
      if (problems.length < 5) problems.push(chunk.toString('utf8').trim().slice(0, 500));
      done();
    },
  });
  const desk = await startDiscord({ config, service: counted.service, log: pino({ level: 'warn' }, sink) });
  discord = desk;
  const loop = eventLoopDelay();
  const status = () => ({ handle: { ...counted.counts }, problemCount, problems, eventLoopDelayMs: loop.read(), ...memory() });
  process.send?.({ type: 'ready', ...memory() });
  onBenchMessage(async (message) => {
    if (message.type === 'go') loop.reset();
    else if (message.type === 'status') process.send?.({ type: 'status', ...status() });
    else if (message.type === 'drain') {
      await desk.idle();
      process.send?.({ type: 'idle', ...status() });
    } else if (message.type === 'stop') {
      await desk.stop();
      await app.close();
      process.exit(0);
    }
  });
} catch (error) {
  failChild(error);
}
