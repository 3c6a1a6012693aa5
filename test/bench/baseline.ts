// Part 2: the same database work per event as the case service does, in plain SQL through the same
// driver, with no machine and no ORM. A write event is one transaction: lock the case row (reading
// its snapshot), update the snapshot, insert the audit row, insert the outbox row; the first event
// inserts the case instead of locking it. A read event (/rma show) reads the case row. The rows
// written are the real case's, step by step (see caseTemplate.ts), so their sizes match.
import { EVENTS_PER_CASE, PLATFORM } from './caseScript.ts';
import { driveCases, type DriveResult, type EventRunner } from './caseDriver.ts';
import { personalize, type CaseTemplate } from './caseTemplate.ts';
import { freshBenchDatabase, type DbKind } from './databases.ts';
import { loadOrders, openBenchApp } from './benchApp.ts';
import { warmupCustomers, type CaseRunOptions } from './caseEvents.ts';
import { phase } from './progress.ts';
import { openRawSql, type RawQuery } from './rawSql.ts';

const INSERT_CASE = `insert into cases (ref, platform, customer, thread, state, order_number, rma, snapshot, machine_version, opened_at, updated_at, last_customer_at, state_since)
  values ($1, $2, $3, $4, $5, $6, $7, $8::text::jsonb, 1, $9, $9, $9, $9) returning id`;
const LOCK_CASE = 'select id, version, snapshot from cases where ref = $1 for update';
const UPDATE_CASE =
  'update cases set state = $2, snapshot = $3::text::jsonb, order_number = $4, rma = $5, version = version + 1, updated_at = $6 where id = $1';
const INSERT_AUDIT = `insert into case_events (case_id, at, actor_kind, actor_id, type, data, state_before, state_after, version)
  values ($1, $2, $3, $4, $5, $6::text::jsonb, $7, $8, $9)`;
const INSERT_OUTBOX = 'insert into outbox (case_id, platform, payload, created_at) values ($1, $2, $3::text::jsonb, $4) returning id';
const READ_CASE = 'select * from cases where ref = $1';

export async function runBaseline(options: CaseRunOptions & { template: CaseTemplate }): Promise<DriveResult> {
  const { kind, customers, concurrency, template } = options;
  const warmup = warmupCustomers(customers, concurrency);
  const database = await freshBenchDatabase(kind, `base_c${concurrency}`);
  try {
    // The same migrated schema (and orders) as the service's runs.
    const app = await openBenchApp(database.url);
    await loadOrders(app, customers + warmup);
    await app.close();
    const sql = await openRawSql(kind as DbKind, database.url);
    try {
      const execute: EventRunner = async (step, i, index, ref) => {
        const t = template.steps[i]!;
        const inbound = step.inbound(ref);
        if (t.kind === 'read') {
          const [row] = await sql.query(READ_CASE, [ref]);
          return { ref, ok: row !== undefined };
        }
        const rma = `RMA-26-${String(index).padStart(6, '0')}`;
        return sql.transaction(async (tx: RawQuery) => {
          let id: number;
          let version = 1;
          let caseRef = ref;
          if (!ref) {
            const [seq] = await tx.query("select nextval('case_ref_seq') as n");
            caseRef = `C-${String(seq?.n)}`;
            const snapshot = personalize(t.snapshot, template, { ref: caseRef, rma, customer: inbound.user });
            const [row] = await tx.query(INSERT_CASE, [
              caseRef,
              PLATFORM,
              inbound.user,
              inbound.thread,
              t.state,
              t.orderNumber,
              t.rma ? rma : null,
              snapshot,
              inbound.at,
            ]);
            id = Number(row?.id);
          } else {
            const [row] = await tx.query(LOCK_CASE, [ref]);
            if (!row) return { ref, ok: false, error: `no case ${ref}` };
            id = Number(row.id);
            version = Number(row.version) + 1;
            const snapshot = personalize(t.snapshot, template, { ref, rma, customer: inbound.user });
            await tx.query(UPDATE_CASE, [id, t.state, snapshot, t.orderNumber, t.rma ? rma : null, inbound.at]);
          }
          const audit = t.audit.at(-1);
          await tx.query(INSERT_AUDIT, [
            id,
            inbound.at,
            audit?.actorKind ?? 'customer',
            inbound.user,
            audit?.type ?? 'customer.said',
            audit?.data ?? '{}',
            audit?.stateBefore ?? null,
            t.state,
            version,
          ]);
          const payload = t.outbox[0];
          if (payload !== undefined)
            await tx.query(INSERT_OUTBOX, [
              id,
              PLATFORM,
              personalize(payload, template, { ref: caseRef, rma, customer: inbound.user }),
              inbound.at,
            ]);
          return { ref: caseRef, ok: true };
        });
      };
      await driveCases({ run: 'w', from: customers, customers: warmup, concurrency, execute, timeLimitMs: options.timeLimitMs });
      const bar = phase(`baseline   ${kind} c=${concurrency}`, customers * EVENTS_PER_CASE, 'events');
      try {
        return await driveCases({
          run: 'm',
          from: 0,
          customers,
          concurrency,
          execute,
          onCaseDone: () => bar.increment(EVENTS_PER_CASE),
          timeLimitMs: options.timeLimitMs,
        });
      } finally {
        bar.stop();
      }
    } finally {
      await sql.close();
    }
  } finally {
    await database.drop();
  }
}
