// Runs tasks one after another per key (a user), so that two messages a customer sends in quick
// succession reach their case in the order they were written; different keys run side by side.
export class KeyedQueue {
  private readonly tails = new Map<string, Promise<unknown>>();
  private readonly running = new Set<Promise<unknown>>();

  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const next = previous.then(task);
    const settled = next.then(
      () => undefined,
      () => undefined,
    );
    this.tails.set(key, settled);
    this.running.add(settled);
    void settled.then(() => {
      this.running.delete(settled);
      if (this.tails.get(key) === settled) this.tails.delete(key);
    });
    return next;
  }

  /** Resolves when every task queued so far has finished. */
  async idle(): Promise<void> {
    while (this.running.size > 0) await Promise.all([...this.running]);
  }
}
