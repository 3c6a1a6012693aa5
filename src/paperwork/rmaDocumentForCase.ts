// The RMA document of a stored case, issued on the date of its approval (read from the audit trail).
import type { CaseContext } from '../case/types.ts';
import { persistedSnapshot } from '../case/snapshot.ts';
import { caseHistory, findCaseByRef } from '../store/caseStore.ts';
import type { Db } from '../store/database.ts';
import { renderRmaDocument, RmaDocumentError, type RmaDocumentOptions } from './rmaDocument.ts';
import { rmaDocumentFileName } from './rmaDocumentFile.ts';

export interface CaseRmaDocument {
  ref: string;
  rma: string;
  fileName: string;
  pdf: Buffer;
  context: CaseContext;
}

/** Throws RmaDocumentError when there is no such case or it has no RMA number. */
export async function rmaDocumentForCase(db: Db, ref: string, options: Pick<RmaDocumentOptions, 'size'> = {}): Promise<CaseRmaDocument> {
  const row = await findCaseByRef(db, ref.trim().toUpperCase());
  if (!row) throw new RmaDocumentError(`no case ${ref.trim().toUpperCase()}`);
  const context = persistedSnapshot(row).context;
  if (!context.rma) throw new RmaDocumentError(`${row.ref} has no RMA number (it is ${row.state}); a case gets one when staff approve it`);
  const approval = (await caseHistory(db, row.id)).findLast((event) => event.type === 'staff.approve');
  const pdf = await renderRmaDocument(context, { ...options, issuedAt: approval ? approval.at : undefined });
  return { ref: row.ref, rma: context.rma, fileName: rmaDocumentFileName(context), pdf, context };
}
