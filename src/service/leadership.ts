// One holder of a role across every bot process on a database: Discord allows one gateway session
// per bot token and shard, so only the process holding the lock connects it; the others keep serving
// Slack over HTTP, timers and the outbox, and take over when the holder dies (its lock goes with it).
//
// The advisory lock keeps two live sessions apart; a lease keeps a silent one in check. A holder cut
// off without a word (a network partition, a frozen host) hears nothing: its lock lives on in a
// server session, and the role with it. So the holder also keeps a lease row, on the database's
// clock, renewed every third of the lease on the lock's connection, and stops the role on its own
// clock once two thirds of a lease have passed since the last renewal it sent that came back: the
// last third is its time to stop before the lease runs out. The server ends the silent session
// about one lease after its last renewal (roleLease.ts), which frees the lock; the next holder then
// also waits until the old lease has run out on the database's clock before it starts the role.
// A holder whose lock connection dies (a PostgreSQL restart) stops the role at once, ends its lease
// if the database answers, and competes for the lock again; a clean stop ends its lease too, so the
// next holder need not wait it out. A holder that takes the lock again finds its own lease: no wait.
import { randomUUID } from 'node:crypto';
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
  /** The lease's length (default 15 s); renewed every third of it. */
  leaseMs?: number;
  log?: Logger | undefined;
  /** The role failed to start: it is not retried (a configuration mistake would repeat forever). */
  onStartFailed?: (error: unknown) => void;
  /** Another process holds the role (or the lock could not be asked for): this one stands by. */
  onStandby?: () => void;
}

/** Why a held role ends. */
type Ending = 'stopped' | 'lost' | 'expired' | 'taken';

const now = () => performance.now(); // monotonic: a clock step does not stretch or cut a lease

export function leadRole(database: Pick<Database, 'tryLock'>, key: string, role: Role, options: LeadershipOptions = {}): Leadership {
  const pollMs = options.pollMs ?? 5_000;
  const takeoverMs = options.takeoverMs ?? 2_000;
  const leaseMs = options.leaseMs ?? 15_000;
  const renewMs = leaseMs / 3;
  const holder = randomUUID();
  // Timers that lost their race are cleared on stop: they must not hold a stopping process open.
  const pending = new Set<NodeJS.Timeout>();
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(() => (pending.delete(timer), resolve()), Math.max(0, ms));
      pending.add(timer);
    });
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
      if (!announced) {
        options.log?.info({ key }, 'another process holds this role; standing by');
        options.onStandby?.();
      }
      announced = true;
      await Promise.race([sleep(pollMs), stopSignal]);
    }
    return null;
  };

  /** One lease call, bounded: a silent connection must not hold the caller past `deadline`. */
  const leaseOnce = (lock: HeldLock, deadline: number) =>
    Promise.race([
      lock.lease(holder, leaseMs).then(
        (left) => (left === 0 ? ('held' as const) : left),
        () => 'failed' as const,
      ),
      sleep(deadline - now()).then(() => 'timeout' as const),
      lock.lost.then(() => 'lost' as const),
    ]);

  /**
   * Waits out the previous holder's lease and takes it. Returns when this process took it (by the
   * monotonic clock, just before the call that took it), or null: lock lost, or stopping.
   */
  const takeLease = async (lock: HeldLock): Promise<number | null> => {
    let announced = false;
    while (!stopped) {
      const sentAt = now();
      const result = await leaseOnce(lock, sentAt + renewMs);
      if (result === 'held') return sentAt;
      if (result === 'timeout' || result === 'failed')
        options.log?.warn({ key, result }, 'could not take the lease for this role; trying again');
      if (result === 'lost' || result === 'timeout' || result === 'failed') return null;
      if (!announced) options.log?.info({ key, waitMs: result }, "waiting for the previous holder's lease to run out");
      announced = true;
      const lost = await Promise.race([
        sleep(Math.min(result, renewMs)).then(() => false),
        lock.lost.then(() => true),
        stopSignal.then(() => false),
      ]);
      if (lost) return null;
    }
    return null;
  };

  /** Renews the lease until it cannot, or until `done` resolves. */
  const keepLease = async (lock: HeldLock, heldSince: number, done: Promise<void>): Promise<Ending> => {
    let lastGood = heldSince;
    let next = heldSince + renewMs;
    for (;;) {
      const giveUpAt = lastGood + leaseMs - renewMs;
      const waited = await Promise.race([
        sleep(Math.min(next, giveUpAt) - now()).then(() => 'due' as const),
        lock.lost.then(() => 'lost' as const),
        done.then(() => 'stopped' as const),
      ]);
      if (waited !== 'due') return waited;
      if (now() >= giveUpAt) return 'expired';
      const sentAt = now();
      const result = await Promise.race([leaseOnce(lock, giveUpAt), done.then(() => 'stopped' as const)]);
      if (result === 'held') {
        lastGood = sentAt;
        next = sentAt + renewMs;
      } else if (result === 'failed') {
        next = now() + renewMs / 5; // try again while there is time
      } else if (result === 'timeout') {
        return 'expired';
      } else if (typeof result === 'number') {
        return 'taken';
      } else {
        return result;
      }
    }
  };

  /** Lets the lock go: cleanly when the connection answers in time, else by dropping it. */
  const letGo = async (lock: HeldLock, clean: boolean) => {
    if (clean) {
      const released = await Promise.race([
        lock.release().then(
          () => true,
          () => true,
        ),
        sleep(renewMs).then(() => false),
      ]);
      if (released) return;
    }
    lock.abandon();
  };

  const loop = (async () => {
    while (!stopped) {
      const lock = await takeLock();
      if (!lock) return;
      const lostMeanwhile = await Promise.race([
        lock.lost.then(() => true),
        stopSignal.then(() => false),
        sleep(takeoverMs).then(() => false),
      ]);
      const heldSince = stopped || lostMeanwhile ? null : await takeLease(lock);
      if (heldSince === null) {
        await letGo(lock, !lostMeanwhile);
        if (stopped) return;
        await Promise.race([sleep(pollMs), stopSignal]);
        continue;
      }
      // The lease is renewed from the moment it is held, while the role starts too.
      let endRenewals: () => void = () => {};
      const renewalsDone = new Promise<void>((resolve) => (endRenewals = resolve));
      const kept = keepLease(lock, heldSince, Promise.race([renewalsDone, stopSignal]));
      try {
        await role.start();
      } catch (error) {
        endRenewals();
        await kept;
        await letGo(lock, true);
        options.onStartFailed?.(error);
        return;
      }
      leading = true;
      markAcquired();
      const ending = await kept;
      leading = false;
      if (ending === 'lost')
        options.log?.error({ key }, 'lost the lock for this role (its database connection ended); stopping the role and standing by');
      else if (ending !== 'stopped')
        options.log?.error(
          { key, ending },
          'could not renew the lease for this role in time (the database does not answer); stopping the role and standing by',
        );
      await role.stop().catch((error: unknown) => options.log?.error({ err: error, key }, 'the role did not stop cleanly'));
      // A lock whose connection died is released too: the lease is ended on another, if it answers.
      await letGo(lock, ending === 'stopped' || ending === 'lost');
      // Give the others a turn first: this process's connection is the one that just failed.
      if (ending !== 'stopped') await Promise.race([sleep(pollMs), stopSignal]);
    }
  })();

  return {
    acquired,
    leading: () => leading,
    async stop() {
      stopped = true;
      wake();
      await loop;
      for (const timer of pending) clearTimeout(timer);
      pending.clear();
    },
  };
}
