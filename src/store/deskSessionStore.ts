// The web desk's sessions, one-time sign-in links and its audit of sign-ins. Tokens are random and
// only their SHA-256 is stored: whoever reads the database cannot sign in with what is in it.
import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Q } from './database.ts';
import { deskAudit, deskSessions, deskSignInLinks } from './schema.ts';

/** A sign-in link works once, within this long. */
export const SIGN_IN_LINK_MS = 10 * 60_000;

export interface StaffIdentity {
  platform: string;
  id: string;
  /** How the desk shows them (display name, or the id). */
  name: string;
}

export interface DeskSession {
  staff: StaffIdentity;
  csrf: string;
  expiresAt: string;
  checkedAt: string;
}

/** 32 random bytes, URL-safe. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Stores a one-time sign-in link for `staff`; returns its token (shown once, never stored). */
export async function createSignInLink(q: Q, staff: StaffIdentity, now: Date, validMs: number): Promise<string> {
  const token = newToken();
  await q.insert(deskSignInLinks).values({
    id: tokenHash(token),
    staffPlatform: staff.platform,
    staffId: staff.id,
    staffName: staff.name,
    createdAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + validMs).toISOString(),
  });
  return token;
}

/** Uses a sign-in link: the staffer it was made for, once, before it expires; null otherwise. */
export async function useSignInLink(q: Q, token: string, now: Date): Promise<StaffIdentity | null> {
  const at = now.toISOString();
  const [used] = await q
    .update(deskSignInLinks)
    .set({ usedAt: at })
    .where(and(eq(deskSignInLinks.id, tokenHash(token)), isNull(deskSignInLinks.usedAt), gt(deskSignInLinks.expiresAt, at)))
    .returning();
  return used ? { platform: used.staffPlatform, id: used.staffId, name: used.staffName } : null;
}

/** Opens a session; returns the cookie's token. */
export async function createSession(q: Q, staff: StaffIdentity, now: Date, validMs: number): Promise<{ token: string; csrf: string }> {
  const token = newToken();
  const csrf = newToken();
  await q.insert(deskSessions).values({
    id: tokenHash(token),
    staffPlatform: staff.platform,
    staffId: staff.id,
    staffName: staff.name,
    csrf,
    createdAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + validMs).toISOString(),
    checkedAt: now.toISOString(),
  });
  return { token, csrf };
}

/** The live session of a cookie token: not revoked, not expired. */
export async function findSession(q: Q, token: string, now: Date): Promise<DeskSession | null> {
  const [row] = await q
    .select()
    .from(deskSessions)
    .where(and(eq(deskSessions.id, tokenHash(token)), isNull(deskSessions.revokedAt), gt(deskSessions.expiresAt, now.toISOString())));
  if (!row) return null;
  return {
    staff: { platform: row.staffPlatform, id: row.staffId, name: row.staffName },
    csrf: row.csrf,
    expiresAt: new Date(row.expiresAt).toISOString(),
    checkedAt: new Date(row.checkedAt).toISOString(),
  };
}

export async function markSessionChecked(q: Q, token: string, now: Date): Promise<void> {
  await q
    .update(deskSessions)
    .set({ checkedAt: now.toISOString() })
    .where(eq(deskSessions.id, tokenHash(token)));
}

export async function revokeSession(q: Q, token: string, now: Date): Promise<void> {
  await q
    .update(deskSessions)
    .set({ revokedAt: now.toISOString() })
    .where(eq(deskSessions.id, tokenHash(token)));
}

/** Ends every session of a staffer (they lost their standing, or an admin signs them out everywhere). */
export async function revokeSessionsOf(q: Q, staff: Pick<StaffIdentity, 'platform' | 'id'>, now: Date): Promise<number> {
  const revoked = await q
    .update(deskSessions)
    .set({ revokedAt: now.toISOString() })
    .where(and(eq(deskSessions.staffPlatform, staff.platform), eq(deskSessions.staffId, staff.id), isNull(deskSessions.revokedAt)))
    .returning({ id: deskSessions.id });
  return revoked.length;
}

export async function auditDesk(
  q: Q,
  entry: { at: Date; staff: Pick<StaffIdentity, 'platform' | 'id'>; action: string; detail?: Record<string, unknown> },
): Promise<void> {
  await q.insert(deskAudit).values({
    at: entry.at.toISOString(),
    staffPlatform: entry.staff.platform,
    staffId: entry.staff.id,
    action: entry.action,
    detail: entry.detail ?? {},
  });
}

export async function deskAuditTrail(q: Q, limit = 100): Promise<Array<{ at: string; staff: string; action: string; detail: unknown }>> {
  const rows = await q
    .select()
    .from(deskAudit)
    .orderBy(sql`${deskAudit.id} desc`)
    .limit(limit);
  return rows.map((r) => ({
    at: new Date(r.at).toISOString(),
    staff: `${r.staffPlatform}:${r.staffId}`,
    action: r.action,
    detail: r.detail,
  }));
}
