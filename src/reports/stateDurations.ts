// Time a case spent in each state, from its audit rows: after each row the case is in `stateAfter`
// until the next row; the state it is in now runs to `now`.
import { CASE_STATES } from '../case/caseState.ts';

export interface StateChange {
  /** ISO instant. */
  at: string;
  stateAfter: string;
}

/** Whole seconds per state (every state present, 0 when never entered); rows in audit order (by id). */
export function secondsInStates(events: readonly StateChange[], now: string): Record<string, number> {
  const ms: Record<string, number> = Object.fromEntries(CASE_STATES.map((s) => [s, 0]));
  const end = Date.parse(now);
  if (Number.isNaN(end)) throw new Error(`not an instant: ${now}`);
  events.forEach((event, i) => {
    const from = Date.parse(event.at);
    const next = events[i + 1];
    const to = next ? Date.parse(next.at) : end;
    // Event times come from the platforms' clocks: a row dated before the one above it counts as no time.
    ms[event.stateAfter] = (ms[event.stateAfter] ?? 0) + Math.max(0, to - from);
  });
  return Object.fromEntries(Object.entries(ms).map(([state, total]) => [state, Math.floor(total / 1000)]));
}

function compact(seconds: number): string {
  const days = Math.floor(seconds / 86_400);
  const hours = Math.floor((seconds % 86_400) / 3_600);
  const minutes = Math.floor((seconds % 3_600) / 60);
  const parts = [days && `${days}d`, hours && `${hours}h`, minutes && `${minutes}m`].filter(Boolean);
  return parts.length > 0 ? parts.slice(0, 2).join(' ') : `${seconds}s`;
}

/** `intake 30m, troubleshooting 1h, review 1h, ...`: the states a case spent time in, for `cases show`. */
export function formatStateDurations(seconds: Record<string, number>): string {
  return (
    Object.entries(seconds)
      .filter(([, s]) => s > 0)
      .map(([state, s]) => `${state} ${compact(s)}`)
      .join(', ') || '-'
  );
}
