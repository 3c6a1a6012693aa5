// Runs a batch of events through one case, in memory: restore the actor from its snapshot (or start a
// new case), send each event the case can take, and report what changed: the snapshot to persist, the
// audit entries, the notices for people and the purpose of each file. No I/O: the service stores it.
import { createActor } from 'xstate';
import { caseMachine } from './caseMachine.ts';
import { expectsOf, isOpen, stateOf, stepExpectsOf, type CaseSnapshot, type CaseState } from './caseState.ts';
import type { CaseContext, CaseEvent, CaseInput, Expects, FileRef, Notice } from './types.ts';

/** Who sent the events: the audit trail's actor. */
export interface Who {
  kind: 'customer' | 'staff' | 'system';
  id: string;
}

export interface AuditEntry {
  at: string;
  actorKind: Who['kind'];
  actorId: string;
  type: string;
  data: Record<string, unknown>;
  stateBefore: CaseState | null;
  stateAfter: CaseState;
}

export interface EventBatch {
  /** The case as stored, or null with `input` for a new one. */
  restored: CaseSnapshot | null;
  input: CaseInput | null;
  who: Who;
  /** `expects` is what the case's step waits for; `context.cancelPending` says a yes or no is asked first. */
  buildEvents: (context: CaseContext, expects: Expects) => CaseEvent[];
  /** Refuse (rather than skip) an event the case cannot take now: for commands and buttons. */
  strict: boolean;
  /** Draws an RMA number when an approval is about to be taken. */
  allocateRma: () => Promise<string>;
}

export type BatchOutcome =
  | { ref: string; refused: { event: CaseEvent; context: CaseContext; state: CaseState } }
  | {
      ref: string;
      refused?: undefined;
      /** Nothing was taken: nothing to store. */
      changed: boolean;
      persisted: unknown;
      state: CaseState;
      context: CaseContext;
      expects: Expects;
      audit: AuditEntry[];
      /** What people are told, the stale `ask`s left out. */
      notices: Notice[];
      /** Why each file came (serial photo, install photo, evidence). */
      purposes: Map<FileRef, string>;
    };

const PURPOSE: Partial<Record<CaseEvent['type'], string>> = {
  'photo.serial': 'serial_photo',
  'photo.install': 'install_photo',
};

/** What the audit row keeps of an event: its data without the time and actor, which have columns. */
function auditData(event: CaseEvent): Record<string, unknown> {
  const { type: _type, at: _at, ...rest } = event as CaseEvent & { by?: string };
  delete (rest as { by?: string }).by;
  return rest;
}

/** After these the customer is asked again for what the step needs: a question answered, a cancel declined. */
const ASK_AGAIN_AFTER: ReadonlySet<CaseEvent['type']> = new Set(['customer.asked', 'keep']);

/** Keeps only the last `ask`, and only if it still asks for what the case now waits for. */
function currentNotices(notices: Notice[], expects: Expects): Notice[] {
  const lastAsk = notices.findLastIndex((n) => n.type === 'ask');
  return notices.filter((n, i) => n.type !== 'ask' || (i === lastAsk && n.expects === expects));
}

export async function runEvents(batch: EventBatch): Promise<BatchOutcome> {
  const { restored, who } = batch;
  // On restore the input is not read again; the snapshot's context carries it.
  const actor = restored
    ? createActor(caseMachine, { snapshot: restored, input: restored.context })
    : createActor(caseMachine, { input: batch.input! });
  const notices: Notice[] = [];
  actor.on('*', (notice) => notices.push(notice as Notice));
  actor.start();

  const first = actor.getSnapshot();
  const ref = first.context.ref;
  const audit: AuditEntry[] = [];
  if (!restored) {
    audit.push({
      at: first.context.openedAt,
      actorKind: who.kind,
      actorId: who.id,
      type: 'case.opened',
      data: {},
      stateBefore: null,
      stateAfter: stateOf(first),
    });
  }
  const purposes = new Map<FileRef, string>();
  let askAgainFrom: number | null = null;
  for (const built of batch.buildEvents(first.context, stepExpectsOf(first))) {
    const before = actor.getSnapshot();
    let event = built;
    if (event.type === 'staff.approve' && before.can(event)) {
      let rma = before.context.rma;
      try {
        rma ??= await batch.allocateRma();
      } catch (error) {
        actor.stop();
        throw error;
      }
      event = { ...event, rma };
    }
    if (!before.can(event)) {
      if (batch.strict) {
        actor.stop();
        return { ref, refused: { event, context: before.context, state: stateOf(before) } };
      }
      continue;
    }
    const noticesBefore = notices.length;
    actor.send(event);
    const after = actor.getSnapshot();
    // A language chosen mid-step: the step's question again, now in that language.
    if (ASK_AGAIN_AFTER.has(event.type) || (event.type === 'language.set' && event.source === 'chosen')) askAgainFrom ??= noticesBefore;
    if (after.status === 'error') throw new Error(`case ${ref}: the machine failed on ${event.type}: ${String(after.error)}`);
    audit.push({
      at: event.at,
      actorKind: who.kind,
      actorId: who.id,
      type: event.type,
      data: auditData(event),
      stateBefore: stateOf(before),
      stateAfter: stateOf(after),
    });
    const purpose = PURPOSE[event.type];
    if (purpose && 'file' in event) purposes.set(event.file, purpose);
    if (event.type === 'evidence.provided') for (const file of event.files) purposes.set(file, 'evidence');
  }
  const final = actor.getSnapshot();
  // Taken before stop(): a stopped actor persists as stopped and would take no more events.
  const persisted = actor.getPersistedSnapshot();
  actor.stop();
  const expects = expectsOf(final);
  // The step's question once more after an answer, unless something later asked already.
  if (askAgainFrom !== null && expects !== null && isOpen(stateOf(final)) && !notices.slice(askAgainFrom).some((n) => n.type === 'ask')) {
    notices.push({ type: 'ask', expects, nudge: false });
  }
  return {
    ref,
    changed: audit.length > 0,
    persisted,
    state: stateOf(final),
    context: final.context,
    expects,
    audit,
    notices: currentNotices(notices, expects),
    purposes,
  };
}
