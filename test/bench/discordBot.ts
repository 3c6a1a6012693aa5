// Child process of the Discord edge part: the real Discord adapter (discord.js, gateway and REST)
// over the app on the bench database, logged in to the fake Discord the bench runs. Reports when it
// is ready, and when asked, waits until every event it took is handled.
import { openApp } from '../../src/app.ts';
import { readDiscordConfig } from '../../src/adapters/discord/config.ts';
import { startDiscord } from '../../src/adapters/discord/discordAdapter.ts';
import { DEFAULT_POLICY } from '../../src/policy/policy.ts';
import { discordEnv } from '../fakes/discord/fixtures.ts';
import { countedDesk } from './handleLimit.ts';
import { failChild } from './childProcess.ts';
import { problemLog, serveEdgeBot } from './edgeBot.ts';

try {
  const app = await openApp({ databaseUrl: process.env.BENCH_DB_URL ?? '', policy: DEFAULT_POLICY });
  const counted = countedDesk(app.desk, Number(process.env.BENCH_HANDLE_LIMIT ?? 0));
  // DISCORD_MAX_* of the bench's environment reach the bot, to try other bounds on its work.
  const limits = Object.fromEntries(Object.entries(process.env).filter(([name]) => name.startsWith('DISCORD_MAX_')));
  const config = readDiscordConfig({ ...discordEnv(process.env.BENCH_DISCORD_API_URL ?? ''), ...limits });
  if (!config) throw new Error('no Discord configuration');
  const problems = problemLog();
  const desk = await startDiscord({ config, desk: counted.desk, log: problems.log });
  serveEdgeBot({ app, platform: 'discord', adapter: desk, counts: counted.counts, problems });
} catch (error) {
  failChild(error);
}
