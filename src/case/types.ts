// The case's data, the events it takes and the notices it gives: the seams of the pure domain core.
import type { ClaimKind } from '../policy/eligibility.ts';
import type { CostLine } from '../policy/costs.ts';
import type { FlagCode } from '../policy/exclusions.ts';
import type { CasePolicy, Policy, SaleTerms } from '../policy/policy.ts';
import type { Language } from '../i18n/languages.ts';

export type { CasePolicy, ClaimKind, CostLine, FlagCode, Language, Policy };

/** One item of an order as the seller's records have it. */
export interface OrderItem {
  orderNumber: string;
  partNumber: string;
  serialNumber: string;
  description: string;
  terms: SaleTerms;
  /** `YYYY-MM-DD`, the carrier's delivered date; null when unknown. */
  deliveredOn: string | null;
}

/**
 * Where the case service reads the seller's order records. The default reads the imported order table;
 * a shop's API can stand in for it by implementing this interface.
 */
export interface OrderSource {
  /** The items of an order, or an empty list when the seller has no such order. */
  findOrder(orderNumber: string): Promise<OrderItem[]>;
  /** The items of the order that sold this serial (as printed, uppercase, no spaces or dashes); empty when none. */
  findOrderBySerial?(serial: string): Promise<OrderItem[]>;
}

/** A file a person posted; its bytes stay on the platform (the evidence vault copies them later). */
export interface FileRef {
  id?: string | undefined;
  name: string;
  type: string;
  size: number;
  url?: string | undefined;
}

export interface EvidenceEntry {
  at: string;
  text?: string | undefined;
  file?: FileRef | undefined;
}

export interface FlagEntry {
  code: FlagCode;
  detail: string;
  at: string;
}

export interface StaffNote {
  at: string;
  by: string;
  text: string;
}

export type Resolution = 'replacement' | 'repair' | 'refund' | 'fixed';
export const STAFF_RESOLUTIONS = ['replacement', 'repair', 'refund'] as const;
export type StaffResolution = (typeof STAFF_RESOLUTIONS)[number];

export type DeclineReason = 'outside_window' | 'non_returnable' | 'denied_by_staff';

/**
 * A unit of the claim after the first (issue 20): the case's own `item`, `serialGiven`, `serialPhoto`,
 * `fault`, `kind` and `windowEndsOn` are unit 1's, so a one-unit case reads as it always did.
 */
export interface MoreUnit {
  item: OrderItem;
  serialGiven: string | null;
  serialPhoto: FileRef | null;
  fault: string | null;
  kind: ClaimKind | null;
  windowEndsOn: string | null;
  /** Why the policy does not cover this unit (sold as-is, past the window); null when it may. */
  reason: 'outside_window' | 'non_returnable' | null;
  declineNote: string | null;
}

export type UnitDecision = 'pending' | 'approved' | 'denied';
/** How one unit ended: staff's resolution, or declined at inspection. */
export type UnitResolution = StaffResolution | 'declined';

/** A replacement shipped before the faulty unit comes back (staff's choice, for a customer they trust). */
export interface AdvanceReplacement {
  tracking: string;
  shippedAt: string;
  /** `YYYY-MM-DD` in the policy's time zone: the last day for the faulty unit to reach the seller. */
  returnBy: string;
  overdue: boolean;
}

/** What staff decided for one unit and what became of it; `outcomes[0]` is unit 1's. */
export interface UnitOutcome {
  decision: UnitDecision;
  /** The reason given for a denial or a decline. */
  note: string | null;
  received: boolean;
  resolution: UnitResolution | null;
  advance: AdvanceReplacement | null;
}
/** Why a case closed without a decision: the customer went silent, or an approved RMA was never shipped. */
export type CloseReason = 'no_response' | 'rma_expired';

export const TIMER_KINDS = [
  'intake_reminder',
  'intake_close',
  'doa_window_warning',
  'tracking_reminder',
  'rma_expiry',
  'review_overdue',
  /** An advance replacement shipped: a reminder before the faulty unit's deadline, and the deadline itself. */
  'return_reminder',
  'return_overdue',
] as const;
export type TimerKind = (typeof TIMER_KINDS)[number];

/** What the bot now waits for from the customer. */
export type Expects =
  | 'order_number'
  | 'item'
  | 'serial_number'
  | 'serial_photo'
  | 'install_photo'
  | 'fault_description'
  | 'evidence'
  | 'troubleshooting'
  | 'tracking_number'
  /** The customer asked in words to cancel: yes or no. */
  | 'confirm_cancel'
  | null;

/** What a customer's question is about; answered from the policy recorded with the case. */
export const QUESTION_TOPICS = [
  'warranty_window',
  'doa_window',
  'intake_needs',
  'shipping_cost',
  'return_address',
  'refund_timing',
  'as_is',
  'not_covered',
  'status',
  /** Not a question: "thanks!", "ok thank you". Answered in kind, never a staff post or a miss. */
  'thanks',
] as const;
export type QuestionTopic = (typeof QUESTION_TOPICS)[number];

export interface CaseInput {
  ref: string;
  platform: string;
  customer: string;
  openedAt: string;
  policy: CasePolicy;
}

export interface CaseContext extends CaseInput {
  orderNumber: string | null;
  orderItems: OrderItem[];
  orderAttempts: number;
  /** Messages the current step could not place; reset when the step asks its question. */
  misses: number;
  /** The customer asked in words to cancel and has not yet said yes or no. */
  cancelPending: boolean;
  /**
   * Staff wrote to the customer since the step last asked its question: what the customer writes that
   * the step cannot place is their answer to staff, passed on rather than met with the step's hint.
   */
  staffSpokeLast: boolean;
  item: OrderItem | null;
  kind: ClaimKind | null;
  windowEndsOn: string | null;
  serialGiven: string | null;
  serialPhoto: FileRef | null;
  installPhoto: FileRef | null;
  fault: string | null;
  evidence: EvidenceEntry[];
  flags: FlagEntry[];
  reasons: Array<DeclineReason | CloseReason>;
  declineNote: string | null;
  troubleshootingDone: boolean;
  infoRequest: string | null;
  rma: string | null;
  approvedBy: string | null;
  tracking: string | null;
  /** When staff recorded the unit's arrival: a reopened case goes back to inspection, not to intake. */
  receivedAt: string | null;
  resolution: Resolution | null;
  costs: CostLine[];
  /** Units 2 and on of a claim for several units of the order; empty for a one-unit claim. */
  moreUnits: MoreUnit[];
  /** Staff's decision and the outcome per unit, once staff decide (empty before). */
  outcomes: UnitOutcome[];
  notes: StaffNote[];
  /**
   * Others staff let write on the case as the customer (a colleague's email address), on the case's
   * platform. Absent in cases stored before it existed.
   */
  contacts?: string[] | undefined;
  /**
   * The language the customer is answered in (issue 19); absent in cases stored before it existed,
   * which speak English. `languageSource` says how it was set: a customer's choice is never overridden.
   */
  language?: Language | undefined;
  languageSource?: LanguageSource | undefined;
  closedAt: string | null;
}

/** How a case's language was set: the platform's locale, detected from the customer's words, or chosen. */
export type LanguageSource = 'platform' | 'detected' | 'chosen';

interface At {
  /** The event's time, an ISO instant: the machine never reads a clock. */
  at: string;
}
interface By extends At {
  /** The staff member's id, for the audit trail. */
  by: string;
}

export type CaseEvent =
  /** `labelled`: the customer called it an order number; an unlabelled number not on record is not named back. */
  | ({ type: 'order.provided'; number: string; items: OrderItem[]; labelled?: boolean | undefined } & At)
  | ({ type: 'item.chosen'; index: number } & At)
  /**
   * Several units of the order named for one claim (indexes into the order's items, in the order
   * named); `serials[i]` is the serial the customer typed for `indexes[i]`, when they named it by serial.
   */
  | ({ type: 'units.chosen'; indexes: number[]; serials?: Array<string | null> | undefined } & At)
  | ({ type: 'serial.provided'; serial: string } & At)
  /** At the serial step the customer typed a part number of the order: asked again, with where to find the serial. */
  | ({ type: 'part_number.provided'; partNumber: string } & At)
  | ({ type: 'photo.serial'; file: FileRef } & At)
  | ({ type: 'photo.install'; file: FileRef } & At)
  | ({ type: 'fault.provided'; text: string } & At)
  | ({ type: 'evidence.provided'; text?: string | undefined; files: FileRef[] } & At)
  /** `opening`: the message that opened the case; the first question was just asked, so it is not a miss. */
  | ({ type: 'customer.said'; text: string; opening?: boolean | undefined } & At)
  /** The customer asked for a person. */
  | ({ type: 'customer.human'; text: string } & At)
  /** The customer asked a question the policy answers. */
  | ({ type: 'customer.asked'; topic: QuestionTopic; text: string } & At)
  /**
   * The language the customer is answered in: from the platform's locale, detected in their words, or
   * chosen ("English please", `/lang de`). A choice is never overridden by the other two.
   */
  | ({ type: 'language.set'; language: Language; source: LanguageSource } & At)
  /** Two or more orders on record in one message: the customer is asked which one. */
  | ({ type: 'orders.several'; numbers: string[] } & At)
  /** "Cancel" in words: asked to confirm. The `cancel` button and `/rma cancel` cancel at once. */
  | ({ type: 'cancel.requested'; text: string } & At)
  | ({ type: 'confirm_cancel' } & At)
  /** No to the cancel question; `silent` when the customer went on with something else. */
  | ({ type: 'keep'; silent?: boolean | undefined } & At)
  | ({ type: 'fixed' } & At)
  | ({ type: 'still_failing' } & At)
  | ({ type: 'cancel' } & At)
  | ({ type: 'tracking.provided'; number: string } & At)
  /** `units`: unit numbers (1-based) approved; the other units still undecided are denied. Absent: every unit the policy covers. */
  | ({ type: 'staff.approve'; rma: string; units?: number[] | undefined } & By)
  /** `units`: only those units are denied (declined, at inspection); absent: the whole claim. */
  | ({ type: 'staff.deny'; reason: string; units?: number[] | undefined } & By)
  | ({ type: 'staff.request_info'; what: string } & By)
  /** `serials`: the units checked in, by the serial on their label; absent: every approved unit. */
  | ({ type: 'staff.received'; serials?: string[] | undefined } & By)
  /** `units`: the units resolved; absent: every approved unit still without an outcome. */
  | ({ type: 'staff.resolve'; resolution: StaffResolution; units?: number[] | undefined } & By)
  /** A replacement shipped ahead of the faulty unit's return (`units` absent: every approved unit not yet back). */
  | ({ type: 'staff.advance'; tracking: string; units?: number[] | undefined } & By)
  | ({ type: 'staff.cost'; cents: number; label: string } & By)
  | ({ type: 'staff.approve_cost' } & By)
  | ({ type: 'staff.note'; text: string } & By)
  /** Staff let another address (of the case's platform) write on the case for the customer. */
  | ({ type: 'staff.contact'; contact: string } & By)
  | ({ type: 'staff.reopen' } & By)
  /** Staff write to the customer: with /rma reply, or in the case thread (`posted`: the customer already sees it). */
  | ({ type: 'staff.reply'; text: string; posted: boolean } & By)
  /** Staff take a case to review before intake or troubleshooting is done. */
  | ({ type: 'staff.review' } & By)
  | ({ type: 'timer.fired'; kind: TimerKind } & At)
  /**
   * The evidence vault would not keep a file (too large, wrong type, content not what it claims);
   * `quota`: the customer's files already fill their share of the store.
   */
  | ({ type: 'evidence.refused'; file: FileRef; reason: string; quota?: true } & At);

export type CaseEventType = CaseEvent['type'];

/** What the case tells people; `chat/` words each notice for its audience. */
export type Notice =
  | { type: 'opened' }
  | { type: 'ask'; expects: Exclude<Expects, null>; nudge: boolean }
  | { type: 'order_not_found'; number: string; attempts: number; labelled: boolean }
  | { type: 'eligible'; kind: ClaimKind; daysSinceDelivery: number; windowEndsOn: string }
  | { type: 'unverified_order' }
  | { type: 'declined'; reason: DeclineReason; detail: string }
  | { type: 'serial_mismatch'; given: string; expected: string }
  /** A serial typed again during intake matches the order's item: the earlier mismatch is cleared. */
  | { type: 'serial_confirmed'; serial: string }
  /** The serial already recorded, typed again on its own: nothing changes, and the customer is told so. */
  | { type: 'serial_repeated'; serial: string }
  | { type: 'part_number_given'; partNumber: string }
  | { type: 'troubleshoot' }
  | { type: 'fixed' }
  | { type: 'review_needed' }
  | { type: 'customer_wrote'; text: string; files: FileRef[] }
  | { type: 'approved' }
  /** Several units named for the claim: which the policy covers, and why the others are not. */
  | { type: 'units_taken' }
  /** Staff denied some units of the claim before approving the others. */
  | { type: 'units_denied'; units: number[]; reason: string }
  /** Units checked in by serial: `units` the approved ones that arrived; `unexpected` serials not on the approved list. */
  | { type: 'units_received'; units: number[]; unexpected: string[] }
  /** Some units of a claim for several resolved at inspection; the case stays open for the others. */
  | { type: 'units_resolved'; units: number[]; resolution: UnitResolution }
  | { type: 'advance_shipped'; units: number[]; tracking: string; returnBy: string }
  | { type: 'return_reminder'; units: number[]; returnBy: string }
  | { type: 'return_overdue'; units: number[]; returnBy: string }
  /** A claim for several units closed: what became of each, in one message. */
  | { type: 'units_summary' }
  | { type: 'info_requested'; what: string }
  | { type: 'tracking_received'; number: string }
  | { type: 'received' }
  | { type: 'resolved'; resolution: StaffResolution }
  | { type: 'cost_recorded'; label: string; cents: number; covered: number; pending: number }
  | { type: 'cost_approved'; cents: number }
  | { type: 'cancelled' }
  | { type: 'reopened' }
  | { type: 'note_added'; text: string }
  | { type: 'contact_added'; contact: string }
  | { type: 'reminder'; kind: 'intake_reminder' | 'tracking_reminder' }
  | { type: 'doa_window_closing'; endsOn: string }
  | { type: 'closed_silent'; reason: CloseReason }
  | { type: 'review_overdue'; since: string }
  | { type: 'file_refused'; name: string; reason: string; asksAgain: boolean; quota?: true }
  /** A person was asked for: by the customer, or because the bot could not place their words. */
  | { type: 'human_requested'; text: string; why: 'asked' | 'unplaced' | 'order_attempts' }
  /** `today` is the calendar day of the question in the policy's time zone. */
  | { type: 'answered'; topic: QuestionTopic; today: string; closed: boolean; text: string }
  | { type: 'which_order'; numbers: string[] }
  | { type: 'kept' }
  /** The customer chose the language they are answered in. */
  | { type: 'language_set' }
  | { type: 'cannot_cancel'; text: string }
  | { type: 'staff_replied'; text: string; posted: boolean }
  | { type: 'taken_to_review' }
  /** A customer wrote on a closed case: passed on to staff. */
  | { type: 'closed_case_message'; text: string; files: FileRef[] };

export type NoticeType = Notice['type'];
