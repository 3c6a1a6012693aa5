// A small stand-in for Slack's Web API on 127.0.0.1: it answers the methods the adapter calls the way
// Slack documents them, and records every call (and every post to a response_url) for the tests.
import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedCall {
  /** A Web API method (`chat.postMessage`), or `response_url` for a post to a command's response URL. */
  method: string;
  args: Record<string, unknown>;
  /** The bearer token the call was made with. */
  token: string | null;
  /** What the fake answered (absent for response_url posts). */
  response?: Record<string, unknown>;
}

export interface FakeSlackApiOptions {
  /** Members of user groups, for usergroups.users.list. */
  usergroups?: Record<string, string[]>;
  /** Full file objects, for files.info. */
  files?: Record<string, Record<string, unknown>>;
  /** The ws:// URL apps.connections.open hands out (Socket Mode). */
  socketUrl?: () => string;
}

export interface FakeSlackApi {
  /** The Web API base URL to configure as SLACK_API_URL. */
  apiUrl: string;
  calls: RecordedCall[];
  /** Full file objects files.info answers with; tests may add to it. */
  files: Record<string, Record<string, unknown>>;
  /** A response_url on this fake; posts to it are recorded as `response_url` calls. */
  responseUrl(id: string): string;
  /** Calls of one method, optionally narrowed. */
  callsOf(method: string, where?: (args: Record<string, unknown>) => boolean): RecordedCall[];
  /** Resolves with the first call (old or new) that matches; rejects after `timeoutMs`. */
  waitFor(method: string, where?: (args: Record<string, unknown>) => boolean, timeoutMs?: number): Promise<RecordedCall>;
  close(): Promise<void>;
}

export const FAKE_TEAM = { id: 'T0RMA', url: 'https://rma-test.slack.com/', botUserId: 'UBOT01', botId: 'BBOT01' };

// Web API clients send form-encoded bodies with nested values (blocks, view) as JSON strings.
const JSON_FIELDS = new Set(['blocks', 'view', 'attachments', 'metadata']);

function parseBody(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (raw === '') return {};
  if (contentType?.includes('application/json')) return JSON.parse(raw) as Record<string, unknown>;
  const args: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) args[key] = JSON_FIELDS.has(key) ? JSON.parse(value) : value;
  return args;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export async function startFakeSlackApi(options: FakeSlackApiOptions = {}): Promise<FakeSlackApi> {
  const calls: RecordedCall[] = [];
  const files: Record<string, Record<string, unknown>> = { ...options.files };
  const waiters = new Set<() => void>();
  /** Messages the bot posted, by channel and ts, for conversations.history. */
  const posted = new Map<string, Record<string, unknown>>();
  let tsCounter = 0;
  const nextTs = () => `1795000000.${String(++tsCounter).padStart(6, '0')}`;

  function answer(method: string, args: Record<string, unknown>): Record<string, unknown> {
    switch (method) {
      case 'auth.test':
        return { ok: true, url: FAKE_TEAM.url, team: 'RMA Test', user: 'rma-desk', team_id: FAKE_TEAM.id, user_id: FAKE_TEAM.botUserId, bot_id: FAKE_TEAM.botId };
      case 'chat.postMessage': {
        const ts = nextTs();
        const message = { type: 'message', ts, text: args.text, blocks: args.blocks, bot_id: FAKE_TEAM.botId, ...(args.thread_ts ? { thread_ts: args.thread_ts } : {}) };
        posted.set(`${String(args.channel)}:${ts}`, message);
        return { ok: true, channel: args.channel, ts, message };
      }
      case 'chat.postEphemeral':
        return { ok: true, message_ts: nextTs() };
      case 'chat.update':
        return { ok: true, channel: args.channel, ts: args.ts, text: args.text };
      case 'conversations.history': {
        const message = posted.get(`${String(args.channel)}:${String(args.latest)}`);
        return { ok: true, messages: message ? [message] : [], has_more: false };
      }
      case 'views.open':
      case 'views.publish':
        return { ok: true, view: { id: `V${calls.length}`, ...(args.view as object) } };
      case 'usergroups.users.list': {
        const users = options.usergroups?.[String(args.usergroup)];
        return users ? { ok: true, users } : { ok: false, error: 'no_such_subteam' };
      }
      case 'files.info': {
        const file = files[String(args.file)];
        return file ? { ok: true, file } : { ok: false, error: 'file_not_found' };
      }
      case 'apps.connections.open':
        return options.socketUrl ? { ok: true, url: options.socketUrl() } : { ok: false, error: 'not_allowed_token_type' };
      default:
        return { ok: false, error: 'unknown_method' };
    }
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const args = parseBody(await readBody(req), req.headers['content-type']);
    const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1] ?? null;
    const respondMatch = /^\/respond\/([\w-]+)$/.exec(path);
    const apiMatch = /^\/api\/([\w.]+)$/.exec(path);
    if (req.method !== 'POST' || (!respondMatch && !apiMatch)) {
      res.writeHead(404).end();
      return;
    }
    const method = respondMatch ? 'response_url' : apiMatch![1]!;
    const response = respondMatch ? undefined : answer(method, args);
    calls.push({ method, args, token, ...(response ? { response } : {}) });
    for (const wake of [...waiters]) wake();
    if (!response) {
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(response));
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      res.writeHead(500).end(String(error));
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const callsOf = (method: string, where?: (args: Record<string, unknown>) => boolean) => calls.filter((c) => c.method === method && (!where || where(c.args)));

  return {
    apiUrl: `${base}/api/`,
    calls,
    files,
    responseUrl: (id) => `${base}/respond/${id}`,
    callsOf,
    waitFor(method, where, timeoutMs = 5_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = callsOf(method, where)[0];
          if (!found) return;
          clearTimeout(timer);
          waiters.delete(check);
          resolve(found);
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`no ${method} call matched within ${timeoutMs} ms; calls: ${calls.map((c) => c.method).join(', ')}`));
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
    async close() {
      server.closeAllConnections();
      server.close();
      await once(server, 'close');
    },
  };
}
