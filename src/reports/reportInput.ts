// The options of `cases export` and `report`, checked before any query: a wrong value is a message.
import { Temporal } from '@js-temporal/polyfill';
import { CASE_STATES, type CaseState } from '../case/caseState.ts';

export class ReportInputError extends Error {
  override name = 'ReportInputError';
}

export type StateFilter = CaseState | 'open' | 'all';

export function parseStateFilter(text: string | undefined): StateFilter {
  const value = (text ?? 'all').trim().toLowerCase();
  if (value === 'open' || value === 'all' || (CASE_STATES as readonly string[]).includes(value)) return value as StateFilter;
  throw new ReportInputError(`--state: "${text}" is not a state; use one of ${CASE_STATES.join(', ')}, open or all`);
}

export interface Since {
  /** The calendar day in the policy's time zone, `YYYY-MM-DD`: order items delivered on or after it count. */
  date: string;
  /** The first instant of that day: cases opened at or after it count. */
  instant: string;
}

/** `YYYY-MM-DD` is the start of that day in `timeZone`; an ISO instant (`2026-11-20T10:00:00Z`) is taken as is. */
export function parseSince(text: string | undefined, timeZone: string): Since | null {
  if (text === undefined || text.trim() === '') return null;
  const value = text.trim();
  try {
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
      const day = Temporal.PlainDate.from(value, { overflow: 'reject' });
      return { date: day.toString(), instant: day.toZonedDateTime({ timeZone }).toInstant().toString() };
    }
    const instant = Temporal.Instant.from(value);
    return { date: instant.toZonedDateTimeISO(timeZone).toPlainDate().toString(), instant: instant.toString() };
  } catch (error) {
    throw new ReportInputError(`--since: "${text}" is not a date (YYYY-MM-DD) or an instant (${(error as Error).message})`);
  }
}
