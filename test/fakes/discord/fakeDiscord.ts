// A small Discord on 127.0.0.1 for driving the real discord.js client: the REST API under
// /api/v10 (every call recorded) and, on the same port, the gateway WebSocket (HELLO, IDENTIFY ->
// READY + GUILD_CREATE, heartbeats, RESUME with replay of what was missed, dispatches).
// It keeps just enough state (channels, threads, messages, pins, members, interactions) to answer
// like Discord does, including refusing a second answer to one interaction, returning the message
// already made for a repeated nonce (enforce_nonce), and taking files as multipart/form-data
// (`payload_json` and `files[n]`). It can be told to fail requests: refuse them, lose the answer,
// drop the connection, or rate-limit.
import { FakeDiscordOAuth, type FakeOAuthApp } from './fakeDiscordOAuth.ts';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocket, WebSocketServer } from 'ws';
import { snowflakeAt } from './snowflakes.ts';

export type Json = Record<string, unknown>;

export interface FakeUser {
  id: string;
  username: string;
  /** The display name people chose (Discord's `global_name`). */
  global_name?: string;
  bot?: boolean;
}

export interface FakeMember {
  user: FakeUser;
  roles: string[];
}

export interface RestCall {
  method: string;
  /** Without the /api/v10 prefix, e.g. `/channels/123/messages`. */
  path: string;
  query: Record<string, string>;
  body: Json | Json[] | null;
  /** Files of a multipart request, in form order. */
  files: UploadedFile[];
  /** The status answered; 0 when the connection was dropped. */
  status: number;
}

export interface UploadedFile {
  /** The form field, `files[n]`. */
  field: string;
  name: string;
  contentType: string;
  bytes: Buffer;
}

/** How a request is made to fail: refused (500, nothing done), done but answered 500, done but the connection dropped, or 429. */
export type FaultMode = 'refuse' | 'lose' | 'drop' | 'rate_limit';

export interface Fault {
  method: string;
  path: RegExp;
  mode: FaultMode;
  /** How many requests fail; Infinity until `heal`. */
  times: number;
  /** Seconds, for `rate_limit`. */
  retryAfter?: number;
}

export interface FakeAttachment {
  filename: string;
  content_type: string;
  size: number;
}

export interface FakeInteraction {
  id: string;
  token: string;
  payload: Json;
  /** The callback types Discord accepted (one at most) and the bodies of all attempts. */
  callbacks: Json[];
  acked: number | null;
  original: Json | null;
  followUps: Json[];
}

interface GatewayEvent {
  op: 0;
  t: string;
  s: number;
  d: unknown;
}

export interface FakeDiscordOptions {
  token: string;
  applicationId: string;
  guildId: string;
  bot: FakeUser;
  channels: Array<{ id: string; name: string }>;
  roles: Array<{ id: string; name: string }>;
  members: FakeMember[];
  /** Start of the fake's clock; every id it makes is one second later than the one before. */
  clock?: string;
  heartbeatInterval?: number;
  /** Whether the application may use privileged intents (Message Content); 4014 on IDENTIFY if not. */
  privilegedIntents?: boolean;
  /** OAuth2 ("Sign in with Discord") for this application: its secret and registered redirect URIs. */
  oauth?: FakeOAuthApp;
}

const EPHEMERAL = 64;
const PRIVILEGED_INTENTS = (1 << 1) | (1 << 8) | (1 << 15);
const THREAD_TYPES = new Set([10, 11, 12]);

async function readBody(req: IncomingMessage): Promise<{ body: Json | Json[] | null; files: UploadedFile[] }> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks);
  const contentType = req.headers['content-type'] ?? '';
  if (contentType.startsWith('multipart/form-data')) {
    // As Discord reads it: the JSON body in `payload_json`, each file in its own `files[n]` part.
    const form = await new Response(raw, { headers: { 'content-type': contentType } }).formData();
    const payload = form.get('payload_json');
    const files: UploadedFile[] = [];
    for (const [field, value] of form.entries()) {
      if (typeof value === 'string' || !/^files\[\d+\]$/.test(field)) continue;
      files.push({ field, name: value.name, contentType: value.type, bytes: Buffer.from(await value.arrayBuffer()) });
    }
    return { body: typeof payload === 'string' ? (JSON.parse(payload) as Json) : null, files };
  }
  const text = raw.toString('utf8');
  return { body: text === '' ? null : (JSON.parse(text) as Json), files: [] };
}

export class FakeDiscord {
  readonly calls: RestCall[] = [];
  readonly identifies: Json[] = [];
  readonly resumes: Json[] = [];
  heartbeats = 0;
  commands: Json[] = [];
  readonly channels = new Map<string, Json>();
  readonly messages = new Map<string, Json>();
  readonly pins = new Map<string, string[]>();
  readonly threadMembers = new Map<string, Set<string>>();
  readonly interactions = new Map<string, FakeInteraction>();
  /** Files the bot uploaded, by the attachment id Discord gave them. */
  readonly files = new Map<string, UploadedFile>();
  /** Messages by author and nonce, for enforce_nonce. */
  private readonly nonces = new Map<string, Json>();
  private readonly faults: Fault[] = [];

  private server: Server | null = null;
  private wss: WebSocketServer | null = null;
  private live: WebSocket | null = null;
  private session: { id: string; seq: number; events: GatewayEvent[] } | null = null;
  private clock: number;
  private port = 0;

  /** The OAuth2 endpoints, when the options give an OAuth2 app. */
  readonly oauth: FakeDiscordOAuth | null;

  constructor(readonly options: FakeDiscordOptions) {
    this.oauth = options.oauth ? new FakeDiscordOAuth(options.oauth) : null;
    this.clock = Date.parse(options.clock ?? '2026-11-20T10:00:00Z');
    for (const c of options.channels) {
      this.channels.set(c.id, {
        id: c.id,
        type: 0,
        guild_id: options.guildId,
        name: c.name,
        position: 0,
        permission_overwrites: [],
        parent_id: null,
        nsfw: false,
        topic: null,
        last_message_id: null,
        rate_limit_per_user: 0,
        flags: 0,
      });
    }
  }

  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}`;
  }

  /** A new id, one second after the last one: the fake's timeline is the tests' clock. */
  nextId(): string {
    this.clock += 1000;
    return snowflakeAt(this.clock);
  }

  now(): string {
    return new Date(this.clock).toISOString();
  }

  async start(): Promise<void> {
    const server = createServer((req, res) => void this.onRequest(req, res));
    this.server = server;
    this.wss = new WebSocketServer({ server });
    this.wss.on('connection', (socket) => this.onConnection(socket));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    this.port = (server.address() as AddressInfo).port;
  }

  async stop(): Promise<void> {
    for (const client of this.wss?.clients ?? []) client.terminate();
    await new Promise<void>((resolve) => (this.wss ? this.wss.close(() => resolve()) : resolve()));
    const server = this.server;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  // --- REST --------------------------------------------------------------------------------------

  private async onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (this.oauth?.handles(url.pathname)) return this.oauth.answer(req, res, url);
    const call: RestCall = {
      method: req.method ?? 'GET',
      path: decodeURIComponent(url.pathname).replace(/^\/api\/v\d+/, ''),
      query: Object.fromEntries(url.searchParams),
      body: null,
      files: [],
      status: 0,
    };
    let status: number;
    let payload: unknown;
    const fault = this.takeFault(call);
    const serverError = [500, { message: '500: Internal Server Error', code: 0 }] as const;
    const retryAfter = fault?.retryAfter ?? 30;
    try {
      ({ body: call.body, files: call.files } = await readBody(req));
      if (fault?.mode === 'refuse') [status, payload] = serverError;
      else if (fault?.mode === 'rate_limit')
        [status, payload] = [429, { message: 'You are being rate limited.', retry_after: retryAfter, global: false }];
      else [status, payload] = this.route(call, req.headers.authorization);
    } catch (error) {
      [status, payload] = [400, { code: 50035, message: `fake Discord: ${String(error)}` }];
    }
    // Done, but the answer is lost: a dropped connection or a server error.
    if (fault?.mode === 'drop') {
      this.calls.push(call);
      res.socket?.destroy();
      return;
    }
    if (fault?.mode === 'lose') [status, payload] = serverError;
    call.status = status;
    this.calls.push(call);
    if (status === 429) {
      res
        .writeHead(429, { 'content-type': 'application/json', 'retry-after': String(retryAfter), 'x-ratelimit-scope': 'user' })
        .end(JSON.stringify(payload));
      return;
    }
    if (status === 204) {
      res.writeHead(204).end();
      return;
    }
    res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(payload));
  }

  private route(call: RestCall, authorization: string | undefined): [number, unknown] {
    const { method, path } = call;
    const body = (call.body ?? {}) as Json;
    let m: RegExpExecArray | null;
    // Interaction answers are authorised by their token, everything else by the bot token.
    if ((m = /^\/interactions\/(\d+)\/([^/]+)\/callback$/.exec(path)) && method === 'POST')
      return this.interactionCallback(m[1]!, m[2]!, body);
    if ((m = /^\/webhooks\/(\d+)\/([^/]+)$/.exec(path)) && method === 'POST') return this.followUp(m[1]!, m[2]!, body);
    if ((m = /^\/webhooks\/(\d+)\/([^/]+)\/messages\/@original$/.exec(path)) && method === 'PATCH')
      return this.editOriginal(m[1]!, m[2]!, body);
    if (authorization !== `Bot ${this.options.token}`) return [401, { code: 0, message: '401: Unauthorized' }];

    if (path === '/gateway/bot' && method === 'GET') {
      return [
        200,
        {
          url: this.gatewayUrl,
          shards: 1,
          session_start_limit: { total: 1000, remaining: 999, reset_after: 86_400_000, max_concurrency: 1 },
        },
      ];
    }
    if ((m = /^\/applications\/(\d+)\/guilds\/(\d+)\/commands$/.exec(path)) && method === 'PUT') {
      if (m[1] !== this.options.applicationId || m[2] !== this.options.guildId) return [403, { code: 50001, message: 'Missing Access' }];
      this.commands = (call.body as Json[]).map((c) => ({
        type: 1,
        ...c,
        id: this.nextId(),
        application_id: m![1],
        guild_id: m![2],
        version: this.nextId(),
        default_member_permissions: null,
      }));
      return [200, this.commands];
    }
    if ((m = /^\/guilds\/(\d+)\/members\/(\d+)$/.exec(path)) && method === 'GET') {
      const member = this.options.members.find((x) => x.user.id === m![2]);
      return member ? [200, this.memberJson(member)] : [404, { code: 10007, message: 'Unknown Member' }];
    }
    if ((m = /^\/channels\/(\d+)(\/.*)?$/.exec(path))) {
      const channel = this.channels.get(m[1]!);
      if (!channel) return [404, { code: 10003, message: 'Unknown Channel' }];
      return this.channelRoute(channel, method, m[2] ?? '', body, call.files);
    }
    return [404, { code: 0, message: '404: Not Found' }];
  }

  private channelRoute(channel: Json, method: string, rest: string, body: Json, files: UploadedFile[]): [number, unknown] {
    const id = channel.id as string;
    let m: RegExpExecArray | null;
    if (rest === '' && method === 'GET') return [200, channel];
    if (rest === '' && method === 'PATCH') {
      if (typeof body.name === 'string') channel.name = body.name;
      if (THREAD_TYPES.has(channel.type as number)) this.dispatch('THREAD_UPDATE', channel);
      return [200, channel];
    }
    if (rest === '/threads' && method === 'POST') {
      const thread: Json = {
        id: this.nextId(),
        type: body.type ?? 11,
        guild_id: this.options.guildId,
        parent_id: id,
        owner_id: this.options.bot.id,
        name: body.name,
        last_message_id: null,
        rate_limit_per_user: 0,
        message_count: 0,
        member_count: 1,
        total_message_sent: 0,
        flags: 0,
        thread_metadata: {
          archived: false,
          auto_archive_duration: body.auto_archive_duration ?? 4320,
          archive_timestamp: this.now(),
          locked: false,
          invitable: body.invitable ?? true,
          create_timestamp: this.now(),
        },
      };
      this.channels.set(thread.id as string, thread);
      this.threadMembers.set(thread.id as string, new Set([this.options.bot.id]));
      this.dispatch('THREAD_CREATE', { ...thread, newly_created: true });
      return [201, thread];
    }
    if ((m = /^\/thread-members\/(\d+)$/.exec(rest)) && method === 'PUT') {
      if (!THREAD_TYPES.has(channel.type as number)) return [400, { code: 50024, message: 'Cannot execute action on this channel type' }];
      this.threadMembers.get(id)?.add(m[1]!);
      return [204, null];
    }
    if (rest === '/messages' && method === 'POST') {
      // A repeated nonce of the same author within Discord's window returns the message made the first time.
      const nonceKey = body.enforce_nonce === true && body.nonce !== undefined ? `${this.options.bot.id}:${String(body.nonce)}` : null;
      const earlier = nonceKey ? this.nonces.get(nonceKey) : undefined;
      if (earlier) return [200, earlier];
      if (body.nonce !== undefined && String(body.nonce).length > 25) return [400, { code: 50035, message: 'Invalid Form Body (nonce)' }];
      const message = this.storeMessage(id, this.options.bot, body, body.nonce !== undefined ? { nonce: body.nonce } : {}, files);
      if (nonceKey) this.nonces.set(nonceKey, message);
      this.dispatch('MESSAGE_CREATE', message);
      return [200, message];
    }
    if ((m = /^\/messages\/(\d+)$/.exec(rest)) && method === 'PATCH') {
      const message = this.messages.get(m[1]!);
      if (!message || message.channel_id !== id) return [404, { code: 10008, message: 'Unknown Message' }];
      Object.assign(message, pick(body, ['content', 'components', 'flags']), { edited_timestamp: this.now() });
      return [200, message];
    }
    if (rest === '/messages/pins' && method === 'GET') {
      const items = (this.pins.get(id) ?? []).map((mid) => ({ pinned_at: this.now(), message: this.messages.get(mid) }));
      return [200, { items, has_more: false }];
    }
    if ((m = /^\/messages\/pins\/(\d+)$/.exec(rest)) && method === 'PUT') {
      const message = this.messages.get(m[1]!);
      if (!message) return [404, { code: 10008, message: 'Unknown Message' }];
      message.pinned = true;
      this.pins.set(id, [...(this.pins.get(id) ?? []), m[1]!]);
      return [204, null];
    }
    return [404, { code: 0, message: '404: Not Found' }];
  }

  private storeMessage(channelId: string, author: FakeUser, body: Json, extra: Json = {}, files: UploadedFile[] = []): Json {
    const id = this.nextId();
    const attachmentJson = (aid: string, filename: string, size: number, contentType: string) => ({
      id: aid,
      filename,
      size,
      content_type: contentType,
      url: `https://cdn.discordapp.com/attachments/${channelId}/${aid}/${filename}?ex=1`,
      proxy_url: `https://media.discordapp.net/attachments/${channelId}/${aid}/${filename}`,
    });
    // Uploaded files become the message's attachments; without them, the test's own attachment list (a user's upload).
    const attachments =
      files.length > 0
        ? files.map((f) => {
            const aid = this.nextId();
            this.files.set(aid, f);
            return attachmentJson(aid, f.name, f.bytes.length, f.contentType);
          })
        : ((body.attachments as FakeAttachment[] | undefined) ?? []).map((a) =>
            attachmentJson(this.nextId(), a.filename, a.size, a.content_type),
          );
    const message: Json = {
      id,
      channel_id: channelId,
      guild_id: this.options.guildId,
      author: this.userJson(author),
      content: body.content ?? '',
      timestamp: this.now(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments,
      embeds: [],
      pinned: false,
      type: body.message_reference ? 19 : 0,
      flags: body.flags ?? 0,
      components: body.components ?? [],
      ...(body.message_reference ? { message_reference: body.message_reference } : {}),
      // What the sender asked for, kept to check that nothing could ping.
      allowed_mentions: body.allowed_mentions,
      ...extra,
    };
    this.messages.set(id, message);
    return message;
  }

  private interactionByToken(applicationId: string, token: string): FakeInteraction | undefined {
    if (applicationId !== this.options.applicationId) return undefined;
    return [...this.interactions.values()].find((i) => i.token === token);
  }

  private interactionCallback(id: string, token: string, body: Json): [number, unknown] {
    const interaction = this.interactions.get(id);
    if (!interaction || interaction.token !== token) return [404, { code: 10062, message: 'Unknown interaction' }];
    interaction.callbacks.push(body);
    if (interaction.acked !== null) return [400, { code: 40060, message: 'Interaction has already been acknowledged.' }];
    interaction.acked = body.type as number;
    const data = (body.data ?? {}) as Json;
    // A reply (4) or a deferred reply (5, "thinking…") is the interaction's original message.
    if (body.type === 4 || body.type === 5) interaction.original = this.interactionMessage(interaction, data);
    if (body.type === 7) this.editComponentMessage(interaction, data);
    return [204, null];
  }

  /** An interaction's own message: ephemeral ones only its user sees, so they are not in the channel. */
  private interactionMessage(interaction: FakeInteraction, data: Json): Json {
    const channelId = interaction.payload.channel_id as string;
    const message = this.storeMessage(channelId, this.options.bot, data, {
      interaction_id: interaction.id,
      webhook_id: this.options.applicationId,
      application_id: this.options.applicationId,
    });
    if (((data.flags as number | undefined) ?? 0) & EPHEMERAL) this.messages.delete(message.id as string);
    return message;
  }

  private editComponentMessage(interaction: FakeInteraction, data: Json): Json | null {
    const target = this.messages.get(((interaction.payload.message ?? {}) as Json).id as string);
    if (!target) return null;
    Object.assign(target, pick(data, ['content', 'components']), { edited_timestamp: this.now() });
    return target;
  }

  private followUp(applicationId: string, token: string, body: Json): [number, unknown] {
    const interaction = this.interactionByToken(applicationId, token);
    if (!interaction) return [404, { code: 10015, message: 'Unknown Webhook' }];
    if (interaction.acked === null) return [400, { code: 10062, message: 'Unknown interaction' }];
    const message = this.interactionMessage(interaction, body);
    interaction.followUps.push(message);
    return [200, message];
  }

  private editOriginal(applicationId: string, token: string, body: Json): [number, unknown] {
    const interaction = this.interactionByToken(applicationId, token);
    if (!interaction || interaction.acked === null) return [404, { code: 10008, message: 'Unknown Message' }];
    // After a deferred update the "original" is the message whose component was used.
    if (interaction.acked === 6 || interaction.acked === 7) {
      const edited = this.editComponentMessage(interaction, body);
      return edited ? [200, edited] : [404, { code: 10008, message: 'Unknown Message' }];
    }
    const original = interaction.original;
    if (!original) return [404, { code: 10008, message: 'Unknown Message' }];
    Object.assign(original, pick(body, ['content', 'components', 'allowed_mentions']), { edited_timestamp: this.now() });
    return [200, original];
  }

  // --- faults ------------------------------------------------------------------------------------

  /** Makes the next matching requests fail. */
  fail(fault: Fault): void {
    this.faults.push({ ...fault });
  }

  /** Ends every fault. */
  heal(): void {
    this.faults.length = 0;
  }

  private takeFault(call: RestCall): Fault | undefined {
    const fault = this.faults.find((f) => f.times > 0 && f.method === call.method && f.path.test(call.path));
    if (fault) fault.times--;
    return fault;
  }

  // --- gateway -----------------------------------------------------------------------------------

  private onConnection(socket: WebSocket): void {
    socket.send(JSON.stringify({ op: 10, s: null, t: null, d: { heartbeat_interval: this.options.heartbeatInterval ?? 41_250 } }));
    socket.on('message', (raw: Buffer) => this.onGatewayMessage(socket, JSON.parse(raw.toString('utf8')) as { op: number; d: Json }));
    socket.on('close', () => {
      if (this.live === socket) this.live = null;
    });
  }

  private onGatewayMessage(socket: WebSocket, payload: { op: number; d: Json }): void {
    switch (payload.op) {
      case 1:
        this.heartbeats++;
        socket.send(JSON.stringify({ op: 11, s: null, t: null, d: null }));
        return;
      case 2: {
        this.identifies.push(payload.d);
        if (payload.d.token !== this.options.token) return socket.close(4004, 'Authentication failed.');
        if (((payload.d.intents as number) & PRIVILEGED_INTENTS) !== 0 && this.options.privilegedIntents === false)
          return socket.close(4014, 'Disallowed intent(s).');
        this.session = { id: `session-${this.identifies.length}`, seq: 0, events: [] };
        this.live = socket;
        this.dispatch('READY', {
          v: 10,
          user: this.userJson(this.options.bot),
          guilds: [{ id: this.options.guildId, unavailable: true }],
          session_id: this.session.id,
          resume_gateway_url: this.gatewayUrl,
          shard: [0, 1],
          application: { id: this.options.applicationId, flags: 0 },
        });
        this.dispatch('GUILD_CREATE', this.guildJson());
        return;
      }
      case 6: {
        this.resumes.push(payload.d);
        const session = this.session;
        if (!session || payload.d.session_id !== session.id || payload.d.token !== this.options.token) {
          socket.send(JSON.stringify({ op: 9, s: null, t: null, d: false }));
          return;
        }
        this.live = socket;
        for (const event of session.events) if (event.s > (payload.d.seq as number)) socket.send(JSON.stringify(event));
        this.dispatch('RESUMED', {});
        return;
      }
      default:
        return;
    }
  }

  /** Sends a dispatch on the session; while disconnected it is kept and replayed on RESUME. */
  dispatch(t: string, d: unknown): void {
    const session = this.session;
    if (!session) throw new Error(`fake Discord: no gateway session to dispatch ${t} on`);
    const event: GatewayEvent = { op: 0, t, s: ++session.seq, d };
    session.events.push(event);
    if (this.live?.readyState === WebSocket.OPEN) this.live.send(JSON.stringify(event));
  }

  /** The sequence number the MESSAGE_CREATE (or INTERACTION_CREATE) of an id went out with. */
  lastSequenceOf(id: string): number | undefined {
    return this.session?.events.findLast((e) => (e.d as Json | null)?.id === id)?.s;
  }

  /** Drops the gateway connection the way a network failure does (no close frame). */
  dropConnection(): void {
    this.live?.terminate();
    this.live = null;
  }

  get connected(): boolean {
    return this.live?.readyState === WebSocket.OPEN;
  }

  // --- what users do -----------------------------------------------------------------------------

  /** A member writes in a channel or thread; attachments are uploaded with it. */
  userMessage(member: FakeMember, channelId: string, content: string, attachments: FakeAttachment[] = []): Json {
    const message = this.storeMessage(
      channelId,
      member.user,
      { content, attachments },
      { member: { roles: member.roles, joined_at: this.now(), deaf: false, mute: false, flags: 0 } },
    );
    this.dispatch('MESSAGE_CREATE', message);
    return message;
  }

  /** Creates (and dispatches) an interaction; `deliver` sends the same payload again. */
  private interaction(member: FakeMember, channelId: string, type: number, data: Json, extra: Json = {}): FakeInteraction {
    const id = this.nextId();
    const channel = this.channels.get(channelId);
    if (!channel) throw new Error(`fake Discord: no channel ${channelId}`);
    const payload: Json = {
      id,
      application_id: this.options.applicationId,
      type,
      data,
      guild_id: this.options.guildId,
      channel_id: channelId,
      channel,
      member: { ...this.memberJson(member), permissions: '2248473465835073' },
      token: `token-${id}`,
      version: 1,
      app_permissions: '2248473465835073',
      locale: 'en-US',
      guild_locale: 'en-US',
      entitlements: [],
      authorizing_integration_owners: { '0': this.options.guildId },
      context: 0,
      ...extra,
    };
    const interaction: FakeInteraction = {
      id,
      token: payload.token as string,
      payload,
      callbacks: [],
      acked: null,
      original: null,
      followUps: [],
    };
    this.interactions.set(id, interaction);
    this.deliver(interaction);
    return interaction;
  }

  deliver(interaction: FakeInteraction): void {
    this.dispatch('INTERACTION_CREATE', interaction.payload);
  }

  slashCommand(
    member: FakeMember,
    channelId: string,
    subcommand: string,
    options: Record<string, string> = {},
    focused?: string,
  ): FakeInteraction {
    const command = this.commands.find((c) => c.name === 'rma');
    if (!command) throw new Error('fake Discord: /rma is not registered');
    const data = {
      id: command.id,
      name: 'rma',
      type: 1,
      guild_id: this.options.guildId,
      options: [
        {
          type: 1,
          name: subcommand,
          options: Object.entries(options).map(([name, value]) => ({
            type: 3,
            name,
            value,
            ...(name === focused ? { focused: true } : {}),
          })),
        },
      ],
    };
    return this.interaction(member, channelId, focused ? 4 : 2, data);
  }

  pressButton(member: FakeMember, messageId: string, customId: string): FakeInteraction {
    const message = this.messages.get(messageId);
    if (!message) throw new Error(`fake Discord: no message ${messageId}`);
    return this.interaction(member, message.channel_id as string, 3, { custom_id: customId, component_type: 2 }, { message });
  }

  submitModal(member: FakeMember, from: FakeInteraction, value: string): FakeInteraction {
    const modal = from.callbacks.find((c) => c.type === 9)?.data as Json | undefined;
    if (!modal) throw new Error('fake Discord: that interaction opened no modal');
    const label = (modal.components as Json[])[0]!;
    const input = label.component as Json;
    const message = from.payload.message as Json;
    const data = {
      custom_id: modal.custom_id,
      components: [{ type: 18, id: 1, component: { type: 4, id: 2, custom_id: input.custom_id, value } }],
    };
    return this.interaction(member, message.channel_id as string, 5, data, { message: this.messages.get(message.id as string) ?? message });
  }

  // --- reading -----------------------------------------------------------------------------------

  messagesIn(channelId: string): Json[] {
    return [...this.messages.values()].filter((m) => m.channel_id === channelId);
  }

  botMessagesIn(channelId: string): Json[] {
    return this.messagesIn(channelId).filter((m) => (m.author as Json).id === this.options.bot.id);
  }

  threadsOf(parentId: string): Json[] {
    return [...this.channels.values()].filter((c) => c.parent_id === parentId && THREAD_TYPES.has(c.type as number));
  }

  callsTo(method: string, path: RegExp): RestCall[] {
    return this.calls.filter((c) => c.method === method && path.test(c.path));
  }

  // --- JSON shapes -------------------------------------------------------------------------------

  private userJson(user: FakeUser): Json {
    return {
      id: user.id,
      username: user.username,
      discriminator: '0',
      global_name: user.username,
      avatar: null,
      bot: user.bot ?? false,
      system: false,
      public_flags: 0,
    };
  }

  private memberJson(member: FakeMember): Json {
    return {
      user: this.userJson(member.user),
      roles: member.roles,
      joined_at: '2026-01-01T00:00:00.000Z',
      deaf: false,
      mute: false,
      flags: 0,
      nick: null,
      avatar: null,
      premium_since: null,
      pending: false,
    };
  }

  private guildJson(): Json {
    const { guildId, roles, bot } = this.options;
    const role = (id: string, name: string, position: number) => ({
      id,
      name,
      color: 0,
      colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
      hoist: false,
      icon: null,
      unicode_emoji: null,
      position,
      permissions: '0',
      managed: false,
      mentionable: false,
      flags: 0,
    });
    return {
      id: guildId,
      name: 'Refurb Gear',
      icon: null,
      splash: null,
      discovery_splash: null,
      owner_id: '100000000000000000',
      afk_channel_id: null,
      afk_timeout: 300,
      verification_level: 0,
      default_message_notifications: 1,
      explicit_content_filter: 0,
      roles: [role(guildId, '@everyone', 0), ...roles.map((r, i) => role(r.id, r.name, i + 1))],
      emojis: [],
      stickers: [],
      features: [],
      mfa_level: 0,
      application_id: null,
      system_channel_id: null,
      system_channel_flags: 0,
      rules_channel_id: null,
      vanity_url_code: null,
      description: null,
      banner: null,
      premium_tier: 0,
      premium_subscription_count: 0,
      preferred_locale: 'en-US',
      public_updates_channel_id: null,
      nsfw_level: 0,
      premium_progress_bar_enabled: false,
      safety_alerts_channel_id: null,
      joined_at: '2026-01-01T00:00:00.000Z',
      large: false,
      unavailable: false,
      member_count: this.options.members.length + 1,
      voice_states: [],
      members: [this.memberJson({ user: bot, roles: [] })],
      channels: [...this.channels.values()].filter((c) => !THREAD_TYPES.has(c.type as number)),
      threads: [...this.channels.values()].filter((c) => THREAD_TYPES.has(c.type as number)),
      presences: [],
      stage_instances: [],
      guild_scheduled_events: [],
      soundboard_sounds: [],
    };
  }
}

function pick(source: Json, keys: string[]): Json {
  return Object.fromEntries(keys.filter((k) => k in source).map((k) => [k, source[k]]));
}
