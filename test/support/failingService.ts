// The case service as an adapter sees it, with `handle` failing the next `failures` calls the way a
// database that went away makes it fail: for tests of what an adapter does about such a failure.
import type { CaseService } from '../../src/service/caseService.ts';

export interface FailingService {
  wrap(service: CaseService): CaseService;
  /** Makes the next `count` calls of `handle` throw. */
  failNext(count: number): void;
  /** Failures still to come. */
  readonly pending: number;
}

export function failingService(): FailingService {
  let failures = 0;
  return {
    wrap: (service) =>
      new Proxy(service, {
        get(target, key, receiver) {
          if (key === 'handle')
            return async (...args: Parameters<CaseService['handle']>) => {
              if (failures > 0) {
                failures--;
                throw new Error('Connection terminated unexpectedly');
              }
              return target.handle(...args);
            };
          const value = Reflect.get(target, key, receiver) as unknown;
          return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
        },
      }),
    failNext: (count) => void (failures = count),
    get pending() {
      return failures;
    },
  };
}
