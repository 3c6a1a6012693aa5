// The desk as an adapter sees it, with `handle` failing the next `failures` calls the way a database
// that went away makes it fail: for tests of what an adapter does about such a failure.
import type { Desk } from '../../src/service/desk.ts';

export interface FailingService {
  wrap(desk: Desk): Desk;
  /** Makes the next `count` calls of `handle` throw. */
  failNext(count: number): void;
  /** Failures still to come. */
  readonly pending: number;
}

export function failingService(): FailingService {
  let failures = 0;
  return {
    wrap: (desk) => ({
      ...desk,
      handle: async (inbound) => {
        if (failures > 0) {
          failures--;
          throw new Error('Connection terminated unexpectedly');
        }
        return desk.handle(inbound);
      },
    }),
    failNext: (count) => void (failures = count),
    get pending() {
      return failures;
    },
  };
}
