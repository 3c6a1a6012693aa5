// A stored case as the rest of the program reads it: who, where, which state, which order and RMA.
// Timestamps are ISO instants. The store's rows stay in the store; this is what crosses layers.
import type { CaseState } from './caseState.ts';

export interface CaseSummary {
  /** Grows with time: newer cases have larger ids. */
  id: number;
  ref: string;
  platform: string;
  customer: string;
  /** The platform conversation the case lives in, if any. */
  thread: string | null;
  state: CaseState;
  orderNumber: string | null;
  rma: string | null;
  openedAt: string;
  updatedAt: string;
}

/** One row of a case's audit trail. */
export interface CaseHistoryEntry {
  at: string;
  actorKind: string;
  actorId: string;
  type: string;
  stateBefore: string | null;
  stateAfter: string;
}
