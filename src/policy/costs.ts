// Policy section 5: return shipping, reshipping, duties and customs are covered up to a cap per case;
// anything above the cap must be approved in writing before it is covered.

export interface CostLine {
  label: string;
  /** Integer US cents, always positive. */
  cents: number;
  /** Part of `cents` covered without further approval. */
  coveredCents: number;
  /** Part of `cents` above the cap, waiting for written approval; 0 once approved. */
  pendingCents: number;
  /** Part of `cents` above the cap that staff approved in writing. */
  approvedCents: number;
  at: string;
  by: string;
}

/** Splits a new cost into what the cap still covers and what needs written approval. */
export function splitCost(lines: readonly CostLine[], capCents: number, cents: number): { covered: number; pending: number } {
  const alreadyCovered = lines.reduce((sum, line) => sum + line.coveredCents, 0);
  const room = Math.max(0, capCents - alreadyCovered);
  const covered = Math.min(room, cents);
  return { covered, pending: cents - covered };
}

export function coveredCents(lines: readonly CostLine[]): number {
  return lines.reduce((sum, line) => sum + line.coveredCents + line.approvedCents, 0);
}

export function pendingCents(lines: readonly CostLine[]): number {
  return lines.reduce((sum, line) => sum + line.pendingCents, 0);
}

/** Marks every pending amount as approved in writing. */
export function approvePending(lines: readonly CostLine[]): CostLine[] {
  return lines.map((line) => ({ ...line, approvedCents: line.approvedCents + line.pendingCents, pendingCents: 0 }));
}

/** Formats integer cents as `USD 1,234.56`. */
export function formatUsd(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const whole = Math.floor(abs / 100).toLocaleString('en-US');
  return `${sign}USD ${whole}.${String(abs % 100).padStart(2, '0')}`;
}

/** Parses `123`, `123.4`, `$1,234.56`, `USD 99.90` into integer cents; null when it is not an amount. */
export function parseUsd(text: string): number | null {
  const match = /^\s*(?:usd\s*|\$\s*)?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?\s*(?:usd\s*)?$/i.exec(text);
  if (!match) return null;
  const whole = Number(match[1]!.replaceAll(',', ''));
  const fraction = Number((match[2] ?? '0').padEnd(2, '0'));
  const cents = whole * 100 + fraction;
  return Number.isSafeInteger(cents) ? cents : null;
}
