// One real case, run through the real service on an in-memory database, and what it left in the
// database after each of its events: the snapshot, the audit rows, the outbox rows, the attachments.
// The baseline writes rows of the same sizes; the scale part copies them into 100,000 cases.
import { asc, gt } from 'drizzle-orm';
import { attachments, caseEvents, outbox } from '../../src/store/schema.ts';
import { loadOrders, openBenchApp } from './benchApp.ts';
import { caseScript, customerId, type StepKind } from './caseScript.ts';
import { findCaseByRef } from '../../src/store/caseStore.ts';

export interface AuditTemplate {
  type: string;
  actorKind: string;
  actorId: string;
  /** JSON text. */
  data: string;
  stateBefore: string | null;
  stateAfter: string;
}

export interface AttachmentTemplate {
  fileId: string | null;
  name: string;
  type: string;
  size: number;
  purpose: string;
  postedBy: string;
}

export interface StepTemplate {
  kind: StepKind;
  /** Minutes after the case was opened. */
  minutes: number;
  state: string;
  /** The row's version after the step. */
  version: number;
  /** The stored snapshot as JSON text. */
  snapshot: string;
  orderNumber: string | null;
  rma: string | null;
  audit: AuditTemplate[];
  /** Outbox payloads (JSON text). */
  outbox: string[];
  attachments: AttachmentTemplate[];
}

export interface CaseTemplate {
  /** What to replace in the texts to make another case of it. */
  ref: string;
  rma: string;
  customer: string;
  steps: StepTemplate[];
}

export async function captureCaseTemplate(): Promise<CaseTemplate> {
  const app = await openBenchApp('memory:');
  try {
    await loadOrders(app, 1);
    const db = app.database.db;
    const steps: StepTemplate[] = [];
    let ref = '';
    let lastAudit = 0;
    let lastOutbox = 0;
    let lastAttachment = 0;
    let openedAt = 0;
    for (const step of caseScript('t', 0)) {
      const inbound = step.inbound(ref);
      const result = await app.service.handle(inbound);
      if (!result.ok) throw new Error(`the template case was refused: ${result.error}`);
      ref ||= result.caseRef ?? '';
      const row = await findCaseByRef(app.database.db, ref);
      if (!row) throw new Error('the template case was not stored');
      openedAt ||= Date.parse(inbound.at);
      const audit = await db.select().from(caseEvents).where(gt(caseEvents.id, lastAudit)).orderBy(asc(caseEvents.id));
      const sent = await db.select().from(outbox).where(gt(outbox.id, lastOutbox)).orderBy(asc(outbox.id));
      const files = await db.select().from(attachments).where(gt(attachments.id, lastAttachment)).orderBy(asc(attachments.id));
      lastAudit = audit.at(-1)?.id ?? lastAudit;
      lastOutbox = sent.at(-1)?.id ?? lastOutbox;
      lastAttachment = files.at(-1)?.id ?? lastAttachment;
      steps.push({
        kind: step.kind,
        minutes: Math.round((Date.parse(inbound.at) - openedAt) / 60_000),
        state: row.state,
        version: row.version,
        snapshot: JSON.stringify(row.snapshot),
        orderNumber: row.orderNumber,
        rma: row.rma,
        audit: audit.map((a) => ({
          type: a.type,
          actorKind: a.actorKind,
          actorId: a.actorId,
          data: JSON.stringify(a.data),
          stateBefore: a.stateBefore,
          stateAfter: a.stateAfter,
        })),
        outbox: sent.map((o) => JSON.stringify(o.payload)),
        attachments: files.map((f) => ({
          fileId: f.fileId,
          name: f.name,
          type: f.type,
          size: f.size,
          purpose: f.purpose,
          postedBy: f.postedBy,
        })),
      });
    }
    const rma = steps.at(-1)?.rma;
    if (!rma) throw new Error('the template case got no RMA number');
    return { ref, rma, customer: customerId('t', 0), steps };
  } finally {
    await app.close();
  }
}

/** The template's text made into another case's (its reference, RMA number and customer). */
export function personalize(text: string, template: CaseTemplate, to: { ref: string; rma: string; customer: string }): string {
  return text.replaceAll(template.ref, to.ref).replaceAll(template.rma, to.rma).replaceAll(template.customer, to.customer);
}
