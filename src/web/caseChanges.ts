// Tells the open desk pages which cases changed, whichever process changed them: while anyone
// listens, one poll every `intervalMs` of the audit trail's newest id (an index look-up), and on a
// change the refs of the cases behind the new entries. Nobody listening, no polling.
import { desc, gt, sql } from 'drizzle-orm';
import type { Logger } from 'pino';
import type { Db } from '../store/database.ts';
import { caseEvents, cases } from '../store/schema.ts';

export type ChangeListener = (refs: string[]) => void;

export class CaseChanges {
  private readonly listeners = new Set<ChangeListener>();
  private timer: NodeJS.Timeout | null = null;
  private lastId: number | null = null;
  private polling = false;

  constructor(
    private readonly db: Db,
    private readonly intervalMs = 2_000,
    private readonly log?: Logger,
  ) {}

  /** Calls `listener` with the refs that changed; returns the unsubscribe. */
  subscribe(listener: ChangeListener): () => void {
    this.listeners.add(listener);
    this.timer ??= setInterval(() => void this.poll(), this.intervalMs);
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0) this.stop();
    };
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.lastId = null;
  }

  /** One look at the audit trail (the interval calls it; tests may too). */
  async poll(): Promise<void> {
    if (this.polling) return;
    this.polling = true;
    try {
      const [newest] = await this.db.select({ id: caseEvents.id }).from(caseEvents).orderBy(desc(caseEvents.id)).limit(1);
      const id = newest?.id ?? 0;
      const since = this.lastId;
      this.lastId = id;
      if (since === null || id <= since) return;
      const rows = await this.db
        .selectDistinct({ ref: cases.ref })
        .from(caseEvents)
        .innerJoin(cases, sql`${cases.id} = ${caseEvents.caseId}`)
        .where(gt(caseEvents.id, since))
        .limit(100);
      const refs = rows.map((r) => r.ref).sort();
      for (const listener of this.listeners) listener(refs);
    } catch (error) {
      this.log?.warn({ err: error }, 'web desk: could not look for case changes');
    } finally {
      this.polling = false;
    }
  }
}
