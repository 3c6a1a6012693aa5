// What the case machine's steps do: its types, and the named actions and guards that `caseMachine.ts`
// arranges into the graph of README.md, "How a case goes".
import { assertEvent, assign, emit, enqueueActions, setup } from 'xstate';
import { approvePending, pendingCents, splitCost } from '../policy/costs.ts';
import { addFlags, eligibilityNotice, normalizeSerial, textFlags, withItem } from './machineHelpers.ts';
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
    ask: emit((_, { expects }: Asked): Notice => ({ type: 'ask', expects, nudge: false })),
    /** The customer wrote something that is not what the step waits for: ask again, with a hint. */
    askAgain: emit((_, { expects }: Asked): Notice => ({ type: 'ask', expects, nudge: true })),

    // Intake.
    countOrderAttempt: assign({ orderAttempts: ({ context }) => context.orderAttempts + 1 }),
    announceOrderNotFound: emit(({ context, event }): Notice => {
      assertEvent(event, 'order.provided');
      return { type: 'order_not_found', number: event.number, attempts: context.orderAttempts };
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
    /** Eligibility once the item is known; while it is not (an order of several items), ask which one. */
    announceItem: emit(
      ({ context }, { nudge }: { nudge: boolean }): Notice => eligibilityNotice(context) ?? { type: 'ask', expects: 'item', nudge },
    ),
    checkSerial: enqueueActions(({ context, event, enqueue }) => {
      assertEvent(event, 'serial.provided');
      const expected = context.item?.serialNumber ?? '';
      const mismatch = expected !== '' && normalizeSerial(expected) !== normalizeSerial(event.serial);
      enqueue.assign({ serialGiven: event.serial });
      if (!mismatch) return;
      enqueue.assign({
        flags: addFlags(context.flags, [{ code: 'serial_mismatch', detail: `given ${event.serial}, sold ${expected}`, at: event.at }]),
      });
      enqueue.emit({ type: 'serial_mismatch', given: event.serial, expected });
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
      return { type: 'file_refused', name: event.file.name, reason: event.reason, asksAgain };
    }),
    warnDoaWindowClosing: emit(({ context }): Notice => ({ type: 'doa_window_closing', endsOn: context.windowEndsOn ?? '' })),

    // Troubleshooting and review.
    markFixed: assign({ resolution: 'fixed' as const, troubleshootingDone: true }),
    markTroubleshootingDone: assign({ troubleshootingDone: true }),
    approve: assign(({ context, event }) => {
      assertEvent(event, 'staff.approve');
      return { rma: context.rma ?? event.rma, approvedBy: event.by };
    }),
    deny: enqueueActions(({ event, enqueue }) => {
      assertEvent(event, 'staff.deny');
      enqueue.assign({ reasons: ['denied_by_staff' as const], declineNote: event.reason });
      enqueue.emit({ type: 'declined', reason: 'denied_by_staff', detail: event.reason });
    }),
    requestInfo: assign(({ event }) => {
      assertEvent(event, 'staff.request_info');
      return { infoRequest: event.what };
    }),
    announceInfoRequest: emit(({ event }): Notice => {
      assertEvent(event, 'staff.request_info');
      return { type: 'info_requested', what: event.what };
    }),
    announceReviewOverdue: emit(({ event }): Notice => ({ type: 'review_overdue', since: event.at })),
    forwardToStaff: emit(({ event }): Notice => {
      assertEvent(event, ['customer.said', 'evidence.provided']);
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
    reopen: assign({ reasons: [], declineNote: null, resolution: null, closedAt: null }),
    announceReopen: emit({ type: 'reopened' }),
  },
  guards: {
    hasDeclineReason: ({ context }) => context.reasons.length > 0,
    infoRequested: ({ context }) => context.infoRequest !== null,
    needsOrder: ({ context }) => context.orderNumber === null,
    needsItem: ({ context }) => context.item === null,
    needsSerial: ({ context }) => context.serialGiven === null,
    needsSerialPhoto: ({ context }) => context.serialPhoto === null,
    needsInstallPhoto: ({ context }) => context.installPhoto === null,
    needsFault: ({ context }) => context.fault === null,
    needsEvidence: ({ context }) => context.evidence.length === 0,
    troubleshootingDone: ({ context }) => context.troubleshootingDone,
    orderNotFound: ({ event }) => {
      assertEvent(event, 'order.provided');
      return event.items.length === 0;
    },
    isItemOfOrder: ({ context, event }) => {
      assertEvent(event, 'item.chosen');
      return event.index >= 0 && event.index < context.orderItems.length;
    },
    costPending: ({ context }) => pendingCents(context.costs) > 0,
    timerIs: ({ event }, kind: TimerKind) => event.type === 'timer.fired' && event.kind === kind,
  },
});
