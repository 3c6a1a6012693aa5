// Tells the open desk pages which cases changed, whichever process changed them: while anyone
// listens, one poll every `intervalMs` of the audit trail's newest id (an index look-up), and on a
// change the refs of the cases behind the new entries. Nobody listening, no polling.
import { and, desc, gt, lte, sql } from 'drizzle-orm';
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

  /** The audit trail's newest id: a page drawn now shows everything up to it. */
  async newestId(): Promise<number> {
    const [newest] = await this.db.select({ id: caseEvents.id }).from(caseEvents).orderBy(desc(caseEvents.id)).limit(1);
    return newest?.id ?? 0;
  }

  /**
   * Calls `listener` with the refs that changed after `since` (the page's newestId when it was drawn:
   * nothing between drawing and listening is missed); returns the unsubscribe.
   */
  subscribe(listener: ChangeListener, since: number | null = null): () => void {
    this.listeners.add(listener);
    if (since !== null) {
      if (this.lastId === null) this.lastId = since;
      else if (since < this.lastId) void this.changedBetween(since, this.lastId).then((refs) => refs.length > 0 && listener(refs));
    }
    this.timer ??= setInterval(() => void this.poll(), this.intervalMs);
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0) this.stop();
    };
  }

  private async changedBetween(after: number, upTo: number): Promise<string[]> {
    const rows = await this.db
      .selectDistinct({ ref: cases.ref })
      .from(caseEvents)
      .innerJoin(cases, sql`${cases.id} = ${caseEvents.caseId}`)
      .where(and(gt(caseEvents.id, after), lte(caseEvents.id, upTo)))
      .limit(100);
    return rows.map((r) => r.ref).sort();
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
      const id = await this.newestId();
      const since = this.lastId;
      this.lastId = id;
      if (since === null || id <= since) return;
      const refs = await this.changedBetween(since, id);
      for (const listener of this.listeners) listener(refs);
    } catch (error) {
      this.log?.warn({ err: error }, 'web desk: could not look for case changes');
    } finally {
      this.polling = false;
    }
  }
}
