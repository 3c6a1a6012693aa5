// Checks a faulted run against the database and the delivery log: every acknowledged event was
// processed once (its audit rows and outbox rows are there, as many as the reference claim wrote,
// from one transaction), one case per customer with one RMA number, every outbox row delivered,
// posted at least once and in order per case. Counts what was lost and what was duplicated.
import { existsSync, readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { pgSql } from '../support/pgSql.ts';
import { APPROVE_STEP, CLAIM_STEPS, customerId, eventAt } from './claimScript.ts';
import { REFERENCE_CUSTOMER, type StepExpectation } from './referenceClaim.ts';

export interface RunCheck {
  /** Acknowledged events whose audit rows, outbox rows or processed-event record are missing. */
  lost: string[];
  /** Events whose effects were written more than once (a second transaction, extra rows, a second case). */
  duplicated: string[];
  /** Anything else that differs from the reference claim. */
  mismatched: string[];
  cases: number;
  rmaNumbers: number;
  outboxRows: number;
  undelivered: number;
  /** Outbox rows the delivery log never saw. */
  neverPosted: number;
  /** Posts beyond the first of a row (at-least-once delivery repeating a row). */
  extraPosts: number;
  /** Cases whose messages reached the log out of order. */
  outOfOrder: string[];
}

interface AuditRow {
  at: Date;
  type: string;
  case_id: number;
  version: number;
  customer: string;
}

/** `acked`: the event ids the platform got an ack for. */
export async function checkRun(options: {
  databaseUrl: string;
  tag: string;
  customers: number;
  expected: readonly StepExpectation[];
  acked: ReadonlySet<string>;
  deliveryLog: string;
}): Promise<RunCheck> {
  const sql = pgSql(options.databaseUrl, { connectTimeoutSeconds: 10 });
  try {
    const audit = await sql<AuditRow[]>`
      select e.at, e.type, e.case_id, e.version, c.customer from case_events e join cases c on c.id = e.case_id
      where c.customer <> ${REFERENCE_CUSTOMER} order by e.id`;
    const outbox = await sql<Array<{ id: string; case_id: number; ref: string; created_at: Date; delivered_at: Date | null }>>`
      select o.id, o.case_id, c.ref, o.created_at, o.delivered_at from outbox o join cases c on c.id = o.case_id
      where c.customer <> ${REFERENCE_CUSTOMER} order by o.id`;
    const processed = new Set(
      (await sql<Array<{ event_id: string }>>`select event_id from processed_events where platform = 'console'`).map((r) => r.event_id),
    );
    const cases = await sql<
      Array<{ customer: string; ref: string; rma: string | null }>
    >`select customer, ref, rma from cases where customer <> ${REFERENCE_CUSTOMER}`;

    const lost: string[] = [];
    const duplicated: string[] = [];
    const mismatched: string[] = [];
    const auditByAt = groupBy(audit, (a) => a.at.getTime());
    const outboxByAt = groupBy(outbox, (o) => o.created_at.getTime());
    const claimed = new Set<number>();

    for (let index = 0; index < options.customers; index++) {
      const customer = customerId(index);
      const mine = cases.filter((c) => c.customer === customer);
      if (mine.length > 1) duplicated.push(`${customer}: ${mine.length} cases (${mine.map((c) => c.ref).join(', ')})`);
      if (mine.length === 0) lost.push(`${customer}: no case`);
      for (let step = 0; step < CLAIM_STEPS.length; step++) {
        const expected = options.expected[step]!;
        const eventId = `${options.tag}-${customer}-${expected.name}`;
        // A second Approve press is 1 ms after the first; together they must do what one press does.
        const times = [Date.parse(eventAt(index, step))];
        if (step === APPROVE_STEP) times.push(times[0]! + 1);
        for (const t of times) claimed.add(t);
        const rows = times.flatMap((t) => auditByAt.get(t) ?? []);
        const messages = times.flatMap((t) => outboxByAt.get(t) ?? []).length;
        const transactions = new Set(rows.map((r) => `${r.case_id}/${r.version}`)).size;
        const types = rows.map((r) => r.type).join(',');
        if (options.acked.has(eventId) && !processed.has(eventId)) lost.push(`${eventId}: acknowledged but not in processed_events`);
        if (rows.length === 0 && expected.audit.length > 0) lost.push(`${eventId}: no audit rows (expected ${expected.audit.join(',')})`);
        else if (transactions > 1 || rows.length > expected.audit.length)
          duplicated.push(`${eventId}: audit ${types} in ${transactions} transaction(s)`);
        else if (types !== expected.audit.join(',')) mismatched.push(`${eventId}: audit ${types}, expected ${expected.audit.join(',')}`);
        if (messages > expected.outbox) duplicated.push(`${eventId}: ${messages} outbox rows, expected ${expected.outbox}`);
        else if (messages < expected.outbox && rows.length > 0)
          lost.push(`${eventId}: ${messages} outbox rows, expected ${expected.outbox}`);
      }
    }
    const stray = audit.filter((a) => !claimed.has(a.at.getTime()));
    if (stray.length > 0)
      mismatched.push(
        `${stray.length} audit row(s) no event accounts for: ${stray
          .slice(0, 5)
          .map((a) => `${a.customer} ${a.type} ${a.at.toISOString()}`)
          .join('; ')}`,
      );
    const rmas = cases.map((c) => c.rma).filter((r): r is string => r !== null);
    if (new Set(rmas).size !== rmas.length) duplicated.push(`an RMA number was issued twice: ${rmas.join(', ')}`);

    // The platform's side: every row posted, in case order; repeats counted.
    const posts = existsSync(options.deliveryLog)
      ? readFileSync(options.deliveryLog, 'utf8')
          .split('\n')
          .filter((l) => l.trim() !== '')
      : [];
    const postCounts = new Map<string, number>();
    const firstPosts: string[] = [];
    for (const line of posts) {
      const id = line.split(' ')[0]!;
      if (!postCounts.has(id)) firstPosts.push(id);
      postCounts.set(id, (postCounts.get(id) ?? 0) + 1);
    }
    const rowIds = new Set(outbox.map((o) => o.id));
    const position = new Map(firstPosts.map((id, i) => [id, i]));
    const outOfOrder: string[] = [];
    for (const [ref, rows] of groupBy(outbox, (o) => o.ref)) {
      const order = rows.map((r) => position.get(r.id)).filter((p): p is number => p !== undefined);
      if (order.some((p, i) => i > 0 && p < order[i - 1]!)) outOfOrder.push(ref);
    }
    let extraPosts = 0;
    for (const [id, count] of postCounts) if (rowIds.has(id)) extraPosts += count - 1;
    return {
      lost,
      duplicated,
      mismatched,
      cases: cases.length,
      rmaNumbers: new Set(rmas).size,
      outboxRows: outbox.length,
      undelivered: outbox.filter((o) => o.delivered_at === null).length,
      neverPosted: outbox.filter((o) => !postCounts.has(o.id)).length,
      extraPosts,
      outOfOrder,
    };
  } finally {
    await sql.end();
  }
}

function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** Waits until every outbox row of the load is delivered (the relays drain it), or the deadline. */
export async function waitForDrain(databaseUrl: string, deadline: number): Promise<number> {
  const sql = pgSql(databaseUrl, { connectTimeoutSeconds: 10 });
  try {
    for (;;) {
      const [row] = await sql<Array<{ n: number }>>`select count(*)::int as n from outbox where delivered_at is null`;
      const pending = row?.n ?? 0;
      if (pending === 0 || Date.now() > deadline) return pending;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  } finally {
    await sql.end();
  }
}

/** What every faulted run must show: nothing lost, nothing doubled, one case and RMA each, all delivered in order. */
export function expectCleanRun(result: RunCheck, customers: number, pending: number): void {
  expect(result.lost).toEqual([]);
  expect(result.duplicated).toEqual([]);
  expect(result.mismatched).toEqual([]);
  expect(result.cases).toBe(customers);
  expect(result.rmaNumbers).toBe(customers);
  expect(pending).toBe(0);
  expect(result.undelivered).toBe(0);
  expect(result.neverPosted).toBe(0);
  expect(result.outOfOrder).toEqual([]);
}
