// The lease that goes with a role's advisory lock (see src/service/leadership.ts), as SQL run on the
// lock's own connection. Times come from the database's clock, so the processes' clocks never meet.
import type pg from 'pg';

/**
 * Takes or renews the lease of `name` for `holder`, `ms` from the database's now. Returns the new
 * expiry (the database's text for it) when held, or how many milliseconds another holder's lease
 * still runs.
 */
export async function holdLease(
  client: pg.ClientBase,
  name: string,
  holder: string,
  ms: number,
): Promise<{ until: string } | { waitMs: number }> {
  const taken = await client.query<{ until: string }>(
    `insert into role_leases as l (name, holder, expires_at) values ($1, $2, now() + $3 * interval '1 millisecond')
     on conflict (name) do update set holder = excluded.holder, expires_at = excluded.expires_at
     where l.holder = excluded.holder or l.expires_at <= now()
     returning expires_at::text as until`,
    [name, holder, ms],
  );
  if (taken.rows[0]) return { until: taken.rows[0].until };
  const left = await client.query<{ ms: number }>(
    `select greatest(1, ceil(extract(epoch from expires_at - now()) * 1000))::int as ms from role_leases where name = $1`,
    [name],
  );
  return { waitMs: left.rows[0]?.ms ?? 1 }; // the row went meanwhile: ask again
}

/**
 * Ends the lease as its holder last renewed it (a clean stop, or after the lock's connection died),
 * so that the next holder need not wait it out. Never a later renewal: a delete that arrives late
 * cannot end a lease this process has taken again since.
 */
export const END_LEASE_SQL = 'delete from role_leases where name = $1 and holder = $2 and expires_at = $3::timestamptz';

/**
 * Session settings for a connection that holds a leased lock. If the holder goes silent (a network
 * partition, a frozen process) the server ends the session, and frees the lock, about one lease
 * after the last renewal: by then the holder has stopped the role on its own. `idle_session_timeout`
 * exists from PostgreSQL 14; the TCP settings cover older servers, later (about twice the lease).
 */
export async function fenceSession(client: pg.ClientBase, leaseMs: number): Promise<void> {
  const seconds = Math.max(1, Math.ceil(leaseMs / 1000));
  const settings: Array<[string, string]> = [
    ['statement_timeout', String(Math.ceil(leaseMs / 3))],
    ['tcp_keepalives_idle', String(seconds)],
    ['tcp_keepalives_interval', String(Math.max(1, Math.ceil(seconds / 3)))],
    ['tcp_keepalives_count', '3'],
    ['tcp_user_timeout', String(leaseMs)],
    ['idle_session_timeout', String(leaseMs)],
  ];
  for (const [name, value] of settings) {
    // A setting this server does not know (an older version) is skipped.
    await client.query(`select set_config($1, $2, false)`, [name, value]).catch(() => undefined);
  }
}
