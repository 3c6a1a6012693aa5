// Instant arithmetic in plain epoch milliseconds, for the hot path: a span of hours is exact without a
// time zone, so the Temporal polyfill (far slower) is kept for calendar days in the policy's zone.

/** The ISO instant `hours` before `at`. */
export function hoursBefore(at: string, hours: number): string {
  return new Date(Date.parse(at) - hours * 3_600_000).toISOString();
}
