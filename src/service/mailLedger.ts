// What the email adapter keeps beside the cases: the Message-IDs of each case's mail, both ways. The
// adapter reaches it through the Desk; the rows live in `email_messages` (store/emailMessageStore.ts).
import type { Db } from '../store/database.ts';
import {
  caseOfEmailMessages,
  emailThreadOf,
  recordEmailMessage,
  sentEmailOf,
  type EmailMessageRecord,
  type EmailThread,
} from '../store/emailMessageStore.ts';

export type { EmailMessageRecord, EmailThread };

export interface MailLedger {
  /** The case a reply belongs to, by the ids it names (In-Reply-To, References); null when none is known. */
  caseOf(messageIds: readonly string[]): Promise<string | null>;
  record(record: EmailMessageRecord): Promise<void>;
  /** The case's root message and newest ids, for the headers of the next mail. */
  threadOf(caseRef: string): Promise<EmailThread>;
  /** The Message-ID an outbox row went out with; null when it has not been sent. */
  sentAs(outboxId: number): Promise<string | null>;
}

export function mailLedger(db: Db): MailLedger {
  return {
    caseOf: (ids) => caseOfEmailMessages(db, ids),
    record: (record) => recordEmailMessage(db, record),
    threadOf: (ref) => emailThreadOf(db, ref),
    sentAs: (id) => sentEmailOf(db, id),
  };
}
