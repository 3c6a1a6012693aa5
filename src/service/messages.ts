// The platform-neutral values that cross the adapter seam: what comes in, what goes out.
import type { Expects, FileRef } from '../case/types.ts';
import type { Action, Attachment } from '../chat/wording.ts';

export type { Action, Expects, FileRef };

export interface Inbound {
  platform: string;
  /** The platform's id for this delivery; a second delivery with the same id is not processed again. */
  eventId?: string | undefined;
  /** When it happened, an ISO instant: the only clock the case sees. */
  at: string;
  user: string;
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
  /** Open a new case even though the customer has one open (console `/new`). */
  newCase?: boolean | undefined;
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
  /** A document to send with the message; adapters fetch it with `CaseService.document`. */
  attachment?: Attachment | undefined;
}

export type { Attachment } from '../chat/wording.ts';

export interface HandleResult {
  ok: boolean;
  /** Why the event was not carried out; the sender also gets a message saying so. */
  error?: string;
  /** The platform delivered this event before; nothing was done again. */
  duplicate?: boolean;
  caseRef: string | null;
  messages: Outbound[];
}
