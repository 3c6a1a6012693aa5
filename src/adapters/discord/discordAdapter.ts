// Starts the Discord side of the desk: a discord.js client with only the intents it needs, the /rma
// command registered for the guild, the claim button pinned, and messages and interactions routed
// to the desk.
import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import { ChannelType, Client, DiscordjsError, DiscordjsErrorCodes, Events, GatewayIntentBits, Options, Routes } from 'discord.js';
import type { Logger } from 'pino';
import { ConfigError } from '../../config/config.ts';
import type { Desk } from '../../service/desk.ts';
import type { Delivery } from '../../service/messages.ts';
import { ensureClaimButton } from './claimButton.ts';
import type { DiscordConfig } from './config.ts';
import { relayDelivery } from './delivery.ts';
import type { DeskContext } from './deskContext.ts';
import { onInteraction } from './interactionEvents.ts';
import { KeyedQueue } from './keyedQueue.ts';
import { onMessage } from './messageEvents.ts';
import { rejectLongWaits } from './rateLimits.ts';
import { RecentIds } from './recentIds.ts';
import { Shedding, type ShedCounts } from './shedding.ts';
import { rmaCommandJson } from './rmaCommand.ts';
import { StaffDirectory } from './staffDirectory.ts';
import { WorkGate } from './workGate.ts';

export interface DiscordDesk {
  /**
   * The outbox relay's Delivery for Discord: posts one row in its case thread or the staff channel,
   * with the RMA document when it has one. Every post of a row carries the row's id as its nonce with
   * enforce_nonce, so a repeated post returns Discord's first message instead of a second one; a long
   * rate limit becomes a DeliveryRetry after Discord's delay.
   */
  delivery: Delivery;
  /** Events being handled and messages waiting now, and what was shed since the start (for operators and the bench). */
  load(): { inFlight: number; queued: number; shed: ShedCounts };
  /** Resolves once every event taken so far has been handled. */
  idle(): Promise<void>;
  /** Stops taking events, waits (a few seconds at most) for those under way, and disconnects. */
  stop(): Promise<void>;
  /** Whether a member of the server has the staff role now: for the web desk. */
  isStaff(user: string): Promise<boolean>;
}

export interface DiscordOptions {
  config: DiscordConfig;
  desk: Desk;
  log: Logger;
  /** Told when the gateway session is up (true, from the end of the start) and when it is not (false), for /readyz. */
  onConnection?: ((connected: boolean) => void) | undefined;
}

/**
 * Guilds: the server, its channels, roles and threads. GuildMessages: messages in channels and
 * threads. MessageContent (privileged): what those messages say. No member list, no presences.
 */
export const INTENTS = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.MessageContent];

const START_TIMEOUT_MS = 30_000;
const STOP_GRACE_MS = 5_000;

function startError(error: unknown): Error {
  if (error instanceof DiscordjsError && error.code === DiscordjsErrorCodes.TokenInvalid)
    return new ConfigError('Discord: DISCORD_TOKEN was refused by Discord');
  if (error instanceof Error && /disallowed intents/i.test(error.message)) {
    return new ConfigError(
      'Discord: the Message Content intent is not enabled for this bot (Developer Portal → Bot → Privileged Gateway Intents)',
    );
  }
  return error instanceof Error ? error : new Error(String(error));
}

/** Checks that the token, guild and channels fit together, naming what does not. */
function checkSetup(client: Client<true>, config: DiscordConfig): void {
  const problems: string[] = [];
  if (client.application.id !== config.applicationId) {
    problems.push(`DISCORD_APPLICATION_ID is ${config.applicationId} but the token belongs to application ${client.application.id}`);
  }
  const guild = client.guilds.cache.get(config.guildId);
  if (!guild) {
    problems.push(`the bot is not in the server DISCORD_GUILD_ID=${config.guildId} (invite it with the link in the README)`);
  } else {
    for (const id of config.supportChannels) {
      if (guild.channels.cache.get(id)?.type !== ChannelType.GuildText)
        problems.push(`DISCORD_SUPPORT_CHANNELS: ${id} is not a text channel of that server`);
    }
    if (!guild.channels.cache.get(config.staffChannel)?.isTextBased())
      problems.push(`DISCORD_STAFF_CHANNEL: ${config.staffChannel} is not a text channel of that server`);
    if (!guild.roles.cache.has(config.staffRole)) problems.push(`DISCORD_STAFF_ROLE: ${config.staffRole} is not a role of that server`);
  }
  if (problems.length > 0) throw new ConfigError(`Discord: ${problems.join('; ')}`);
}

export async function startDiscord({ config, desk, log: parentLog, onConnection }: DiscordOptions): Promise<DiscordDesk> {
  const log = parentLog.child({ platform: 'discord' });
  const client = new Client({
    intents: INTENTS,
    rest: { ...(config.apiUrl ? { api: config.apiUrl } : {}), rejectOnRateLimit: rejectLongWaits },
    // A default for anything sent through discord.js; the bodies the adapter builds say so too.
    allowedMentions: { parse: [] },
    // discord.js keeps every member, user and message it sees; a support server meets many customers
    // once. The adapter reads ids from events and asks the API (through StaffDirectory) for roles, so
    // small caches do: without a bound, memory grows with every new customer.
    makeCache: Options.cacheWithLimits({
      ...Options.DefaultMakeCacheSettings,
      GuildMemberManager: { maxSize: 500, keepOverLimit: (member) => member.id === member.client.user.id },
      UserManager: 500,
      MessageManager: 50,
      PresenceManager: 0,
      ReactionManager: 0,
    }),
  });
  const staff = new StaffDirectory(client.rest, config.guildId, config.staffRole);
  const inFlight = new Set<Promise<void>>();
  // Every event is tracked in inFlight (for idle and stop) at once; the gate bounds how many are worked on.
  const gate = new WorkGate(config.limits);
  const shedding = new Shedding(log, gate);
  let stopping = false;
  let context: DeskContext | null = null;
  // Events wait until startDiscord has returned and its caller has registered the relay's Delivery
  // (setImmediate runs after the caller's await continuation).
  let accept!: () => void;
  const accepting = new Promise<void>((resolve) => (accept = resolve));

  const track = (what: string, id: string, work: (ctx: DeskContext) => Promise<void>) => {
    if (stopping) return;
    const task = accepting
      .then(() => (stopping || !context ? undefined : work(context)))
      .catch((error: unknown) => log.error({ err: error, id }, `Discord ${what} failed`))
      .finally(() => inFlight.delete(task));
    inFlight.add(task);
  };
  client.on(Events.MessageCreate, (message) => track('message', message.id, (ctx) => onMessage(ctx, message)));
  client.on(Events.InteractionCreate, (interaction) => track('interaction', interaction.id, (ctx) => onInteraction(ctx, interaction)));
  client.on(Events.Error, (error) => log.error({ err: error }, 'Discord client error'));
  client.on(Events.ShardError, (error) => log.warn({ err: error }, 'Discord gateway connection error'));
  client.on(Events.ShardReconnecting, () => log.info('Discord gateway reconnecting'));
  client.on(Events.ShardResume, (_id, replayed) => log.info({ replayed }, 'Discord gateway session resumed'));
  client.on(Events.ShardDisconnect, (event) => log.error({ code: event.code }, 'Discord gateway closed for good'));
  // Connected from the end of the start until the session drops, and again once it resumes.
  let started = false;
  const connection = (connected: boolean) => void (started && !stopping && onConnection?.(connected));
  client.on(Events.ShardReconnecting, () => connection(false));
  client.on(Events.ShardDisconnect, () => connection(false));
  client.on(Events.ShardResume, () => connection(true));
  client.on(Events.ShardReady, () => connection(true));

  const ready = once(client, Events.ClientReady);
  // Awaited below; if login fails first, a later rejection of this one is only worth a debug line.
  ready.catch((error: unknown) => log.debug({ err: error }, 'Discord client was not ready'));
  const timeout = new AbortController();
  try {
    await Promise.race([
      (async () => {
        await client.login(config.token);
        await ready;
      })(),
      sleep(START_TIMEOUT_MS, undefined, { signal: timeout.signal }).then(() => {
        throw new Error(`Discord: not ready after ${START_TIMEOUT_MS / 1000} s`);
      }),
    ]);
    if (!client.isReady()) throw new Error('Discord: the client is not ready');
    checkSetup(client, config);
    // Bulk overwrite: exactly these commands afterwards, whatever an older version registered.
    await client.rest.put(Routes.applicationGuildCommands(config.applicationId, config.guildId), { body: [rmaCommandJson()] });
    context = {
      client,
      config,
      desk,
      log,
      staff,
      queue: new KeyedQueue(),
      gate,
      shedding,
      seen: new RecentIds(),
      supportChannels: new Set(config.supportChannels),
      pendingClaims: new Map(),
    };
    for (const channel of config.supportChannels) await ensureClaimButton(context, channel);
  } catch (error) {
    stopping = true;
    await client.destroy();
    throw startError(error);
  } finally {
    timeout.abort();
  }
  log.info({ guild: config.guildId, user: client.user.tag }, 'Discord adapter started');
  setImmediate(accept);
  started = true;
  connection(true);

  const relay = relayDelivery({ client, config });
  /** Deliveries count as work under way, so that stopping waits for them. */
  const tracked = (work: Promise<void>): Promise<void> => {
    inFlight.add(work);
    return work.finally(() => inFlight.delete(work));
  };
  return {
    delivery: { post: (message, attempt, file) => tracked(relay.post(message, attempt, file)) },
    load: () => ({ ...gate.load, shed: { ...shedding.totals } }),
    isStaff: (user) => staff.isStaff(user),
    idle: async () => {
      while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
    },
    stop: async () => {
      if (stopping) return;
      onConnection?.(false);
      stopping = true;
      const grace = new AbortController();
      await Promise.race([
        Promise.allSettled([...inFlight]),
        sleep(STOP_GRACE_MS, undefined, { signal: grace.signal }).catch(() => undefined),
      ]);
      grace.abort();
      shedding.stop();
      await client.destroy();
    },
  };
}
