// Delivers the outbox: every message a case change wrote, at least once, in order per case, with one
// backoff policy and the platform's retry-after honoured. Messages are posted right after their event
// (`deliverNow`, rows leased first so the relay does not post them too; events posted at the same time
// share their lease and mark statements) and, when that fails or the process dies, by the relay
// (`deliverDue`, on an interval). A relay that dies mid-delivery loses its lease and another (or the
// restarted one) delivers the row again; adapters make that repeat harmless where the platform
// allows (an idempotency key or a check for the row's id).
import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger } from 'pino';
import type { Db } from '../store/database.ts';
import { leaseOutbox, leaseRows, markOutboxDelivered, outboxFailed, outboxRelease } from '../store/outboxStore.ts';
import { DeliveryRetry, type Attachment, type Delivery, type Outbound, type OutboundFile } from './messages.ts';
import { sharedRuns } from './sharedRuns.ts';

/** Makes the file an attachment stands for (null: send the message without it). */
export type DocumentMaker = (ref: string, attachment: Attachment) => Promise<OutboundFile | null>;

export interface OutboxOptions {
  db: Db;
  /** Each platform's Delivery, for the relay; adapters register theirs as they start. */
  deliveries?: Map<string, Delivery>;
  documents?: DocumentMaker | undefined;
  log?: Logger | undefined;
  now?: () => Date;
  leaseMs?: number;
  batch?: number;
  /**
   * How many events are being recorded right now (CaseService.handle calls under way). While more
   * than `YIELD_WHEN_RECORDING` are, deliverNow leaves outbox rows to the running relay.
   */
  recording?: (() => number) | undefined;
}

/**
 * Events being recorded at once above which an event's replies wait for the relay instead of being
 * posted right away. A platform waits for the recording (Slack's acknowledgement, Discord's
 * interaction answer) but not for the replies: under a burst, posting three replies per event beside
 * the recording of the next fifty makes every one of them wait. The relay posts one row at a time,
 * in order per case, so the replies still go out during the burst, and all at once after it. A chat
 * with a few customers at a time never gets here.
 */
export const YIELD_WHEN_RECORDING = 8;

/**
 * While that many events are being recorded, the relay waits this long after each row it posts: at
 * most 50 replies a second during a burst (Slack allows about one post a second per channel anyway),
 * the rest at full speed once the burst is over.
 */
export const BURST_RELAY_GAP_MS = 20;

/** 1 s, 2 s, 4 s … capped at 5 minutes, by failed tries so far (rate-limited ones not counted). */
export function backoffMs(failures: number): number {
  return Math.min(300_000, 1000 * 2 ** Math.min(Math.max(failures, 0), 20));
}

/** When a row whose post failed is tried again: the platform's retry-after, else the backoff. */
function retryDelayMs(error: unknown, failuresBefore: number): number {
  return error instanceof DeliveryRetry ? Math.max(error.retryAfterMs, 0) : backoffMs(failuresBefore);
}

/** Ids in one shared lease or mark statement, at most (each is a parameter, twice in a lease). */
const MAX_IDS_PER_STATEMENT = 500;

export class Outbox {
  readonly deliveries: Map<string, Delivery>;
  private running: Promise<number> | null = null;
  private again = false;
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;
  /**
   * Leasing and marking rows, shared: the events whose replies are posted at the same time lease
   * their rows in one statement and mark them in another, instead of taking a database connection
   * each (the recording of the next events waits for those connections).
   */
  private readonly lease: (ids: number[]) => Promise<number[]>;
  private readonly markDelivered: (id: number) => Promise<void>;

  constructor(private readonly options: OutboxOptions) {
    this.deliveries = options.deliveries ?? new Map();
    const byIds = { weight: (ids: number[]) => ids.length, maxWeight: MAX_IDS_PER_STATEMENT };
    this.lease = sharedRuns(async (idLists: number[][]) => {
      const now = this.now();
      const leased = new Set(await leaseRows(options.db, idLists, now.toISOString(), this.leaseUntil(now)));
      // A row asked for twice goes to the first caller only, as if each had leased on its own.
      return idLists.map((ids) => ids.filter((id) => leased.delete(id)));
    }, byIds);
    this.markDelivered = sharedRuns(
      async (ids: number[]) => {
        await markOutboxDelivered(options.db, ids, this.now().toISOString());
        return ids.map(() => undefined);
      },
      { maxWeight: MAX_IDS_PER_STATEMENT },
    );
  }

  private now(): Date {
    return this.options.now?.() ?? new Date();
  }

  private leaseUntil(now: Date): string {
    return new Date(now.getTime() + (this.options.leaseMs ?? 30_000)).toISOString();
  }

  /** The message's file, made now: a failure fails the post, so the row is retried whole. */
  private async fileOf(message: Outbound): Promise<OutboundFile | null> {
    if (!message.attachment || !message.case || !this.options.documents) return null;
    return this.options.documents(message.case, message.attachment);
  }

  private async failed(id: number, caseRef: string | null, error: unknown, attempt: number): Promise<void> {
    const rateLimited = error instanceof DeliveryRetry;
    const wait = retryDelayMs(error, attempt - 1);
    this.options.log?.warn({ err: error, outboxId: id, case: caseRef, attempt, retryInMs: wait }, 'outbox delivery failed; will retry');
    await outboxFailed(
      this.options.db,
      id,
      new Date(this.now().getTime() + wait).toISOString(),
      String((error as Error)?.message ?? error),
      { rateLimited },
    );
  }

  /**
   * Posts a result's messages now through the adapter's `delivery`: leases the outbox rows, posts,
   * and marks each delivered or failed (the relay retries those). A message outside the outbox (a
   * private reply) that fails is logged: nobody posts it again.
   */
  async deliverNow(messages: Outbound[], delivery: Delivery): Promise<void> {
    const { db, log } = this.options;
    if (this.yielding()) {
      const forRelay = messages.filter((m) => m.outboxId !== null && this.deliveries.has(m.platform));
      if (forRelay.length > 0) {
        void this.kick();
        messages = messages.filter((m) => !forRelay.includes(m));
      }
    }
    const ids = messages.flatMap((m) => (m.outboxId === null ? [] : [m.outboxId]));
    const leased = new Set(ids.length > 0 ? await this.lease(ids) : []);
    // Once a case's message is skipped or fails, its later ones wait for the relay: no overtaking.
    const heldCases = new Set<string | null>();
    for (const message of messages) {
      const id = message.outboxId;
      if (id !== null && (!leased.has(id) || heldCases.has(message.case))) {
        heldCases.add(message.case);
        if (leased.has(id)) await outboxRelease(db, id);
        continue;
      }
      // A customer message of another platform's case goes out on that platform.
      const through =
        message.to === 'customer' && delivery.platform && message.platform !== delivery.platform
          ? this.deliveries.get(message.platform)
          : delivery;
      if (!through) {
        heldCases.add(message.case);
        if (id !== null) await outboxRelease(db, id);
        continue;
      }
      try {
        await through.post(message, 1, await this.fileOf(message));
        // Marked before the next message is posted, as on its own: a crash after this post never posts it again.
        if (id !== null) await this.markDelivered(id);
      } catch (error) {
        if (id === null) {
          log?.error({ err: error, caseRef: message.case, to: message.to }, 'could not post a reply');
          continue;
        }
        heldCases.add(message.case);
        await this.failed(id, message.case, error, 1);
      }
    }
  }

  /** Whether replies wait for the relay now: it runs, and many events are being recorded. */
  private yielding(): boolean {
    return this.timer !== null && (this.options.recording?.() ?? 0) > YIELD_WHEN_RECORDING;
  }

  /** Delivers what is due now through the registered deliveries; returns how many rows were delivered. */
  async deliverDue(): Promise<number> {
    const { db } = this.options;
    let delivered = 0;
    for (;;) {
      const now = this.now();
      const platforms = [...this.deliveries.keys()];
      const rows = await db.transaction((tx) =>
        leaseOutbox(tx, { now: now.toISOString(), leaseUntil: this.leaseUntil(now), platforms, limit: this.options.batch ?? 50 }),
      );
      if (rows.length === 0) return delivered;
      const failedCases = new Set<number | null>();
      for (const row of rows) {
        // Once a case's message failed, its later ones wait: they must not overtake it. Stopping: the
        // row under way was finished; the rest go back for the next relay (a backlog can be long).
        if (failedCases.has(row.caseId) || this.stopped) {
          await outboxRelease(db, row.id);
          continue;
        }
        // caseVersion is the row's own note (caseWrite.ts), not part of the message.
        const { caseVersion: _version, ...payload } = row.payload as Outbound & { caseVersion?: number };
        const message: Outbound = { ...payload, outboxId: row.id };
        try {
          const delivery = this.deliveries.get(row.platform);
          if (!delivery) throw new Error(`no delivery for ${row.platform}`);
          await delivery.post(message, row.attempts, await this.fileOf(message));
          await this.markDelivered(row.id);
          delivered++;
          if (this.yielding()) await sleep(BURST_RELAY_GAP_MS);
        } catch (error) {
          failedCases.add(row.caseId);
          await this.failed(row.id, message.case, error, row.attempts);
        }
      }
      if (this.stopped) return delivered;
    }
  }

  /** Runs a delivery pass now, or right after the one under way (several kicks make one pass). */
  kick(): Promise<number> {
    // Stopped: a worker's late kick must not start a pass while the database closes.
    if (this.stopped) return Promise.resolve(0);
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
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    // The pass under way, and the one a kick during it asked for.
    while (this.running) await this.running;
  }
}
