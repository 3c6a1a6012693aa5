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
import type { CaseContext, CaseEvent, CaseInput, EvidenceEntry, Expects, Notice, TimerKind } from './types.ts';

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
    takeSerialPhoto: assign(({ event }) => {
      assertEvent(event, 'photo.serial');
      return { serialPhoto: event.file };
    }),
    takeInstallPhoto: assign(({ event }) => {
      assertEvent(event, 'photo.install');
      return { installPhoto: event.file };
    }),
    takeFault: assign(({ context, event }) => {
      assertEvent(event, 'fault.provided');
      return { fault: event.text, flags: addFlags(context.flags, textFlags(event.text, event.at)) };
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
    approve: assign(({ context, event }) => {
      assertEvent(event, 'staff.approve');
      return { rma: context.rma ?? event.rma, approvedBy: event.by, flags: withoutHuman(context.flags) };
    }),
    deny: enqueueActions(({ event, enqueue }) => {
      assertEvent(event, 'staff.deny');
      enqueue.assign(({ context }) => ({
        reasons: ['denied_by_staff' as const],
        declineNote: event.reason,
        flags: withoutHuman(context.flags),
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
    resolve: assign(({ event }) => {
      assertEvent(event, 'staff.resolve');
      return { resolution: event.resolution };
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
    reopen: assign(({ context }) => ({
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
    needsSerial: ({ context }) => context.serialGiven === null,
    hasItem: ({ context }) => context.item !== null,
    needsSerialPhoto: ({ context }) => context.serialPhoto === null,
    needsInstallPhoto: ({ context }) => context.installPhoto === null,
    needsFault: ({ context }) => context.fault === null,
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
    wasReceived: ({ context }) => context.receivedAt !== null,
    isItemOfOrder: ({ context, event }) => {
      assertEvent(event, 'item.chosen');
      return event.index >= 0 && event.index < context.orderItems.length;
    },
    costPending: ({ context }) => pendingCents(context.costs) > 0,
    timerIs: ({ event }, kind: TimerKind) => event.type === 'timer.fired' && event.kind === kind,
  },
});
