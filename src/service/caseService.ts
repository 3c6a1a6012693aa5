// One call per inbound event: find the case, restore its machine from the stored snapshot, send the
// events, and write snapshot, audit trail, attachments and outbound messages in one transaction.
// No actor outlives a call, so any number of processes can serve one database.
import { Temporal } from '@js-temporal/polyfill';
import type { Logger } from 'pino';
import { expectsOf } from '../case/caseState.ts';
import type { CaseEvent, CaseInput, FileRef, OrderItem, OrderSource, Policy, TimerKind } from '../case/types.ts';
import { CommandError, CUSTOMER_COMMANDS, helpText, normalizeRef, parseCommand, type Command } from '../chat/commands.ts';
import { CUSTOMER_ACTIONS, customerActionEvent, customerEvents, type CustomerAction } from '../chat/customerEvents.ts';
import { cleanOptional, cleanText } from '../chat/cleanText.ts';
import { inputProblem } from '../chat/inputLimits.ts';
import { orderNumberCandidates } from '../chat/parse.ts';
import type { Db } from '../store/database.ts';
import * as store from '../store/caseStore.ts';
import { leaseRows, markOutboxDelivered, outboxFailed, outboxRelease } from '../store/outboxStore.ts';
import type { CaseRow } from '../store/rows.ts';
import { claimDueTimer, markTimerFired } from '../store/timerStore.ts';
import { caseReport, caseListText } from './caseReport.ts';
import { persistedSnapshot, runCase, type CaseRun, type Who } from './caseRun.ts';
import { DeliveryRetry } from './outboxRelay.ts';
import type { Attachment, HandleResult, Inbound, Outbound } from './messages.ts';
import { evidenceText, listEvidence, serialPhotoPreview } from '../evidence/evidenceQueries.ts';
import type { EvidenceStore } from '../evidence/storage.ts';

export interface CaseServiceDeps {
  db: Db;
  orders: OrderSource;
  policy: Policy;
  isStaff: (platform: string, user: string) => boolean | Promise<boolean>;
  log?: Logger | undefined;
  /** Where the evidence vault keeps files; without it no photo previews go with messages. */
  evidenceStore?: EvidenceStore | undefined;
}

/** Another process changed the case between our read and our write: read again and retry. */
class VersionConflict extends Error {}
/** The event is not allowed now; the sender is told why and nothing is written. */
class Refusal extends Error {}

export const STAFF_ACTIONS = ['approve', 'deny', 'request_info'] as const;
const MAX_ATTEMPTS = 5;

/** Everything a person typed, made safe to store (see cleanText). */
function cleanInbound(inbound: Inbound): Inbound {
  return {
    ...inbound,
    user: cleanText(inbound.user),
    text: cleanOptional(inbound.text),
    command: cleanOptional(inbound.command),
    actionText: cleanOptional(inbound.actionText),
    caseRef: cleanOptional(inbound.caseRef),
    files: inbound.files?.map((f) => ({ ...f, name: cleanText(f.name), type: cleanText(f.type) })),
  };
}

function duplicateOf(inbound: Inbound): HandleResult {
  return { ok: true, duplicate: true, caseRef: inbound.caseRef ?? null, messages: [] };
}

export class CaseService {
  constructor(private readonly deps: CaseServiceDeps) {}

  get policy(): Policy {
    return this.deps.policy;
  }

  async handle(raw: Inbound): Promise<HandleResult> {
    const inbound = cleanInbound(raw);
    const { eventId, platform } = inbound;
    // No look-up of the event id first: every path claims it (a case change in its own transaction,
    // anything else just below), and a replay loses that claim. Replays are rare; a look-up on every
    // event would be one more round trip each.
    const result = await this.handleOnce(inbound);
    // A case change claims its event id in its own transaction; a reply that changed nothing
    // (a refusal, /rma list, help) claims it here, so a retried delivery is not answered twice.
    if (eventId && !this.claimed.has(result)) {
      const first = await this.deps.db.transaction((tx) => store.claimPlatformEvent(tx, platform, eventId));
      if (!first) return duplicateOf(inbound);
    }
    return result;
  }

  /** Results whose event id was claimed in the case transaction. */
  private readonly claimed = new WeakSet<HandleResult>();

  private async handleOnce(inbound: Inbound): Promise<HandleResult> {
    const staff = await this.deps.isStaff(inbound.platform, inbound.user);
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.dispatch(inbound, staff);
      } catch (error) {
        if (error instanceof Refusal) return this.refuse(inbound, error.message);
        if (error instanceof CommandError) return this.refuse(inbound, error.message);
        if (!(error instanceof VersionConflict) || attempt >= MAX_ATTEMPTS) {
          this.deps.log?.error({ err: error, platform: inbound.platform, user: inbound.user, caseRef: inbound.caseRef }, 'inbound event failed');
          throw error;
        }
      }
    }
  }

  private async dispatch(inbound: Inbound, staff: boolean): Promise<HandleResult> {
    if (inbound.command !== undefined) return this.command(inbound, staff, parseCommand(inbound.command));
    if (inbound.action !== undefined) return this.action(inbound, staff);
    return this.message(inbound, staff);
  }

  private reply(inbound: Inbound, text: string, caseRef: string | null = null): Outbound {
    return {
      outboxId: null,
      case: caseRef,
      platform: inbound.platform,
      thread: inbound.thread ?? null,
      to: 'staff',
      user: inbound.user,
      text,
      expects: null,
      actions: [],
      private: true,
    };
  }

  private async refuse(inbound: Inbound, reason: string): Promise<HandleResult> {
    const staff = await this.deps.isStaff(inbound.platform, inbound.user);
    const message = { ...this.reply(inbound, reason, inbound.caseRef ?? null), to: staff ? ('staff' as const) : ('customer' as const) };
    return { ok: false, error: reason, caseRef: inbound.caseRef ?? null, messages: [message] };
  }

  private async caseFor(ref: string): Promise<CaseRow> {
    const row = await store.findCaseByRef(this.deps.db, ref);
    if (!row) throw new Refusal(`There is no case ${ref}.`);
    return row;
  }

  // --- customer messages -------------------------------------------------------------------------

  private async message(inbound: Inbound, staff: boolean): Promise<HandleResult> {
    const text = inbound.text ?? '';
    const files = inbound.files ?? [];
    if (text.trim() === '' && files.length === 0) throw new Refusal('The message was empty.');
    const problem = inputProblem(text, files);
    if (problem) throw new Refusal(problem);
    const row = await this.customerCase(inbound);
    if (row && !staff && row.customer !== inbound.user) {
      throw new Refusal(inbound.caseRef ? `${row.ref} is not your case.` : `This thread is another customer's case (${row.ref}); write in the support channel to open your own.`);
    }
    if (staff && (!row || row.customer !== inbound.user)) {
      // Staff talk to customers on the platform itself; the bot acts on /rma commands and buttons.
      if (row) return { ok: true, caseRef: row.ref, messages: [] };
      return { ok: true, caseRef: null, messages: [this.reply(inbound, `Staff act on cases with /rma. ${helpText(true)}`)] };
    }
    let target = row;
    let order = null;
    if (row && this.foundByFallback(row, inbound)) {
      // One open case per customer and order: naming another order outside the case opens a new case.
      order = await this.lookUpOrder(text);
      if (order && order.items.length > 0 && row.orderNumber !== null && order.number !== row.orderNumber) target = null;
    }
    const expects = target ? expectsOf(persistedSnapshot(target)) : 'order_number';
    if (expects === 'order_number') order ??= await this.lookUpOrder(text);
    else order = null;
    const who: Who = { kind: 'customer', id: inbound.user };
    const lookedUp = order;
    return this.transact(
      inbound,
      target,
      who,
      (context, currentExpects) => customerEvents(context, currentExpects, { at: inbound.at, text, files, order: lookedUp }),
      { intendedNewCase: inbound.newCase === true || (row !== null && target === null) },
    );
  }

  /** The case was the customer's latest open one, not named by the message or its thread. */
  private foundByFallback(row: CaseRow, inbound: Inbound): boolean {
    return !inbound.caseRef && (!inbound.thread || row.thread !== inbound.thread);
  }

  /** The case a customer's message belongs to: the one named, the thread's, or their latest open one. */
  private async customerCase(inbound: Inbound): Promise<CaseRow | null> {
    const db = this.deps.db;
    if (inbound.caseRef) {
      const ref = normalizeRef(inbound.caseRef);
      const row = ref ? await store.findCaseByRef(db, ref) : undefined;
      if (!row || row.platform !== inbound.platform) throw new Refusal(`There is no case ${inbound.caseRef}.`);
      return row;
    }
    if (inbound.thread) {
      const row = await store.findCaseByThread(db, inbound.platform, inbound.thread);
      if (row) return row;
    }
    if (inbound.newCase) return null;
    return (await store.latestOpenCaseOf(db, inbound.platform, inbound.user)) ?? null;
  }

  private async lookUpOrder(text: string): Promise<{ number: string; items: OrderItem[] } | null> {
    const candidates = orderNumberCandidates(text);
    for (const number of candidates) {
      const items = await this.deps.orders.findOrder(number);
      if (items.length > 0) return { number, items };
    }
    return candidates[0] ? { number: candidates[0], items: [] } : null;
  }

  // --- buttons ----------------------------------------------------------------------------------

  private async action(inbound: Inbound, staff: boolean): Promise<HandleResult> {
    const action = inbound.action ?? '';
    const ref = normalizeRef(inbound.caseRef);
    if (!ref) throw new Refusal(`The button "${action}" is not linked to a case.`);
    if ((STAFF_ACTIONS as readonly string[]).includes(action)) {
      if (!staff) throw new Refusal(`Only staff can ${action.replace('_', ' ')} a case.`);
      const what = inbound.actionText?.trim() ?? '';
      const command: Command =
        action === 'approve'
          ? { name: 'approve', ref }
          : action === 'deny'
            ? { name: 'deny', ref, reason: what }
            : { name: 'info', ref, what };
      if (command.name !== 'approve' && what === '') throw new Refusal(action === 'deny' ? 'A denial needs a reason the customer will read.' : 'Say what information you need.');
      return this.command(inbound, staff, command);
    }
    if ((CUSTOMER_ACTIONS as readonly string[]).includes(action)) {
      const row = await this.caseFor(ref);
      if (row.customer !== inbound.user || row.platform !== inbound.platform) throw new Refusal(`${ref} is not your case.`);
      return this.transact(inbound, row, { kind: 'customer', id: inbound.user }, () => [customerActionEvent(action as CustomerAction, inbound.at)], { strict: true });
    }
    throw new Refusal(`Unknown button "${action}".`);
  }

  // --- /rma commands ----------------------------------------------------------------------------

  private async command(inbound: Inbound, staff: boolean, command: Command): Promise<HandleResult> {
    const db = this.deps.db;
    if (command.name === 'help') return { ok: true, caseRef: null, messages: [this.reply(inbound, helpText(staff))] };
    if (!staff && !CUSTOMER_COMMANDS.has(command.name)) throw new Refusal(`Only staff can use /rma ${command.name}.`);
    if (command.name === 'list') {
      const rows = await store.listCases(db, {
        state: command.state,
        limit: 50,
        ...(staff ? {} : { platform: inbound.platform, customer: inbound.user }),
      });
      return { ok: true, caseRef: null, messages: [this.reply(inbound, caseListText(rows, command.state, inbound.at))] };
    }
    const row = await this.caseFor(command.ref);
    if (!staff && (row.customer !== inbound.user || row.platform !== inbound.platform)) throw new Refusal(`${command.ref} is not your case.`);
    if (command.name === 'show') {
      const history = staff ? await store.caseHistory(db, row.id, 50) : [];
      return { ok: true, caseRef: row.ref, messages: [this.reply(inbound, caseReport(row, persistedSnapshot(row).context, history, staff), row.ref)] };
    }
    if (command.name === 'evidence') {
      const evidence = await listEvidence(db, row.ref);
      if (!evidence) throw new Refusal(`There is no case ${command.ref}.`);
      return { ok: true, caseRef: row.ref, messages: [this.reply(inbound, evidenceText(evidence), row.ref)] };
    }
    const who: Who = staff ? { kind: 'staff', id: inbound.user } : { kind: 'customer', id: inbound.user };
    const at = inbound.at;
    const by = inbound.user;
    const event: CaseEvent = (() => {
      switch (command.name) {
        case 'approve':
          return { type: 'staff.approve', rma: '', at, by };
        case 'deny':
          return { type: 'staff.deny', reason: command.reason, at, by };
        case 'info':
          return { type: 'staff.request_info', what: command.what, at, by };
        case 'received':
          return { type: 'staff.received', at, by };
        case 'resolve':
          return { type: 'staff.resolve', resolution: command.resolution, at, by };
        case 'cost':
          return { type: 'staff.cost', cents: command.cents, label: command.label, at, by };
        case 'approve-cost':
          return { type: 'staff.approve_cost', at, by };
        case 'note':
          return { type: 'staff.note', text: command.text, at, by };
        case 'reopen':
          return { type: 'staff.reopen', at, by };
        case 'cancel':
          return { type: 'cancel', at };
      }
    })();
    return this.transact(inbound, row, who, () => [event], { strict: true });
  }

  // --- the transaction ----------------------------------------------------------------------------

  private async transact(
    inbound: Inbound,
    seen: CaseRow | null,
    who: Who,
    buildEvents: CaseRun['buildEvents'],
    options: { strict?: boolean; intendedNewCase?: boolean } = {},
  ): Promise<HandleResult> {
    const { db, policy } = this.deps;
    return db.transaction(async (tx) => {
      if (inbound.eventId && !(await store.claimPlatformEvent(tx, inbound.platform, inbound.eventId))) {
        const duplicate = duplicateOf(inbound);
        this.claimed.add(duplicate);
        return duplicate;
      }
      let row: CaseRow | null = null;
      let input: (CaseInput & { thread: string | null }) | null = null;
      if (seen) {
        // No second read: the update checks the version read before the transaction, and a case changed
        // in between fails it (the event is retried on the new version). Only an approval locks first.
        row = seen;
      } else {
        // Two first messages of one customer at once must not open two cases: the second waits here,
        // then finds the first one's case and is retried against it.
        await store.lockCustomer(tx, inbound.platform, inbound.user);
        if (!options.intendedNewCase && (await store.latestOpenCaseOf(tx, inbound.platform, inbound.user))) throw new VersionConflict();
        input = { ref: await store.nextCaseRef(tx), platform: inbound.platform, customer: inbound.user, openedAt: inbound.at, policy, thread: inbound.thread ?? null };
      }
      const run = await runCase(tx, {
        row,
        input,
        who,
        buildEvents,
        strict: options.strict ?? false,
        allocateRma: async () => {
          // Two Approve presses at once: the second waits here and retries, so no RMA number is drawn
          // for an approval that will not be saved (the numbers stay without gaps).
          if (row) {
            const locked = await store.lockCaseById(tx, row.id);
            if (!locked || locked.version !== row.version) throw new VersionConflict();
          }
          return store.nextRmaNumber(tx, Temporal.Instant.from(inbound.at).toZonedDateTimeISO(policy.timeZone).year);
        },
        files: inbound.files ?? [],
        platform: inbound.platform,
      });
      if (run.refused) throw new Refusal(run.refused);
      if (row && !run.saved) throw new VersionConflict();
      const result: HandleResult = { ok: true, caseRef: run.ref, messages: run.messages };
      if (inbound.eventId) this.claimed.add(result);
      return result;
    });
  }

  // --- durable timers ---------------------------------------------------------------------------

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
        const row = await store.lockCaseById(tx, timer.caseId);
        if (!row) return [];
        const event: CaseEvent = { type: 'timer.fired', kind: timer.kind as TimerKind, at: timer.dueAt };
        const run = await runCase(tx, {
          row,
          input: null,
          who: { kind: 'system', id: 'timer' },
          buildEvents: () => [event],
          strict: false,
          allocateRma: () => Promise.reject(new Error('timers do not approve cases')),
          files: [],
          platform: row.platform,
        });
        return run.messages;
      });
      if (messages === null) break;
      said.push(...messages);
    }
    return said;
  }

  /** Tells a case that the evidence vault refused one of its files; the intake asks for it again. */
  async evidenceRefused(caseId: number, file: FileRef, reason: string, at: string): Promise<Outbound[]> {
    return this.deps.db.transaction(async (tx) => {
      const row = await store.lockCaseById(tx, caseId);
      if (!row) return [];
      const run = await runCase(tx, {
        row,
        input: null,
        who: { kind: 'system', id: 'evidence' },
        buildEvents: () => [{ type: 'evidence.refused', file, reason, at }],
        strict: false,
        allocateRma: () => Promise.reject(new Error('the evidence vault does not approve cases')),
        files: [],
        platform: row.platform,
      });
      return run.messages;
    });
  }

  // --- reading ----------------------------------------------------------------------------------

  /**
   * The file an outbound message's attachment stands for, made from the case as stored; null when there
   * is none to send (a serial photo not copied into the vault yet): the message goes without it.
   */
  async document(ref: string, attachment: Attachment): Promise<{ fileName: string; contentType: string; bytes: Buffer } | null> {
    switch (attachment.kind) {
      case 'rma_document': {
        // pdfkit and the barcode library (some 30 MB resident) load with the first RMA document.
        const { rmaDocumentForCase } = await import('../paperwork/rmaDocumentForCase.ts');
        const doc = await rmaDocumentForCase(this.deps.db, ref);
        return { fileName: doc.fileName, contentType: 'application/pdf', bytes: doc.pdf };
      }
      case 'serial_preview': {
        const store = this.deps.evidenceStore;
        // A nicety: a store that cannot be read just now does not hold back the message it goes with.
        if (!store) return null;
        try {
          return await serialPhotoPreview(this.deps.db, store, ref);
        } catch (error) {
          this.deps.log?.warn({ err: error, case: ref }, 'no serial-label preview');
          return null;
        }
      }
    }
  }

  /** The customer's latest open case on a platform, if any (adapters use it before opening a thread). */
  async findOpenCase(platform: string, customer: string): Promise<CaseRow | undefined> {
    return store.latestOpenCaseOf(this.deps.db, platform, customer);
  }

  /** The case a platform thread belongs to, if any. */
  async findCaseByThread(platform: string, thread: string): Promise<CaseRow | undefined> {
    return store.findCaseByThread(this.deps.db, platform, thread);
  }

  /** Cases by state (a state name, `open` or `all`), optionally one customer's; oldest first unless `newestFirst`. */
  async listCases(filter: { state: string; limit: number; platform?: string; customer?: string; newestFirst?: boolean }): Promise<CaseRow[]> {
    return store.listCases(this.deps.db, filter);
  }

  async findCase(ref: string): Promise<CaseRow | undefined> {
    return store.findCaseByRef(this.deps.db, ref);
  }

  async cases(refs: string[]): Promise<CaseRow[]> {
    return store.casesByRefs(this.deps.db, refs);
  }

  async markDelivered(ids: number[], at: string): Promise<void> {
    await markOutboxDelivered(this.deps.db, ids.filter((id) => id > 0), at);
  }

  /**
   * Takes outbox rows for an adapter that posts them right away, so that a relay does not post them
   * too; returns the ids it may post. Rows another relay holds, or already delivered, are left out.
   */
  async leaseForDelivery(ids: number[], now: Date, leaseMs = 30_000): Promise<Set<number>> {
    const leased = await leaseRows(this.deps.db, ids, now.toISOString(), new Date(now.getTime() + leaseMs).toISOString());
    return new Set(leased);
  }

  /** An immediate post failed: the relay retries the row after a short backoff. */
  async deliveryFailed(id: number, error: unknown, now: Date): Promise<void> {
    const rateLimited = error instanceof DeliveryRetry;
    const wait = rateLimited ? Math.max(error.retryAfterMs, 1_000) : 1_000;
    await outboxFailed(this.deps.db, id, new Date(now.getTime() + wait).toISOString(), String((error as Error)?.message ?? error), { rateLimited });
  }

  /** Posts a result's messages now: leases the outbox rows, posts, and marks each delivered or failed. */
  async deliverNow(messages: Outbound[], post: (message: Outbound) => Promise<void>, now: () => Date = () => new Date()): Promise<void> {
    const leased = await this.leaseForDelivery(messages.flatMap((m) => (m.outboxId === null ? [] : [m.outboxId])), now());
    // Once a case's message is skipped or fails, its later ones wait for the relay: no overtaking.
    const heldCases = new Set<string | null>();
    for (const message of messages) {
      if (message.outboxId !== null && (!leased.has(message.outboxId) || heldCases.has(message.case))) {
        heldCases.add(message.case);
        if (leased.has(message.outboxId)) await outboxRelease(this.deps.db, message.outboxId);
        continue;
      }
      try {
        await post(message);
        if (message.outboxId !== null) await this.markDelivered([message.outboxId], now().toISOString());
      } catch (error) {
        if (message.outboxId === null) throw error;
        heldCases.add(message.case);
        this.deps.log?.error({ err: error, caseRef: message.case, outboxId: message.outboxId }, 'immediate delivery failed; the relay will retry');
        await this.deliveryFailed(message.outboxId, error, now());
      }
    }
  }
}

