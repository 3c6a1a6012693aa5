// The email messages of cases (schema.ts `email_messages`): which case a reply belongs to, what the
// bot's next mail threads under, and whether an outbox row was already sent.
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Q } from './database.ts';
import { emailMessages } from './schema.ts';

export interface EmailMessageRecord {
  messageId: string;
  caseRef: string;
  direction: 'in' | 'out';
  outboxId?: number | null | undefined;
  subject?: string | null | undefined;
  at: string;
}

/** Records a message; a message already recorded (a retry, a replay) keeps its first record. */
export async function recordEmailMessage(q: Q, record: EmailMessageRecord): Promise<void> {
  await q
    .insert(emailMessages)
    .values({
      messageId: record.messageId,
      caseRef: record.caseRef,
      direction: record.direction,
      outboxId: record.outboxId ?? null,
      subject: record.subject ?? null,
      at: record.at,
    })
    .onConflictDoNothing();
}

/** The case of the newest of these messages that is on record; null when none is. */
export async function caseOfEmailMessages(q: Q, messageIds: readonly string[]): Promise<string | null> {
  if (messageIds.length === 0) return null;
  const [row] = await q
    .select({ caseRef: emailMessages.caseRef })
    .from(emailMessages)
    .where(inArray(emailMessages.messageId, [...new Set(messageIds)].slice(0, 100)))
    .orderBy(desc(emailMessages.at))
    .limit(1);
  return row?.caseRef ?? null;
}

export interface EmailThread {
  /** The case's first message (the customer's claim, or the bot's first mail), and its subject. */
  root: { messageId: string; subject: string | null } | null;
  /** The customer's newest message: the bot's next mail answers it. */
  latestIn: string | null;
  /** The newest messages of the case, oldest first (for References), at most `limit` */
  recent: string[];
}

export async function emailThreadOf(q: Q, caseRef: string, limit = 10): Promise<EmailThread> {
  const [root] = await q
    .select({ messageId: emailMessages.messageId, subject: emailMessages.subject })
    .from(emailMessages)
    .where(eq(emailMessages.caseRef, caseRef))
    .orderBy(asc(emailMessages.at))
    .limit(1);
  const recent = await q
    .select({ messageId: emailMessages.messageId, direction: emailMessages.direction })
    .from(emailMessages)
    .where(eq(emailMessages.caseRef, caseRef))
    .orderBy(desc(emailMessages.at))
    .limit(limit);
  return {
    root: root ?? null,
    latestIn: recent.find((r) => r.direction === 'in')?.messageId ?? null,
    recent: recent.map((r) => r.messageId).reverse(),
  };
}

/** The Message-ID an outbox row was sent with, or null when it was not sent yet. */
export async function sentEmailOf(q: Q, outboxId: number): Promise<string | null> {
  const [row] = await q
    .select({ messageId: emailMessages.messageId })
    .from(emailMessages)
    .where(and(eq(emailMessages.outboxId, outboxId), eq(emailMessages.direction, 'out')))
    .limit(1);
  return row?.messageId ?? null;
}
