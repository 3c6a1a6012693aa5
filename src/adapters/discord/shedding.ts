// What the adapter does about events it sheds past the WorkGate's bounds: counts them, logs the
// counts (the first at once, then a line every 10 s while shedding goes on, not one per event), and
// decides which shed messages get a short "please send it again" in their channel. Those notices are
// posts of their own, so under a flood they are limited too: one per user a minute, 20 a minute in all.
import type { Logger } from 'pino';
import type { WorkGate } from './workGate.ts';

export interface ShedCounts {
  interactions: number;
  messages: number;
  /** Shed messages whose sender was told to send them again. */
  noticed: number;
}

const LOG_EVERY_MS = 10_000;
const NOTICE_WINDOW_MS = 60_000;
const NOTICES_PER_WINDOW = 20;
/** Users remembered for the one-notice-a-minute rule; beyond it the oldest is forgotten. */
const NOTICED_USERS = 1_000;

export class Shedding {
  readonly totals: ShedCounts = { interactions: 0, messages: 0, noticed: 0 };
  private recent: ShedCounts = { interactions: 0, messages: 0, noticed: 0 };
  private timer: NodeJS.Timeout | null = null;
  private readonly noticedAt = new Map<string, number>();
  private windowStart = 0;
  private noticesInWindow = 0;

  constructor(
    private readonly log: Logger,
    private readonly gate: WorkGate,
    private readonly now: () => number = Date.now,
  ) {}

  interaction(): void {
    this.count('interactions');
  }

  /** Counts a shed message; true when its sender should be told to send it again. */
  message(user: string): boolean {
    const notify = this.mayNotify(user);
    if (notify) {
      this.totals.noticed++;
      this.recent.noticed++;
    }
    this.count('messages');
    return notify;
  }

  private mayNotify(user: string): boolean {
    const now = this.now();
    if (now - this.windowStart >= NOTICE_WINDOW_MS) {
      this.windowStart = now;
      this.noticesInWindow = 0;
    }
    const last = this.noticedAt.get(user);
    if (this.noticesInWindow >= NOTICES_PER_WINDOW || (last !== undefined && now - last < NOTICE_WINDOW_MS)) return false;
    this.noticesInWindow++;
    this.noticedAt.delete(user);
    this.noticedAt.set(user, now);
    if (this.noticedAt.size > NOTICED_USERS) this.noticedAt.delete(this.noticedAt.keys().next().value!);
    return true;
  }

  /** Logs what was shed since the last line, if anything. */
  flush(): void {
    const { interactions, messages, noticed } = this.recent;
    if (interactions + messages === 0) return;
    this.recent = { interactions: 0, messages: 0, noticed: 0 };
    this.log.warn(
      { shed: { interactions, messages, noticed }, shedTotal: { ...this.totals }, ...this.gate.load, limits: this.gate.limits },
      `Discord is busy: ${interactions} interaction(s) answered "busy" and ${messages} message(s) not taken (${noticed} of their senders asked to send again)`,
    );
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.flush();
  }

  private count(kind: 'interactions' | 'messages'): void {
    this.totals[kind]++;
    this.recent[kind]++;
    if (this.timer) return;
    // The first shed is logged at once; then every 10 s while there is more, and the timer ends with the flood.
    this.flush();
    this.timer = setInterval(() => {
      if (this.recent.interactions + this.recent.messages === 0) {
        clearInterval(this.timer!);
        this.timer = null;
      } else this.flush();
    }, LOG_EVERY_MS);
    this.timer.unref();
  }
}
