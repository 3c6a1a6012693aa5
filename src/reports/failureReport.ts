// `rma-desk report`: which part numbers fail. Per part number, the units sold (order items), the DOA
// and warranty cases, the return rate, the most common fault flags, how long resolution takes, and
// what shipping cost.
import { count, gte, min } from 'drizzle-orm';
import type { ClaimKind } from '../case/types.ts';
import { unitsOf, type UnitView } from '../case/units.ts';
import type { Db, Tx } from '../store/database.ts';
import { orderItems } from '../store/schema.ts';
import { consistentRead, loadCases, type LoadedCase } from './caseQuery.ts';
import { parseSince } from './reportInput.ts';

/** Flags about the fault itself (the policy's exclusions and compatibility rule), counted by their detail. */
const FAULT_FLAG_CODES: ReadonlySet<string> = new Set(['damage_reported', 'compatibility_claim']);
const TOP_FLAGS = 3;
const DAY_MS = 86_400_000;

export interface FlagCount {
  /** The flag's detail, e.g. `vendor_lock`, `liquid`, `physical_damage`. */
  flag: string;
  cases: number;
}

export interface PartFailures {
  partNumber: string;
  description: string;
  /** Order items of this part number (delivered on or after `since` when given). */
  unitsSold: number;
  /** Units of this part claimed as DOA: a claim for several units counts each of its units (issue 20). */
  doaCases: number;
  warrantyCases: number;
  /** Units of this part claimed that are neither: outside the window, non-returnable, or no delivery date on record. */
  otherCases: number;
  /** (DOA + warranty units claimed) / units sold; null when no units were sold. */
  returnRate: number | null;
  /** Units of this part approved for return under an RMA. */
  rmaIssued: number;
  topFaultFlags: FlagCount[];
  resolvedCases: number;
  /** Median of opening to resolution over resolved cases, in days; null when none is resolved. */
  medianDaysToResolution: number | null;
  /** All shipping, duty and tax costs recorded on the part's cases. */
  shippingCents: number;
  /** Cases whose costs went above their cap (pending or approved in writing). */
  casesOverCap: number;
}

export interface FailureReport {
  /** The `since` date as applied (`YYYY-MM-DD` in the policy's time zone), or null for everything. */
  since: string | null;
  generatedAt: string;
  parts: PartFailures[];
  totals: Omit<PartFailures, 'partNumber' | 'description' | 'topFaultFlags'> & { topFaultFlags: FlagCount[] };
  /** Cases left out of the per-part rows. */
  excluded: { cancelled: number; noPartYet: number };
}

export interface FailureReportOptions {
  /** `YYYY-MM-DD` (in `timeZone`) or an ISO instant: cases opened and units delivered since then. */
  since?: string | undefined;
  /** The report's time; only printed. */
  now: string;
  /** The policy's time zone, for `since` dates. Default UTC. */
  timeZone?: string | undefined;
}

export interface UnitsSold {
  partNumber: string;
  description: string;
  units: number;
}

export async function failureReport(db: Db, options: FailureReportOptions): Promise<FailureReport> {
  const since = parseSince(options.since, options.timeZone ?? 'UTC');
  const { units, loaded } = await consistentRead(db, async (tx) => ({
    units: await unitsSold(tx, since?.date ?? null),
    loaded: await loadCases(tx, { since: since?.instant }),
  }));
  return summarizeFailures(units, loaded, { since: since?.date ?? null, generatedAt: options.now });
}

/** Order items per part number; with a date, only those delivered on or after it (an unknown delivery date is left out then). */
async function unitsSold(tx: Tx, sinceDate: string | null): Promise<UnitsSold[]> {
  const rows = await tx
    .select({ partNumber: orderItems.partNumber, description: min(orderItems.description), units: count() })
    .from(orderItems)
    .where(sinceDate ? gte(orderItems.deliveredOn, sinceDate) : undefined)
    .groupBy(orderItems.partNumber);
  return rows.map((r) => ({ partNumber: r.partNumber, description: r.description ?? '', units: Number(r.units) }));
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

interface Tally {
  description: string;
  units: number;
  kinds: Record<ClaimKind | 'other', number>;
  rmas: number;
  flags: Map<string, number>;
  resolutionDays: number[];
  shippingCents: number;
  overCap: number;
}

function newTally(description: string, units: number): Tally {
  return {
    description,
    units,
    kinds: { doa: 0, warranty: 0, other: 0 },
    rmas: 0,
    flags: new Map(),
    resolutionDays: [],
    shippingCents: 0,
    overCap: 0,
  };
}

/** The units a case claims: each counts for its part number, as DOA, warranty or other, and once approved. */
function addUnits(t: Tally, units: readonly UnitView[], rma: boolean): void {
  for (const u of units) {
    t.kinds[u.reason === null ? (u.kind ?? 'other') : 'other']++;
    // Cases stored before units had outcomes (and one-unit cases approved then) count by their RMA.
    if (rma && (u.outcome.decision === 'approved' || (units.length === 1 && u.outcome.decision === 'pending'))) t.rmas++;
  }
}

/** What a case counts once, for its first unit's part number: fault flags, time to resolution, costs. */
function addCase(t: Tally, { row, context: c }: LoadedCase): void {
  // Each flag counts once per case, however often the customer's words raised it.
  for (const detail of new Set(c.flags.filter((f) => FAULT_FLAG_CODES.has(f.code)).map((f) => f.detail)))
    t.flags.set(detail, (t.flags.get(detail) ?? 0) + 1);
  if (row.state === 'resolved' && row.closedAt) t.resolutionDays.push((Date.parse(row.closedAt) - Date.parse(row.openedAt)) / DAY_MS);
  t.shippingCents += c.costs.reduce((sum, line) => sum + line.cents, 0);
  if (c.costs.some((line) => line.pendingCents + line.approvedCents > 0)) t.overCap++;
}

function topFlags(flags: Map<string, number>): FlagCount[] {
  return [...flags]
    .map(([flag, cases]) => ({ flag, cases }))
    .sort((a, b) => b.cases - a.cases || a.flag.localeCompare(b.flag))
    .slice(0, TOP_FLAGS);
}

function result(t: Tally): Omit<PartFailures, 'partNumber' | 'description'> {
  const claims = t.kinds.doa + t.kinds.warranty;
  return {
    unitsSold: t.units,
    doaCases: t.kinds.doa,
    warrantyCases: t.kinds.warranty,
    otherCases: t.kinds.other,
    returnRate: t.units > 0 ? claims / t.units : null,
    rmaIssued: t.rmas,
    topFaultFlags: topFlags(t.flags),
    resolvedCases: t.resolutionDays.length,
    medianDaysToResolution: median(t.resolutionDays),
    shippingCents: t.shippingCents,
    casesOverCap: t.overCap,
  };
}

/**
 * The report from units sold and cases (pure). Cancelled cases and cases whose item is not known yet are
 * counted apart. Parts are ordered by return rate (highest first; parts with no units sold last), then
 * by number of cases, then by part number.
 */
export function summarizeFailures(
  units: readonly UnitsSold[],
  loaded: readonly LoadedCase[],
  meta: { since: string | null; generatedAt: string },
): FailureReport {
  const tallies = new Map<string, Tally>(units.map((u) => [u.partNumber, newTally(u.description, u.units)]));
  const total = newTally(
    '',
    units.reduce((sum, u) => sum + u.units, 0),
  );
  const excluded = { cancelled: 0, noPartYet: 0 };
  for (const one of loaded) {
    const part = one.context.item?.partNumber;
    if (one.row.state === 'cancelled') excluded.cancelled++;
    else if (!part) excluded.noPartYet++;
    else {
      const tallyOf = (partNumber: string, description: string) => {
        let tally = tallies.get(partNumber);
        if (!tally) tallies.set(partNumber, (tally = newTally(description, 0)));
        return tally;
      };
      const units = unitsOf(one.context);
      const rma = one.context.rma !== null;
      const byPart = new Map<string, UnitView[]>();
      for (const u of units) {
        const partNumber = u.item?.partNumber ?? part;
        byPart.set(partNumber, [...(byPart.get(partNumber) ?? []), u]);
      }
      for (const [partNumber, ofPart] of byPart) addUnits(tallyOf(partNumber, ofPart[0]!.item?.description ?? ''), ofPart, rma);
      addUnits(total, units, rma);
      addCase(tallyOf(part, one.context.item?.description ?? ''), one);
      addCase(total, one);
    }
  }
  const parts = [...tallies].map(([partNumber, t]) => ({ partNumber, description: t.description, ...result(t) }));
  parts.sort(
    (a, b) =>
      (b.returnRate ?? -1) - (a.returnRate ?? -1) ||
      b.doaCases + b.warrantyCases + b.otherCases - (a.doaCases + a.warrantyCases + a.otherCases) ||
      a.partNumber.localeCompare(b.partNumber),
  );
  return { since: meta.since, generatedAt: meta.generatedAt, parts, totals: result(total), excluded };
}
