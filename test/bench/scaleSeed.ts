// Fills a database with `count` stored cases the fast way: one INSERT … SELECT over generate_series
// per batch, copying the real template case (caseTemplate.ts) at the step each case has reached, with
// its own reference, customer and RMA number: the case row and snapshot, its audit trail, its outbox
// rows (delivered), its attachments and the platform event ids it claimed. Most cases are closed
// (resolved); one in twenty is open, spread over review, awaiting_return, in_transit, intake and
// inspection. Opening times are spread over the past year and more, six minutes apart. Each case claims
// an item of its own serial; one in seven asked for a person.
import { CASE_MACHINE_VERSION } from '../../src/case/caseMachine.ts';
import type { CaseTemplate, StepTemplate } from './caseTemplate.ts';
import type { RawSql } from './rawSql.ts';

/** Which step of the template a case stops at, by `n % 100`; the rest are resolved (the last step). */
const OPEN_STEPS: Record<number, number> = { 0: 11, 1: 13, 2: 15, 3: 3, 4: 17 };
export const OPEN_SHARE = Object.keys(OPEN_STEPS).length / 100;

export const SCALE_PLATFORM = 'slack';
const FIRST_OPENED = '2025-06-01T00:00:00Z';

function rowsUpTo(template: CaseTemplate, last: number) {
  const steps = template.steps.slice(0, last + 1);
  const audit = steps.flatMap((s: StepTemplate, i) =>
    s.audit.map((a) => ({
      minutes: s.minutes,
      actor_kind: a.actorKind,
      actor_id: a.actorId,
      type: a.type,
      data: JSON.parse(a.data) as unknown,
      state_before: a.stateBefore,
      state_after: a.stateAfter,
      version: i + 1,
    })),
  );
  const outbox = steps.flatMap((s) => s.outbox.map((payload) => ({ minutes: s.minutes, payload })));
  const files = steps.flatMap((s) =>
    s.attachments.map((f) => ({
      minutes: s.minutes,
      file_id: f.fileId,
      name: f.name,
      type: f.type,
      size: f.size,
      purpose: f.purpose,
      posted_by: f.postedBy,
    })),
  );
  return { step: template.steps[last]!, audit, outbox, files, events: last + 1 };
}

/** The serial each seeded case claims (its own, as customers' items have): `FNS20000001` for case 1. */
export function scaleSerial(n: number): string {
  return `FNS${20_000_000 + n}`;
}
/** One open case in FLAGGED_EVERY asked for a person (a `human_requested` flag), for the desk's flag filter. */
export const FLAGGED_EVERY = 7;

// The template's snapshot made the case's own: its ref, RMA number, customer and serial; every
// FLAGGED_EVERY-th case with a human_requested flag.
const SNAPSHOT = `(select case when n % ${FLAGGED_EVERY} = 0
      then jsonb_set(s, '{context,flags}', coalesce(s #> '{context,flags}', '[]'::jsonb)
        || jsonb_build_array(jsonb_build_object('code', 'human_requested', 'detail', 'asked for a person', 'at', timestamptz '${FIRST_OPENED}' + n * interval '6 minutes')))
      else s end
    from (select replace(replace(replace(replace($5::text, $13::text, 'C-' || (1000 + n)), $14::text, 'RMA-25-' || lpad(n::text, 6, '0')), $15::text, 'USCALE' || n),
      $17::text, 'FNS' || (20000000 + n))::jsonb as s) as t)`;

// $1 from, $2 to, $3 group filter ('open' group number or -1 for the closed rest), $4 state, $5 snapshot text,
// $6 has rma, $7 version, $8 minutes to the last update, $9 audit json, $10 outbox json, $11 files json,
// $12 events per case, $13 template ref, $14 template rma, $15 template customer, $16 closed, $17 template serial.
const SEED = `
with inserted as (
  insert into cases (ref, platform, customer, thread, state, order_number, rma, snapshot, machine_version, version, opened_at, updated_at, closed_at, last_customer_at, state_since)
  select 'C-' || (1000 + n), '${SCALE_PLATFORM}', 'USCALE' || n, 'C0SUPPORT:1700000000.' || lpad(n::text, 6, '0'), $4,
    (600000 + n)::text,
    case when $6 then 'RMA-25-' || lpad(n::text, 6, '0') end,
    ${SNAPSHOT},
    ${CASE_MACHINE_VERSION}, $7,
    timestamptz '${FIRST_OPENED}' + n * interval '6 minutes',
    timestamptz '${FIRST_OPENED}' + n * interval '6 minutes' + $8 * interval '1 minute',
    case when $16 then timestamptz '${FIRST_OPENED}' + n * interval '6 minutes' + $8 * interval '1 minute' end,
    timestamptz '${FIRST_OPENED}' + n * interval '6 minutes' + $8 * interval '1 minute',
    timestamptz '${FIRST_OPENED}' + n * interval '6 minutes' + $8 * interval '1 minute'
  from generate_series($1::int, $2::int) as n
  where case when $3::int >= 0 then n % 100 = $3::int else n % 100 >= ${Object.keys(OPEN_STEPS).length} end
  returning id, ref, customer, rma, opened_at
),
audit as (
  insert into case_events (case_id, at, actor_kind, actor_id, type, data, state_before, state_after, version)
  select i.id, i.opened_at + e.minutes * interval '1 minute', e.actor_kind, case when e.actor_kind = 'customer' then i.customer else e.actor_id end,
    e.type, e.data, e.state_before, e.state_after, e.version
  from inserted i cross join jsonb_to_recordset($9::text::jsonb) as e(minutes int, actor_kind text, actor_id text, type text, data jsonb, state_before text, state_after text, version int)
),
sent as (
  insert into outbox (case_id, platform, payload, created_at, delivered_at, attempts)
  select i.id, '${SCALE_PLATFORM}', replace(replace(replace(o.payload, $13::text, i.ref), $14::text, coalesce(i.rma, $14::text)), $15::text, i.customer)::jsonb,
    i.opened_at + o.minutes * interval '1 minute', i.opened_at + o.minutes * interval '1 minute', 1
  from inserted i cross join jsonb_to_recordset($10::text::jsonb) as o(minutes int, payload text)
),
files as (
  insert into attachments (case_id, platform, file_id, name, type, size, url, purpose, posted_by, at)
  select i.id, '${SCALE_PLATFORM}', f.file_id || '-' || i.id, f.name, f.type, f.size, null, f.purpose, case when f.posted_by like 'U%' then i.customer else f.posted_by end,
    i.opened_at + f.minutes * interval '1 minute'
  from inserted i cross join jsonb_to_recordset($11::text::jsonb) as f(minutes int, file_id text, name text, type text, size int, purpose text, posted_by text)
)
insert into processed_events (platform, event_id, at)
select '${SCALE_PLATFORM}', 'EvScale' || i.id || '-' || k, i.opened_at from inserted i cross join generate_series(1, $12::int) as k`;

/** Seeds cases `1 … count` in batches; calls `progress` with the cases done so far. */
export async function seedCases(sql: RawSql, template: CaseTemplate, count: number, progress: (done: number) => void): Promise<void> {
  const groups = [
    ...Object.entries(OPEN_STEPS).map(([g, step]) => ({ group: Number(g), step })),
    { group: -1, step: template.steps.length - 1 },
  ];
  const prepared = groups.map(({ group, step }) => ({ group, ...rowsUpTo(template, step) }));
  const serial = (JSON.parse(template.steps.at(-1)!.snapshot) as { context: { item: { serialNumber: string } | null } }).context.item
    ?.serialNumber;
  if (!serial) throw new Error('the template case has no claimed item');
  const batch = 5_000;
  for (let from = 1; from <= count; from += batch) {
    const to = Math.min(count, from + batch - 1);
    await sql.transaction(async (tx) => {
      for (const g of prepared) {
        const closed = ['resolved', 'declined', 'cancelled'].includes(g.step.state);
        await tx.query(SEED, [
          from,
          to,
          g.group,
          g.step.state,
          g.step.snapshot,
          g.step.rma !== null,
          g.step.version,
          g.step.minutes,
          JSON.stringify(g.audit),
          JSON.stringify(g.outbox),
          JSON.stringify(g.files),
          g.events,
          template.ref,
          template.rma,
          template.customer,
          closed,
          serial,
        ]);
      }
    });
    progress(to);
  }
  // New cases and RMA numbers continue after the seeded ones.
  await sql.query(`select setval('case_ref_seq', ${1000 + count}), setval('rma_seq', ${count})`);
  await sql.query('analyze');
}
