// Runs a batch of events through one case inside the caller's transaction: restore the actor from the
// stored snapshot, send, and write the new snapshot, audit rows, attachments and outbox rows.
import { createActor } from 'xstate';
import { CASE_MACHINE_VERSION, caseMachine } from '../case/caseMachine.ts';
import { expectsOf, isOpen, stateOf, type CaseSnapshot, type CaseState } from '../case/caseState.ts';
import { upgradeSnapshot } from '../case/snapshotMigrations.ts';
import { wantedTimers } from '../case/timers.ts';
import type { CaseContext, CaseEvent, CaseInput, Expects, FileRef, Notice } from '../case/types.ts';
import { word } from '../chat/wording.ts';
import { pendingCents } from '../policy/costs.ts';
import type { Tx } from '../store/database.ts';
import * as store from '../store/caseStore.ts';
import { insertEvidence } from '../store/evidenceStore.ts';
import { insertOutbox } from '../store/outboxStore.ts';
import type { CaseRow, NewAttachment, NewCaseEvent } from '../store/rows.ts';
import { reconcileTimers } from '../store/timerStore.ts';
import type { Outbound } from './messages.ts';

export interface Who {
  kind: 'customer' | 'staff' | 'system';
  id: string;
}

export interface CaseRun {
  /** The locked row of an existing case, or null with `input` for a new one. */
  row: CaseRow | null;
  input: (CaseInput & { thread: string | null }) | null;
  who: Who;
  buildEvents: (context: CaseContext, expects: Expects) => CaseEvent[];
  /** Refuse (rather than skip) an event the case cannot take now: for commands and buttons. */
  strict: boolean;
  allocateRma: () => Promise<string>;
  files: FileRef[];
  platform: string;
}

export interface CaseRunResult {
  ref: string;
  refused?: string;
  saved: boolean;
  messages: Outbound[];
}

/** The stored snapshot, upgraded to this build's machine version. */
export function persistedSnapshot(row: CaseRow): CaseSnapshot {
  return upgradeSnapshot(row.snapshot as Record<string, unknown>, row.machineVersion) as unknown as CaseSnapshot;
}

const PURPOSE: Partial<Record<CaseEvent['type'], string>> = {
  'photo.serial': 'serial_photo',
  'photo.install': 'install_photo',
  'evidence.provided': 'evidence',
};

/** Why the case cannot take `event` now, in words for the person who sent it. */
function refusalFor(event: CaseEvent, context: CaseContext, state: CaseState): string {
  const ref = context.ref;
  switch (event.type) {
    case 'staff.approve':
      return context.rma && state !== 'review' ? `${ref} is already approved (${context.rma}); it is now ${state}.` : `${ref} is in ${state}; only a case in review can be approved.`;
    case 'staff.deny':
      return `${ref} is in ${state}; a case can be denied in review or after inspection.`;
    case 'staff.request_info':
      return `${ref} is in ${state}; information can be requested while it is in review.`;
    case 'staff.received':
      return `${ref} is in ${state}; only an approved return (awaiting_return or in_transit) can be received.`;
    case 'staff.resolve':
      return `${ref} is in ${state}; receive and inspect the item before resolving it.`;
    case 'staff.cost':
      return `${ref} is in ${state}; shipping costs are covered only once a case is approved (policy section 5).`;
    case 'staff.approve_cost':
      return pendingCents(context.costs) === 0 ? `${ref} has no cost above the cap waiting for approval.` : `${ref} is in ${state}; costs cannot be approved now.`;
    case 'staff.reopen':
      return `${ref} is still open (${state}); only resolved, declined or cancelled cases can be reopened.`;
    case 'cancel':
      return `${ref} is ${state}; a claim can be cancelled only before the item ships.`;
    case 'fixed':
    case 'still_failing':
      return `${ref} is not in troubleshooting any more (it is ${state}).`;
    default:
      return `${ref} is ${state}; that is not possible now.`;
  }
}

/** What the audit row keeps of an event: its data without the time and actor, which have columns. */
function auditData(event: CaseEvent): Record<string, unknown> {
  const { type: _type, at: _at, ...rest } = event as CaseEvent & { by?: string };
  delete (rest as { by?: string }).by;
  return rest;
}

/** Keeps only the last `ask`, and only if it still asks for what the case now waits for. */
function currentNotices(notices: Notice[], expects: Expects): Notice[] {
  const lastAsk = notices.findLastIndex((n) => n.type === 'ask');
  return notices.filter((n, i) => n.type !== 'ask' || (i === lastAsk && n.expects === expects));
}

export async function runCase(tx: Tx, run: CaseRun): Promise<CaseRunResult> {
  const restored = run.row ? persistedSnapshot(run.row) : null;
  // On restore the input is not read again; the snapshot's context carries it.
  const actor = restored
    ? createActor(caseMachine, { snapshot: restored, input: restored.context })
    : createActor(caseMachine, { input: run.input! });
  const notices: Notice[] = [];
  actor.on('*', (notice) => notices.push(notice as Notice));
  actor.start();

  const first = actor.getSnapshot();
  const ref = first.context.ref;
  const audit: Array<Omit<NewCaseEvent, 'caseId' | 'version'>> = [];
  if (!run.row) {
    audit.push({ at: first.context.openedAt, actorKind: run.who.kind, actorId: run.who.id, type: 'case.opened', data: {}, stateBefore: null, stateAfter: stateOf(first) });
  }
  const purposes = new Map<FileRef, string>();
  for (const built of run.buildEvents(first.context, expectsOf(first))) {
    const before = actor.getSnapshot();
    let event = built;
    if (event.type === 'staff.approve' && before.can(event)) event = { ...event, rma: before.context.rma ?? (await run.allocateRma()) };
    if (!before.can(event)) {
      if (run.strict) return { ref, refused: refusalFor(event, before.context, stateOf(before)), saved: false, messages: [] };
      continue;
    }
    actor.send(event);
    const after = actor.getSnapshot();
    if (after.status === 'error') throw new Error(`case ${ref}: the machine failed on ${event.type}: ${String(after.error)}`);
    audit.push({ at: event.at, actorKind: run.who.kind, actorId: run.who.id, type: event.type, data: auditData(event), stateBefore: stateOf(before), stateAfter: stateOf(after) });
    if (event.type === 'photo.serial' || event.type === 'photo.install') purposes.set(event.file, PURPOSE[event.type]!);
    if (event.type === 'evidence.provided') for (const file of event.files) purposes.set(file, 'evidence');
  }
  const final = actor.getSnapshot();
  // Taken before stop(): a stopped actor persists as stopped and would take no more events.
  const persisted = actor.getPersistedSnapshot();
  actor.stop();
  if (audit.length === 0) return { ref, saved: true, messages: [] };

  const state = stateOf(final);
  const context = final.context;
  const now = audit[audit.length - 1]!.at;
  const previous = run.row ? { lastCustomerAt: run.row.lastCustomerAt, stateSince: run.row.stateSince } : null;
  const stateChange = audit.findLast((a) => a.stateBefore !== a.stateAfter);
  const values = {
    state,
    snapshot: persisted as unknown,
    orderNumber: context.orderNumber,
    rma: context.rma,
    updatedAt: now,
    closedAt: isOpen(state) ? null : (context.closedAt ?? now),
    lastCustomerAt: run.who.kind === 'customer' ? now : (previous?.lastCustomerAt ?? context.openedAt),
    stateSince: stateChange ? stateChange.at : (previous?.stateSince ?? context.openedAt),
  };
  let row: CaseRow;
  if (run.row) {
    if (!(await store.updateCase(tx, run.row.id, run.row.version, values))) return { ref, saved: false, messages: [] };
    row = { ...run.row, ...values, version: run.row.version + 1 };
  } else {
    const input = run.input!;
    row = await store.insertCase(tx, {
      ...values,
      ref,
      platform: input.platform,
      customer: input.customer,
      thread: input.thread,
      machineVersion: CASE_MACHINE_VERSION,
      openedAt: input.openedAt,
    });
  }
  await store.appendCaseEvents(tx, audit.map((a) => ({ ...a, caseId: row.id, version: row.version })));
  await reconcileTimers(tx, row.id, wantedTimers(context, { state, lastCustomerAt: values.lastCustomerAt, stateSince: values.stateSince }));
  const attachments: NewAttachment[] = run.files.map((file) => ({
    caseId: row.id,
    platform: run.platform,
    fileId: file.id ?? null,
    name: file.name,
    type: file.type,
    size: file.size,
    url: file.url ?? null,
    purpose: purposes.get(file) ?? 'other',
    postedBy: run.who.id,
    at: now,
  }));
  const attachmentIds = await store.insertAttachments(tx, attachments);
  // Files with a platform link are copied into the evidence vault by the evidence worker.
  await insertEvidence(
    tx,
    run.files.flatMap((file, i) =>
      file.url && attachmentIds[i] !== undefined
        ? [{ caseId: row.id, attachmentId: attachmentIds[i], platform: run.platform, fileId: file.id ?? null, url: file.url, name: file.name, claimedType: file.type, claimedSize: file.size, purpose: attachments[i]!.purpose, createdAt: now }]
        : [],
    ),
  );

  const expects = expectsOf(final);
  const said = currentNotices(notices, expects).flatMap((n) => word(n, context));
  const messages: Outbound[] = said.map((s) => ({
    outboxId: null,
    case: ref,
    platform: row.platform,
    thread: row.thread,
    to: s.to,
    user: s.to === 'customer' ? row.customer : null,
    text: s.text,
    expects: s.to === 'customer' ? expects : null,
    actions: s.actions,
    private: false,
    ...(s.attachment ? { attachment: s.attachment } : {}),
  }));
  const ids = await insertOutbox(
    tx,
    messages.map((m) => ({ caseId: row.id, platform: m.platform, payload: m, createdAt: now })),
  );
  return { ref, saved: true, messages: messages.map((m, i) => ({ ...m, outboxId: ids[i] ?? null })) };
}
