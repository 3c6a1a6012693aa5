// A small stand-in for Slack's Web API on 127.0.0.1: it answers the methods the adapter calls the way
// Slack documents them, and records every call (and every post to a response_url) for the tests.
// It keeps the messages the bot posted (with their metadata), so conversations.history and
// conversations.replies answer from them, takes file uploads the way files.uploadV2 makes them
// (files.getUploadURLExternal, a POST of the bytes to the URL it hands out, files.completeUploadExternal),
// answers users.info (with the user's locale when asked with include_locale),
// and can be told to fail calls: refuse them, lose the answer, drop the connection, or rate-limit.
import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedCall {
  /** A Web API method (`chat.postMessage`), `response_url` for a post to a command's response URL, `file_upload` for the bytes of an upload. */
  method: string;
  args: Record<string, unknown>;
  /** The bearer token the call was made with. */
  token: string | null;
  /** What the fake answered (absent for response_url posts and refused calls). */
  response?: Record<string, unknown>;
  /** The HTTP status answered; 0 when the connection was dropped. */
  status: number;
}

/**
 * How a call is made to fail: refused (500, nothing done), done but answered 500, done but the
 * connection dropped, 429, or answered normally after `delayMs` (a slow Slack).
 */
export type FaultMode = 'refuse' | 'lose' | 'drop' | 'rate_limit' | 'slow';

export interface Fault {
  method: string;
  mode: FaultMode;
  /** How many calls fail; Infinity until `heal`. */
  times: number;
  /** Seconds, for `rate_limit`. */
  retryAfter?: number;
  /** Milliseconds, for `slow`. */
  delayMs?: number;
}

export interface UploadedFile {
  id: string;
  filename: string;
  title: string | null;
  bytes: Buffer;
  /** Where files.completeUploadExternal shared it. */
  channel: string | null;
  threadTs: string | null;
}

export interface FakeSlackApiOptions {
  /** Members of user groups, for usergroups.users.list. */
  usergroups?: Record<string, string[]>;
  /** Full file objects, for files.info. */
  files?: Record<string, Record<string, unknown>>;
  /** The ws:// URL apps.connections.open hands out (Socket Mode). */
  socketUrl?: () => string;
  /** Users' locales, for users.info with include_locale; a user not listed has en-US. */
  locales?: Record<string, string>;
}

export interface FakeSlackApi {
  /** The Web API base URL to configure as SLACK_API_URL. */
  apiUrl: string;
  calls: RecordedCall[];
  /** Full file objects files.info answers with; tests may add to it. */
  files: Record<string, Record<string, unknown>>;
  /** Members of user groups usergroups.users.list answers with; tests may change them. */
  usergroups: Record<string, string[]>;
  /** Users' locales users.info answers with (en-US for a user not listed); tests may change them. */
  locales: Record<string, string>;
  /** Files uploaded and shared (files.completeUploadExternal), in order. */
  uploads: UploadedFile[];
  /** A response_url on this fake; posts to it are recorded as `response_url` calls. */
  responseUrl(id: string): string;
  /** Calls of one method, optionally narrowed. */
  callsOf(method: string, where?: (args: Record<string, unknown>) => boolean): RecordedCall[];
  /** The bot's messages as Slack keeps them: a channel's top level, or one thread's replies; oldest first. */
  messagesIn(channel: string, threadTs?: string): Array<Record<string, unknown>>;
  /** Makes the next calls of a method fail. */
  fail(fault: Fault): void;
  /** Ends every fault. */
  heal(): void;
  /** Resolves with the first call (old or new) that matches; rejects after `timeoutMs`. */
  waitFor(method: string, where?: (args: Record<string, unknown>) => boolean, timeoutMs?: number): Promise<RecordedCall>;
  close(): Promise<void>;
}

export const FAKE_TEAM = { id: 'T0RMA', url: 'https://rma-test.slack.com/', botUserId: 'UBOT01', botId: 'BBOT01' };

// Web API clients send form-encoded bodies with nested values (blocks, view) as JSON strings.
const JSON_FIELDS = new Set(['blocks', 'view', 'attachments', 'metadata', 'files']);

function parseBody(raw: Buffer, contentType: string | undefined): Record<string, unknown> {
  if (raw.length === 0) return {};
  const text = raw.toString('utf8');
  if (contentType?.includes('application/json')) return JSON.parse(text) as Record<string, unknown>;
  const args: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(text)) args[key] = JSON_FIELDS.has(key) ? JSON.parse(value) : value;
  return args;
}

/** A boolean argument, sent form-encoded as `true` or as JSON `true`. */
function flag(value: unknown): boolean {
  return value === true || value === 'true';
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** The bytes of an upload: the one file part of a multipart body, or the raw body. */
async function uploadedBytes(raw: Buffer, contentType: string | undefined): Promise<Buffer> {
  if (!contentType?.startsWith('multipart/form-data')) return raw;
  const form = await new Response(raw, { headers: { 'content-type': contentType } }).formData();
  for (const value of form.values()) if (typeof value !== 'string') return Buffer.from(await value.arrayBuffer());
  throw new Error('multipart upload without a file part');
}

type Message = Record<string, unknown>;

export async function startFakeSlackApi(options: FakeSlackApiOptions = {}): Promise<FakeSlackApi> {
  const calls: RecordedCall[] = [];
  const files: Record<string, Record<string, unknown>> = { ...options.files };
  const usergroups: Record<string, string[]> = { ...options.usergroups };
  const locales: Record<string, string> = { ...options.locales };
  const waiters = new Set<() => void>();
  /** Messages the bot posted, per channel, oldest first (thread replies included). */
  const posted = new Map<string, Message[]>();
  /** Uploads announced with files.getUploadURLExternal, by file id; bytes once posted. */
  const pending = new Map<string, { filename: string; length: number; bytes: Buffer | null }>();
  const uploads: UploadedFile[] = [];
  const faults: Fault[] = [];
  let tsCounter = 0;
  let fileCounter = 0;
  let base = '';
  const nextTs = () => `1795000000.${String(++tsCounter).padStart(6, '0')}`;

  function keep(channel: string, message: Message): void {
    posted.set(channel, [...(posted.get(channel) ?? []), message]);
  }

  /** What Slack shows of a message: its metadata only when asked for with include_all_metadata. */
  function shown(message: Message, args: Record<string, unknown>): Message {
    if (flag(args.include_all_metadata)) return message;
    const { metadata: _metadata, ...rest } = message;
    return rest;
  }

  function page(messages: Message[], args: Record<string, unknown>): Record<string, unknown> {
    const limit = Number(args.limit ?? 100);
    const start = Number(args.cursor ?? 0);
    const slice = messages.slice(start, start + limit);
    const more = start + limit < messages.length;
    return {
      ok: true,
      messages: slice.map((m) => shown(m, args)),
      has_more: more,
      ...(more ? { response_metadata: { next_cursor: String(start + limit) } } : {}),
    };
  }

  function answer(method: string, args: Record<string, unknown>): Record<string, unknown> {
    switch (method) {
      case 'auth.test':
        return {
          ok: true,
          url: FAKE_TEAM.url,
          team: 'RMA Test',
          user: 'rma-desk',
          team_id: FAKE_TEAM.id,
          user_id: FAKE_TEAM.botUserId,
          bot_id: FAKE_TEAM.botId,
        };
      case 'chat.postMessage': {
        const ts = nextTs();
        const message: Message = {
          type: 'message',
          ts,
          user: FAKE_TEAM.botUserId,
          bot_id: FAKE_TEAM.botId,
          text: args.text,
          blocks: args.blocks,
          ...(args.thread_ts ? { thread_ts: args.thread_ts } : {}),
          ...(args.metadata ? { metadata: args.metadata } : {}),
        };
        keep(String(args.channel), message);
        return { ok: true, channel: args.channel, ts, message: shown(message, {}) };
      }
      case 'chat.postEphemeral':
        return { ok: true, message_ts: nextTs() };
      case 'chat.update':
        return { ok: true, channel: args.channel, ts: args.ts, text: args.text };
      case 'conversations.history': {
        // The channel's top level, newest first, up to `latest` (inclusive when asked).
        const latest = args.latest === undefined ? Infinity : Number(args.latest);
        const top = (posted.get(String(args.channel)) ?? []).filter((m) => !m.thread_ts || m.thread_ts === m.ts);
        const upTo = top.filter((m) => (flag(args.inclusive) ? Number(m.ts) <= latest : Number(m.ts) < latest));
        return page(upTo.reverse(), args);
      }
      case 'conversations.replies': {
        const replies = (posted.get(String(args.channel)) ?? []).filter((m) => m.thread_ts === args.ts);
        return page(replies, args);
      }
      case 'views.open':
      case 'views.publish':
        return { ok: true, view: { id: `V${calls.length}`, ...(args.view as object) } };
      case 'usergroups.users.list': {
        const users = usergroups[String(args.usergroup)];
        return users ? { ok: true, users } : { ok: false, error: 'no_such_subteam' };
      }
      case 'users.info': {
        // Every U… or W… id is a member of the workspace; Slack adds the locale only when asked.
        const id = String(args.user ?? '');
        if (!/^[UW][A-Z0-9]+$/.test(id)) return { ok: false, error: 'user_not_found' };
        const user = { id, team_id: FAKE_TEAM.id, name: id.toLowerCase(), deleted: false, is_bot: false, tz: 'Europe/Berlin' };
        return { ok: true, user: flag(args.include_locale) ? { ...user, locale: locales[id] ?? 'en-US' } : user };
      }
      case 'files.info': {
        const file = files[String(args.file)];
        return file ? { ok: true, file } : { ok: false, error: 'file_not_found' };
      }
      case 'files.getUploadURLExternal': {
        if (typeof args.filename !== 'string' || !Number(args.length)) return { ok: false, error: 'invalid_arguments' };
        const id = `F0UP${String(++fileCounter).padStart(4, '0')}`;
        pending.set(id, { filename: args.filename, length: Number(args.length), bytes: null });
        return { ok: true, upload_url: `${base}/upload/${id}`, file_id: id };
      }
      case 'files.completeUploadExternal':
        return completeUploads(args);
      case 'apps.connections.open':
        return options.socketUrl ? { ok: true, url: options.socketUrl() } : { ok: false, error: 'not_allowed_token_type' };
      default:
        return { ok: false, error: 'unknown_method' };
    }
  }

  /** Shares uploaded files where asked, as one message of the bot's with the files. */
  function completeUploads(args: Record<string, unknown>): Record<string, unknown> {
    const list = Array.isArray(args.files) ? (args.files as Array<{ id?: string; title?: string }>) : [];
    const done: Array<Record<string, unknown>> = [];
    for (const entry of list) {
      const upload = pending.get(String(entry.id));
      if (!upload?.bytes) return { ok: false, error: 'file_not_found' };
      done.push({ id: entry.id, name: upload.filename, title: entry.title ?? upload.filename, size: upload.bytes.length });
    }
    const channel = typeof args.channel_id === 'string' ? args.channel_id : null;
    const threadTs = typeof args.thread_ts === 'string' ? args.thread_ts : null;
    for (const [i, file] of done.entries()) {
      const upload = pending.get(String(file.id))!;
      pending.delete(String(file.id));
      uploads.push({
        id: String(file.id),
        filename: upload.filename,
        title: (list[i]?.title as string | undefined) ?? null,
        bytes: upload.bytes!,
        channel,
        threadTs,
      });
    }
    if (channel && done.length > 0) {
      keep(channel, {
        type: 'message',
        ts: nextTs(),
        user: FAKE_TEAM.botUserId,
        text: '',
        upload: true,
        files: done,
        ...(threadTs ? { thread_ts: threadTs } : {}),
      });
    }
    return { ok: true, files: done };
  }

  function takeFault(method: string): Fault | undefined {
    const fault = faults.find((f) => f.method === method && f.times > 0);
    if (fault) fault.times--;
    return fault;
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const raw = await readBody(req);
    const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1] ?? null;
    const respondMatch = /^\/respond\/[\w-]+$/.exec(path);
    const apiMatch = /^\/api\/([\w.]+)$/.exec(path);
    const uploadMatch = /^\/upload\/(\w+)$/.exec(path);
    if (req.method !== 'POST' || (!respondMatch && !apiMatch && !uploadMatch)) {
      res.writeHead(404).end();
      return;
    }
    const done = (call: RecordedCall) => {
      calls.push(call);
      for (const wake of [...waiters]) wake();
    };
    if (uploadMatch) {
      const upload = pending.get(uploadMatch[1]!);
      const bytes = await uploadedBytes(raw, req.headers['content-type']);
      if (upload) upload.bytes = bytes;
      done({ method: 'file_upload', args: { file_id: uploadMatch[1], size: bytes.length }, token, status: upload ? 200 : 404 });
      res.writeHead(upload ? 200 : 404, { 'content-type': 'text/plain' }).end(upload ? `OK - ${bytes.length}` : 'not found');
      return;
    }
    const args = parseBody(raw, req.headers['content-type']);
    if (respondMatch) {
      done({ method: 'response_url', args, token, status: 200 });
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
      return;
    }
    const method = apiMatch![1]!;
    const fault = takeFault(method);
    if (fault?.mode === 'slow') await new Promise((resolve) => setTimeout(resolve, fault.delayMs ?? 1_000));
    if (fault?.mode === 'refuse') {
      done({ method, args, token, status: 500 });
      res.writeHead(500, { 'content-type': 'text/plain' }).end('internal error');
      return;
    }
    if (fault?.mode === 'rate_limit') {
      done({ method, args, token, status: 429 });
      res
        .writeHead(429, { 'retry-after': String(fault.retryAfter ?? 30), 'content-type': 'application/json' })
        .end(JSON.stringify({ ok: false, error: 'ratelimited' }));
      return;
    }
    const response = answer(method, args);
    if (fault?.mode === 'drop') {
      done({ method, args, token, response, status: 0 });
      res.socket?.destroy();
      return;
    }
    const status = fault?.mode === 'lose' ? 500 : 200;
    done({ method, args, token, response, status });
    if (status !== 200) {
      res.writeHead(status, { 'content-type': 'text/plain' }).end('internal error');
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
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const callsOf = (method: string, where?: (args: Record<string, unknown>) => boolean) =>
    calls.filter((c) => c.method === method && (!where || where(c.args)));

  return {
    apiUrl: `${base}/api/`,
    calls,
    files,
    usergroups,
    locales,
    uploads,
    responseUrl: (id) => `${base}/respond/${id}`,
    callsOf,
    messagesIn(channel, threadTs) {
      const all = posted.get(channel) ?? [];
      return threadTs === undefined ? all.filter((m) => !m.thread_ts || m.thread_ts === m.ts) : all.filter((m) => m.thread_ts === threadTs);
    },
    fail(fault) {
      faults.push({ ...fault });
    },
    heal() {
      faults.length = 0;
    },
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
