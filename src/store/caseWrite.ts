// Everything one event changes in a case, written by one statement (data-modifying CTEs): the case
// row (inserted, or updated only if still at the version read), the platform event id it claims, the
// audit rows, the case's pending timers, the attachments with their evidence rows, and the outbox
// rows. One statement is atomic on its own, so an event on an existing case needs no transaction: one
// round trip instead of ten. If the case moved on since it was read, nothing is written; if the event
// id was claimed before (a replay), the statement fails on the claim and nothing is written either.
import type { NewAttachment, NewCase } from './rows.ts';
import { runStatement, violatesUnique, type Statement } from './rawStatement.ts';
import type { Q } from './database.ts';

type CaseValues = Pick<NewCase, 'state' | 'snapshot' | 'orderNumber' | 'rma' | 'updatedAt' | 'closedAt' | 'lastCustomerAt' | 'stateSince'>;

export interface CaseWrite {
  /** An update of the case as read (checked against its version), or a new case. */
  target:
    | { kind: 'update'; id: number; version: number }
    | { kind: 'insert'; values: Pick<NewCase, 'ref' | 'platform' | 'customer' | 'thread' | 'machineVersion' | 'openedAt'> };
  values: CaseValues;
  /** The platform event this write claims; null when it was claimed already (or there is none). */
  claim: { platform: string; eventId: string } | null;
  audit: Array<{
    at: string;
    actorKind: string;
    actorId: string;
    type: string;
    data: unknown;
    stateBefore: string | null;
    stateAfter: string;
  }>;
  /** The case's pending timers from now on; null leaves them as they are. */
  timers: Array<{ kind: string; dueAt: string }> | null;
  /** Files posted with the event; `evidence` ones are also queued for the evidence vault. */
  files: Array<Omit<NewAttachment, 'id' | 'caseId'> & { evidence: boolean }>;
  outbox: { platform: string; createdAt: string; payloads: unknown[] };
}

export type CaseWriteResult =
  | { written: true; id: number; version: number; outboxIds: number[]; attachmentIds: number[] }
  /** The case changed since it was read: read it again and retry. */
  | { written: false; conflict: true }
  /** The event id was claimed before: a replay. */
  | { written: false; duplicate: true };

/** The statement's shape: which of its parts this write has (each shape is one prepared statement). */
interface Shape {
  insert: boolean;
  claim: boolean;
  timers: boolean;
  files: boolean;
  outbox: boolean;
}

const statements = new Map<string, Statement>();

function statementFor(shape: Shape): Statement {
  const name = `rma_case_write_${Object.values(shape)
    .map((on) => (on ? '1' : '0'))
    .join('')}`;
  let statement = statements.get(name);
  if (!statement) statements.set(name, (statement = { name, text: statementText(shape) }));
  return statement;
}

// Parameters: $1-$8 the case values; $9-$10 the update's id and version, or $9-$14 the new case's
// identity; then the claim, audit, timers, files and outbox, in that order, each as one JSON array.
const CASE_VALUES = `state = $1, snapshot = $2::jsonb, order_number = $3, rma = $4, updated_at = $5::timestamptz,
  closed_at = $6::timestamptz, last_customer_at = $7::timestamptz, state_since = $8::timestamptz`;

function statementText(shape: Shape): string {
  let n = shape.insert ? 14 : 10;
  const next = () => `$${++n}`;
  const parts: string[] = [];
  parts.push(
    shape.insert
      ? `c as (insert into cases (state, snapshot, order_number, rma, updated_at, closed_at, last_customer_at, state_since,
          ref, platform, customer, thread, machine_version, opened_at)
        values ($1, $2::jsonb, $3, $4, $5::timestamptz, $6::timestamptz, $7::timestamptz, $8::timestamptz,
          $9, $10, $11, $12, $13::int, $14::timestamptz)
        returning id, version)`
      : `c as (update cases set ${CASE_VALUES}, version = version + 1 where id = $9 and version = $10 returning id, version)`,
  );
  if (shape.claim) parts.push(`claim as (insert into processed_events (platform, event_id) select ${next()}, ${next()} from c)`);
  parts.push(`audit as (insert into case_events (case_id, at, actor_kind, actor_id, type, data, state_before, state_after, version)
    select c.id, (e.j->>'at')::timestamptz, e.j->>'actorKind', e.j->>'actorId', e.j->>'type', e.j->'data',
      e.j->>'stateBefore', e.j->>'stateAfter', c.version
    from c, jsonb_array_elements(${next()}::jsonb) with ordinality as e(j, n) order by e.n)`);
  if (shape.timers) {
    parts.push(
      `wanted as (select e->>'kind' as kind, (e->>'dueAt')::timestamptz as due_at from jsonb_array_elements(${next()}::jsonb) as e)`,
      // Pending timers no longer wanted go; wanted ones not pending come (one that fired stays fired).
      `stale as (delete from timers t using c where t.case_id = c.id and t.fired_at is null
        and not exists (select 1 from wanted w where w.kind = t.kind and w.due_at = t.due_at))`,
      `fresh as (insert into timers (case_id, kind, due_at) select c.id, w.kind, w.due_at from c, wanted w on conflict do nothing)`,
    );
  }
  if (shape.files) {
    parts.push(
      // Ids drawn first, so each evidence row can name its attachment.
      `files as materialized (select nextval(pg_get_serial_sequence('attachments', 'id'))::int as id, c.id as case_id, e.j, e.n
        from c, jsonb_array_elements(${next()}::jsonb) with ordinality as e(j, n))`,
      `attached as (insert into attachments (id, case_id, platform, file_id, name, type, size, url, purpose, posted_by, at)
        select id, case_id, j->>'platform', j->>'fileId', j->>'name', j->>'type', (j->>'size')::int, j->>'url', j->>'purpose',
          j->>'postedBy', (j->>'at')::timestamptz
        from files order by n)`,
      `vaulted as (insert into evidence (case_id, attachment_id, platform, file_id, url, name, claimed_type, claimed_size, purpose, created_at)
        select case_id, id, j->>'platform', j->>'fileId', j->>'url', j->>'name', j->>'type', (j->>'size')::int, j->>'purpose',
          (j->>'at')::timestamptz
        from files where (j->>'evidence')::boolean order by n)`,
    );
  }
  if (shape.outbox) {
    const platform = next();
    const createdAt = next();
    // Each row notes the case version of its write, so that the web desk's transcript places it after that write's events.
    parts.push(`sent as (insert into outbox (case_id, platform, payload, created_at)
      select c.id, ${platform}, e.j || jsonb_build_object('caseVersion', c.version), ${createdAt}::timestamptz from c, jsonb_array_elements(${next()}::jsonb) with ordinality as e(j, n)
      order by e.n returning id)`);
  }
  const outboxIds = shape.outbox ? `(select array_agg(id order by id) from sent)` : `null::bigint[]`;
  const attachmentIds = shape.files ? `(select array_agg(id order by n) from files)` : `null::int[]`;
  return `with ${parts.join(',\n')}\nselect c.id, c.version, ${outboxIds} as outbox_ids, ${attachmentIds} as attachment_ids from c`;
}

const CLAIM_KEY = 'processed_events_platform_event_id_pk';

export async function writeCase(q: Q, write: CaseWrite): Promise<CaseWriteResult> {
  const { target, values } = write;
  const shape: Shape = {
    insert: target.kind === 'insert',
    claim: write.claim !== null,
    timers: write.timers !== null,
    files: write.files.length > 0,
    outbox: write.outbox.payloads.length > 0,
  };
  const params: unknown[] = [
    values.state,
    JSON.stringify(values.snapshot),
    values.orderNumber ?? null,
    values.rma ?? null,
    values.updatedAt,
    values.closedAt ?? null,
    values.lastCustomerAt ?? null,
    values.stateSince ?? null,
  ];
  if (target.kind === 'insert') {
    const v = target.values;
    params.push(v.ref, v.platform, v.customer, v.thread ?? null, v.machineVersion, v.openedAt);
  } else {
    params.push(target.id, target.version);
  }
  if (write.claim) params.push(write.claim.platform, write.claim.eventId);
  params.push(JSON.stringify(write.audit));
  if (write.timers) params.push(JSON.stringify(write.timers));
  if (shape.files) params.push(JSON.stringify(write.files));
  if (shape.outbox) params.push(write.outbox.platform, write.outbox.createdAt, JSON.stringify(write.outbox.payloads));
  let rows;
  try {
    rows = await runStatement(q, statementFor(shape), params);
  } catch (error) {
    if (violatesUnique(error, CLAIM_KEY)) return { written: false, duplicate: true };
    throw error;
  }
  const [row] = rows;
  if (!row) return { written: false, conflict: true };
  return {
    written: true,
    id: Number(row.id),
    version: Number(row.version),
    outboxIds: ((row.outbox_ids as unknown[] | null) ?? []).map(Number),
    attachmentIds: ((row.attachment_ids as unknown[] | null) ?? []).map(Number),
  };
}
