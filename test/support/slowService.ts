// The desk as an adapter sees it, made slow on demand: once `slowDown(ms)` is called, every `handle`
// (recording a case event) and every `deliver` (posting its messages) takes `ms` longer, the way an
// overloaded database or a slow platform would. For tests of what an adapter answers in the meantime.
import type { Desk } from '../../src/service/desk.ts';

export interface SlowService {
  wrap(desk: Desk): Desk;
  slowDown(ms: number): void;
}

export function slowService(): SlowService {
  let delayMs = 0;
  const pause = () => (delayMs > 0 ? new Promise((resolve) => setTimeout(resolve, delayMs)) : Promise.resolve());
  return {
    wrap: (desk) => ({
      ...desk,
      handle: async (inbound) => {
        await pause();
        return desk.handle(inbound);
      },
      deliver: async (messages, delivery) => {
        await pause();
        return desk.deliver(messages, delivery);
      },
    }),
    slowDown: (ms) => void (delayMs = ms),
  };
}
