// One holder of a role across every bot process on a database: Discord allows one gateway session
// per bot token and shard, so only the process holding the lock connects it; the others keep serving
// Slack over HTTP, timers and the outbox, and take over when the holder dies (its lock goes with it).
// A holder whose lock connection dies (a PostgreSQL restart) no longer holds the lock: it stops the
// role at once, since another process may now take it, and competes for the lock again. The server
// frees the lock as the connection ends, a moment before the old holder hears of it: a new holder
// waits `takeoverMs` before it starts the role, so that the two never run it side by side.
import type { Logger } from 'pino';
import type { Database, HeldLock } from '../store/database.ts';

export interface Role {
  start(): Promise<void>;
  stop(): Promise<void>;
}

export interface Leadership {
  /** Resolves the first time this process takes the role; never if stopped first. */
  acquired: Promise<void>;
  /** Whether this process holds the role now. */
  leading(): boolean;
  /** Stops the role if held and lets the lock go. */
  stop(): Promise<void>;
}

export interface LeadershipOptions {
  pollMs?: number;
  /** How long a process that took the lock waits before it starts the role (default 2 s). */
  takeoverMs?: number;
  log?: Logger | undefined;
  /** The role failed to start: it is not retried (a configuration mistake would repeat forever). */
  onStartFailed?: (error: unknown) => void;
}

export function leadRole(database: Pick<Database, 'tryLock'>, key: string, role: Role, options: LeadershipOptions = {}): Leadership {
  const pollMs = options.pollMs ?? 5_000;
  const takeoverMs = options.takeoverMs ?? 2_000;
  let stopped = false;
  let leading = false;
  let wake: () => void = () => {};
  const stopSignal = new Promise<void>((resolve) => (wake = resolve));
  let markAcquired: () => void = () => {};
  const acquired = new Promise<void>((resolve) => (markAcquired = resolve));

  const takeLock = async (): Promise<HeldLock | null> => {
    let announced = false;
    while (!stopped) {
      try {
        const lock = await database.tryLock(key);
        if (lock) return lock;
      } catch (error) {
        options.log?.warn({ err: error, key }, 'could not ask for the lock; trying again');
      }
      if (!announced) options.log?.info({ key }, 'another process holds this role; standing by');
      announced = true;
      await Promise.race([new Promise((r) => setTimeout(r, pollMs)), stopSignal]);
    }
    return null;
  };

  const loop = (async () => {
    while (!stopped) {
      const lock = await takeLock();
      if (!lock) return;
      const lostMeanwhile = await Promise.race([
        lock.lost.then(() => true),
        stopSignal.then(() => false),
        new Promise<false>((r) => setTimeout(() => r(false), takeoverMs)),
      ]);
      if (stopped || lostMeanwhile) {
        await lock.release().catch(() => undefined);
        if (stopped) return;
        continue;
      }
      try {
        await role.start();
      } catch (error) {
        await lock.release().catch(() => undefined);
        options.onStartFailed?.(error);
        return;
      }
      leading = true;
      markAcquired();
      const lost = await Promise.race([lock.lost.then(() => true), stopSignal.then(() => false)]);
      leading = false;
      if (lost)
        options.log?.error({ key }, 'lost the lock for this role (its database connection ended); stopping the role and standing by');
      await role.stop().catch((error: unknown) => options.log?.error({ err: error, key }, 'the role did not stop cleanly'));
      await lock.release().catch(() => undefined);
      // Give the others a turn first: this process's connection is the one that just failed.
      if (lost) await Promise.race([new Promise((r) => setTimeout(r, pollMs)), stopSignal]);
    }
  })();

  return {
    acquired,
    leading: () => leading,
    async stop() {
      stopped = true;
      wake();
      await loop;
    },
  };
}
