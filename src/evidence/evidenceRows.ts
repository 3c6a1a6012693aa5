// Putting failed evidence back in the queue by case reference (`rma-desk cases evidence REF --retry-failed`). The
// evidence table's queries (the worker's leases included) are in store/evidenceStore.ts.
import { normalizeRef } from '../case/caseRef.ts';
import type { Db } from '../store/database.ts';
import { requeueFailed } from '../store/evidenceStore.ts';

/**
 * Puts `failed` rows back in the queue with fresh attempts (after the cause is fixed: a token, a
 * scope, the store); only the given case's when `caseRef` is set. Returns how many.
 */
export async function requeueFailedEvidence(db: Db, caseRef?: string): Promise<number> {
  return requeueFailed(db, caseRef ? (normalizeRef(caseRef) ?? caseRef) : undefined);
}
