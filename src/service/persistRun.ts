// Writes what a batch of events did to a case in one statement (src/store/caseWrite.ts): the snapshot
// (checked against the version read), the audit rows, the timers when they change, the attachments and
// their evidence rows, and the outbound messages, worded here and queued in the outbox. Outside a
// transaction it is atomic on its own; the platform event id is claimed in the same statement.
import { CASE_MACHINE_VERSION } from '../case/caseMachine.ts';
import { isOpen, type CaseSnapshot, type CaseState } from '../case/caseState.ts';
import type { BatchOutcome } from '../case/runEvents.ts';
import { timersAfter } from '../case/timers.ts';
import type { CaseInput, FileRef } from '../case/types.ts';
import { word } from '../chat/wording.ts';
import { writeCase, type CaseWrite } from '../store/caseWrite.ts';
import type { Q } from '../store/database.ts';
import type { CaseRow } from '../store/rows.ts';
import { EMAIL_PLATFORM, oneCustomerMessage } from './mailMessages.ts';
import type { Outbound } from './messages.ts';

type Changed = Extract<BatchOutcome, { changed: boolean }>;

export interface PersistTarget {
  /** The case as read before the transaction, with its decoded snapshot, or null with `input` for a new one. */
  row: CaseRow | null;
  snapshot: CaseSnapshot | null;
  input: (CaseInput & { thread: string | null }) | null;
  files: FileRef[];
  platform: string;
  /** The platform event to claim with the write; null when it was claimed already or there is none. */
  claim: { platform: string; eventId: string } | null;
}

/** What was written: the messages queued; or why nothing was (the case moved on, the event was a replay). */
export type Persisted = { messages: Outbound[] } | { conflict: true } | { duplicate: true };

export async function persistRun(q: Q, target: PersistTarget, run: Changed): Promise<Persisted> {
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
  const timers = timersAfter(
    previous && target.snapshot
      ? {
          context: target.snapshot.context,
          facts: {
            state: previous.state as CaseState,
            lastCustomerAt: previous.lastCustomerAt ?? target.snapshot.context.openedAt,
            stateSince: previous.stateSince ?? target.snapshot.context.openedAt,
          },
        }
      : null,
    { context, facts: { state, lastCustomerAt: values.lastCustomerAt, stateSince: values.stateSince } },
  );
  const platform = previous?.platform ?? target.input!.platform;
  const worded: Outbound[] = run.notices
    .flatMap((n) => word(n, context, state))
    .map((s) => ({
      outboxId: null,
      case: ref,
      platform,
      thread: previous ? previous.thread : target.input!.thread,
      to: s.to,
      user: s.to === 'customer' ? (previous?.customer ?? target.input!.customer) : null,
      text: s.text,
      expects: s.to === 'customer' ? run.expects : null,
      actions: s.actions,
      private: false,
      ...(s.attachment ? { attachment: s.attachment } : {}),
      ...(s.quote ? { quote: s.quote } : {}),
      ...(s.to === 'customer' && context.language && context.language !== 'en' ? { language: context.language } : {}),
    }));
  // A mail per notice would be three mails for one answer: an email case's customer gets one per write.
  const messages = platform === EMAIL_PLATFORM ? oneCustomerMessage(worded) : worded;
  const write: CaseWrite = {
    target: previous
      ? { kind: 'update', id: previous.id, version: previous.version }
      : {
          kind: 'insert',
          values: {
            ref,
            platform,
            customer: target.input!.customer,
            thread: target.input!.thread,
            machineVersion: CASE_MACHINE_VERSION,
            openedAt: target.input!.openedAt,
          },
        },
    values,
    claim: target.claim,
    audit: audit.map((a) => ({ ...a })),
    timers,
    // Files with a platform link are copied into the evidence vault by the evidence worker.
    files: target.files.map((file) => ({
      platform: target.platform,
      fileId: file.id ?? null,
      name: file.name,
      type: file.type,
      size: file.size,
      url: file.url ?? null,
      purpose: run.purposes.get(file) ?? 'other',
      postedBy: who.actorId,
      at: now,
      evidence: Boolean(file.url),
    })),
    outbox: { platform, createdAt: now, payloads: messages },
  };
  const written = await writeCase(q, write);
  if (!written.written) return 'duplicate' in written ? { duplicate: true } : { conflict: true };
  return { messages: messages.map((m, i) => ({ ...m, outboxId: written.outboxIds[i] ?? null })) };
}
