// Reading cases for the adapters and the CLI, as CaseSummary views: the store's rows stay in the store.
import type { CaseHistoryEntry, CaseSummary } from '../case/caseSummary.ts';
import { persistedSnapshot } from '../case/snapshot.ts';
import type { CaseContext } from '../case/types.ts';
import { caseHistory, casesByRefs, findCaseByRef, latestOpenCaseOf, listCases } from '../store/caseStore.ts';
import type { Db } from '../store/database.ts';
import type { CaseRow } from '../store/rows.ts';

export function caseSummary(row: CaseRow): CaseSummary {
  return {
    id: row.id,
    ref: row.ref,
    platform: row.platform,
    customer: row.customer,
    thread: row.thread,
    state: row.state as CaseSummary['state'],
    orderNumber: row.orderNumber,
    rma: row.rma,
    openedAt: row.openedAt,
    updatedAt: row.updatedAt,
  };
}

export interface CaseListFilter {
  /** A state name, `open` or `all`. */
  state: string;
  limit: number;
  /** Only this customer's cases (with `customer`). */
  platform?: string;
  customer?: string;
  /** Newest first; oldest first otherwise. */
  newestFirst?: boolean;
}

export class CaseQueries {
  constructor(private readonly db: Db) {}

  /** The customer's latest open case on a platform, if any (before opening a platform thread for a new claim). */
  async openCaseOf(platform: string, customer: string): Promise<CaseSummary | undefined> {
    const row = await latestOpenCaseOf(this.db, platform, customer);
    return row && caseSummary(row);
  }

  async list(filter: CaseListFilter): Promise<CaseSummary[]> {
    return (await listCases(this.db, filter)).map(caseSummary);
  }

  async byRef(ref: string): Promise<CaseSummary | undefined> {
    const row = await findCaseByRef(this.db, ref);
    return row && caseSummary(row);
  }

  /** A case with its machine context and its whole audit trail (`rma-desk cases show`). */
  async detail(ref: string): Promise<{ summary: CaseSummary; context: CaseContext; history: CaseHistoryEntry[] } | undefined> {
    const row = await findCaseByRef(this.db, ref);
    if (!row) return undefined;
    return { summary: caseSummary(row), context: persistedSnapshot(row).context, history: await caseHistory(this.db, row.id) };
  }

  /** The cases named, each with its machine context (for the scripted console's closing lines). */
  async withContext(refs: string[]): Promise<Array<CaseSummary & { context: CaseContext }>> {
    return (await casesByRefs(this.db, refs)).map((row) => ({ ...caseSummary(row), context: persistedSnapshot(row).context }));
  }
}
