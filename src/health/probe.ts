// Docker's HEALTHCHECK: GET http://127.0.0.1:<port>/healthz, exit 0 on a 200, 1 otherwise (no answer
// within 2 s included). The port follows `rma-desk start`: HEALTH_PORT when set, else Slack's PORT
// (default 3000) when Slack runs over HTTP (a bot token and no app-level token), else 8080.
// Node's built-in modules only: it runs as plain JavaScript once compiled, without the bot's packages.
import { request } from 'node:http';

const TIMEOUT_MS = 2_000;

const set = (value: string | undefined): value is string => value !== undefined && value.trim() !== '';

function port(env: NodeJS.ProcessEnv): number {
  if (set(env.HEALTH_PORT)) return Number(env.HEALTH_PORT.trim());
  if (set(env.SLACK_BOT_TOKEN) && !set(env.SLACK_APP_TOKEN)) return set(env.PORT) ? Number(env.PORT.trim()) : 3000;
  return 8080;
}

const url = `http://127.0.0.1:${port(process.env)}/healthz`;
const fail = (why: string) => {
  process.stderr.write(`unhealthy: ${url}: ${why}\n`);
  process.exit(1);
};
setTimeout(() => fail(`no answer within ${TIMEOUT_MS / 1000} s`), TIMEOUT_MS).unref();
request(url, { method: 'GET' }, (res) => {
  res.resume();
  if (res.statusCode === 200) process.exit(0);
  fail(`status ${String(res.statusCode)}`);
})
  .on('error', (error) => fail(error.message))
  .end();
