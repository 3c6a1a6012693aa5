// The platform-neutral values that cross the adapter seam: what comes in, what goes out, and how an
// adapter posts it (Delivery, implemented once per platform).
import type { Expects, FileRef, Language } from '../case/types.ts';
import { quoteLines, shownLines } from '../chat/quoted.ts';
import type { Action, Attachment } from '../chat/wording.ts';

export type { Action, Attachment, Expects, FileRef, Language };
export { quoteLines, shownLines };
export type { CaseSummary } from '../case/caseSummary.ts';

export interface Inbound {
  platform: string;
  /** The platform's id for this delivery; a second delivery with the same id is not processed again. */
  eventId?: string | undefined;
  /** When it happened, an ISO instant: the only clock the case sees. */
  at: string;
  user: string;
  /** Whether `user` is staff, as the platform knows it (a role, a user group, the console's list). */
  staff: boolean;
  /**
   * The sender's locale as the platform gives it (Discord interaction locale, Slack user locale), a
   * BCP 47 tag; the case answers in it when the desk speaks it.
   */
  locale?: string | undefined;
  /** The platform conversation (thread) it was posted in, if any. */
  thread?: string | null | undefined;
  /** The case it is about, when the platform knows it (buttons, a thread already linked). */
  caseRef?: string | undefined;
  text?: string | undefined;
  files?: FileRef[] | undefined;
  /** A `/rma …` command line. */
  command?: string | undefined;
  /** A button id: fixed, still_failing, cancel (customers); approve, deny, request_info (staff). */
  action?: string | undefined;
  /** What a modal collected with the action: the reason of a denial, the information asked for. */
  actionText?: string | undefined;
  /**
   * Open a new case even though the customer has one open (console `/new`, a new platform thread);
   * a message in a thread that already has a case still goes to that case.
   */
  newCase?: boolean | undefined;
  /** The adapter already counted this event against the customer's limit (Desk.admit). */
  admitted?: boolean | undefined;
  /**
   * The files' types and sizes are left to the evidence vault, which tells the case what it refuses:
   * for email, where one attachment too large must not send the whole message back.
   */
  filesCheckedLater?: boolean | undefined;
}

export interface Outbound {
  /** Outbox row id; null for replies that only the sender sees and that change nothing. */
  outboxId: number | null;
  case: string | null;
  platform: string;
  thread: string | null;
  to: 'customer' | 'staff';
  /** The customer, or the staff member it answers; null means the staff channel. */
  user: string | null;
  text: string;
  expects: Expects;
  actions: Action[];
  /** Only `user` should see it (Slack ephemeral, Discord ephemeral reply). */
  private: boolean;
  /** A document to send with the message; the outbox makes it and hands it to the Delivery. */
  attachment?: Attachment | undefined;
  /**
   * The customer's own words, shown after `text` as a visible quote (Slack quote block, Discord block
   * quote, `> ` lines in plain text), never as the bot's. Rows written before it existed have none.
   */
  quote?: string | undefined;
  /**
   * The language of a customer message when it is not English, for what an adapter adds around it
   * (an email's footer). Absent for English and for staff messages.
   */
  language?: Language | undefined;
}

/** The message as plain text: `text`, then the customer's words with every line marked `> `. */
export function plainText(m: Pick<Outbound, 'text' | 'quote'>): string {
  if (!m.quote) return m.text;
  return `${m.text}\n${quoteLines(m.quote)}`;
}

export interface HandleResult {
  ok: boolean;
  /** Why the event was not carried out; the sender also gets a message saying so. */
  error?: string;
  /** The platform delivered this event before; nothing was done again. */
  duplicate?: boolean;
  /** The customer is over the message limit: nothing was read or recorded. */
  limited?: boolean;
  caseRef: string | null;
  /** This event opened the case `caseRef`. */
  opened?: boolean;
  messages: Outbound[];
}

/** A file that goes with a message (the RMA document, a serial-label preview). */
export interface OutboundFile {
  fileName: string;
  contentType: string;
  bytes: Buffer;
}

/**
 * How a platform posts: the one interface both adapters implement, for messages posted right after
 * an event and for the outbox relay's retries. `attempt` > 1 is a retry of an outbox row (the
 * platform may already have it); throw DeliveryRetry for a platform's rate limit.
 */
export interface Delivery {
  post(message: Outbound, attempt: number, file: OutboundFile | null): Promise<void>;
  /**
   * The platform it posts on. A customer message of another platform's case (staff in Slack answering
   * an emailed claim) goes through that platform's registered Delivery instead, or waits for the relay.
   */
  platform?: string | undefined;
}

/** A failure the platform asked to be retried after a delay (HTTP 429 retry-after, 503). */
export class DeliveryRetry extends Error {
  override name = 'DeliveryRetry';
  constructor(
    message: string,
    readonly retryAfterMs: number,
  ) {
    super(message);
  }
}

// The case vocabulary adapters may use (states for listings, the command grammar's names), so that
// an adapter reaches the core only through this seam.
export { CASE_STATES, CLOSED_STATES, type CaseState } from '../case/caseState.ts';
export { STAFF_RESOLUTIONS, type CaseContext, type OrderItem } from '../case/types.ts';
export { coveredCents, pendingCents } from '../policy/costs.ts';
export { unitRecord, unitsOf } from '../case/units.ts';
export { normalizeRef, refStatesOf, type CommandName } from '../chat/commands.ts';
export { fileKind, LIMITS as FILE_LIMITS } from '../chat/inputLimits.ts';
export { megabytes, sizeLimit } from '../policy/fileLimits.ts';
export type { EmailThread, MailLedger } from './mailLedger.ts';
