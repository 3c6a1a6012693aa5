// What the case machine's steps do: its types, and the named actions and guards that `caseMachine.ts`
// arranges into the graph of docs/conversation.md, "The states".
import { assertEvent, assign, emit, enqueueActions, setup } from 'xstate';
import { approvePending, pendingCents, splitCost } from '../policy/costs.ts';
import { calendarDate } from '../policy/eligibility.ts';
import {
  addFlags,
  eligibilityNotice,
  humanRequested,
  normalizeSerial,
  sameItem,
  textFlags,
  withHuman,
  withItem,
  withoutHuman,
} from './machineHelpers.ts';
import {
  advanceReturnBy,
  allUnitsDone,
  approvedUnits,
  awaitedAdvanceUnits,
  coveredUnits,
  decidedOutcomes,
  isMultiUnit,
  moreUnit,
  unitsOf,
  unitSerial,
  unitsToResolve,
  withOutcomes,
  type UnitView,
} from './units.ts';
import type { CaseContext, CaseEvent, CaseInput, EvidenceEntry, Expects, MoreUnit, Notice, TimerKind, UnitOutcome } from './types.ts';

/** The unit numbers an event names, as a set; null when it names none (the whole claim). */
function named(event: { units?: number[] | undefined }): Set<number> | null {
  return event.units && event.units.length > 0 ? new Set(event.units) : null;
}

/** Units 2 and on with one of them changed. */
function withMoreUnit(c: CaseContext, index: number, change: Partial<MoreUnit>): MoreUnit[] {
  return c.moreUnits.map((u, i) => (i === index ? { ...u, ...change } : u));
}

/** The first covered unit still missing something, unit 1 first: its number, or null. */
function firstMissing(c: CaseContext, missing: (u: UnitView) => boolean): number | null {
  return coveredUnits(c).find(missing)?.number ?? null;
}

/**
 * Which of units 2 and on a typed serial is for (an index into `moreUnits`): the unit the order sold it
 * as, else the first covered unit still without a serial while unit 1 has one; null: unit 1's.
 */
function moreUnitForSerial(c: CaseContext, serial: string): number | null {
  const typed = normalizeSerial(serial);
  if (c.item && normalizeSerial(c.item.serialNumber) === typed) return null;
  const sold = c.moreUnits.findIndex((u) => u.reason === null && normalizeSerial(u.item.serialNumber) === typed);
  if (sold >= 0) return sold;
  if (c.serialGiven === null) return null;
  const open = c.moreUnits.findIndex((u) => u.reason === null && u.serialGiven === null);
  return open >= 0 ? open : null;
}

/** Whether the units an event names are all on the claim and at least one of them matches `wanted`. */
function namesSome(c: CaseContext, event: { units?: number[] | undefined }, wanted: (u: UnitView) => boolean): boolean {
  const numbers = named(event);
  const units = unitsOf(c);
  if (numbers && [...numbers].some((n) => n < 1 || n > units.length)) return false;
  return units.some((u) => (numbers === null || numbers.has(u.number)) && wanted(u));
}

type Asked = { expects: Exclude<Expects, null> };

export const caseSetup = setup({
  types: {
    context: {} as CaseContext,
    events: {} as CaseEvent,
    input: {} as CaseInput,
    emitted: {} as Notice,
  },
  actions: {
    // Notices that need nothing from the event or context, and the questions of intake.
    notify: emit((_, notice: Notice) => notice),
    /** A step asks its question; what the customer wrote before does not count against this one. */
    ask: enqueueActions(({ context, enqueue }, { expects }: Asked) => {
      if (context.misses !== 0) enqueue.assign({ misses: 0 });
      if (context.staffSpokeLast) enqueue.assign({ staffSpokeLast: false });
      enqueue.emit({ type: 'ask', expects, nudge: false });
    }),
    /** The customer wrote something that is not what the step waits for: ask again, with a hint. */
    askAgain: emit((_, { expects }: Asked): Notice => ({ type: 'ask', expects, nudge: true })),
    /**
     * Words the step cannot place: asked again once with a hint; after that a person is asked to
     * answer (no third identical prompt). While a person has the case, or staff have written to the
     * customer since the step asked (the words are likely the answer), they go straight to staff.
     */
    unplaced: enqueueActions(({ context, event, enqueue }, { expects }: Asked) => {
      assertEvent(event, 'customer.said');
      const flags = addFlags(context.flags, textFlags(event.text, event.at));
      const misses = context.misses + 1;
      if (event.opening) {
        enqueue.assign({ flags });
      } else if (humanRequested(context) || context.staffSpokeLast) {
        // A person has the case or asked something: they read it; the step's question stays open meanwhile.
        enqueue.assign({ flags, misses });
        enqueue.emit({ type: 'customer_wrote', text: event.text, files: [] });
        enqueue.emit({ type: 'ask', expects, nudge: false });
      } else if (context.misses === 0) {
        enqueue.assign({ flags, misses });
        enqueue.emit({ type: 'ask', expects, nudge: true });
      } else {
        enqueue.assign({ flags: withHuman(flags, 'unplaced', event.at), misses });
        enqueue.emit({ type: 'human_requested', text: event.text, why: 'unplaced' });
      }
    }),

    // The conversation at any step.
    requestHuman: enqueueActions(({ context, event, enqueue }) => {
      assertEvent(event, 'customer.human');
      enqueue.assign({ flags: withHuman(context.flags, 'asked', event.at) });
      enqueue.emit({ type: 'human_requested', text: event.text, why: 'asked' });
    }),
    /** A staff member answered or acted: the customer no longer waits for a person. */
    clearHuman: assign({ flags: ({ context }) => withoutHuman(context.flags) }),
    setLanguage: enqueueActions(({ event, enqueue }) => {
      assertEvent(event, 'language.set');
      enqueue.assign({ language: event.language, languageSource: event.source });
      if (event.source === 'chosen') enqueue.emit({ type: 'language_set' });
    }),
    answerQuestion: emit(({ context, event }, { closed }: { closed: boolean }): Notice => {
      assertEvent(event, 'customer.asked');
      const today = calendarDate(event.at, context.policy.timeZone).toString();
      return { type: 'answered', topic: event.topic, today, closed, text: event.text };
    }),
    askWhichOrder: emit(({ event }): Notice => {
      assertEvent(event, 'orders.several');
      return { type: 'which_order', numbers: event.numbers };
    }),
    requestCancel: enqueueActions(({ enqueue }) => {
      enqueue.assign({ cancelPending: true });
      enqueue.emit({ type: 'ask', expects: 'confirm_cancel', nudge: false });
    }),
    keepCase: enqueueActions(({ event, enqueue }) => {
      assertEvent(event, 'keep');
      enqueue.assign({ cancelPending: false });
      if (!event.silent) enqueue.emit({ type: 'kept' });
    }),
    clearCancel: assign({ cancelPending: false }),
    cannotCancel: emit(({ event }): Notice => {
      assertEvent(event, 'cancel.requested');
      return { type: 'cannot_cancel', text: event.text };
    }),
    staffReply: enqueueActions(({ context, event, enqueue }) => {
      assertEvent(event, 'staff.reply');
      enqueue.assign({ flags: withoutHuman(context.flags), staffSpokeLast: true });
      enqueue.emit({ type: 'staff_replied', text: event.text, posted: event.posted });
    }),
    closedCaseMessage: emit(({ event }): Notice => {
      assertEvent(event, ['customer.said', 'evidence.provided', 'cancel.requested']);
      return { type: 'closed_case_message', text: event.text ?? '', files: event.type === 'evidence.provided' ? event.files : [] };
    }),

    // Intake.
    countOrderAttempt: assign({ orderAttempts: ({ context }) => context.orderAttempts + 1 }),
    /** The last unknown order number a case looks up: a person takes over (no more probing of order numbers). */
    escalateOrderAttempts: enqueueActions(({ context, event, enqueue }) => {
      assertEvent(event, 'order.provided');
      enqueue.assign({ flags: withHuman(context.flags, 'order_attempts', event.at) });
      enqueue.emit({ type: 'human_requested', text: event.number, why: 'order_attempts' });
    }),
    announceOrderNotFound: emit(({ context, event }): Notice => {
      assertEvent(event, 'order.provided');
      return { type: 'order_not_found', number: event.number, attempts: context.orderAttempts, labelled: event.labelled !== false };
    }),
    takeOrder: assign(({ context, event }) => {
      assertEvent(event, 'order.provided');
      const base = { orderNumber: event.number, orderItems: event.items };
      return event.items.length === 1 ? { ...base, ...withItem(context, event.items[0]!, event.at) } : base;
    }),
    takeChosenItem: assign(({ context, event }) => {
      assertEvent(event, 'item.chosen');
      return withItem(context, context.orderItems[event.index]!, event.at);
    }),
    /**
     * Several units of the order for one claim. Unit 1 stays the unit already claimed when it is among
     * them, else it is the first the policy may cover (so one unit sold as-is does not decline the rest);
     * the others keep their own eligibility. A serial typed to name a unit is that unit's serial.
     */
    takeUnits: assign(({ context, event }) => {
      assertEvent(event, 'units.chosen');
      const picks = event.indexes.map((index, i) => ({ item: context.orderItems[index]!, serial: event.serials?.[i] ?? null }));
      const covered = (item: (typeof picks)[number]['item']) => moreUnit(context, item, null).reason === null;
      const current = context.item ? picks.findIndex((p) => sameItem(p.item, context.item!)) : -1;
      const leadAt =
        current >= 0
          ? current
          : Math.max(
              0,
              picks.findIndex((p) => covered(p.item)),
            );
      const lead = picks[leadAt]!;
      const others = picks.filter((_, i) => i !== leadAt);
      const leadFields =
        current >= 0
          ? { serialGiven: lead.serial ?? context.serialGiven }
          : {
              ...withItem({ ...context, reasons: [], declineNote: null }, lead.item, event.at),
              serialGiven: lead.serial,
              reasons: [],
              declineNote: null,
            };
      const declined = current < 0 && !covered(lead.item) ? withItem(context, lead.item, event.at) : {};
      return {
        ...leadFields,
        ...declined,
        // A unit already on the claim keeps what the customer gave for it.
        moreUnits: others.map((p) => {
          const kept = context.moreUnits.find((u) => sameItem(u.item, p.item));
          return kept ? { ...kept, serialGiven: p.serial ?? kept.serialGiven } : moreUnit(context, p.item, p.serial);
        }),
        outcomes: [],
        troubleshootingDone: current >= 0 ? context.troubleshootingDone : false,
      };
    }),
    announceUnits: emit((): Notice => ({ type: 'units_taken' })),
    /** Another item of the order after all: its serial is asked again and its checks run again. */
    changeItem: assign(({ context, event }) => {
      assertEvent(event, 'item.chosen');
      return { ...withItem(context, context.orderItems[event.index]!, event.at), serialGiven: null, troubleshootingDone: false };
    }),
    /** Eligibility once the item is known; while it is not (an order of several items), ask which one. */
    announceItem: emit(
      ({ context }, { nudge }: { nudge: boolean }): Notice => eligibilityNotice(context) ?? { type: 'ask', expects: 'item', nudge },
    ),
    /**
     * The serial the customer typed, checked against the order's item. Typed again during intake (a
     * typo put right), it replaces the one recorded: a match clears the mismatch flag and is confirmed,
     * a new mismatch replaces the old flag. The audit rows keep every serial typed.
     */
    checkSerial: enqueueActions(({ context, event, enqueue }) => {
      assertEvent(event, 'serial.provided');
      // A claim for several units: the serial is the one of the unit whose record has it, else of the
      // first unit still without a serial; unit 1 takes the rules below (a typo put right).
      const more = isMultiUnit(context) ? moreUnitForSerial(context, event.serial) : null;
      if (more !== null) {
        const unit = context.moreUnits[more]!;
        const sold = unit.item.serialNumber;
        const mismatch = sold !== '' && normalizeSerial(sold) !== normalizeSerial(event.serial);
        const detail = `unit ${more + 2}: given ${event.serial}, sold ${sold}`;
        const flags = context.flags.filter((f) => !(f.code === 'serial_mismatch' && f.detail.startsWith(`unit ${more + 2}:`)));
        enqueue.assign({
          moreUnits: withMoreUnit(context, more, { serialGiven: event.serial }),
          flags: mismatch ? addFlags(flags, [{ code: 'serial_mismatch', detail, at: event.at }]) : flags,
        });
        if (mismatch) enqueue.emit({ type: 'serial_mismatch', given: event.serial, expected: sold });
        return;
      }
      const expected = context.item?.serialNumber ?? '';
      const mismatch = expected !== '' && normalizeSerial(expected) !== normalizeSerial(event.serial);
      const again = context.serialGiven !== null && normalizeSerial(context.serialGiven) !== normalizeSerial(event.serial);
      const flags = context.flags.filter((f) => f.code !== 'serial_mismatch');
      if (mismatch) {
        enqueue.assign({
          serialGiven: event.serial,
          flags: addFlags(flags, [{ code: 'serial_mismatch', detail: `given ${event.serial}, sold ${expected}`, at: event.at }]),
        });
        enqueue.emit({ type: 'serial_mismatch', given: event.serial, expected });
        return;
      }
      enqueue.assign(flags.length === context.flags.length ? { serialGiven: event.serial } : { serialGiven: event.serial, flags });
      if (again && expected !== '') enqueue.emit({ type: 'serial_confirmed', serial: event.serial });
      else if (context.serialGiven !== null && !again) enqueue.emit({ type: 'serial_repeated', serial: event.serial });
    }),
    announcePartNumber: emit(({ event }): Notice => {
      assertEvent(event, 'part_number.provided');
      return { type: 'part_number_given', partNumber: event.partNumber };
    }),
    /** The serial-label photo of the first unit still without one (unit 1 again once all have one). */
    takeSerialPhoto: assign(({ context, event }) => {
      assertEvent(event, 'photo.serial');
      const unit = firstMissing(context, (u) => u.serialPhoto === null);
      if (unit === null || unit === 1) return { serialPhoto: event.file };
      return { moreUnits: withMoreUnit(context, unit - 2, { serialPhoto: event.file }) };
    }),
    takeInstallPhoto: assign(({ event }) => {
      assertEvent(event, 'photo.install');
      return { installPhoto: event.file };
    }),
    /** The fault, for unit 1 and for every other covered unit not yet described (one text often fits all). */
    takeFault: assign(({ context, event }) => {
      assertEvent(event, 'fault.provided');
      const moreUnits = context.moreUnits.map((u) => (u.reason === null && u.fault === null ? { ...u, fault: event.text } : u));
      return {
        ...(context.fault === null || !isMultiUnit(context) ? { fault: event.text } : {}),
        ...(isMultiUnit(context) ? { moreUnits } : {}),
        flags: addFlags(context.flags, textFlags(event.text, event.at)),
      };
    }),
    recordEvidence: assign(({ context, event }) => {
      assertEvent(event, 'evidence.provided');
      const entries: EvidenceEntry[] = [
        ...(event.text ? [{ at: event.at, text: event.text }] : []),
        ...event.files.map((file) => ({ at: event.at, file })),
      ];
      return { evidence: [...context.evidence, ...entries], flags: addFlags(context.flags, textFlags(event.text ?? '', event.at)) };
    }),
    /** What the customer says in answer to staff's request for information is evidence. */
    recordAnswer: assign(({ context, event }) => {
      assertEvent(event, 'customer.said');
      return {
        evidence: [...context.evidence, { at: event.at, text: event.text }],
        flags: addFlags(context.flags, textFlags(event.text, event.at)),
      };
    }),
    clearInfoRequest: assign({ infoRequest: null }),
    noteCustomerText: assign(({ context, event }) => {
      assertEvent(event, 'customer.said');
      return { flags: addFlags(context.flags, textFlags(event.text, event.at)) };
    }),
    dropRefusedFile: assign(({ context, event }) => {
      assertEvent(event, 'evidence.refused');
      const same = (f: { id?: string | undefined; name: string } | null | undefined) =>
        !!f && (event.file.id ? f.id === event.file.id : f.name === event.file.name);
      return {
        serialPhoto: same(context.serialPhoto) ? null : context.serialPhoto,
        installPhoto: same(context.installPhoto) ? null : context.installPhoto,
        evidence: context.evidence.filter((e) => !same(e.file)),
      };
    }),
    announceRefusedFile: emit(({ event }, { asksAgain }: { asksAgain: boolean }): Notice => {
      assertEvent(event, 'evidence.refused');
      return { type: 'file_refused', name: event.file.name, reason: event.reason, asksAgain, ...(event.quota ? { quota: true } : {}) };
    }),
    warnDoaWindowClosing: emit(({ context }): Notice => ({ type: 'doa_window_closing', endsOn: context.windowEndsOn ?? '' })),

    // Troubleshooting and review.
    markFixed: assign({ resolution: 'fixed' as const, troubleshootingDone: true }),
    markTroubleshootingDone: assign({ troubleshootingDone: true }),
    /** The RMA for the approved units; units named are approved and the others still undecided denied. */
    approve: assign(({ context, event }) => {
      assertEvent(event, 'staff.approve');
      const numbers = named(event);
      const outcomes = decidedOutcomes(context, (u) => numbers === null || numbers.has(u.number), null);
      return { rma: context.rma ?? event.rma, approvedBy: event.by, flags: withoutHuman(context.flags), outcomes };
    }),
    /** Some units denied in review; the others wait for staff's decision. */
    denyUnits: enqueueActions(({ context, event, enqueue }) => {
      assertEvent(event, 'staff.deny');
      const numbers = named(event) ?? new Set<number>();
      enqueue.assign({
        outcomes: withOutcomes(context, numbers, (o) => (o.decision === 'pending' ? { ...o, decision: 'denied', note: event.reason } : o)),
        flags: withoutHuman(context.flags),
      });
      enqueue.emit({ type: 'units_denied', units: [...numbers].sort((a, b) => a - b), reason: event.reason });
    }),
    /** Units declined at inspection: the reason is their outcome. */
    declineUnits: enqueueActions(({ context, event, enqueue }) => {
      assertEvent(event, 'staff.deny');
      const numbers = named(event) ?? new Set<number>();
      enqueue.assign({ outcomes: withOutcomes(context, numbers, (o) => ({ ...o, resolution: 'declined', note: event.reason })) });
      enqueue.emit({ type: 'units_resolved', units: [...numbers].sort((a, b) => a - b), resolution: 'declined' });
    }),
    /** Units checked in: by the serials on their labels, or every approved unit. A serial not approved is flagged. */
    checkIn: enqueueActions(({ context, event, enqueue }) => {
      assertEvent(event, 'staff.received');
      const approved = approvedUnits(context);
      const arrived = new Set<number>();
      const unexpected: string[] = [];
      if (!event.serials || event.serials.length === 0) approved.forEach((u) => arrived.add(u.number));
      for (const serial of event.serials ?? []) {
        const typed = normalizeSerial(serial);
        const unit = approved.find(
          (u) => normalizeSerial(unitSerial(u)) === typed || (u.item !== null && normalizeSerial(u.item.serialNumber) === typed),
        );
        if (unit) arrived.add(unit.number);
        else unexpected.push(serial);
      }
      const flags = unexpected.map((serial) => ({
        code: 'unit_mismatch' as const,
        detail: `received ${serial}, not an approved unit of the claim`,
        at: event.at,
      }));
      enqueue.assign({
        // Only serials not on the RMA: nothing of the claim has arrived.
        receivedAt: context.receivedAt ?? (arrived.size > 0 ? event.at : null),
        outcomes: withOutcomes(context, arrived, (o) => ({ ...o, received: true, advance: o.advance && { ...o.advance, overdue: false } })),
        flags: addFlags(context.flags, flags),
      });
      if (event.serials && event.serials.length > 0) {
        enqueue.emit({ type: 'units_received', units: [...arrived].sort((a, b) => a - b), unexpected });
      }
    }),
    /** Units resolved at inspection (those named, or every approved unit still without an outcome). */
    resolveUnits: enqueueActions(({ context, event, enqueue }) => {
      assertEvent(event, 'staff.resolve');
      const numbers = named(event) ?? new Set(unitsToResolve(context).map((u) => u.number));
      enqueue.assign({ outcomes: withOutcomes(context, numbers, (o) => ({ ...o, resolution: event.resolution })) });
      if (numbers.size > 0 && isMultiUnit(context)) {
        enqueue.emit({ type: 'units_resolved', units: [...numbers].sort((a, b) => a - b), resolution: event.resolution });
      }
    }),
    /** The case closes with every unit's outcome: one message for a claim of several, the resolution for one unit. */
    announceCompletion: enqueueActions(({ context, enqueue }) => {
      const approved = approvedUnits(context);
      const resolutions = approved.map((u) => u.outcome.resolution).filter((r) => r !== null && r !== 'declined');
      const resolution = resolutions[0] ?? null;
      if (resolution) enqueue.assign({ resolution });
      if (isMultiUnit(context)) enqueue.emit({ type: 'units_summary' });
      else if (resolution) enqueue.emit({ type: 'resolved', resolution });
    }),
    /** A replacement ships ahead of the faulty unit, which has `advanceReturnDays` to come back. */
    shipAdvance: enqueueActions(({ context, event, enqueue }) => {
      assertEvent(event, 'staff.advance');
      const numbers =
        named(event) ??
        new Set(
          approvedUnits(context)
            .filter((u) => !u.outcome.received)
            .map((u) => u.number),
        );
      const returnBy = advanceReturnBy(context, event.at);
      const advance = { tracking: event.tracking, shippedAt: event.at, returnBy, overdue: false };
      enqueue.assign({ outcomes: withOutcomes(context, numbers, (o) => ({ ...o, resolution: 'replacement', advance })) });
      enqueue.emit({ type: 'advance_shipped', units: [...numbers].sort((a, b) => a - b), tracking: event.tracking, returnBy });
    }),
    /** The advance return's reminder, or its deadline passed: the units still out are flagged. */
    advanceReturnDue: enqueueActions(({ context, event, enqueue }) => {
      assertEvent(event, 'timer.fired');
      const out = awaitedAdvanceUnits(context);
      if (out.length === 0) return;
      const units = out.map((u) => u.number);
      const returnBy = out[0]!.outcome.advance!.returnBy;
      if (event.kind === 'return_reminder') {
        enqueue.emit({ type: 'return_reminder', units, returnBy });
        return;
      }
      enqueue.assign({
        outcomes: withOutcomes(context, new Set(units), (o) => (o.advance ? { ...o, advance: { ...o.advance, overdue: true } } : o)),
        flags: addFlags(context.flags, [{ code: 'return_overdue', detail: `unit ${units.join(', ')} due back ${returnBy}`, at: event.at }]),
      });
      enqueue.emit({ type: 'return_overdue', units, returnBy });
    }),
    deny: enqueueActions(({ event, enqueue }) => {
      assertEvent(event, 'staff.deny');
      enqueue.assign(({ context }) => ({
        reasons: ['denied_by_staff' as const],
        declineNote: event.reason,
        flags: withoutHuman(context.flags),
        outcomes: unitsOf(context).map((u): UnitOutcome => {
          if (u.outcome.decision === 'approved' && u.outcome.resolution === null)
            return { ...u.outcome, resolution: 'declined', note: event.reason };
          return u.outcome.decision === 'pending' ? { ...u.outcome, decision: 'denied', note: event.reason } : u.outcome;
        }),
      }));
      enqueue.emit({ type: 'declined', reason: 'denied_by_staff', detail: event.reason });
    }),
    requestInfo: assign(({ context, event }) => {
      assertEvent(event, 'staff.request_info');
      return { infoRequest: event.what, flags: withoutHuman(context.flags) };
    }),
    announceInfoRequest: emit(({ event }): Notice => {
      assertEvent(event, 'staff.request_info');
      return { type: 'info_requested', what: event.what };
    }),
    announceReviewOverdue: emit(({ event }): Notice => ({ type: 'review_overdue', since: event.at })),
    forwardToStaff: emit(({ event }): Notice => {
      assertEvent(event, ['customer.said', 'evidence.provided', 'order.provided']);
      if (event.type === 'order.provided') return { type: 'customer_wrote', text: `order ${event.number}`, files: [] };
      return { type: 'customer_wrote', text: event.text ?? '', files: event.type === 'evidence.provided' ? event.files : [] };
    }),

    // The return.
    recordTracking: assign(({ event }) => {
      assertEvent(event, 'tracking.provided');
      return { tracking: event.number };
    }),
    announceTracking: emit(({ event }): Notice => {
      assertEvent(event, 'tracking.provided');
      return { type: 'tracking_received', number: event.number };
    }),
    markReceived: assign({ receivedAt: ({ event }) => event.at }),
    resolve: assign(({ context, event }) => {
      assertEvent(event, 'staff.resolve');
      const open = new Set(
        approvedUnits(context)
          .filter((u) => u.outcome.resolution === null)
          .map((u) => u.number),
      );
      return { resolution: event.resolution, outcomes: withOutcomes(context, open, (o) => ({ ...o, resolution: event.resolution })) };
    }),
    announceResolution: emit(({ event }): Notice => {
      assertEvent(event, 'staff.resolve');
      return { type: 'resolved', resolution: event.resolution };
    }),
    recordCost: assign(({ context, event }) => {
      assertEvent(event, 'staff.cost');
      const split = splitCost(context.costs, context.policy.costCapCents, event.cents);
      const line = {
        label: event.label,
        cents: event.cents,
        coveredCents: split.covered,
        pendingCents: split.pending,
        approvedCents: 0,
        at: event.at,
        by: event.by,
      };
      const flags =
        split.pending > 0
          ? addFlags(context.flags, [{ code: 'over_cost_cap', detail: 'costs above the cap need written approval', at: event.at }])
          : context.flags;
      return { costs: [...context.costs, line], flags };
    }),
    announceCost: emit(({ context }): Notice => {
      const line = context.costs[context.costs.length - 1]!;
      return { type: 'cost_recorded', label: line.label, cents: line.cents, covered: line.coveredCents, pending: line.pendingCents };
    }),
    announceCostApproval: emit(({ context }): Notice => ({ type: 'cost_approved', cents: pendingCents(context.costs) })),
    approveCost: assign(({ context }) => ({ costs: approvePending(context.costs) })),
    addNote: assign(({ context, event }) => {
      assertEvent(event, 'staff.note');
      return { notes: [...context.notes, { at: event.at, by: event.by, text: event.text }] };
    }),
    announceNote: emit(({ event }): Notice => {
      assertEvent(event, 'staff.note');
      return { type: 'note_added', text: event.text };
    }),
    addContact: enqueueActions(({ context, event, enqueue }) => {
      assertEvent(event, 'staff.contact');
      const contacts = context.contacts ?? [];
      if (!contacts.includes(event.contact)) enqueue.assign({ contacts: [...contacts, event.contact] });
      enqueue.emit({ type: 'contact_added', contact: event.contact } satisfies Notice);
    }),

    // Closing and reopening.
    markClosed: assign({ closedAt: ({ event }) => event.at }),
    closeSilent: assign(({ event }) => {
      assertEvent(event, 'timer.fired');
      return { reasons: [event.kind === 'rma_expiry' ? ('rma_expired' as const) : ('no_response' as const)] };
    }),
    announceSilentClose: emit(({ context }): Notice => ({
      type: 'closed_silent',
      reason: context.reasons[0] === 'rma_expired' ? 'rma_expired' : 'no_response',
    })),
    /** A customer's cancel is confirmed; a silent close has already said why. */
    confirmCancel: enqueueActions(({ context, enqueue }) => {
      if (context.reasons.length === 0) enqueue.emit({ type: 'cancelled' });
    }),
    /** Reopened: staff decide again (back in intake), or inspect again what has no replacement shipped yet. */
    reopen: assign(({ context }) => ({
      outcomes:
        context.receivedAt === null
          ? []
          : unitsOf(context).map((u) =>
              u.outcome.advance
                ? u.outcome
                : { ...u.outcome, resolution: null, note: u.outcome.decision === 'approved' ? null : u.outcome.note },
            ),
      reasons: [],
      declineNote: null,
      resolution: null,
      closedAt: null,
      cancelPending: false,
      flags: withoutHuman(context.flags),
    })),
    announceReopen: emit({ type: 'reopened' }),
  },
  guards: {
    /**
     * A chosen language is always taken (a customer may say "English please" twice); the platform's
     * locale or a detection never overrides a choice, and a detection never overrides the locale.
     */
    languageChanges: ({ context, event }) => {
      assertEvent(event, 'language.set');
      if (event.source === 'chosen') return true;
      if (context.languageSource === 'chosen') return false;
      if (event.source === 'detected' && context.languageSource !== undefined) return false;
      return context.language !== event.language || context.languageSource !== event.source;
    },
    hasDeclineReason: ({ context }) => context.reasons.length > 0,
    infoRequested: ({ context }) => context.infoRequest !== null,
    needsOrder: ({ context }) => context.orderNumber === null,
    needsItem: ({ context }) => context.item === null,
    needsSerial: ({ context }) =>
      context.serialGiven === null || context.moreUnits.some((u) => u.reason === null && u.serialGiven === null),
    hasItem: ({ context }) => context.item !== null,
    needsSerialPhoto: ({ context }) =>
      context.serialPhoto === null || context.moreUnits.some((u) => u.reason === null && u.serialPhoto === null),
    needsInstallPhoto: ({ context }) => context.installPhoto === null,
    needsFault: ({ context }) => context.fault === null || context.moreUnits.some((u) => u.reason === null && u.fault === null),
    needsEvidence: ({ context }) => context.evidence.length === 0,
    troubleshootingDone: ({ context }) => context.troubleshootingDone,
    orderNotFound: ({ event }) => {
      assertEvent(event, 'order.provided');
      return event.items.length === 0;
    },
    /** An unknown order number, and the last one this case looks up. */
    orderNotFoundLast: ({ context, event }) => {
      assertEvent(event, 'order.provided');
      return event.items.length === 0 && context.orderAttempts + 1 >= context.policy.conversation.maxOrderAttempts;
    },
    /** The customer names another item of the order than the one the claim is for. */
    isOtherItem: ({ context, event }) => {
      assertEvent(event, 'item.chosen');
      const item = context.orderItems[event.index];
      return item !== undefined && context.item !== null && !sameItem(item, context.item);
    },
    orderTriesUsed: ({ context, event }) => {
      assertEvent(event, 'order.provided');
      return event.items.length === 0 && context.orderAttempts >= context.policy.conversation.maxOrderAttempts;
    },
    cancelPending: ({ context }) => context.cancelPending,
    /** Two or more different items of the order named for the claim. */
    namesUnitsOfOrder: ({ context, event }) => {
      assertEvent(event, 'units.chosen');
      const valid = event.indexes.every((i) => Number.isInteger(i) && i >= 0 && i < context.orderItems.length);
      return valid && new Set(event.indexes).size === event.indexes.length && event.indexes.length >= 2;
    },
    /** The approval names units on the claim, and at least one the policy may cover and staff have not denied. */
    approvesSome: ({ context, event }) => {
      assertEvent(event, 'staff.approve');
      return namesSome(context, event, (u) => u.reason === null && u.outcome.decision === 'pending');
    },
    /** A denial of named units that leaves none waiting for a decision: the claim is declined. */
    deniesEveryOpenUnit: ({ context, event }) => {
      assertEvent(event, 'staff.deny');
      const numbers = named(event);
      return numbers !== null && coveredUnits(context).every((u) => u.outcome.decision !== 'pending' || numbers.has(u.number));
    },
    /** A denial that names units on the claim (each still undecided, or approved and not yet resolved). */
    deniesUnits: ({ context, event }) => {
      assertEvent(event, 'staff.deny');
      return named(event) !== null && namesSome(context, event, (u) => u.reason === null);
    },
    namesNoUnits: ({ event }) => {
      assertEvent(event, ['staff.deny', 'staff.resolve']);
      return named(event) === null;
    },
    /** A decline at inspection naming approved units of the claim. */
    declinesUnits: ({ context, event }) => {
      assertEvent(event, 'staff.deny');
      return named(event) !== null && namesSome(context, event, (u) => u.outcome.decision === 'approved');
    },
    /** Declining the named units at inspection leaves every approved unit with an outcome, none of them a remedy. */
    declinesLastUnits: ({ context, event }) => {
      assertEvent(event, 'staff.deny');
      const numbers = named(event);
      return numbers !== null && approvedUnits(context).every((u) => numbers.has(u.number) || u.outcome.resolution === 'declined');
    },
    /** Declining the named units at inspection leaves every approved unit with an outcome. */
    declineCompletes: ({ context, event }) => {
      assertEvent(event, 'staff.deny');
      const numbers = named(event);
      if (numbers === null) return false;
      const after = withOutcomes(context, numbers, (o) => ({ ...o, resolution: 'declined' }));
      return allUnitsDone({ ...context, outcomes: after });
    },
    /** Resolving the named units leaves every approved unit done. */
    resolveCompletes: ({ context, event }) => {
      assertEvent(event, 'staff.resolve');
      const numbers = named(event) ?? new Set(unitsToResolve(context).map((u) => u.number));
      const after = withOutcomes(context, numbers, (o) => ({ ...o, resolution: event.resolution }));
      return allUnitsDone({ ...context, outcomes: after });
    },
    /** The resolution names approved units of the claim. */
    /** The units named (or, none named, some) are back and wait for their outcome: a unit still out cannot be resolved. */
    resolvesUnits: ({ context, event }) => {
      assertEvent(event, 'staff.resolve');
      const numbers = named(event);
      const waiting = new Set(unitsToResolve(context).map((u) => u.number));
      return numbers === null ? waiting.size > 0 : [...numbers].every((n) => waiting.has(n));
    },
    /** A check-in names a unit of the RMA (or no serial: the parcel holds them all). */
    checksInSome: ({ context, event }) => {
      assertEvent(event, 'staff.received');
      if (!event.serials || event.serials.length === 0) return true;
      const serials = new Set(event.serials.map(normalizeSerial));
      return approvedUnits(context).some(
        (u) => serials.has(normalizeSerial(unitSerial(u))) || (u.item !== null && serials.has(normalizeSerial(u.item.serialNumber))),
      );
    },
    /** The units named (or any) are approved and not yet back. */
    advancesSome: ({ context, event }) => {
      assertEvent(event, 'staff.advance');
      return namesSome(context, event, (u) => u.outcome.decision === 'approved' && !u.outcome.received && u.outcome.advance === null);
    },
    /** After this check-in every approved unit is done (an advance replacement's faulty unit came back last). */
    receiptCompletes: ({ context, event }) => {
      assertEvent(event, 'staff.received');
      const serials = new Set((event.serials ?? []).map(normalizeSerial));
      const arrived = new Set(
        approvedUnits(context)
          .filter(
            (u) =>
              serials.size === 0 ||
              serials.has(normalizeSerial(unitSerial(u))) ||
              (u.item !== null && serials.has(normalizeSerial(u.item.serialNumber))),
          )
          .map((u) => u.number),
      );
      const after = withOutcomes(context, arrived, (o) => ({ ...o, received: true }));
      return allUnitsDone({ ...context, outcomes: after }) && approvedUnits(context).some((u) => u.outcome.advance !== null);
    },
    /** The faulty unit of an advance replacement is still out: an unshipped RMA does not expire. */
    rmaExpires: ({ context, event }) =>
      event.type === 'timer.fired' && event.kind === 'rma_expiry' && awaitedAdvanceUnits(context).length === 0,
    isMultiUnit: ({ context }) => isMultiUnit(context),
    /** An approved unit has not arrived yet: a second parcel of the RMA can be checked in. */
    unitsStillOut: ({ context }) => approvedUnits(context).some((u) => !u.outcome.received),
    wasReceived: ({ context }) => context.receivedAt !== null,
    isItemOfOrder: ({ context, event }) => {
      assertEvent(event, 'item.chosen');
      return event.index >= 0 && event.index < context.orderItems.length;
    },
    costPending: ({ context }) => pendingCents(context.costs) > 0,
    timerIs: ({ event }, kind: TimerKind) => event.type === 'timer.fired' && event.kind === kind,
  },
});
