// Adding calendar days (or business days) to an instant at the same wall-clock time in a time zone,
// as Temporal's ZonedDateTime.add does. The Temporal polyfill takes some 60 µs a call, and the case
// timers are computed on most customer messages; away from a daylight-saving change the answer is
// plain arithmetic on the zone's offset (read through Intl in a few µs), so Temporal is asked only
// near one, where its disambiguation rules decide. Pure: no I/O.
import { Temporal } from '@js-temporal/polyfill';

const DAY_MS = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The zone's offset from UTC at `epochMs`, in milliseconds (local = UTC + offset). */
export function offsetAt(epochMs: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(epochMs)) if (part.type !== 'literal') parts[part.type] = Number(part.value);
  const local = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
  return local - Math.floor(epochMs / 1000) * 1000;
}

/** As Temporal.Instant#toString: no fraction when it is zero, and no trailing zeros. */
function instantString(epochMs: number): string {
  const iso = new Date(epochMs).toISOString(); // YYYY-MM-DDTHH:MM:SS.sssZ
  let fraction = iso.slice(20, 23);
  while (fraction.endsWith('0')) fraction = fraction.slice(0, -1);
  return `${iso.slice(0, 19)}${fraction ? `.${fraction}` : ''}Z`;
}

/** Epoch milliseconds of an ISO instant in UTC (`…Z`); null for anything else, which Temporal reads (or refuses). */
function utcInstant(at: string): number | null {
  const ms = at.endsWith('Z') ? Date.parse(at) : NaN;
  return Number.isFinite(ms) ? ms : null;
}

/** Whether the zone keeps `offset` from a day before `epochMs` to a day after: no change near it. */
function steadyAround(epochMs: number, offset: number, timeZone: string): boolean {
  return offsetAt(epochMs - DAY_MS, timeZone) === offset && offsetAt(epochMs + DAY_MS, timeZone) === offset;
}

/** The instant `days` calendar days after `at`, at the same wall-clock time in `timeZone`. */
export function plusDays(at: string, days: number, timeZone: string): string {
  const start = utcInstant(at);
  if (start !== null) {
    const offset = offsetAt(start, timeZone);
    const candidate = start + days * DAY_MS;
    // Same offset at both ends and none changing near the end: the wall clock moved exactly `days` days.
    if (steadyAround(candidate, offset, timeZone)) return instantString(candidate);
  }
  return Temporal.Instant.from(at).toZonedDateTimeISO(timeZone).add({ days }).toInstant().toString();
}

/** The same time of day `days` business days later (Saturdays and Sundays skipped), in `timeZone`. */
export function plusBusinessDays(at: string, days: number, timeZone: string): string {
  const start = utcInstant(at);
  if (start !== null) {
    const offset = offsetAt(start, timeZone);
    let local = start + offset;
    for (let left = days; left > 0;) {
      local += DAY_MS;
      const weekday = new Date(local).getUTCDay();
      if (weekday >= 1 && weekday <= 5) left--;
    }
    const candidate = local - offset;
    if (steadyAround(candidate, offset, timeZone)) return instantString(candidate);
  }
  let t = Temporal.Instant.from(at).toZonedDateTimeISO(timeZone);
  for (let left = days; left > 0;) {
    t = t.add({ days: 1 });
    if (t.dayOfWeek <= 5) left--;
  }
  return t.toInstant().toString();
}

/** The instant it is `hour`:00 in `timeZone` on the calendar day `days` days after `date` (YYYY-MM-DD). */
export function wallClockOn(date: string, days: number, hour: number, timeZone: string): string {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(date) ? Date.parse(`${date}T00:00:00Z`) : NaN;
  if (Number.isFinite(day)) {
    const wall = day + days * DAY_MS + hour * 3_600_000;
    const offset = offsetAt(wall, timeZone);
    const candidate = wall - offset;
    if (steadyAround(candidate, offset, timeZone)) return instantString(candidate);
  }
  return Temporal.PlainDate.from(date)
    .add({ days })
    .toZonedDateTime({ timeZone, plainTime: new Temporal.PlainTime(hour) })
    .toInstant()
    .toString();
}
