import { describe, expect, it } from 'vitest';
import { approvePending, coveredCents, formatUsd, parseUsd, pendingCents, splitCost, type CostLine } from '../../src/policy/costs.ts';
import { DEFAULT_POLICY } from '../../src/policy/policy.ts';

const cap = DEFAULT_POLICY.costCapCents;
function record(lines: CostLine[], cents: number): CostLine[] {
  const split = splitCost(lines, cap, cents);
  return [
    ...lines,
    { label: 'x', cents, coveredCents: split.covered, pendingCents: split.pending, approvedCents: 0, at: '2026-11-20T00:00:00Z', by: 'S1' },
  ];
}

describe('shipping, duties and taxes cap (policy section 5)', () => {
  it('is USD 500 per case by default', () => {
    expect(cap).toBe(50_000);
  });

  it('covers exactly USD 500.00 with nothing pending', () => {
    const lines = record(record([], 30_000), 20_000);
    expect([coveredCents(lines), pendingCents(lines)]).toEqual([50_000, 0]);
  });

  it('holds one cent above the cap for written approval', () => {
    const lines = record(record([], 49_999), 2);
    expect([coveredCents(lines), pendingCents(lines)]).toEqual([50_000, 1]);
  });

  it('splits a single cost that crosses the cap, and later costs are wholly pending', () => {
    const lines = record(record([], 45_000), 10_000);
    expect(lines[1]).toMatchObject({ coveredCents: 5_000, pendingCents: 5_000 });
    expect(record(lines, 1_000)[2]).toMatchObject({ coveredCents: 0, pendingCents: 1_000 });
  });

  it('covers what staff approve in writing', () => {
    const approved = approvePending(record([], 62_000));
    expect([coveredCents(approved), pendingCents(approved)]).toEqual([62_000, 0]);
    expect(approved[0]).toMatchObject({ coveredCents: 50_000, approvedCents: 12_000 });
  });

  it('reads amounts as integer cents without floating point', () => {
    expect(parseUsd('0.29')).toBe(29);
    expect(parseUsd('$1,234.5')).toBe(123_450);
    expect(parseUsd('USD 500')).toBe(50_000);
    expect(parseUsd('12.345')).toBeNull();
    expect(parseUsd('-5')).toBeNull();
    expect(parseUsd('five')).toBeNull();
    expect(formatUsd(123_456)).toBe('USD 1,234.56');
  });
});
