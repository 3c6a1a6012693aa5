// The `evidence` table: rows written pending with the case event that brought the file, then leased by
// the evidence worker like an outbox row. The worker that holds an unexpired lease owns the row, and
// every write it makes checks that it still holds that lease, so a worker that outlived its lease (or
// died) cannot overwrite the one that took over. Rows come back with ISO timestamps.
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db, Q } from './database.ts';
import type { EvidenceRow } from './rows.ts';
import { cases, evidence } from './schema.ts';
import { isoRow, isoRows } from './timestamps.ts';

export interface Lease {
  id: number;
  until: string;
}

export interface StoredValues {
  sha256: string;
  size: number;
  detectedType: string;
  storageKey: string;
  previewKey: string | null;
  storedAt: string;
}

export async function evidenceOfCase(q: Q, caseId: number): Promise<EvidenceRow[]> {
  return isoRows(evidence, await q.select().from(evidence).where(eq(evidence.caseId, caseId)).orderBy(asc(evidence.id)));
}

/**
 * Leases the oldest pending row of one of `platforms` that is not backing off and not leased by a live
 * worker, counting the attempt now: a file that kills the worker every time still runs out of attempts.
 */
export async function leasePendingEvidence(
  db: Db,
  options: { now: string; leaseUntil: string; platforms: readonly string[] },
): Promise<EvidenceRow | undefined> {
  const { now, leaseUntil, platforms } = options;
  if (platforms.length === 0) return undefined;
  return db.transaction(async (tx) => {
    const [candidate] = await tx
      .select({ id: evidence.id })
      .from(evidence)
      .where(
        and(
          eq(evidence.status, 'pending'),
          inArray(evidence.platform, [...platforms]),
          sql`(${evidence.nextAttemptAt} is null or ${evidence.nextAttemptAt} <= ${now})`,
          sql`(${evidence.leaseUntil} is null or ${evidence.leaseUntil} < ${now})`,
        ),
      )
      .orderBy(asc(evidence.id))
      .limit(1)
      .for('update', { skipLocked: true });
    if (!candidate) return undefined;
    const [row] = await tx
      .update(evidence)
      .set({ leaseUntil, attempts: sql`${evidence.attempts} + 1` })
      .where(eq(evidence.id, candidate.id))
      .returning();
    return row && isoRow(evidence, row);
  });
}

function held(lease: Lease) {
  return and(eq(evidence.id, lease.id), eq(evidence.status, 'pending'), sql`${evidence.leaseUntil} = ${lease.until}`);
}

/** Moves the lease to `until` if it is still ours; false when another worker has taken the row. */
export async function extendLease(db: Db, lease: Lease, until: string): Promise<Lease | null> {
  const updated = await db.update(evidence).set({ leaseUntil: until }).where(held(lease)).returning({ id: evidence.id });
  return updated.length === 1 ? { id: lease.id, until } : null;
}

export async function markStored(db: Db, lease: Lease, values: StoredValues): Promise<boolean> {
  const updated = await db
    .update(evidence)
    .set({ ...values, status: 'stored', error: null, leaseUntil: null, nextAttemptAt: null })
    .where(held(lease))
    .returning({ id: evidence.id });
  return updated.length === 1;
}

/** `refused` (the file will not be kept) or `failed` (gave up); both are final. */
export async function markFinal(db: Db, lease: Lease, status: 'refused' | 'failed', error: string): Promise<boolean> {
  const updated = await db
    .update(evidence)
    .set({ status, error: error.slice(0, 1000), leaseUntil: null, nextAttemptAt: null })
    .where(held(lease))
    .returning({ id: evidence.id });
  return updated.length === 1;
}

export async function retryLater(db: Db, lease: Lease, nextAttemptAt: string, error: string): Promise<boolean> {
  const updated = await db
    .update(evidence)
    .set({ error: error.slice(0, 1000), leaseUntil: null, nextAttemptAt })
    .where(held(lease))
    .returning({ id: evidence.id });
  return updated.length === 1;
}

/** Puts `failed` rows back in the queue with fresh attempts; only case `ref`'s when given. Returns how many. */
export async function requeueFailed(db: Db, ref?: string): Promise<number> {
  const caseIds = ref ? (await db.select({ id: cases.id }).from(cases).where(eq(cases.ref, ref))).map((c) => c.id) : null;
  if (caseIds && caseIds.length === 0) return 0;
  const updated = await db
    .update(evidence)
    .set({ status: 'pending', attempts: 0, nextAttemptAt: null, leaseUntil: null })
    .where(and(eq(evidence.status, 'failed'), caseIds ? inArray(evidence.caseId, caseIds) : undefined))
    .returning({ id: evidence.id });
  return updated.length;
}

/**
 * The bytes stored for the customer of case `caseId` over all their cases, each content once (a file
 * sent twice is stored once), leaving out the content `except` (the file being stored now).
 */
export async function customerStoredBytes(q: Q, caseId: number, except?: string): Promise<number> {
  const [owner] = await q.select({ platform: cases.platform, customer: cases.customer }).from(cases).where(eq(cases.id, caseId));
  if (!owner) return 0;
  const stored = await q
    .selectDistinct({ sha256: evidence.sha256, size: evidence.size })
    .from(evidence)
    .innerJoin(cases, eq(cases.id, evidence.caseId))
    .where(and(eq(cases.platform, owner.platform), eq(cases.customer, owner.customer), eq(evidence.status, 'stored')));
  return stored.filter((s) => s.sha256 !== except).reduce((sum, s) => sum + (s.size ?? 0), 0);
}
