// The timers' day arithmetic must give exactly what Temporal gives (the rules the policy was written
// against), in every zone, across daylight-saving changes, in gaps and overlaps of the wall clock.
import { Temporal } from '@js-temporal/polyfill';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plusBusinessDays, plusDays, wallClockOn } from '../../src/case/zonedDays.ts';

const ZONES = [
  'UTC',
  'America/New_York',
  'America/Sao_Paulo',
  'Europe/London',
  'Europe/Berlin',
  'Africa/Casablanca', // daylight saving suspended for Ramadan: two changes a month apart
  'Asia/Tokyo',
  'Asia/Kolkata',
  'Australia/Lord_Howe', // a 30-minute change
  'Pacific/Chatham',
  'Pacific/Apia',
];

const temporalPlusDays = (at: string, days: number, zone: string) =>
  Temporal.Instant.from(at).toZonedDateTimeISO(zone).add({ days }).toInstant().toString();

function temporalPlusBusinessDays(at: string, days: number, zone: string): string {
  let t = Temporal.Instant.from(at).toZonedDateTimeISO(zone);
  for (let left = days; left > 0;) {
    t = t.add({ days: 1 });
    if (t.dayOfWeek <= 5) left--;
  }
  return t.toInstant().toString();
}

const temporalWallClockOn = (date: string, days: number, hour: number, zone: string) =>
  Temporal.PlainDate.from(date)
    .add({ days })
    .toZonedDateTime({ timeZone: zone, plainTime: new Temporal.PlainTime(hour) })
    .toInstant()
    .toString();

// Instants from 2020 to 2035, to the millisecond, and some right beside the zones' changes.
const instant = fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2035, 0, 1) }).map((ms) => new Date(ms).toISOString());
const nearChange = fc
  .tuple(fc.constantFrom(...ZONES), fc.integer({ min: 2020, max: 2034 }), fc.integer({ min: -3 * 86_400_000, max: 3 * 86_400_000 }))
  .map(([zone, year, shift]) => {
    const change = Temporal.Instant.fromEpochMilliseconds(Date.UTC(year, 0, 1))
      .toZonedDateTimeISO(zone)
      .getTimeZoneTransition('next');
    const at = (change?.epochMilliseconds ?? Date.UTC(year, 5, 1)) + shift;
    return { zone, at: new Date(at).toISOString() };
  });

describe('calendar days in a time zone', () => {
  it('adds days as Temporal does, for any instant and zone', () => {
    fc.assert(
      fc.property(instant, fc.constantFrom(...ZONES), fc.integer({ min: 0, max: 40 }), (at, zone, days) => {
        expect(plusDays(at, days, zone)).toBe(temporalPlusDays(at, days, zone));
      }),
      { numRuns: 3000 },
    );
  });

  it('adds days as Temporal does right beside a daylight-saving change', () => {
    fc.assert(
      fc.property(nearChange, fc.integer({ min: 0, max: 40 }), ({ zone, at }, days) => {
        expect(plusDays(at, days, zone)).toBe(temporalPlusDays(at, days, zone));
      }),
      { numRuns: 3000 },
    );
  });

  it('lands in the hour that exists when the wall-clock time does not (spring forward), and on the first of two (fall back)', () => {
    // 02:30 on 8 March 2026 does not exist in New York: 03:30 EDT.
    expect(plusDays('2026-03-07T07:30:00Z', 1, 'America/New_York')).toBe('2026-03-08T07:30:00Z');
    // 01:30 on 1 November 2026 happens twice in New York: the first, EDT.
    expect(plusDays('2026-10-31T05:30:00Z', 1, 'America/New_York')).toBe('2026-11-01T05:30:00Z');
    // Across the change, the same wall-clock time: 10:00 EDT to 10:00 EST.
    expect(plusDays('2026-10-31T14:00:00Z', 2, 'America/New_York')).toBe('2026-11-02T15:00:00Z');
  });

  it('counts business days as Temporal does, skipping weekends in the zone', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          instant.map((at) => ({ at, zone: 'America/New_York' })),
          nearChange,
        ),
        fc.integer({ min: 0, max: 12 }),
        ({ at, zone }, days) => {
          expect(plusBusinessDays(at, days, zone)).toBe(temporalPlusBusinessDays(at, days, zone));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('finds 09:00 on a day in the zone as Temporal does', () => {
    fc.assert(
      fc.property(nearChange, fc.integer({ min: -5, max: 5 }), fc.integer({ min: 0, max: 23 }), ({ zone, at }, days, hour) => {
        const date = at.slice(0, 10);
        expect(wallClockOn(date, days, hour, zone)).toBe(temporalWallClockOn(date, days, hour, zone));
      }),
      { numRuns: 3000 },
    );
  });

  it('refuses what is not an instant, as before', () => {
    expect(() => plusDays('not a time', 1, 'UTC')).toThrow();
    expect(() => plusDays('2026-11-20T10:00:00Z', 1, 'Not/AZone')).toThrow();
  });
});
