// A bound on the Discord work under way. Without one, a flood of events starts all of them at once
// and discord.js queues their answers: memory grows with the flood (1.56 GB after 50,000
// interactions). At most `inFlight` events are handled at once, at most `perUser` of one user (the
// rest of a user's events wait their turn in KeyedQueue inside that). An event past the bound is
// either refused at once (`tryRun`: interactions, which must be answered within 3 s anyway) or waits
// in a queue of at most `queued` (`runOrWait`: gateway messages, which Discord does not send again).
// A user at their bound waits while others go first. How many messages one customer may send is the
// policy's message limit (answered once, "faster than I can read them"), so it is not capped here too:
// those past it are refused without database work, and leave the queue quickly.
export interface WorkLimits {
  inFlight: number;
  perUser: number;
  queued: number;
}

interface Waiting {
  user: string;
  start: () => void;
}

export class WorkGate {
  private running = 0;
  private readonly runningOf = new Map<string, number>();
  private readonly waiting: Waiting[] = [];
  private readonly waitingOf = new Map<string, number>();

  constructor(readonly limits: WorkLimits) {}

  /** Events being handled, and gateway messages waiting for their turn. */
  get load(): { inFlight: number; queued: number } {
    return { inFlight: this.running, queued: this.waiting.length };
  }

  /** Starts `work` now if the bounds allow it; null (nothing started) if not. */
  tryRun(user: string, work: () => Promise<void>): Promise<void> | null {
    return this.canStart(user) ? this.start(user, work) : null;
  }

  /** Starts `work` now, or once there is room; null (nothing started, nothing queued) when the queue is full. */
  runOrWait(user: string, work: () => Promise<void>): Promise<void> | null {
    if (this.canStart(user)) return this.start(user, work);
    if (this.waiting.length >= this.limits.queued) return null;
    return new Promise<void>((resolve, reject) => {
      this.waiting.push({ user, start: () => this.start(user, work).then(resolve, reject) });
      bump(this.waitingOf, user, 1);
    });
  }

  /** A user's waiting messages go first: a new event of theirs would otherwise overtake them. */
  private canStart(user: string): boolean {
    return this.running < this.limits.inFlight && (this.runningOf.get(user) ?? 0) < this.limits.perUser && !this.waitingOf.has(user);
  }

  private start(user: string, work: () => Promise<void>): Promise<void> {
    this.running++;
    bump(this.runningOf, user, 1);
    const done = () => {
      this.running--;
      bump(this.runningOf, user, -1);
      this.startWaiting();
    };
    let task: Promise<void>;
    try {
      task = work();
    } catch (error) {
      task = Promise.reject(error);
    }
    return task.finally(done);
  }

  /** Starts waiting messages in arrival order, skipping users who are at their bound. */
  private startWaiting(): void {
    for (let i = 0; i < this.waiting.length && this.running < this.limits.inFlight;) {
      const next = this.waiting[i]!;
      if ((this.runningOf.get(next.user) ?? 0) >= this.limits.perUser) {
        i++;
        continue;
      }
      this.waiting.splice(i, 1);
      bump(this.waitingOf, next.user, -1);
      next.start();
    }
  }
}

function bump(counts: Map<string, number>, key: string, by: number): void {
  const n = (counts.get(key) ?? 0) + by;
  if (n > 0) counts.set(key, n);
  else counts.delete(key);
}
