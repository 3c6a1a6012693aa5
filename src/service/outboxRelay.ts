// Delivers the outbox: every message a case change wrote, at least once, in order per case, with
// backoff on failure and the platform's retry-after honoured. A relay that dies mid-delivery loses
// its lease and another (or the restarted one) delivers the row again; adapters make that repeat
// harmless where the platform allows (an idempotency key or a check for the row's id).
import type { Logger } from 'pino';
import type { Db } from '../store/database.ts';
import * as store from '../store/outboxStore.ts';
import type { Outbound } from './messages.ts';

/** Posts one outbox row on its platform; throws to have it retried later. */
export type Deliverer = (message: Outbound, outboxId: number, attempt: number) => Promise<void>;

/** A failure the platform asked to be retried after a delay (HTTP 429 retry-after, 503). */
export class DeliveryRetry extends Error {
  override name = 'DeliveryRetry';
  constructor(
    message: string,
    readonly retryAfterMs: number,
  ) {
    super(message);
  }
}

export interface RelayOptions {
  db: Db;
  deliverers: Map<string, Deliverer>;
  log?: Logger | undefined;
  now?: () => Date;
  leaseMs?: number;
  batch?: number;
}

/** 1 s, 2 s, 4 s … capped at 5 minutes. */
export function backoffMs(attempts: number): number {
  return Math.min(300_000, 1000 * 2 ** Math.min(attempts, 20));
}

export class OutboxRelay {
  private running: Promise<number> | null = null;
  private again = false;
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly options: RelayOptions) {}

  private now(): Date {
    return this.options.now?.() ?? new Date();
  }

  /** Delivers what is due now; returns how many rows were delivered. */
  async deliverDue(): Promise<number> {
    const { db, deliverers, log } = this.options;
    let delivered = 0;
    for (;;) {
      const now = this.now();
      const rows = await db.transaction((tx) =>
        store.leaseOutbox(tx, {
          now: now.toISOString(),
          leaseUntil: new Date(now.getTime() + (this.options.leaseMs ?? 30_000)).toISOString(),
          platforms: [...deliverers.keys()],
          limit: this.options.batch ?? 50,
        }),
      );
      if (rows.length === 0) return delivered;
      const failedCases = new Set<number | null>();
      for (const row of rows) {
        // Once a case's message failed, its later ones wait: they must not overtake it.
        if (failedCases.has(row.caseId)) {
          await store.outboxRelease(db, row.id);
          continue;
        }
        const message = { ...(row.payload as Outbound), outboxId: row.id };
        try {
          await deliverers.get(row.platform)!(message, row.id, row.attempts);
          await store.markOutboxDelivered(db, [row.id], this.now().toISOString());
          delivered++;
        } catch (error) {
          failedCases.add(row.caseId);
          const rateLimited = error instanceof DeliveryRetry;
          const wait = rateLimited ? Math.max(error.retryAfterMs, 0) : backoffMs(row.attempts - 1);
          log?.warn({ err: error, outboxId: row.id, case: message.case, attempt: row.attempts, retryInMs: wait }, 'outbox delivery failed; will retry');
          await store.outboxFailed(db, row.id, new Date(this.now().getTime() + wait).toISOString(), String((error as Error).message ?? error), { rateLimited });
        }
      }
    }
  }

  /** Runs a delivery pass now, or right after the one under way (several kicks make one pass). */
  kick(): Promise<number> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.deliverDue()
      .catch((error: unknown) => {
        this.options.log?.error({ err: error }, 'outbox relay pass failed');
        return 0;
      })
      .finally(() => {
        this.running = null;
        if (this.again) {
          this.again = false;
          void this.kick();
        }
      });
    return this.running;
  }

  /** Polls every `intervalMs` for rows whose backoff has passed or whose lease expired. */
  start(intervalMs = 2000): void {
    this.timer ??= setInterval(() => void this.kick(), intervalMs);
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }
}
