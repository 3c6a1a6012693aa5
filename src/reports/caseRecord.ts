// One case as a flat record: the row of `cases export`, in the names the JSON-lines contract uses.
import { CASE_STATES } from '../case/caseState.ts';
import type { CaseContext } from '../case/types.ts';
import { coveredCents, pendingCents } from '../policy/costs.ts';
import type { CaseEventRow, CaseRow, EvidenceRow } from '../store/rows.ts';
import { secondsInStates } from './stateDurations.ts';
import { unitRecord, unitsOf } from '../case/units.ts';

export interface CaseRecord {
  ref: string;
  platform: string;
  customer: string;
  order: string | null;
  part_number: string | null;
  serial_number: string | null;
  kind: 'doa' | 'warranty' | null;
  state: string;
  rma: string | null;
  tracking: string | null;
  resolution: string | null;
  reasons: string[];
  flags: string[];
  /** The cost cap that applied to this case (its policy when it opened). */
  cap_cents: number;
  /** Every shipping, duty and tax cost recorded. */
  cost_cents: number;
  /** What the seller covers: up to the cap, plus what was approved above it in writing. */
  covered_cents: number;
  /** Above the cap and still waiting for written approval. */
  pending_cents: number;
  /** Above the cap, approved or pending. */
  over_cap_cents: number;
  opened_at: string;
  closed_at: string | null;
  /** Whole seconds in each state; the current state runs to the export's `now`. */
  seconds_in_state: Record<string, number>;
  /** Where the stored copies of the case's files are: evidence store keys (`sha256/…`), once each, in posting order. */
  evidence_keys: string[];
  /** Files posted but not copied into the evidence vault yet. */
  evidence_pending: number;
  /** Files the evidence vault gave up copying (see `cases evidence REF`); refused files are not counted. */
  evidence_failed: number;
  /** The claim's units (issue 20): one for a one-unit claim, as in `chat --jsonl`'s case line. */
  units: Array<Record<string, unknown>>;
  unit_count: number;
  units_approved: number;
}

/** The columns of the CSV export, in order; `*_seconds` columns are one per case state. */
export const CSV_COLUMNS = [
  'ref',
  'platform',
  'customer',
  'order',
  'part_number',
  'serial_number',
  'kind',
  'state',
  'rma',
  'tracking',
  'resolution',
  'reasons',
  'flags',
  'cap_cents',
  'cost_cents',
  'covered_cents',
  'pending_cents',
  'over_cap_cents',
  'opened_at',
  'closed_at',
  ...CASE_STATES.map((s) => `${s}_seconds`),
  'evidence_keys',
  'evidence_pending',
  'evidence_failed',
  'unit_count',
  'units_approved',
  'unit_serials',
] as const;

export function caseRecord(
  row: CaseRow,
  c: CaseContext,
  events: readonly CaseEventRow[],
  evidence: readonly EvidenceRow[],
  now: string,
): CaseRecord {
  const pending = pendingCents(c.costs);
  const units = unitsOf(c);
  return {
    ref: row.ref,
    platform: row.platform,
    customer: row.customer,
    order: c.orderNumber,
    part_number: c.item?.partNumber ?? null,
    serial_number: c.item?.serialNumber ?? c.serialGiven,
    kind: c.kind,
    state: row.state,
    rma: c.rma,
    tracking: c.tracking,
    resolution: c.resolution,
    reasons: [...c.reasons],
    flags: [...new Set(c.flags.map((f) => f.code))],
    cap_cents: c.policy.costCapCents,
    cost_cents: c.costs.reduce((sum, line) => sum + line.cents, 0),
    covered_cents: coveredCents(c.costs),
    pending_cents: pending,
    over_cap_cents: c.costs.reduce((sum, line) => sum + line.approvedCents, 0) + pending,
    opened_at: row.openedAt,
    closed_at: row.closedAt,
    seconds_in_state: secondsInStates(
      events.map((e) => ({ at: e.at, stateAfter: e.stateAfter })),
      now,
    ),
    evidence_keys: [...new Set(evidence.flatMap((e) => (e.status === 'stored' && e.storageKey ? [e.storageKey] : [])))],
    evidence_pending: evidence.filter((e) => e.status === 'pending').length,
    evidence_failed: evidence.filter((e) => e.status === 'failed').length,
    units: units.map(unitRecord),
    unit_count: units.length,
    units_approved: units.filter((u) => u.outcome.decision === 'approved').length,
  };
}

/** The record as one CSV line's values, in CSV_COLUMNS order; lists are space-separated. */
export function csvValues(r: CaseRecord): Array<string | number | null> {
  return [
    r.ref,
    r.platform,
    r.customer,
    r.order,
    r.part_number,
    r.serial_number,
    r.kind,
    r.state,
    r.rma,
    r.tracking,
    r.resolution,
    r.reasons.join(' '),
    r.flags.join(' '),
    r.cap_cents,
    r.cost_cents,
    r.covered_cents,
    r.pending_cents,
    r.over_cap_cents,
    r.opened_at,
    r.closed_at,
    ...CASE_STATES.map((s) => r.seconds_in_state[s] ?? 0),
    r.evidence_keys.join(' '),
    r.evidence_pending,
    r.evidence_failed,
    r.unit_count,
    r.units_approved,
    r.units.map((u) => u.serial_number ?? '').join(' '),
  ];
}
