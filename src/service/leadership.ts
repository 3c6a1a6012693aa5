// One holder of a role across every bot process on a database: Discord allows one gateway session
// per bot token and shard, so only the process holding the lock connects it; the others keep serving
// Slack over HTTP, timers and the outbox, and take over when the holder dies (its lock goes with it).
import type { Logger } from 'pino';
import type { Database } from '../store/db.ts';

export interface Leadership {
  /** Resolves when this process becomes the holder; never if stopped first. */
  acquired: Promise<void>;
  stop(): Promise<void>;
}

export function waitForLeadership(database: Pick<Database, 'tryLock'>, key: string, options: { pollMs?: number; log?: Logger | undefined } = {}): Leadership {
  let lock: { release(): Promise<void> } | null = null;
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;
  let announced = false;
  const acquired = new Promise<void>((resolve) => {
    const attempt = async () => {
      if (stopped) return;
      try {
        lock = await database.tryLock(key);
      } catch (error) {
        options.log?.warn({ err: error, key }, 'could not ask for the lock; trying again');
      }
      if (lock && !stopped) return resolve();
      if (lock && stopped) {
        await lock.release();
        return;
      }
      if (!announced) options.log?.info({ key }, 'another process holds this role; standing by');
      announced = true;
      timer = setTimeout(() => void attempt(), options.pollMs ?? 5_000);
    };
    void attempt();
  });
  return {
    acquired,
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await lock?.release();
      lock = null;
    },
  };
}
