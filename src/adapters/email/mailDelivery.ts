// Posts the case's messages by email: customer messages to the customer's address over SMTP, staff
// messages to the staff platform (Slack, Discord or the console), since staff do not work from the
// mailbox. An outbox row is sent once: its mail is recorded with the row's id right after the SMTP
// server accepted it, and a retry of a row already recorded sends nothing. (A crash in the moment
// between the two sends it again, with the same Message-ID, which mail clients show once.)
import type { Logger } from 'pino';
import {
  DeliveryRetry,
  type Delivery,
  type EmailThread,
  type MailLedger,
  type Outbound,
  type OutboundFile,
} from '../../service/messages.ts';
import { composeMail, outboxMessageId, privateMessageId, type ComposedMail, type MailIdentity } from './composeMail.ts';
import type { SendLimit } from './sendLimit.ts';

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
  /** A reply only the sender sees (a refusal): sent at once, answering the mail that caused it. */
  sendPrivate(message: Outbound, answering: string, subject: string): Promise<void>;
}

export function mailDelivery(options: MailDeliveryOptions): MailDelivery {
  const { ledger, log } = options;
  const now = options.now ?? (() => new Date());

  /** The case's mail so far (none for a reply outside a case). */
  const threadOf = (caseRef: string | null): Promise<EmailThread> =>
    caseRef ? ledger.threadOf(caseRef) : Promise.resolve({ root: null, latestIn: null, recent: [] });

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

  const post: Delivery['post'] = async (m, attempt, file) => {
    if (m.to === 'staff') return postToStaff(m, attempt, file);
    if (m.outboxId === null || m.private) throw new Error('a private email reply is sent with sendPrivate');
    if (attempt > 1 && (await ledger.sentAs(m.outboxId))) return;
    waitForLimit(m.user ?? '');
    const mail = composeMail({
      message: m,
      messageId: outboxMessageId(m.case, m.outboxId, options.identity.from.address),
      thread: await threadOf(m.case),
      file,
      identity: options.identity,
    });
    await options.send(mail);
    if (m.case)
      await ledger.record({
        messageId: mail.messageId,
        caseRef: m.case,
        direction: 'out',
        outboxId: m.outboxId,
        subject: mail.subject,
        at: now().toISOString(),
      });
  };

  return {
    platform: 'email',
    post,
    async sendPrivate(m, answering, subject) {
      const wait = options.limit.take(m.user ?? '');
      if (wait > 0) {
        log.warn({ to: m.user }, 'a private reply was not sent: the address had the hour’s mails from the bot');
        return;
      }
      const messageId = privateMessageId(options.identity.from.address);
      const thread = await threadOf(m.case);
      await options.send(composeMail({ message: m, messageId, thread, file: null, identity: options.identity, answering, subject }));
    },
  };
}
