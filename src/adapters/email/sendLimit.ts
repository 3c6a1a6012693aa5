// At most so many mails to one address in an hour: a robot that answers every mail without saying so
// (no Auto-Submitted) would otherwise trade mail with the bot forever. Past the limit a mail waits for
// the window (the outbox keeps it), it is never dropped. Each process counts on its own.
export class SendLimit {
  private readonly sent = new Map<string, number[]>();

  constructor(
    private readonly perHour: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** 0 when a mail to `address` may go now (and counts it), else the milliseconds to wait. */
  take(address: string): number {
    const now = this.now();
    const since = now - 3_600_000;
    const times = (this.sent.get(address) ?? []).filter((t) => t > since);
    if (times.length >= this.perHour) {
      this.sent.set(address, times);
      return Math.max(1000, times[0]! - since);
    }
    times.push(now);
    this.sent.set(address, times);
    // Keep the map to the addresses of the last hour.
    if (this.sent.size > 10_000) for (const [key, list] of this.sent) if (list.every((t) => t <= since)) this.sent.delete(key);
    return 0;
  }
}
