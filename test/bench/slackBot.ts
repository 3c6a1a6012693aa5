// Child process of the Slack edge part: the real Slack adapter (Bolt, HTTP mode on 127.0.0.1, a
// port of its own) over the app on the bench database, its Web API client pointed at the fake Slack
// API the bench runs. Reports its port, and when asked, waits until every request it took is handled.
import { openApp } from '../../src/app.ts';
import { startSlack } from '../../src/adapters/slack/slackApp.ts';
import { readSlackConfig } from '../../src/adapters/slack/slackConfig.ts';
import { DEFAULT_POLICY } from '../../src/policy/policy.ts';
import { countedDesk } from './handleLimit.ts';
import { failChild } from './childProcess.ts';
import { problemLog, serveEdgeBot } from './edgeBot.ts';
import { SLACK_IDS, SLACK_SIGNING_SECRET } from './slackIds.ts';

try {
  const env = process.env;
  const app = await openApp({ databaseUrl: env.BENCH_DB_URL ?? '', policy: DEFAULT_POLICY });
  const counted = countedDesk(app.desk, Number(env.BENCH_HANDLE_LIMIT ?? 0));
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
  const problems = problemLog();
  const handle = await startSlack({ config, desk: counted.desk, log: problems.log, host: '127.0.0.1' });
  serveEdgeBot({ app, platform: 'slack', adapter: handle, counts: counted.counts, problems, extra: { port: handle.port } });
} catch (error) {
  failChild(error);
}
