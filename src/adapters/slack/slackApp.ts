// Starts the Slack adapter: a Bolt app in HTTP mode (signed requests on /slack/events) or Socket Mode
// (an app-level token, no public URL), with its listeners for messages, buttons, modals, /rma and
// App Home. Returns the adapter's Delivery for the outbox relay.
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { App, HTTPReceiver, SocketModeReceiver, webApi } from '@slack/bolt';
import type { Logger } from 'pino';
import type { HealthServer } from '../../health/healthServer.ts';
import type { Desk } from '../../service/desk.ts';
import type { Delivery } from '../../service/messages.ts';
import { answerInTime } from './answerInTime.ts';
import { boltLogger } from './boltLogger.ts';
import { slackDelivery } from './delivery.ts';
import { homeRefresher } from './homeRefresh.ts';
import { registerHomeTab } from './homeTab.ts';
import { registerStaffGroupChanges } from './staffGroupChanges.ts';
import { registerInteractions } from './interactions.ts';
import { registerMessageEvents } from './messageEvents.ts';
import { registerRmaCommand } from './rmaCommand.ts';
import { refusingOutOfWindow } from './requestWindow.ts';
import type { SlackConfig } from './slackConfig.ts';
import { PLATFORM, type SlackContext } from './slackContext.ts';
import { staffDirectory } from './staffDirectory.ts';
import { LOOKUP_TIMEOUT_MS, userLocales } from './userLocale.ts';

export const EVENTS_PATH = '/slack/events';

export interface StartSlackOptions {
  config: SlackConfig;
  desk: Desk;
  log: Logger;
  /** HTTP mode: the interface to listen on; every interface when unset. */
  host?: string | undefined;
  /** The clock for what carries no Slack timestamp; the system clock by default. */
  now?: (() => Date) | undefined;
  /**
   * HTTP mode: a server already listening (the health server on PORT) to take Slack's requests on,
   * instead of one of Bolt's own; `host` and the configured port are then the server's business.
   */
  server?: Pick<HealthServer, 'port' | 'mount'> | undefined;
  /** Told when the adapter can take Slack's events (true) and when it cannot (false), for /readyz. */
  onConnection?: ((connected: boolean) => void) | undefined;
}

export interface SlackHandle {
  /** Stops taking requests, then waits for the ones under way. */
  stop(): Promise<void>;
  /** HTTP mode: the port it listens on. */
  port?: number;
  /** Resolves once every request taken so far has been handled. */
  idle(): Promise<void>;
  /**
   * The outbox relay's Delivery for Slack: posts one row in its case thread or the staff channel
   * (a private one in the person's DM with the bot). A retry (attempt > 1) first looks for the row in
   * Slack and does not post it again; Slack's rate limit becomes a DeliveryRetry after its delay.
   */
  delivery: Delivery;
  /** Whether a Slack user is staff now (SLACK_STAFF_USERS or the staff user group): for the web desk. */
  isStaff(user: string): Promise<boolean>;
  /** The workspace of the bot's token (auth.test): "Sign in with Slack" lets in its members only. */
  teamId: string;
}

/** Work under way, so that stopping (and a test) can wait for it. */
function inFlightTracker() {
  const running = new Set<Promise<unknown>>();
  return {
    async track<T>(work: Promise<T>): Promise<T> {
      running.add(work);
      try {
        return await work;
      } finally {
        running.delete(work);
      }
    },
    async idle(): Promise<void> {
      while (running.size > 0) await Promise.allSettled([...running]);
    },
  };
}

export async function startSlack(options: StartSlackOptions): Promise<SlackHandle> {
  const { config, desk } = options;
  const log = options.log.child({ platform: 'slack' });
  const logger = boltLogger(log);
  const apiUrl: webApi.WebClientOptions = config.apiUrl ? { slackApiUrl: config.apiUrl } : {};
  // A few quick retries, not the client's default half hour: a message that cannot be posted stays
  // in the outbox, and a listener (or a shutdown waiting for it) must not hang on Slack.
  const clientOptions: webApi.WebClientOptions = { ...apiUrl, retryConfig: { retries: 3, factor: 2, minTimeout: 500, maxTimeout: 5_000 } };
  // Outbox rows get no retry from the client: a retried post whose answer was lost would show twice.
  // The relay retries instead, after looking for the row in Slack, and waits out a rate limit itself.
  // The timeout keeps a post well inside the row's lease.
  const outboxClientOptions: webApi.WebClientOptions = {
    ...apiUrl,
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    timeout: 10_000,
  };
  // A customer's locale is only a hint: no retry and no waiting out a rate limit while they wait.
  const localeClientOptions: webApi.WebClientOptions = {
    ...apiUrl,
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    timeout: LOOKUP_TIMEOUT_MS,
  };

  // One auth.test up front: a wrong token fails the start with Slack's reason, and the bot's own
  // ids let Bolt drop the bot's messages when Slack echoes them back.
  const probe = new webApi.WebClient(config.botToken, { ...clientOptions, logger });
  const auth = await probe.auth.test();

  let receiver: HTTPReceiver | SocketModeReceiver;
  if (config.mode.kind === 'http') {
    // Events are answered once handled (committed), so that one the bot could not record gets a 500
    // and Slack sends it again, instead of an acknowledgement for an event that is then lost. Commands,
    // buttons and modals are answered sooner (answerInTime.ts).
    receiver = new HTTPReceiver({ signingSecret: config.mode.signingSecret, endpoints: EVENTS_PATH, logger, processBeforeResponse: true });
    receiver.requestListener = refusingOutOfWindow(receiver.requestListener, log);
  } else {
    receiver = new SocketModeReceiver({ appToken: config.mode.appToken, logger, installerOptions: { clientOptions: { ...apiUrl } } });
  }
  const app = new App({
    token: config.botToken,
    receiver,
    logger,
    clientOptions,
    botId: auth.bot_id,
    botUserId: auth.user_id,
    tokenVerificationEnabled: false,
    // No listener reads context.conversation: Bolt's in-memory store would only cost a lookup (and
    // an Error for "not found") per request.
    convoStore: false,
  });

  const tracker = inFlightTracker();
  app.use(async ({ next }) => {
    await tracker.track(next());
  });
  answerInTime(app, { log, background: (work) => void tracker.track(work) });
  app.error(async (error) => {
    log.error({ err: error }, 'slack listener failed');
    // Over HTTP, a failure reaching Bolt's receiver makes it answer 500 where it has not answered yet
    // (an event: Slack retries it); a command, button or modal that failed is answered 200 by
    // answerInTime, as the person was told.
    if (config.mode.kind === 'http') throw error;
  });

  const staff = staffDirectory({ client: app.client, users: config.staffUsers, usergroup: config.staffUsergroup, log });
  const workspaceUrl = typeof auth.url === 'string' ? auth.url : null;
  const now = options.now ?? (() => new Date());
  const home = homeRefresher({
    client: app.client,
    cases: desk.cases,
    ownCase: (user) => desk.cases.openCaseOf(PLATFORM, user),
    staff,
    workspaceUrl,
    now,
    log,
  });
  const ctx: SlackContext = {
    config,
    desk,
    client: app.client,
    delivery: slackDelivery({
      client: app.client,
      outboxClient: new webApi.WebClient(config.botToken, { ...outboxClientOptions, logger }),
      desk,
      staffChannel: config.staffChannel,
      workspaceUrl,
      bot: { userId: auth.user_id, botId: auth.bot_id },
      onCaseChanged: () => void tracker.track(home.changed()),
    }),
    staff,
    locales: userLocales({ client: new webApi.WebClient(config.botToken, { ...localeClientOptions, logger }), log }),
    home,
    log,
    now,
    workspaceUrl,
    background: (what, work) =>
      void tracker
        .track(work)
        .catch((error: unknown) => log.warn({ err: error }, `${what} failed; the outbox relay posts what was not delivered`)),
  };
  registerMessageEvents(app, ctx);
  registerInteractions(app, ctx);
  registerRmaCommand(app, ctx);
  registerHomeTab(app, ctx);
  registerStaffGroupChanges(app, ctx);

  const connection = options.onConnection ?? (() => {});
  let port: number | undefined;
  let unmount: (() => Promise<void>) | null = null;
  if (config.mode.kind === 'http' && options.server) {
    unmount = options.server.mount((receiver as HTTPReceiver).requestListener);
    port = options.server.port;
    connection(true);
    log.info({ port, path: EVENTS_PATH, team: auth.team }, 'slack adapter listening (HTTP mode)');
  } else if (config.mode.kind === 'http') {
    const server = (await app.start(options.host ? { port: config.mode.port, host: options.host } : config.mode.port)) as Server;
    port = (server.address() as AddressInfo).port;
    connection(true);
    log.info({ port, path: EVENTS_PATH, team: auth.team }, 'slack adapter listening (HTTP mode)');
  } else {
    // Connected once Slack says hello; a dropped socket is not ready until the client has reconnected.
    const socket = (receiver as SocketModeReceiver).client;
    // 'close' also comes for an old socket once a new one is up: the client then ignores it, and so does this.
    const active = () => (socket as unknown as { websocket?: { isActive(): boolean } }).websocket?.isActive() === true;
    socket.on('connected', () => connection(true));
    socket.on('close', () => void (active() || connection(false)));
    for (const lost of ['disconnected', 'reconnecting']) socket.on(lost, () => connection(false));
    await app.start();
    log.info({ team: auth.team }, 'slack adapter connected (Socket Mode)');
  }

  let stopping: Promise<void> | null = null;
  return {
    port,
    idle: () => tracker.idle(),
    delivery: { post: (message, attempt, file) => tracker.track(ctx.delivery.relay.post(message, attempt, file)) },
    isStaff: (user) => ctx.staff.isStaff(user),
    teamId: auth.team_id ?? '',
    stop() {
      stopping ??= (async () => {
        connection(false);
        if (receiver instanceof SocketModeReceiver) await receiver.client.disconnect();
        else if (unmount) await unmount();
        else await app.stop();
        await tracker.idle();
      })();
      return stopping;
    },
  };
}
