// The inbound core: one call per platform event. It finds the case the event belongs to, runs the
// event through the case machine (src/case/runEvents.ts) and stores the outcome (persistRun.ts) in one
// transaction, retried when another process changed the case meanwhile. No actor outlives a call, so
// any number of processes can serve one database. Replies that change nothing (help, a refusal,
// /rma list) are made here too; the adapter posts everything through the outbox.
import { Temporal } from '@js-temporal/polyfill';
import type { Logger } from 'pino';
import { isOpen, stateOf, stepExpectsOf, type CaseSnapshot } from '../case/caseState.ts';
import { runEvents, type BatchOutcome, type EventBatch, type Who } from '../case/runEvents.ts';
import { persistedSnapshot } from '../case/snapshot.ts';
import type { CaseContext, CaseEvent, OrderSource, Policy } from '../case/types.ts';
import { caseListText, caseReport } from '../chat/caseReport.ts';
import {
  commandEvent,
  CommandError,
  CUSTOMER_COMMANDS,
  helpText,
  normalizeRef,
  parseCommand,
  STAFF_ACTIONS,
  staffActionCommand,
  type Command,
} from '../chat/commands.ts';
import { CUSTOMER_ACTIONS, customerActionEvent, customerEvents, type CustomerAction, type OrderLookup } from '../chat/customerEvents.ts';
import { intentOf } from '../chat/intents.ts';
import { detectLanguage } from '../chat/detectLanguage.ts';
import { inputProblem } from '../chat/inputLimits.ts';
import { languageOfTag, type Language } from '../i18n/languages.ts';
import { sayIn, type Say } from '../i18n/translate.ts';
import { refusalFor } from '../chat/refusals.ts';
import { evidenceText, listEvidence } from '../evidence/evidenceQueries.ts';
import { casePolicy } from '../policy/policy.ts';
import {
  caseHistory,
  claimAndLockCustomer,
  claimPlatformEvent,
  findCaseByRef,
  listCases,
  lockCaseById,
  openCaseOfOrder,
  openingCheck,
  nextRmaNumber,
} from '../store/caseStore.ts';
import type { Db } from '../store/database.ts';
import type { CaseRow } from '../store/rows.ts';
import { customerCase, foundByFallback, lookUpOrder } from './caseLookup.ts';
import { caseSummary } from './caseQueries.ts';
import { customerLimits, type Admission, type CustomerLimits } from './customerLimits.ts';
import { cleanInbound, duplicateOf, privateReply, Refusal } from './inboundValues.ts';
import { hoursBefore } from './instants.ts';
import type { HandleResult, Inbound, Outbound } from './messages.ts';
import { persistRun } from './persistRun.ts';

export interface CaseServiceDeps {
  db: Db;
  orders: OrderSource;
  policy: Policy;
  log?: Logger | undefined;
  /** How fast one customer may write; from the policy's limits when not given. */
  limits?: CustomerLimits | undefined;
}

/** Another process changed the case between our read and our write: read again and retry. */
class VersionConflict extends Error {}

const MAX_ATTEMPTS = 5;

/** The language of a sender who has no case to speak in: the platform's locale, else their words. */
function wordsLanguage(inbound: Inbound): Language | undefined {
  return languageOfTag(inbound.locale) ?? detectLanguage(inbound.text ?? '') ?? undefined;
}

export class CaseService {
  readonly limits: CustomerLimits;

  constructor(private readonly deps: CaseServiceDeps) {
    this.limits = deps.limits ?? customerLimits(deps.policy.limits, deps.policy.contactEmail);
  }

  get policy(): Policy {
    return this.deps.policy;
  }

  async handle(raw: Inbound): Promise<HandleResult> {
    const inbound = cleanInbound(raw);
    const { eventId, platform } = inbound;
    if (!inbound.staff && !inbound.admitted) {
      const admission = this.limits.admit(platform, inbound.user, inbound.at);
      if (!admission.admitted) return this.limited(inbound, admission);
    }
    // No look-up of the event id first: every path claims it (a case change in its own transaction,
    // anything else just below), and a replay loses that claim. Replays are rare; a look-up on every
    // event would be one more round trip each.
    const result = await this.handleOnce(inbound);
    // A case change claims its event id in its own transaction; a reply that changed nothing
    // (a refusal, /rma list, help) claims it here, so a retried delivery is not answered twice.
    if (eventId && !this.claimed.has(result)) {
      const first = await claimPlatformEvent(this.deps.db, platform, eventId);
      if (!first) return duplicateOf(inbound);
    }
    return result;
  }

  /**
   * Past the customer's limit: nothing is read or recorded (a retried delivery is counted again). A
   * message is answered only the first time in the window; a command or button always is.
   */
  private limited(inbound: Inbound, admission: Admission & { admitted: false }): HandleResult {
    const interactive = inbound.command !== undefined || inbound.action !== undefined;
    if (admission.first) this.deps.log?.warn({ platform: inbound.platform, user: inbound.user }, 'a customer is over the message limit');
    return {
      ok: false,
      limited: true,
      error: 'over the message limit',
      caseRef: inbound.caseRef ?? null,
      messages: admission.first || interactive ? [privateReply(inbound, admission.notice, inbound.caseRef ?? null)] : [],
    };
  }

  /** Each case row's snapshot, decoded once however often the event's handling reads it. */
  private readonly snapshots = new WeakMap<CaseRow, CaseSnapshot>();

  private snapshotOf(row: CaseRow): CaseSnapshot {
    let snapshot = this.snapshots.get(row);
    if (!snapshot) this.snapshots.set(row, (snapshot = persistedSnapshot(row)));
    return snapshot;
  }

  /** Results whose event id was claimed in the case transaction. */
  private readonly claimed = new WeakSet<HandleResult>();

  private async handleOnce(inbound: Inbound): Promise<HandleResult> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.dispatch(inbound);
      } catch (error) {
        if (error instanceof Refusal || error instanceof CommandError) {
          return {
            ok: false,
            error: error.message,
            caseRef: inbound.caseRef ?? null,
            messages: [privateReply(inbound, error.message, inbound.caseRef ?? null)],
          };
        }
        if (!(error instanceof VersionConflict) || attempt >= MAX_ATTEMPTS) {
          this.deps.log?.error(
            { err: error, platform: inbound.platform, user: inbound.user, caseRef: inbound.caseRef },
            'inbound event failed',
          );
          throw error;
        }
      }
    }
  }

  private async dispatch(inbound: Inbound): Promise<HandleResult> {
    if (inbound.command !== undefined) return this.command(inbound, parseCommand(inbound.command));
    if (inbound.action !== undefined) return this.action(inbound);
    return this.message(inbound);
  }

  private async caseFor(ref: string): Promise<CaseRow> {
    const row = await findCaseByRef(this.deps.db, ref);
    if (!row) throw new Refusal(`There is no case ${ref}.`);
    return row;
  }

  // --- messages ---------------------------------------------------------------------------------

  private async message(inbound: Inbound): Promise<HandleResult> {
    const { db, policy } = this.deps;
    const text = inbound.text ?? '';
    const files = inbound.files ?? [];
    const row = await customerCase(db, inbound, policy);
    // A message not taken is refused in the customer's language: their case's, else their words'.
    // Worked out only for a refusal: a message that is taken has its language read by the case.
    const languageOf = () =>
      (row && row.customer === inbound.user ? this.snapshotOf(row).context.language : undefined) ?? wordsLanguage(inbound);
    const say: Say = (key, values) => sayIn(languageOf())(key, values);
    if (text.trim() === '' && files.length === 0) throw new Refusal(say('refusal.empty'));
    const problem = inputProblem(text, files, { sizesLater: inbound.filesCheckedLater === true, languageOf });
    if (problem) throw new Refusal(problem);
    if (inbound.staff && (!row || row.customer !== inbound.user)) return this.staffMessage(inbound, row, text);
    if (row && row.customer !== inbound.user && !this.isContact(row, inbound.user)) {
      throw new Refusal(
        inbound.caseRef ? say('refusal.not_your_case', { ref: row.ref }) : say('refusal.other_customers_thread', { ref: row.ref }),
      );
    }
    const intent = intentOf(text);
    const snapshot = row ? this.snapshotOf(row) : null;
    const closed = row !== null && !isOpen(stateOf(snapshot!));
    let target = row;
    let order: OrderLookup | null = null;
    if (row && (closed || foundByFallback(row, inbound))) {
      // One open case per customer and order: naming another order outside the case (or after it
      // closed) opens a new case, and so does asking for a new claim once it is closed.
      order = await this.lookUp(snapshot!.context, text);
      // A serial alone is a correction within the case, not another claim.
      const other = order?.kind === 'found' && !order.bySerial && row.orderNumber !== null && order.number !== row.orderNumber;
      if (other || intent?.kind === 'new_claim') target = null;
      // Another order the customer already has an open claim for goes to that claim.
      if (other && order?.kind === 'found') target = (await openCaseOfOrder(db, inbound.platform, inbound.user, order.number)) ?? null;
      if (target && target !== row) order = null;
    } else if (row && intent?.kind === 'new_claim') {
      throw new Refusal(say('refusal.still_open', { ref: row.ref }));
    }
    const expects = target ? stepExpectsOf(this.snapshotOf(target)) : 'order_number';
    if (expects === 'order_number') order ??= await this.lookUp(target ? this.snapshotOf(target).context : null, text);
    else order = null;
    const lookedUp = order;
    return this.transact(
      inbound,
      target,
      { kind: 'customer', id: inbound.user },
      (context, currentExpects) =>
        customerEvents(context, currentExpects, {
          at: inbound.at,
          text,
          files,
          order: lookedUp,
          intent,
          opening: target === null,
          locale: inbound.locale,
        }),
      { intendedNewCase: inbound.newCase === true || (row !== null && target !== row) },
    );
  }

  /** Staff let `user` write on the case for its customer (`/rma contact`). */
  private isContact(row: CaseRow, user: string): boolean {
    return (this.snapshotOf(row).context.contacts ?? []).includes(user);
  }

  /** Order records are looked up until the case has used its tries (then a person takes over). */
  private async lookUp(context: CaseContext | null, text: string): Promise<OrderLookup | null> {
    if (context && context.orderAttempts >= context.policy.conversation.maxOrderAttempts) return null;
    return lookUpOrder(this.deps.orders, text);
  }

  /**
   * Staff writing in a customer's case thread answer the customer there: recorded as a staff reply,
   * never read as the customer's words. Elsewhere staff act with /rma.
   */
  private async staffMessage(inbound: Inbound, row: CaseRow | null, text: string): Promise<HandleResult> {
    if (row && inbound.thread && row.thread === inbound.thread) {
      if (text.trim() === '') return { ok: true, caseRef: row.ref, messages: [] };
      const reply: CaseEvent = { type: 'staff.reply', text: text.trim(), posted: true, at: inbound.at, by: inbound.user };
      return this.transact(inbound, row, { kind: 'staff', id: inbound.user }, () => [reply]);
    }
    // Staff talking among themselves in a thread is left alone; elsewhere they are shown the commands.
    if (row || inbound.thread) return { ok: true, caseRef: row?.ref ?? null, messages: [] };
    return { ok: true, caseRef: null, messages: [privateReply(inbound, `Staff act on cases with /rma. ${helpText(true)}`)] };
  }

  private duplicate(inbound: Inbound): HandleResult {
    const result = duplicateOf(inbound);
    this.claimed.add(result);
    return result;
  }

  // --- buttons ----------------------------------------------------------------------------------

  private async action(inbound: Inbound): Promise<HandleResult> {
    const action = inbound.action ?? '';
    const ref = normalizeRef(inbound.caseRef);
    if (!ref) throw new Refusal(`The button "${action}" is not linked to a case.`);
    if ((STAFF_ACTIONS as readonly string[]).includes(action)) {
      if (!inbound.staff) throw new Refusal(`Only staff can ${action.replace('_', ' ')} a case.`);
      return this.command(inbound, staffActionCommand(action as (typeof STAFF_ACTIONS)[number], ref, inbound.actionText?.trim() ?? ''));
    }
    if ((CUSTOMER_ACTIONS as readonly string[]).includes(action)) {
      const row = await this.caseFor(ref);
      if (row.customer !== inbound.user || row.platform !== inbound.platform) throw new Refusal(`${ref} is not your case.`);
      return this.transact(
        inbound,
        row,
        { kind: 'customer', id: inbound.user },
        () => [customerActionEvent(action as CustomerAction, inbound.at)],
        { strict: true },
      );
    }
    throw new Refusal(`Unknown button "${action}".`);
  }

  // --- /rma commands ----------------------------------------------------------------------------

  private async command(inbound: Inbound, command: Command): Promise<HandleResult> {
    const { db } = this.deps;
    const staff = inbound.staff;
    const reply = (text: string, ref: string | null = null): HandleResult => ({
      ok: true,
      caseRef: ref,
      messages: [privateReply(inbound, text, ref)],
    });
    if (command.name === 'help') return reply(helpText(staff));
    if (!staff && !CUSTOMER_COMMANDS.has(command.name)) throw new Refusal(`Only staff can use /rma ${command.name}.`);
    if (command.name === 'list') {
      const rows = await listCases(db, {
        state: command.state,
        limit: 50,
        ...(staff ? {} : { platform: inbound.platform, customer: inbound.user }),
      });
      return reply(caseListText(rows.map(caseSummary), command.state, inbound.at));
    }
    const row = await this.caseFor(command.ref);
    if (!staff && (row.customer !== inbound.user || row.platform !== inbound.platform))
      throw new Refusal(`${command.ref} is not your case.`);
    if (command.name === 'show') {
      const history = staff ? await caseHistory(db, row.id, 50) : [];
      return reply(caseReport(caseSummary(row), persistedSnapshot(row).context, history, staff), row.ref);
    }
    if (command.name === 'evidence') {
      const evidence = await listEvidence(db, row.ref);
      if (!evidence) throw new Refusal(`There is no case ${command.ref}.`);
      return reply(evidenceText(evidence), row.ref);
    }
    const who: Who = staff ? { kind: 'staff', id: inbound.user } : { kind: 'customer', id: inbound.user };
    const event = commandEvent(command, inbound.at, inbound.user);
    return this.transact(inbound, row, who, () => [event], { strict: true });
  }

  // --- the write ---------------------------------------------------------------------------------

  /**
   * Runs the events through the case and stores the outcome. An event on an existing case runs the
   * machine on the case as read and writes everything in one statement, which claims the event id and
   * checks the version (a case changed meanwhile is read again and the event retried). A new case, and
   * an approval (it draws an RMA number), take a transaction.
   */
  private async transact(
    inbound: Inbound,
    seen: CaseRow | null,
    who: Who,
    buildEvents: EventBatch['buildEvents'],
    options: { strict?: boolean; intendedNewCase?: boolean } = {},
  ): Promise<HandleResult> {
    if (seen) {
      const result = await this.changeCase(inbound, seen, who, buildEvents, options.strict ?? false);
      if (result !== NEEDS_TRANSACTION) return result;
    }
    return this.changeInTransaction(inbound, seen, who, buildEvents, options);
  }

  private async changeCase(
    inbound: Inbound,
    seen: CaseRow,
    who: Who,
    buildEvents: EventBatch['buildEvents'],
    strict: boolean,
  ): Promise<HandleResult | typeof NEEDS_TRANSACTION> {
    const snapshot = this.snapshotOf(seen);
    let run: BatchOutcome;
    try {
      run = await runEvents({
        restored: snapshot,
        input: null,
        who,
        buildEvents,
        strict,
        allocateRma: () => Promise.reject(NEEDS_TRANSACTION),
      });
    } catch (error) {
      if (error === NEEDS_TRANSACTION) return NEEDS_TRANSACTION;
      throw error;
    }
    if (run.refused) throw new Refusal(refusalFor(run.refused.event, run.refused.context, run.refused.state));
    // Nothing to store: handle() claims the event id on its own.
    if (!run.changed) return { ok: true, caseRef: run.ref, messages: [] };
    const claim = inbound.eventId ? { platform: inbound.platform, eventId: inbound.eventId } : null;
    const persisted = await persistRun(
      this.deps.db,
      { row: seen, snapshot, input: null, files: inbound.files ?? [], platform: inbound.platform, claim },
      run,
    );
    if ('duplicate' in persisted) return this.duplicate(inbound);
    if ('conflict' in persisted) throw new VersionConflict();
    const result: HandleResult = { ok: true, caseRef: run.ref, messages: persisted.messages };
    if (claim) this.claimed.add(result);
    return result;
  }

  private async changeInTransaction(
    inbound: Inbound,
    seen: CaseRow | null,
    who: Who,
    buildEvents: EventBatch['buildEvents'],
    options: { strict?: boolean; intendedNewCase?: boolean },
  ): Promise<HandleResult> {
    const { db, policy } = this.deps;
    return db.transaction(async (tx) => {
      if (seen && inbound.eventId && !(await claimPlatformEvent(tx, inbound.platform, inbound.eventId))) return this.duplicate(inbound);
      let input: (EventBatch['input'] & { thread: string | null }) | null = null;
      if (!seen) {
        // Two first messages of one customer at once must not open two cases: the second waits here,
        // then finds the first one's case and is retried against it.
        if (!(await claimAndLockCustomer(tx, inbound.platform, inbound.user, inbound.eventId ?? null))) return this.duplicate(inbound);
        const { maxNewClaimsPerDay } = policy.conversation;
        const check = await openingCheck(tx, {
          platform: inbound.platform,
          customer: inbound.user,
          since: hoursBefore(inbound.at, 24),
          maxNew: maxNewClaimsPerDay,
          another: options.intendedNewCase === true,
        });
        if (check.open && !options.intendedNewCase) throw new VersionConflict();
        // At most `maxNewClaimsPerDay` new claims per customer in 24 hours: order numbers cannot be walked.
        if (check.ref === null) {
          const say = sayIn(wordsLanguage(inbound));
          throw new Refusal(say('refusal.claims_per_day', { count: maxNewClaimsPerDay, email: this.deps.policy.contactEmail }));
        }
        input = {
          ref: check.ref,
          platform: inbound.platform,
          customer: inbound.user,
          openedAt: inbound.at,
          policy: casePolicy(policy),
          thread: inbound.thread ?? null,
        };
      }
      const snapshot = seen ? this.snapshotOf(seen) : null;
      const run = await runEvents({
        restored: snapshot,
        input,
        who,
        buildEvents,
        strict: options.strict ?? false,
        allocateRma: async () => {
          // Two Approve presses at once: the second waits here and retries, so no RMA number is drawn
          // for an approval that will not be saved (the numbers stay without gaps).
          if (seen) {
            const locked = await lockCaseById(tx, seen.id);
            if (!locked || locked.version !== seen.version) throw new VersionConflict();
          }
          return nextRmaNumber(tx, Temporal.Instant.from(inbound.at).toZonedDateTimeISO(policy.timeZone).year);
        },
      });
      if (run.refused) throw new Refusal(refusalFor(run.refused.event, run.refused.context, run.refused.state));
      let messages: Outbound[] = [];
      if (run.changed) {
        const persisted = await persistRun(
          tx,
          { row: seen, snapshot, input, files: inbound.files ?? [], platform: inbound.platform, claim: null },
          run,
        );
        if (!('messages' in persisted)) throw new VersionConflict();
        messages = persisted.messages;
      }
      const result: HandleResult = { ok: true, caseRef: run.ref, messages, ...(seen ? {} : { opened: true }) };
      if (inbound.eventId) this.claimed.add(result);
      return result;
    });
  }
}

/** Thrown through the machine run when an approval needs an RMA number: the event goes the transaction's way. */
const NEEDS_TRANSACTION = Symbol('needs a transaction');
