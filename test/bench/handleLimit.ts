// An experiment knob for the edge part (--edge-handle-limit): the case service with at most `limit`
// events handled at once, the rest waiting their turn. Not how the product runs; it shows what a
// bound on concurrent work in the adapter would do to the acknowledgement latency.
import type { CaseService } from '../../src/service/caseService.ts';

export function limitHandling(service: CaseService, limit: number): CaseService {
  if (limit <= 0) return service;
  let running = 0;
  const waiting: Array<() => void> = [];
  const handle: CaseService['handle'] = async (inbound) => {
    if (running >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
    running++;
    try {
      return await service.handle(inbound);
    } finally {
      running--;
      waiting.shift()?.();
    }
  };
  return new Proxy(service, {
    get(target, key, receiver) {
      if (key === 'handle') return handle;
      const value = Reflect.get(target, key, receiver) as unknown;
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}
