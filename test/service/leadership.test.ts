import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { leadRole, type Leadership } from '../../src/service/leadership.ts';
import type { Database } from '../../src/store/database.ts';
import { migrate, openDatabase } from '../../src/store/db.ts';
import { pgSql } from '../support/pgSql.ts';
import { silentProxy } from '../support/silentProxy.ts';
import { freshDatabaseUrl, usingPostgres, type TestDatabaseUrl } from '../support/testDb.ts';

const KEY = 'rma-desk:discord-gateway:test';

/** Starts of a role while another process ran it. */
let overlaps = 0;
const runningRoles = new Set<string>();

/** A role that records whether it runs, as the Discord gateway would. */
function recordingRole(name: string, log: string[]) {
  let running = false;
  const times = { startedAt: 0, stoppedAt: 0 };
  return {
    running: () => running,
    times,
    role: {
      start: async () => {
        if (runningRoles.size > 0) overlaps++;
        runningRoles.add(name);
        running = true;
        times.startedAt = Date.now();
        log.push(`${name} start`);
      },
      stop: async () => {
        runningRoles.delete(name);
        running = false;
        times.stoppedAt = Date.now();
        log.push(`${name} stop`);
      },
    },
  };
}

async function until(check: () => boolean, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('one holder of the Discord gateway across processes', () => {
  let target: TestDatabaseUrl;
  let a: Database;
  let b: Database;
  const leaders: Leadership[] = [];
  beforeEach(async () => {
    overlaps = 0;
    runningRoles.clear();
    target = await freshDatabaseUrl();
    a = await openDatabase(target.url);
    await migrate(a);
    // Two connections pools stand for two bot processes (PGlite: one process, one pool).
    b = usingPostgres ? await openDatabase(target.url) : a;
  });
  afterEach(async () => {
    for (const leader of leaders.splice(0)) await leader.stop();
    await a.close();
    if (b !== a) await b.close();
    await target.drop();
  });

  /** Process a takes the role, then process b asks for it. */
  async function twoContenders() {
    const log: string[] = [];
    const one = recordingRole('a', log);
    const two = recordingRole('b', log);
    const first = leadRole(a, KEY, one.role, { pollMs: 50, takeoverMs: 500 });
    leaders.push(first);
    await first.acquired;
    const second = leadRole(b, KEY, two.role, { pollMs: 50, takeoverMs: 500 });
    leaders.push(second);
    return { log, one, two, first, second };
  }

  it('gives the role to one process, and to the other once the first lets go', async () => {
    const { log, one, two, first, second } = await twoContenders();
    await new Promise((r) => setTimeout(r, 300));
    expect(two.running()).toBe(false);
    expect(second.leading()).toBe(false);
    await first.stop();
    expect(one.running()).toBe(false);
    await second.acquired;
    expect(two.running()).toBe(true);
    expect(log).toEqual(['a start', 'a stop', 'b start']);
  });

  it.skipIf(!usingPostgres)('stops the role when its lock connection dies, and the other process takes over', async () => {
    const { log, one, two, first, second } = await twoContenders();
    // What a PostgreSQL restart does to the holder's session: the server ends it, and the lock with it.
    const admin = pgSql(target.url);
    try {
      const killed = await admin<
        Array<{ ok: boolean }>
      >`select pg_terminate_backend(pid) as ok from pg_locks where locktype = 'advisory' and granted and database = (select oid from pg_database where datname = current_database())`;
      expect(killed).toEqual([{ ok: true }]);
    } finally {
      await admin.end();
    }
    // Whichever process takes the role next, the holder stopped it first, and only one runs it.
    await until(() => log.length >= 3);
    expect(log.slice(0, 2)).toEqual(['a start', 'a stop']);
    expect(one.running() !== two.running()).toBe(true);
    expect(first.leading() || second.leading()).toBe(true);
    expect(overlaps).toBe(0);
  });

  it.skipIf(!usingPostgres)(
    'a holder cut off without a word stops the role within its lease, and the other takes over once that lease ran out',
    async () => {
      const LEASE_MS = 1_500;
      const timing = { pollMs: 50, takeoverMs: 200, leaseMs: LEASE_MS };
      // Process a reaches the database through a proxy that will go silent: a network partition.
      const proxy = await silentProxy(target.url);
      const cutOff = await openDatabase(proxy.url);
      const admin = pgSql(target.url);
      const log: string[] = [];
      const one = recordingRole('a', log);
      const two = recordingRole('b', log);
      const first = leadRole(cutOff, KEY, one.role, timing);
      try {
        await first.acquired;
        leaders.push(leadRole(b, KEY, two.role, timing));
        await new Promise((r) => setTimeout(r, LEASE_MS)); // a renews its lease meanwhile
        expect(two.running()).toBe(false);

        proxy.silence();
        const silentAt = Date.now();
        // When a's lease runs out, on the database's clock, mapped onto this one.
        const [lease] = await admin<
          Array<{ left: number }>
        >`select (extract(epoch from expires_at - now()) * 1000)::int as left from role_leases where name = ${KEY}`;
        const leaseEndsAt = Date.now() + (lease?.left ?? 0);

        // a hears nothing, yet stops on its own before its lease ends: never two gateways.
        await until(() => !one.running(), 4 * LEASE_MS);
        expect(one.times.stoppedAt - silentAt).toBeLessThanOrEqual(LEASE_MS);
        expect(lease).toBeDefined();
        expect(one.times.stoppedAt).toBeLessThan(leaseEndsAt);
        // b takes over, but not before a's lease ran out.
        await until(() => two.running(), 10 * LEASE_MS);
        expect(two.times.startedAt).toBeGreaterThanOrEqual(leaseEndsAt);
        expect(log).toEqual(['a start', 'a stop', 'b start']);
        expect(overlaps).toBe(0);
      } finally {
        await admin.end();
        await proxy.close(); // a's connections fail at last, so that it can stop
        await first.stop();
        await cutOff.close();
      }
    },
    20_000,
  );
});
