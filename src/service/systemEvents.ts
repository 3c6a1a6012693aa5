// Events no person sends: a durable timer falling due, the evidence vault refusing a file. Each runs
// through its case like any event, in a transaction that locks the case first.
import type { Logger } from 'pino';
import type { Who } from '../case/runEvents.ts';
import { runEvents } from '../case/runEvents.ts';
import { persistedSnapshot } from '../case/snapshot.ts';
import type { CaseEvent, FileRef, TimerKind } from '../case/types.ts';
import { lockCaseById } from '../store/caseStore.ts';
import type { Db, Tx } from '../store/database.ts';
import { claimDueTimer, markTimerFired } from '../store/timerStore.ts';
import type { Outbound } from './messages.ts';
import { persistRun } from './persistRun.ts';

export class SystemEvents {
  constructor(private readonly deps: { db: Db; log?: Logger | undefined }) {}

  /** Sends `event` to a locked case; what it said is in the outbox and returned. */
  private async run(tx: Tx, caseId: number, who: Who, event: CaseEvent): Promise<Outbound[]> {
    const row = await lockCaseById(tx, caseId);
    if (!row) return [];
    const restored = persistedSnapshot(row);
    const run = await runEvents({
      restored,
      input: null,
      who,
      buildEvents: () => [event],
      strict: false,
      allocateRma: () => Promise.reject(new Error(`${who.id} does not approve cases`)),
    });
    if (run.refused || !run.changed) return [];
    // The case is locked: the version cannot have moved.
    const persisted = await persistRun(tx, { row, snapshot: restored, input: null, files: [], platform: row.platform, claim: null }, run);
    return 'messages' in persisted ? persisted.messages : [];
  }

  /**
   * Fires every timer due by `now` as a `timer.fired` case event, each in its own transaction that
   * also marks it fired, so a timer fires once whatever the number of workers. Returns what the
   * cases said, in firing order.
   */
  async fireDueTimers(now: string, limit = 1000): Promise<Outbound[]> {
    const said: Outbound[] = [];
    for (let fired = 0; fired < limit; fired++) {
      const messages = await this.deps.db.transaction(async (tx) => {
        const timer = await claimDueTimer(tx, now);
        if (!timer) return null;
        await markTimerFired(tx, timer.id, now);
        return this.run(
          tx,
          timer.caseId,
          { kind: 'system', id: 'timer' },
          { type: 'timer.fired', kind: timer.kind as TimerKind, at: timer.dueAt },
        );
      });
      if (messages === null) break;
      said.push(...messages);
    }
    return said;
  }

  /**
   * Tells a case that the evidence vault refused one of its files; the intake asks for it again, or
   * (`quota`) the customer is told a person can help.
   */
  async evidenceRefused(caseId: number, file: FileRef, reason: string, at: string, why?: 'quota'): Promise<Outbound[]> {
    const event = { type: 'evidence.refused' as const, file, reason, at, ...(why === 'quota' ? { quota: true as const } : {}) };
    return this.deps.db.transaction((tx) => this.run(tx, caseId, { kind: 'system', id: 'evidence' }, event));
  }
}
