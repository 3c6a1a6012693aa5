// The desk as the edge bots hand it to their adapter: counted (calls started and finished,
// for the drain's status reports) and, in the --edge-handle-limit experiment, with at most `limit`
// events handled at once, the rest waiting their turn. The limit is not how the product runs; it
// shows what a bound on concurrent work in the adapter would do to the acknowledgement latency.
import type { Desk } from '../../src/service/desk.ts';

export interface HandleCounts {
  started: number;
  finished: number;
  failed: number;
  waiting: number;
}

export function countedDesk(desk: Desk, limit: number): { desk: Desk; counts: HandleCounts } {
  const counts: HandleCounts = { started: 0, finished: 0, failed: 0, waiting: 0 };
  let running = 0;
  const queue: Array<() => void> = [];
  const handle: Desk['handle'] = async (inbound) => {
    if (limit > 0 && running >= limit) {
      counts.waiting++;
      await new Promise<void>((resolve) => queue.push(resolve));
      counts.waiting--;
    }
    running++;
    counts.started++;
    try {
      const result = await desk.handle(inbound);
      counts.finished++;
      return result;
    } catch (error) {
      counts.failed++;
      throw error;
    } finally {
      running--;
      queue.shift()?.();
    }
  };
  return { desk: { ...desk, handle }, counts };
}
