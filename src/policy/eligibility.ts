// Which window a claim falls in: DOA (policy section 2) or warranty (section 3), counted from delivery,
// or declined because the window has closed or the item was sold as non-returnable (section 6).
import { Temporal } from '@js-temporal/polyfill';
import { NON_RETURNABLE_TERMS, type Policy, type SaleTerms } from './policy.ts';

export type ClaimKind = 'doa' | 'warranty';

export type Eligibility =
  | { outcome: 'eligible'; kind: ClaimKind; daysSinceDelivery: number; windowEndsOn: string }
  | { outcome: 'declined'; reason: 'outside_window'; daysSinceDelivery: number; windowEndedOn: string }
  | { outcome: 'declined'; reason: 'non_returnable'; terms: SaleTerms }
  | { outcome: 'unverified'; flag: 'unverified_order' };

export interface ClaimedItem {
  /** Carrier's delivered date, `YYYY-MM-DD`; null when the order record does not have one. */
  deliveredOn: string | null;
  terms: SaleTerms;
}

/** The calendar date of an instant in the policy's time zone. */
export function calendarDate(at: string, timeZone: string): Temporal.PlainDate {
  return Temporal.Instant.from(at).toZonedDateTimeISO(timeZone).toPlainDate();
}

/** The last day of DOA cover and of the warranty for an item delivered on `deliveredOn` (`YYYY-MM-DD`), both included. */
export function coverEndDates(
  deliveredOn: string,
  policy: Pick<Policy, 'doaDays' | 'warrantyDays'>,
): { doaEndsOn: string; warrantyEndsOn: string } {
  const delivered = Temporal.PlainDate.from(deliveredOn);
  return {
    doaEndsOn: delivered.add({ days: policy.doaDays }).toString(),
    warrantyEndsOn: delivered.add({ days: policy.warrantyDays }).toString(),
  };
}

/**
 * Decides eligibility for a claim made at `claimedAt` (an ISO instant). The claim's calendar date in the
 * policy's time zone is compared with the delivery date: day 0..doaDays is DOA, up to warrantyDays is
 * warranty, later is outside the window. A missing delivery date is not guessed: staff decide.
 */
export function decideEligibility(
  item: ClaimedItem,
  claimedAt: string,
  policy: Pick<Policy, 'doaDays' | 'warrantyDays' | 'timeZone'>,
): Eligibility {
  if ((NON_RETURNABLE_TERMS as readonly string[]).includes(item.terms)) {
    return { outcome: 'declined', reason: 'non_returnable', terms: item.terms };
  }
  if (!item.deliveredOn) return { outcome: 'unverified', flag: 'unverified_order' };
  const delivered = Temporal.PlainDate.from(item.deliveredOn);
  const claimDay = calendarDate(claimedAt, policy.timeZone);
  // A claim dated before delivery (clock skew, carrier data entered late) counts as day 0.
  const days = Math.max(0, delivered.until(claimDay, { largestUnit: 'days' }).days);
  const { doaEndsOn, warrantyEndsOn } = coverEndDates(item.deliveredOn, policy);
  if (days <= policy.doaDays) {
    return { outcome: 'eligible', kind: 'doa', daysSinceDelivery: days, windowEndsOn: doaEndsOn };
  }
  if (days <= policy.warrantyDays) {
    return { outcome: 'eligible', kind: 'warranty', daysSinceDelivery: days, windowEndsOn: warrantyEndsOn };
  }
  return { outcome: 'declined', reason: 'outside_window', daysSinceDelivery: days, windowEndedOn: warrantyEndsOn };
}
