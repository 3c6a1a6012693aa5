// Many callers, few statements: a call made while an earlier run is under way waits for it, and then
// the calls that waited meanwhile go in one run together. A caller alone runs at once and waits for
// no timer; under load (many events delivering their replies at once) one statement serves many of
// them instead of each taking a database connection of its own.

/** What a run is given: every waiting caller's input, in the order they called. */
export type Run<T, R> = (inputs: T[]) => Promise<R[]>;

export interface SharedRunOptions<T> {
  /** How much one input weighs (e.g. the ids it carries); a run takes inputs up to `maxWeight`, at least one. */
  weight?: (input: T) => number;
  maxWeight?: number;
}

interface Waiting<T, R> {
  input: T;
  resolve(result: R): void;
  reject(error: unknown): void;
}

/**
 * Wraps `run` so that concurrent calls share runs, one run at a time; `run` answers each input in
 * the order given. A run that fails fails every caller in it.
 */
export function sharedRuns<T, R>(run: Run<T, R>, options: SharedRunOptions<T> = {}): (input: T) => Promise<R> {
  const weight = options.weight ?? (() => 1);
  const maxWeight = options.maxWeight ?? Infinity;
  const waiting: Array<Waiting<T, R>> = [];
  let running = false;

  function takeBatch(): Array<Waiting<T, R>> {
    let total = 0;
    let n = 0;
    while (n < waiting.length) {
      total += weight(waiting[n]!.input);
      if (n > 0 && total > maxWeight) break;
      n++;
    }
    return waiting.splice(0, n);
  }

  async function drain(): Promise<void> {
    running = true;
    while (waiting.length > 0) {
      const batch = takeBatch();
      try {
        const results = await run(batch.map((w) => w.input));
        batch.forEach((w, i) => w.resolve(results[i]!));
      } catch (error) {
        for (const w of batch) w.reject(error);
      }
    }
    running = false;
  }

  return (input) =>
    new Promise<R>((resolve, reject) => {
      waiting.push({ input, resolve, reject });
      if (!running) void drain();
    });
}
