// How fast one customer may write: at most `maxMessagesPerMinute` messages, commands and button
// presses per customer in a fixed one-minute window. Past it the event is refused before anything is
// read or recorded, so a flood costs no database work, no case history and no staff posts. The first
// refused message in a window tells the customer why; later messages are refused in silence, so the
// bot does not answer a flood with a flood (a command or button press still gets its private answer,
// as the platform expects one). Staff are never limited.
//
// Windows run on the event's own time (the platform's timestamp, the console script's clock), the
// only clock the case sees, so a scripted conversation is limited as it would be live. Each process
// counts on its own: with several processes behind one Slack app, a customer can send that many per
// process. The count is a guard against floods, not an allowance to bill by.
import type { DeskLimits } from '../policy/policy.ts';

export type Admission = { admitted: true } | { admitted: false; notice: string; first: boolean };

export interface CustomerLimits {
  /** Counts one event of this customer at `at` (an ISO instant); says whether to handle it. */
  admit(platform: string, user: string, at: string): Admission;
  /** Events refused since start, for the logs and the benchmark. */
  refused(): number;
}

const WINDOW_MS = 60_000;
/** Windows are swept for ended ones once this many customers are counted. */
const SWEEP_AT = 10_000;

export function customerLimits(limits: Pick<DeskLimits, 'maxMessagesPerMinute'>, contactEmail: string): CustomerLimits {
  const windows = new Map<string, { start: number; count: number }>();
  let sweepAt = SWEEP_AT;
  let refused = 0;
  const notice = `You're sending messages faster than I can read them, so I didn't keep that last one. Please wait a minute and send it again; everything before it is saved. To reach a person now, email ${contactEmail}.`;

  /** Keeps the map to the customers of the last minute, however many write once and leave. */
  function sweep(now: number): void {
    for (const [key, w] of windows) if (now - w.start >= WINDOW_MS) windows.delete(key);
    sweepAt = Math.max(SWEEP_AT, windows.size * 2);
  }

  return {
    admit(platform, user, at) {
      const now = Date.parse(at);
      const key = `${platform}:${user}`;
      let window = windows.get(key);
      if (!window || now - window.start >= WINDOW_MS) {
        if (windows.size >= sweepAt) sweep(now);
        window = { start: now, count: 0 };
        windows.set(key, window);
      }
      window.count += 1;
      if (window.count <= limits.maxMessagesPerMinute) return { admitted: true };
      refused += 1;
      return { admitted: false, notice, first: window.count === limits.maxMessagesPerMinute + 1 };
    },
    refused: () => refused,
  };
}
