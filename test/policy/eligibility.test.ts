import { describe, expect, it } from 'vitest';
import { coverEndDates, decideEligibility } from '../../src/policy/eligibility.ts';
import { DEFAULT_POLICY, NON_RETURNABLE_TERMS, parsePolicy } from '../../src/policy/policy.ts';

const delivered = { deliveredOn: '2026-11-01', terms: 'standard' as const };

describe('eligibility windows (policy sections 2 and 3), counted from delivery', () => {
  it.each([
    ['day 0, the delivery day', '2026-11-01T08:00:00Z', 'doa'],
    ['day 14, last day of DOA', '2026-11-15T23:59:59Z', 'doa'],
    ['day 15, first day of warranty', '2026-11-16T00:00:00Z', 'warranty'],
    ['day 90, last day of warranty', '2027-01-30T23:59:59Z', 'warranty'],
  ])('%s is %s (UTC)', (_label, claimedAt, kind) => {
    expect(decideEligibility(delivered, claimedAt, DEFAULT_POLICY)).toMatchObject({ outcome: 'eligible', kind });
  });

  it('day 91 is declined outside_window (UTC)', () => {
    expect(decideEligibility(delivered, '2027-01-31T00:00:00Z', DEFAULT_POLICY)).toEqual({
      outcome: 'declined',
      reason: 'outside_window',
      daysSinceDelivery: 91,
      windowEndedOn: '2027-01-30',
    });
  });

  it('counts the calendar day in the policy time zone, not in UTC (Tokyo, ahead of UTC)', () => {
    const tokyo = parsePolicy({ timeZone: 'Asia/Tokyo' });
    // 15:30 UTC on day 14 is already day 15 (00:30) in Tokyo.
    expect(decideEligibility(delivered, '2026-11-15T14:59:59Z', tokyo)).toMatchObject({ kind: 'doa', daysSinceDelivery: 14 });
    expect(decideEligibility(delivered, '2026-11-15T15:00:00Z', tokyo)).toMatchObject({ kind: 'warranty', daysSinceDelivery: 15 });
    expect(decideEligibility(delivered, '2027-01-30T14:59:59Z', tokyo)).toMatchObject({ kind: 'warranty', daysSinceDelivery: 90 });
    expect(decideEligibility(delivered, '2027-01-30T15:00:00Z', tokyo)).toMatchObject({
      outcome: 'declined',
      reason: 'outside_window',
      daysSinceDelivery: 91,
    });
  });

  it('counts the calendar day in the policy time zone, not in UTC (Los Angeles, behind UTC)', () => {
    const la = parsePolicy({ timeZone: 'America/Los_Angeles' });
    // 07:59 UTC on Nov 16 is still Nov 15 (23:59 PST): day 14, DOA. In UTC it would be day 15.
    expect(decideEligibility(delivered, '2026-11-16T07:59:59Z', la)).toMatchObject({ kind: 'doa', daysSinceDelivery: 14 });
    expect(decideEligibility(delivered, '2026-11-16T08:00:00Z', la)).toMatchObject({ kind: 'warranty', daysSinceDelivery: 15 });
    expect(decideEligibility(delivered, '2027-01-31T07:59:59Z', la)).toMatchObject({ kind: 'warranty', daysSinceDelivery: 90 });
    expect(decideEligibility(delivered, '2027-01-31T08:00:00Z', la)).toMatchObject({ reason: 'outside_window', daysSinceDelivery: 91 });
  });

  it('follows the configured window lengths', () => {
    const policy = parsePolicy({ doaDays: 30, warrantyDays: 365 });
    expect(decideEligibility(delivered, '2026-12-01T12:00:00Z', policy)).toMatchObject({ kind: 'doa', daysSinceDelivery: 30 });
    expect(decideEligibility(delivered, '2026-12-02T12:00:00Z', policy)).toMatchObject({ kind: 'warranty' });
    expect(decideEligibility(delivered, '2027-11-02T12:00:00Z', policy)).toMatchObject({ reason: 'outside_window' });
  });

  it.each(NON_RETURNABLE_TERMS)('an item sold "%s" is declined non_returnable, even on delivery day', (terms) => {
    expect(decideEligibility({ deliveredOn: '2026-11-01', terms }, '2026-11-01T12:00:00Z', DEFAULT_POLICY)).toEqual({
      outcome: 'declined',
      reason: 'non_returnable',
      terms,
    });
  });

  it('does not guess a missing delivery date: it flags unverified_order for staff', () => {
    expect(decideEligibility({ deliveredOn: null, terms: 'standard' }, '2026-11-01T12:00:00Z', DEFAULT_POLICY)).toEqual({
      outcome: 'unverified',
      flag: 'unverified_order',
    });
  });
});

describe('coverEndDates', () => {
  it('gives the last day of DOA and of warranty cover, from the policy', () => {
    expect(coverEndDates('2026-11-10', DEFAULT_POLICY)).toEqual({ doaEndsOn: '2026-11-24', warrantyEndsOn: '2027-02-08' });
    expect(coverEndDates('2026-11-10', parsePolicy({ doaDays: 30, warrantyDays: 365 }))).toEqual({
      doaEndsOn: '2026-12-10',
      warrantyEndsOn: '2027-11-10',
    });
  });
});
