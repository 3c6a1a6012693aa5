// Posts the case's messages by email: customer messages to the customer's address over SMTP, staff
// messages to the staff platform (Slack, Discord or the console), since staff do not work from the
// mailbox. An outbox row is sent once: its mail is recorded with the row's id right after the SMTP
// server accepted it, and a retry of a row already recorded sends nothing. (A crash in the moment
// between the two sends it again, with the same Message-ID, which mail clients show once.)
import type { Logger } from 'pino';
import { DeliveryRetry, plainText, type Delivery, type MailLedger, type Outbound, type OutboundFile } from '../../service/messages.ts';
import { composeMail, outboxMessageId, privateMessageId, type ComposedMail, type MailIdentity } from './composeMail.ts';
import type { SendLimit } from './sendLimit.ts';

/** Marks the ledger rows of outbox rows that went out inside another row's mail. */
export const ALIAS_MARK = '#';

/** Sends one composed mail (nodemailer's transport); resolves once the SMTP server accepted it. */
export type SendMail = (mail: ComposedMail) => Promise<void>;

export interface MailDeliveryOptions {
  send: SendMail;
  ledger: MailLedger;
  identity: MailIdentity;
  limit: SendLimit;
  /** The Delivery staff messages of email cases go to; null while none runs in this process. */
  staff: () => Delivery | null;
  /** True when no staff platform is configured at all: staff messages are left to the web desk. */
  noStaffPlatform: boolean;
  log: Logger;
  now?: () => Date;
}

export interface MailDelivery extends Delivery {
  /**
   * A Delivery for one event's messages: the customer messages (without documents) go out as one mail,
   * not one mail each as in chat; the others, and any the relay retries later, one by one as usual.
   */
  batch(messages: readonly Outbound[]): Delivery;
  /** A reply only the sender sees (a refusal): sent at once, answering the mail that caused it. */
  sendPrivate(message: Outbound, answering: string, subject: string): Promise<void>;
}

export function mailDelivery(options: MailDeliveryOptions): MailDelivery {
  const { ledger, log } = options;
  const now = options.now ?? (() => new Date());

  const waitForLimit = (address: string) => {
    const wait = options.limit.take(address);
    if (wait > 0) throw new DeliveryRetry(`${address} already had the hour's mails from the bot`, wait);
  };

  const postToStaff = async (m: Outbound, attempt: number, file: OutboundFile | null) => {
    const staff = options.staff();
    if (staff) return staff.post(m, attempt, file);
    if (options.noStaffPlatform) {
      log.info({ case: m.case }, 'no staff platform runs: the staff message of an email case is left to the web desk');
      return;
    }
    // The staff platform runs in another process (a Discord standby): try again shortly.
    throw new DeliveryRetry('the staff platform is not connected in this process', 5_000);
  };

  /** Sends `group` (outbox rows of one case, in order) as one mail and records every row as sent by it. */
  const sendRows = async (group: readonly Outbound[], file: OutboundFile | null) => {
    const first = group[0]!;
    const last = group[group.length - 1]!;
    waitForLimit(first.user ?? '');
    const thread = first.case ? await ledger.threadOf(first.case) : { root: null, latestIn: null, recent: [] };
    // One mail: each message as plain text (the customer's quoted words kept as quotes), the last one's buttons.
    const message: Outbound = { ...last, text: group.map((m) => plainText(m)).join('\n\n'), quote: undefined };
    const mail = composeMail({
      message: group.length === 1 ? first : message,
      messageId: outboxMessageId(first.case, first.outboxId!, options.identity.from.address),
      thread,
      file,
      identity: options.identity,
    });
    await options.send(mail);
    if (!first.case) return;
    for (const [i, m] of group.entries())
      await ledger.record({
        // The rows sent inside the first one's mail are marked with an alias of its id (not a thread id).
        messageId: i === 0 ? mail.messageId : `${mail.messageId}${ALIAS_MARK}${m.outboxId}`,
        caseRef: first.case,
        direction: 'out',
        outboxId: m.outboxId,
        subject: mail.subject,
        at: now().toISOString(),
      });
  };

  const post: Delivery['post'] = async (m, attempt, file) => {
    if (m.to === 'staff') return postToStaff(m, attempt, file);
    if (m.outboxId === null || m.private) throw new Error('a private email reply is sent with sendPrivate');
    if (attempt > 1 && (await ledger.sentAs(m.outboxId))) return;
    await sendRows([m], file);
  };

  return {
    platform: 'email',
    post,
    batch(messages) {
      const group = messages.filter((m) => m.to === 'customer' && !m.private && m.outboxId !== null && !m.attachment);
      let sent = false;
      return {
        platform: 'email',
        async post(m, attempt, file) {
          if (group.length < 2 || !group.includes(m)) return post(m, attempt, file);
          if (sent) return;
          await sendRows(group, null);
          sent = true;
        },
      };
    },
    async sendPrivate(m, answering, subject) {
      const wait = options.limit.take(m.user ?? '');
      if (wait > 0) {
        log.warn({ to: m.user }, 'a private reply was not sent: the address had the hour’s mails from the bot');
        return;
      }
      const thread = m.case ? await ledger.threadOf(m.case) : { root: null, latestIn: null, recent: [] };
      const messageId = privateMessageId(options.identity.from.address);
      await options.send(composeMail({ message: m, messageId, thread, file: null, identity: options.identity, answering, subject }));
    },
  };
}
