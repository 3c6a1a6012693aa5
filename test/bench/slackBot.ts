// Child process of the Slack edge part: the real Slack adapter (Bolt, HTTP mode on 127.0.0.1, a
// port of its own) over the app on the bench database, its Web API client pointed at the fake Slack
// API the bench runs. Reports its port, and when asked, waits until every request it took is handled.
import pino from 'pino';
import { Writable } from 'node:stream';
import { openApp } from '../../src/app.ts';
import { startSlack, type SlackHandle } from '../../src/adapters/slack/slackApp.ts';
import { readSlackConfig } from '../../src/adapters/slack/slackConfig.ts';
import { DEFAULT_POLICY } from '../../src/policy/policy.ts';
import { countedService } from './handleLimit.ts';
import { eventLoopDelay, failChild, memory, onBenchMessage } from './childProcess.ts';
import { SLACK_IDS, SLACK_SIGNING_SECRET } from './slackIds.ts';

try {
  const env = process.env;
  let slack: SlackHandle | null = null;
  const app = await openApp({ databaseUrl: env.BENCH_DB_URL ?? '', policy: DEFAULT_POLICY, isStaff: (platform, user) => (platform === 'slack' && slack ? slack.isStaff(user) : false) });
  const counted = countedService(app.service, Number(env.BENCH_HANDLE_LIMIT ?? 0));
  const config = readSlackConfig({
    SLACK_BOT_TOKEN: 'xoxb-bench-bot-token',
    SLACK_SIGNING_SECRET,
    PORT: '0',
    SLACK_SUPPORT_CHANNELS: SLACK_IDS.support,
    SLACK_STAFF_CHANNEL: SLACK_IDS.staffChannel,
    SLACK_STAFF_USERS: SLACK_IDS.staff,
    SLACK_API_URL: env.BENCH_SLACK_API_URL,
  });
  if (!config) throw new Error('no Slack configuration');
  // Problems (warn and above) are counted and the first few kept for the report.
  const problems: string[] = [];
  let problemCount = 0;
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      problemCount++;
      if (problems.length < 5) problems.push(chunk.toString('utf8').trim().slice(0, 500));
      done();
    },
  });
  const handle = await startSlack({ config, service: counted.service, log: pino({ level: 'warn' }, sink), host: '127.0.0.1' });
  slack = handle;
  const loop = eventLoopDelay();
  const status = () => ({ handle: { ...counted.counts }, problemCount, problems, eventLoopDelayMs: loop.read(), ...memory() });
  process.send?.({ type: 'ready', port: handle.port, ...memory() });
  onBenchMessage(async (message) => {
    if (message.type === 'go') loop.reset();
    else if (message.type === 'status') process.send?.({ type: 'status', ...status() });
    else if (message.type === 'drain') {
      await handle.idle();
      process.send?.({ type: 'idle', ...status() });
    } else if (message.type === 'stop') {
      await handle.stop();
      await app.close();
      process.exit(0);
    }
  });
} catch (error) {
  failChild(error);
}
