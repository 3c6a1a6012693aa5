// Email as a customer channel: each mail from the mailbox becomes an inbound event of the case service,
// and the case's messages go back as threaded replies (mailDelivery.ts). A mail belongs to a case by
// the messages it answers (In-Reply-To, References), else by a case reference in its subject
// (`[C-1042]`), else it is a new message of its sender (a claim, or their latest case's, as in chat).
// The sender's address is the customer. Attachments are put in the evidence store from the message
// itself and checked there like chat files; mail no person wrote is never answered.
import { createTransport } from 'nodemailer';
import type { Logger } from 'pino';
import type { Desk } from '../../service/desk.ts';
import {
  FILE_LIMITS,
  fileKind,
  megabytes,
  sizeLimit,
  type Delivery,
  type FileRef,
  type Inbound,
  type Outbound,
} from '../../service/messages.ts';
import type { EmailConfig } from './emailConfig.ts';
import { openMailbox, type Mailbox, type MailboxOptions, type MailMeta, type Taken } from './mailbox.ts';
import { mailDelivery, type MailDelivery } from './mailDelivery.ts';
import { accessTokens, type AccessTokens } from './oauthTokens.ts';
import { readMail, type IncomingMail, type MailFile } from './readMail.ts';
import { SendLimit } from './sendLimit.ts';

export const PLATFORM = 'email';

/** Where attachments go: the evidence store, which answers with the link the case records. */
export interface AttachmentStore {
  store(bytes: Buffer, contentType: string): Promise<string>;
  /** The link of a file over its limit, never stored (the vault refuses it by its size). */
  tooLarge(size: number): string;
}

export interface EmailOptions {
  config: EmailConfig;
  desk: Desk;
  attachments: AttachmentStore;
  /** The Delivery staff messages of email cases go to (see mailDelivery.ts). */
  staff: () => Delivery | null;
  noStaffPlatform: boolean;
  log: Logger;
  /** A case changed or files arrived: kick the relay and the evidence worker. */
  onCaseChanged?: (() => void) | undefined;
  now?: (() => Date) | undefined;
}

export interface EmailChannel {
  /** Sends the case's messages (every process registers it with the outbox relay). */
  delivery: MailDelivery;
  /** Reads the mailbox; in one process at a time (start.ts leads the role). */
  openMailbox(options?: Pick<MailboxOptions, 'onConnection' | 'maxMessageBytes'>): Mailbox;
  close(): void;
}

const SUBJECT_REF = /\[(C-\d{1,9})\]/i;

export function emailChannel(options: EmailOptions): EmailChannel {
  const { config, desk, log: parentLog } = options;
  const log = parentLog.child({ platform: PLATFORM });
  const now = options.now ?? (() => new Date());
  const tokens: AccessTokens | null = config.oauth ? accessTokens(config.oauth) : null;
  const transport = createTransport({
    host: config.smtp.host,
    port: config.smtp.port,
    secure: config.smtp.secure,
    requireTLS: config.smtp.requireStartTls,
    // Sends are retried by the outbox, not by a pool that might hold a mail the process then loses.
    pool: false,
    connectionTimeout: 30_000,
    greetingTimeout: 30_000,
    socketTimeout: 120_000,
    ...(tokens ? {} : { auth: { user: config.smtp.user, pass: config.smtp.password ?? '' } }),
  });
  const delivery = mailDelivery({
    send: async (mail) => {
      const auth = tokens ? { auth: { type: 'OAuth2' as const, user: config.smtp.user, accessToken: await tokens() } } : {};
      await transport.sendMail({ ...mail, ...auth });
    },
    ledger: desk.mail,
    identity: { from: config.from, replyTo: config.replyTo },
    limit: new SendLimit(config.maxPerAddressPerHour),
    staff: options.staff,
    noStaffPlatform: options.noStaffPlatform,
    log,
    now,
  });
  const own = config.from.address.toLowerCase();

  const fileRef = async (file: MailFile): Promise<FileRef> => {
    const size = file.bytes.length;
    const kind = fileKind({ name: file.name, type: file.type });
    // A type the desk does not keep, or a file over its limit, is not stored: the vault refuses it and the case says so.
    const url =
      kind && size > 0 && size <= sizeLimit(kind)
        ? await options.attachments.store(file.bytes, file.type)
        : options.attachments.tooLarge(size);
    return { name: file.name, type: file.type, size, url };
  };

  /** A reply of the adapter's own, to the sender only. */
  const tell = async (mail: IncomingMail, text: string) => {
    const message: Outbound = {
      outboxId: null,
      case: null,
      platform: PLATFORM,
      thread: null,
      to: 'customer',
      user: mail.from,
      text,
      expects: null,
      actions: [],
      private: true,
    };
    await delivery.sendPrivate(message, mail.messageId, mail.subject);
  };

  const take = async (raw: Buffer, meta: MailMeta): Promise<Taken> => {
    const mail = await readMail(raw);
    const where = { messageId: mail.messageId, from: mail.from };
    if (mail.automatic) {
      log.info({ ...where, reason: mail.automatic }, 'mail no person wrote: not answered');
      return 'done';
    }
    if (!mail.from || mail.from === own) {
      log.info(where, 'mail without a sender, or from the desk itself: not answered');
      return 'done';
    }
    if (meta.tooLarge) {
      await tell(
        mail,
        `Your email "${mail.subject || '(no subject)'}" is ${megabytes(meta.tooLarge)}, more than I can take in one email. Please send it again with photos of up to ${megabytes(FILE_LIMITS.imageBytes)} each, in several emails if need be, or with a link to the video or log.`,
      );
      return 'done';
    }
    const caseRef = (await desk.mail.caseOf(mail.answers)) ?? SUBJECT_REF.exec(mail.subject)?.[1]?.toUpperCase();
    const files = await Promise.all(mail.files.map(fileRef));
    // The server's receipt time: when the customer reported it, whenever the bot reads it.
    const at = new Date(Math.min(meta.receivedAt.getTime(), now().getTime())).toISOString();
    const inbound: Inbound = {
      platform: PLATFORM,
      eventId: mail.messageId,
      at,
      user: mail.from,
      staff: false,
      // A new claim's thread is its first mail; a reply names its case.
      thread: caseRef ? null : mail.messageId,
      ...(caseRef ? { caseRef } : {}),
      text: mail.text,
      files,
      filesCheckedLater: true,
    };
    const result = await desk.handle(inbound);
    // Over the message limit: left unseen and read again on a later pass, nothing lost.
    if (result.limited) return 'later';
    if (result.caseRef)
      await desk.mail.record({ messageId: mail.messageId, caseRef: result.caseRef, direction: 'in', subject: mail.subject, at });
    if (result.duplicate) return 'done';
    const shared = result.messages.filter((m) => !m.private);
    await desk.deliver(shared, delivery);
    for (const m of result.messages.filter((m) => m.private)) await delivery.sendPrivate(m, mail.messageId, mail.subject);
    options.onCaseChanged?.();
    return 'done';
  };

  return {
    delivery,
    openMailbox: (extra = {}) => openMailbox({ config, tokens, take, log, ...extra }),
    close: () => transport.close(),
  };
}
