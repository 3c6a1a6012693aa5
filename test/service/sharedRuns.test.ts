import { describe, expect, it } from 'vitest';
import { sharedRuns } from '../../src/service/sharedRuns.ts';

/** A promise and the function that settles it. */
function gate(): { open(): void; opened: Promise<void> } {
  let open = () => {};
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
}

describe('sharedRuns', () => {
  it('runs a lone call at once, and the calls made while it runs together in the next run', async () => {
    const runs: number[][] = [];
    const first = gate();
    const call = sharedRuns(async (inputs: number[]) => {
      runs.push(inputs);
      if (runs.length === 1) await first.opened;
      return inputs.map((n) => n * 10);
    });
    const answers = Promise.all([call(1), call(2), call(3)]);
    expect(runs).toEqual([[1]]);
    first.open();
    expect(await answers).toEqual([10, 20, 30]);
    expect(runs).toEqual([[1], [2, 3]]);
    // Nothing under way: the next call runs alone again.
    expect(await call(4)).toBe(40);
    expect(runs).toEqual([[1], [2, 3], [4]]);
  });

  it('fails every caller of a failed run, and runs the callers after it', async () => {
    const first = gate();
    let runs = 0;
    const call = sharedRuns(async (inputs: string[]) => {
      runs++;
      if (runs === 1) {
        await first.opened;
        throw new Error('connection lost');
      }
      return inputs.map((s) => s.toUpperCase());
    });
    const a = call('a');
    const b = call('b');
    first.open();
    await expect(a).rejects.toThrow('connection lost');
    expect(await b).toBe('B');
  });

  it('puts inputs in a run up to the weight allowed, and an input heavier than that in a run of its own', async () => {
    const runs: number[][][] = [];
    const first = gate();
    const call = sharedRuns(
      async (inputs: number[][]) => {
        runs.push(inputs);
        if (runs.length === 1) await first.opened;
        return inputs.map((ids) => ids.length);
      },
      { weight: (ids) => ids.length, maxWeight: 3 },
    );
    const answers = Promise.all([call([1]), call([2, 3]), call([4]), call([5, 6, 7, 8]), call([9])]);
    first.open();
    expect(await answers).toEqual([1, 2, 1, 4, 1]);
    expect(runs).toEqual([[[1]], [[2, 3], [4]], [[5, 6, 7, 8]], [[9]]]);
  });
});
