// Writes what a batch of events did to a case, inside the caller's transaction: the snapshot (checked
// against the version read), the audit rows, the timers, the attachments and their evidence rows, and
// the outbound messages, worded here and queued in the outbox.
import { CASE_MACHINE_VERSION } from '../case/caseMachine.ts';
import { isOpen } from '../case/caseState.ts';
import type { BatchOutcome } from '../case/runEvents.ts';
import { wantedTimers } from '../case/timers.ts';
import type { CaseInput, FileRef } from '../case/types.ts';
import { word } from '../chat/wording.ts';
import { appendCaseEvents, insertAttachments, insertCase, updateCase } from '../store/caseStore.ts';
import type { Tx } from '../store/database.ts';
import { insertEvidence } from '../store/evidenceStore.ts';
import { insertOutbox } from '../store/outboxStore.ts';
import type { CaseRow, NewAttachment } from '../store/rows.ts';
import { reconcileTimers } from '../store/timerStore.ts';
import type { Outbound } from './messages.ts';

type Changed = Extract<BatchOutcome, { changed: boolean }>;

export interface PersistTarget {
  /** The case as read before the transaction, or null with `input` for a new one. */
  row: CaseRow | null;
  input: (CaseInput & { thread: string | null }) | null;
  files: FileRef[];
  platform: string;
}

/** Null when the case changed since it was read (the caller retries on the new version). */
export async function persistRun(tx: Tx, target: PersistTarget, run: Changed): Promise<Outbound[] | null> {
  const { audit, context, state, ref } = run;
  const who = audit[0]!;
  const now = audit[audit.length - 1]!.at;
  const previous = target.row;
  const stateChange = audit.findLast((a) => a.stateBefore !== a.stateAfter);
  const values = {
    state,
    snapshot: run.persisted,
    orderNumber: context.orderNumber,
    rma: context.rma,
    updatedAt: now,
    closedAt: isOpen(state) ? null : (context.closedAt ?? now),
    lastCustomerAt: who.actorKind === 'customer' ? now : (previous?.lastCustomerAt ?? context.openedAt),
    stateSince: stateChange ? stateChange.at : (previous?.stateSince ?? context.openedAt),
  };
  let row: CaseRow;
  if (previous) {
    if (!(await updateCase(tx, previous.id, previous.version, values))) return null;
    row = { ...previous, ...values, version: previous.version + 1 };
  } else {
    const input = target.input!;
    row = await insertCase(tx, {
      ...values,
      ref,
      platform: input.platform,
      customer: input.customer,
      thread: input.thread,
      machineVersion: CASE_MACHINE_VERSION,
      openedAt: input.openedAt,
    });
  }
  await appendCaseEvents(
    tx,
    audit.map((a) => ({ ...a, caseId: row.id, version: row.version })),
  );
  await reconcileTimers(tx, row.id, wantedTimers(context, { state, lastCustomerAt: values.lastCustomerAt, stateSince: values.stateSince }));
  const attachments: NewAttachment[] = target.files.map((file) => ({
    caseId: row.id,
    platform: target.platform,
    fileId: file.id ?? null,
    name: file.name,
    type: file.type,
    size: file.size,
    url: file.url ?? null,
    purpose: run.purposes.get(file) ?? 'other',
    postedBy: who.actorId,
    at: now,
  }));
  const attachmentIds = await insertAttachments(tx, attachments);
  // Files with a platform link are copied into the evidence vault by the evidence worker.
  await insertEvidence(
    tx,
    target.files.flatMap((file, i) =>
      file.url && attachmentIds[i] !== undefined
        ? [
            {
              caseId: row.id,
              attachmentId: attachmentIds[i],
              platform: target.platform,
              fileId: file.id ?? null,
              url: file.url,
              name: file.name,
              claimedType: file.type,
              claimedSize: file.size,
              purpose: attachments[i]!.purpose,
              createdAt: now,
            },
          ]
        : [],
    ),
  );

  const messages: Outbound[] = run.notices
    .flatMap((n) => word(n, context, state))
    .map((s) => ({
      outboxId: null,
      case: ref,
      platform: row.platform,
      thread: row.thread,
      to: s.to,
      user: s.to === 'customer' ? row.customer : null,
      text: s.text,
      expects: s.to === 'customer' ? run.expects : null,
      actions: s.actions,
      private: false,
      ...(s.attachment ? { attachment: s.attachment } : {}),
      ...(s.quote ? { quote: s.quote } : {}),
    }));
  const ids = await insertOutbox(
    tx,
    messages.map((m) => ({ caseId: row.id, platform: m.platform, payload: m, createdAt: now })),
  );
  return messages.map((m, i) => ({ ...m, outboxId: ids[i] ?? null }));
}
