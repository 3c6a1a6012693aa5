// Reads the desk's mailbox over IMAP (imapflow): every unseen message is handed to `take`, and marked
// \Seen only once it was recorded (or found to need nothing). A message that failed stays unseen and is
// tried again on the next pass, so a restart or a database outage loses nothing; the Message-ID claim
// in the case write keeps a message taken twice (a crash between the write and the flag) from counting
// twice. New mail is noticed by IDLE where the server has it, and by a pass every `pollMs` regardless.
import { ImapFlow, type FetchMessageObject } from 'imapflow';
import type { Logger } from 'pino';
import type { EmailConfig } from './emailConfig.ts';
import type { AccessTokens } from './oauthTokens.ts';

/** When the server received the message; `tooLarge`: only its headers were fetched (its size). */
export interface MailMeta {
  receivedAt: Date;
  tooLarge?: number | undefined;
}

/** What became of one message: `later` leaves it unseen for the next pass (a limit, an outage). */
export type Taken = 'done' | 'later';

export interface MailboxOptions {
  config: EmailConfig;
  tokens: AccessTokens | null;
  take(raw: Buffer, meta: MailMeta): Promise<Taken>;
  log: Logger;
  /** Told when the connection comes up or goes down (health). */
  onConnection?: ((up: boolean) => void) | undefined;
  /** Messages bigger than this are not fetched whole (default MAX_MESSAGE_BYTES). */
  maxMessageBytes?: number | undefined;
}

export interface Mailbox {
  /** A pass now (tests, and after a reconnect). */
  pass(): Promise<void>;
  stop(): Promise<void>;
}

/** Bigger messages are not fetched whole: the sender is told the limit (see `take`). */
export const MAX_MESSAGE_BYTES = 60 * 1024 * 1024;

export function openMailbox(options: MailboxOptions): Mailbox {
  const { config, log } = options;
  let client: ImapFlow | null = null;
  let stopped = false;
  let running: Promise<void> | null = null;
  let again = false;
  let retryDelay = 1_000;
  let reconnectTimer: NodeJS.Timeout | null = null;

  const connect = async (): Promise<void> => {
    const auth = options.tokens
      ? { user: config.imap.user, accessToken: await options.tokens() }
      : { user: config.imap.user, pass: config.imap.password ?? '' };
    const next = new ImapFlow({
      host: config.imap.host,
      port: config.imap.port,
      secure: config.imap.secure,
      ...(config.imap.requireStartTls ? { doSTARTTLS: true } : {}),
      auth,
      logger: false,
      clientInfo: { name: 'rma-desk' },
    });
    next.on('error', (error: Error) => log.warn({ err: error }, 'IMAP connection error'));
    next.on('close', () => {
      if (client !== next) return;
      client = null;
      options.onConnection?.(false);
      if (!stopped) scheduleReconnect();
    });
    // New mail while idling: read it now.
    next.on('exists', () => void pass());
    await next.connect();
    await next.mailboxOpen(config.imap.mailbox);
    client = next;
    retryDelay = 1_000;
    options.onConnection?.(true);
    log.info({ host: config.imap.host, mailbox: config.imap.mailbox }, 'reading the mailbox');
  };

  const scheduleReconnect = () => {
    if (reconnectTimer || stopped) return;
    const delay = retryDelay;
    retryDelay = Math.min(retryDelay * 2, 60_000);
    reconnectTimer = setTimeout(() => {
      reconnectTimer = null;
      void pass();
    }, delay);
  };

  /** One message: fetched whole (up to the limit), taken, then flagged. */
  const takeOne = async (imap: ImapFlow, uid: number): Promise<void> => {
    const head = await imap.fetchOne(String(uid), { uid: true, size: true, internalDate: true }, { uid: true });
    if (!head) return;
    const receivedAt = head.internalDate instanceof Date ? head.internalDate : new Date();
    const tooLarge = (head.size ?? 0) > (options.maxMessageBytes ?? MAX_MESSAGE_BYTES) ? head.size : undefined;
    // A message over the limit: its headers only, enough to answer the sender with the limit.
    const message: FetchMessageObject | false = await imap.fetchOne(
      String(uid),
      tooLarge ? { uid: true, headers: true } : { uid: true, source: true },
      { uid: true },
    );
    const raw = message ? (tooLarge ? message.headers : message.source) : undefined;
    if (!raw) return;
    const taken = await options.take(raw, { receivedAt, tooLarge });
    if (taken === 'done') await imap.messageFlagsAdd(String(uid), ['\\Seen'], { uid: true });
  };

  const passOnce = async (): Promise<void> => {
    if (stopped) return;
    if (!client) {
      try {
        await connect();
      } catch (error) {
        log.warn({ err: error, retryInMs: retryDelay }, 'could not open the mailbox; will retry');
        scheduleReconnect();
        return;
      }
    }
    const imap = client!;
    const unseen = (await imap.search({ seen: false }, { uid: true })) || [];
    for (const uid of unseen) {
      if (stopped) return;
      try {
        await takeOne(imap, uid);
      } catch (error) {
        // Left unseen: the next pass tries it again.
        log.error({ err: error, uid }, 'a mail could not be taken; it stays unseen and is tried again');
      }
    }
  };

  function pass(): Promise<void> {
    if (running) {
      again = true;
      return running;
    }
    running = passOnce()
      .catch((error: unknown) => log.warn({ err: error }, 'mailbox pass failed; the next one retries'))
      .finally(() => {
        running = null;
        if (again && !stopped) {
          again = false;
          void pass();
        }
      });
    return running;
  }

  const interval = setInterval(() => void pass(), config.pollMs);
  void pass();
  return {
    pass,
    async stop() {
      stopped = true;
      clearInterval(interval);
      if (reconnectTimer) clearTimeout(reconnectTimer);
      while (running) await running;
      const open = client;
      client = null;
      await open?.logout().catch(() => open.close());
    },
  };
}
