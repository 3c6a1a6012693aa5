// The case's data, the events it takes and the notices it gives: the seams of the pure domain core.
import type { ClaimKind } from '../policy/eligibility.ts';
import type { CostLine } from '../policy/costs.ts';
import type { FlagCode } from '../policy/exclusions.ts';
import type { Policy, SaleTerms } from '../policy/policy.ts';

export type { ClaimKind, CostLine, FlagCode, Policy };

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
/** Why a case closed without a decision: the customer went silent, or an approved RMA was never shipped. */
export type CloseReason = 'no_response' | 'rma_expired';

export const TIMER_KINDS = [
  'intake_reminder',
  'intake_close',
  'doa_window_warning',
  'tracking_reminder',
  'rma_expiry',
  'review_overdue',
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
  | null;

export interface CaseInput {
  ref: string;
  platform: string;
  customer: string;
  openedAt: string;
  policy: Policy;
}

export interface CaseContext extends CaseInput {
  orderNumber: string | null;
  orderItems: OrderItem[];
  orderAttempts: number;
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
  resolution: Resolution | null;
  costs: CostLine[];
  notes: StaffNote[];
  closedAt: string | null;
}

interface At {
  /** The event's time, an ISO instant: the machine never reads a clock. */
  at: string;
}
interface By extends At {
  /** The staff member's id, for the audit trail. */
  by: string;
}

export type CaseEvent =
  | ({ type: 'order.provided'; number: string; items: OrderItem[] } & At)
  | ({ type: 'item.chosen'; index: number } & At)
  | ({ type: 'serial.provided'; serial: string } & At)
  | ({ type: 'photo.serial'; file: FileRef } & At)
  | ({ type: 'photo.install'; file: FileRef } & At)
  | ({ type: 'fault.provided'; text: string } & At)
  | ({ type: 'evidence.provided'; text?: string | undefined; files: FileRef[] } & At)
  | ({ type: 'customer.said'; text: string } & At)
  | ({ type: 'fixed' } & At)
  | ({ type: 'still_failing' } & At)
  | ({ type: 'cancel' } & At)
  | ({ type: 'tracking.provided'; number: string } & At)
  | ({ type: 'staff.approve'; rma: string } & By)
  | ({ type: 'staff.deny'; reason: string } & By)
  | ({ type: 'staff.request_info'; what: string } & By)
  | ({ type: 'staff.received' } & By)
  | ({ type: 'staff.resolve'; resolution: StaffResolution } & By)
  | ({ type: 'staff.cost'; cents: number; label: string } & By)
  | ({ type: 'staff.approve_cost' } & By)
  | ({ type: 'staff.note'; text: string } & By)
  | ({ type: 'staff.reopen' } & By)
  | ({ type: 'timer.fired'; kind: TimerKind } & At)
  /** The evidence vault would not keep a file (too large, wrong type, content not what it claims). */
  | ({ type: 'evidence.refused'; file: FileRef; reason: string } & At);

export type CaseEventType = CaseEvent['type'];

/** What the case tells people; `chat/` words each notice for its audience. */
export type Notice =
  | { type: 'opened' }
  | { type: 'ask'; expects: Exclude<Expects, null>; nudge: boolean }
  | { type: 'order_not_found'; number: string; attempts: number }
  | { type: 'eligible'; kind: ClaimKind; daysSinceDelivery: number; windowEndsOn: string }
  | { type: 'unverified_order' }
  | { type: 'declined'; reason: DeclineReason; detail: string }
  | { type: 'serial_mismatch'; given: string; expected: string }
  | { type: 'troubleshoot' }
  | { type: 'fixed' }
  | { type: 'review_needed' }
  | { type: 'customer_wrote'; text: string; files: FileRef[] }
  | { type: 'approved' }
  | { type: 'info_requested'; what: string }
  | { type: 'tracking_received'; number: string }
  | { type: 'received' }
  | { type: 'resolved'; resolution: StaffResolution }
  | { type: 'cost_recorded'; label: string; cents: number; covered: number; pending: number }
  | { type: 'cost_approved'; cents: number }
  | { type: 'cancelled' }
  | { type: 'reopened' }
  | { type: 'note_added'; text: string }
  | { type: 'case_closed' }
  | { type: 'reminder'; kind: 'intake_reminder' | 'tracking_reminder' }
  | { type: 'doa_window_closing'; endsOn: string }
  | { type: 'closed_silent'; reason: CloseReason }
  | { type: 'review_overdue'; since: string }
  | { type: 'file_refused'; name: string; reason: string; asksAgain: boolean };

export type NoticeType = Notice['type'];
