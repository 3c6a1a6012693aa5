// The lifecycle of one DOA / warranty case as an XState v5 machine. Pure: time arrives on every
// event, order records arrive on `order.provided`, RMA numbers on `staff.approve`; what people are told
// leaves as emitted notices that the service words and delivers.
import { assign, emit, enqueueActions, setup } from 'xstate';
import { approvePending, pendingCents, splitCost } from '../policy/costs.ts';
import { decideEligibility } from '../policy/eligibility.ts';
import { flagsInText } from '../policy/exclusions.ts';
import type { CaseContext, CaseEvent, CaseInput, EvidenceEntry, FlagEntry, Notice, OrderItem, TimerKind } from './types.ts';

/** Bumped whenever the persisted context or state names change shape; see `snapshotMigrations.ts`. */
export const CASE_MACHINE_VERSION = 2;

function normalizeSerial(serial: string): string {
  return serial.replace(/[\s-]/g, '').toUpperCase();
}

function addFlags(flags: FlagEntry[], added: FlagEntry[]): FlagEntry[] {
  const seen = new Set(flags.map((f) => `${f.code}:${f.detail}`));
  return [...flags, ...added.filter((f) => !seen.has(`${f.code}:${f.detail}`))];
}

function textFlags(text: string, at: string): FlagEntry[] {
  return flagsInText(text).map((f) => ({ code: f.code, detail: f.detail, at }));
}

/** Eligibility and flags once the claimed item is known (policy sections 2, 3 and 6). */
function withItem(context: CaseContext, item: OrderItem, at: string): Partial<CaseContext> {
  const decision = decideEligibility(item, context.openedAt, context.policy);
  switch (decision.outcome) {
    case 'eligible':
      return { item, kind: decision.kind, windowEndsOn: decision.windowEndsOn };
    case 'unverified':
      return { item, kind: null, flags: addFlags(context.flags, [{ code: 'unverified_order', detail: 'no delivery date on record', at }]) };
    case 'declined':
      return {
        item,
        kind: null,
        reasons: [decision.reason],
        declineNote:
          decision.reason === 'outside_window'
            ? `delivered ${item.deliveredOn}, ${decision.daysSinceDelivery} days before the claim; the warranty ended on ${decision.windowEndedOn}`
            : `sold as ${decision.terms}`,
      };
  }
}

function eligibilityNotice(context: CaseContext): Notice | null {
  const reason = context.reasons[0];
  if (reason === 'outside_window' || reason === 'non_returnable') return { type: 'declined', reason, detail: context.declineNote ?? '' };
  if (!context.item) return null;
  if (!context.kind) return { type: 'unverified_order' };
  const decision = decideEligibility(context.item, context.openedAt, context.policy);
  return decision.outcome === 'eligible'
    ? { type: 'eligible', kind: decision.kind, daysSinceDelivery: decision.daysSinceDelivery, windowEndsOn: decision.windowEndsOn }
    : null;
}

const closedAt = ({ event }: { event: CaseEvent }) => event.at;

export const caseMachine = setup({
  types: {
    context: {} as CaseContext,
    events: {} as CaseEvent,
    input: {} as CaseInput,
    emitted: {} as Notice,
  },
  actions: {
    markClosed: assign({ closedAt }),
    noteCustomerText: assign(({ context, event }) => {
      const text = 'text' in event && typeof event.text === 'string' ? event.text : '';
      return { flags: addFlags(context.flags, textFlags(text, event.at)) };
    }),
    recordEvidence: assign(({ context, event }) => {
      if (event.type !== 'evidence.provided') return {};
      const entries: EvidenceEntry[] = [
        ...(event.text ? [{ at: event.at, text: event.text }] : []),
        ...event.files.map((file) => ({ at: event.at, file })),
      ];
      return { evidence: [...context.evidence, ...entries], flags: addFlags(context.flags, textFlags(event.text ?? '', event.at)) };
    }),
    forwardToStaff: emit(({ event }): Notice => {
      const text = 'text' in event && typeof event.text === 'string' ? event.text : '';
      const files = event.type === 'evidence.provided' ? event.files : [];
      return { type: 'customer_wrote', text, files };
    }),
    addNote: assign(({ context, event }) =>
      event.type === 'staff.note' ? { notes: [...context.notes, { at: event.at, by: event.by, text: event.text }] } : {},
    ),
    recordCost: assign(({ context, event }) => {
      if (event.type !== 'staff.cost') return {};
      const split = splitCost(context.costs, context.policy.costCapCents, event.cents);
      const line = { label: event.label, cents: event.cents, coveredCents: split.covered, pendingCents: split.pending, approvedCents: 0, at: event.at, by: event.by };
      const flags = split.pending > 0 ? addFlags(context.flags, [{ code: 'over_cost_cap', detail: 'costs above the cap need written approval', at: event.at }]) : context.flags;
      return { costs: [...context.costs, line], flags };
    }),
    announceCost: emit(({ context }): Notice => {
      const line = context.costs[context.costs.length - 1]!;
      return { type: 'cost_recorded', label: line.label, cents: line.cents, covered: line.coveredCents, pending: line.pendingCents };
    }),
    announceCostApproval: emit(({ context }): Notice => ({ type: 'cost_approved', cents: pendingCents(context.costs) })),
    approveCost: assign(({ context }) => ({ costs: approvePending(context.costs) })),
    reopen: assign({ reasons: [], declineNote: null, resolution: null, closedAt: null }),
    dropRefusedFile: assign(({ context, event }) => {
      if (event.type !== 'evidence.refused') return {};
      const same = (f: { id?: string | undefined; name: string } | null | undefined) => !!f && (event.file.id ? f.id === event.file.id : f.name === event.file.name);
      return {
        serialPhoto: same(context.serialPhoto) ? null : context.serialPhoto,
        installPhoto: same(context.installPhoto) ? null : context.installPhoto,
        evidence: context.evidence.filter((e) => !same(e.file)),
      };
    }),
    closeSilent: assign(({ event }) => ({
      reasons: [event.type === 'timer.fired' && event.kind === 'rma_expiry' ? ('rma_expired' as const) : ('no_response' as const)],
    })),
    announceSilentClose: emit(({ context }): Notice => ({ type: 'closed_silent', reason: context.reasons[0] === 'rma_expired' ? 'rma_expired' : 'no_response' })),
    announceReopen: emit({ type: 'reopened' }),
  },
  guards: {
    declined: ({ context }) => context.reasons.length > 0,
    infoRequested: ({ context }) => context.infoRequest !== null,
    needsOrder: ({ context }) => context.orderNumber === null,
    needsItem: ({ context }) => context.item === null,
    needsSerial: ({ context }) => context.serialGiven === null,
    needsSerialPhoto: ({ context }) => context.serialPhoto === null,
    needsInstallPhoto: ({ context }) => context.installPhoto === null,
    needsFault: ({ context }) => context.fault === null,
    needsEvidence: ({ context }) => context.evidence.length === 0,
    troubleshootingDone: ({ context }) => context.troubleshootingDone,
    costPending: ({ context }) => pendingCents(context.costs) > 0,
    timerIs: ({ event }, kind: TimerKind) => event.type === 'timer.fired' && event.kind === kind,
  },
}).createMachine({
  id: 'case',
  context: ({ input }) => ({
    ...input,
    orderNumber: null,
    orderItems: [],
    orderAttempts: 0,
    item: null,
    kind: null,
    windowEndsOn: null,
    serialGiven: null,
    serialPhoto: null,
    installPhoto: null,
    fault: null,
    evidence: [],
    flags: [],
    reasons: [],
    declineNote: null,
    troubleshootingDone: false,
    infoRequest: null,
    rma: null,
    approvedBy: null,
    tracking: null,
    resolution: null,
    costs: [],
    notes: [],
    closedAt: null,
  }),
  initial: 'intake',
  entry: emit({ type: 'opened' }),
  on: {
    'staff.note': { actions: ['addNote', emit(({ event }) => ({ type: 'note_added' as const, text: event.text }))] },
    // After intake a refused file is only reported: staff decide whether to ask for it again.
    // The case keeps what it was told (staff saw it); the notice says the copy is missing.
    'evidence.refused': { actions: emit(({ event }) => ({ type: 'file_refused' as const, name: event.file.name, reason: event.reason, asksAgain: false })) },
  },
  states: {
    intake: {
      initial: 'next',
      on: {
        // Whatever the step, photos, the fault and evidence are taken when they come.
        'photo.serial': { target: '.next', actions: assign({ serialPhoto: ({ event }) => event.file }) },
        'photo.install': { target: '.next', actions: assign({ installPhoto: ({ event }) => event.file }) },
        'fault.provided': {
          target: '.next',
          actions: assign(({ context, event }) => ({ fault: event.text, flags: addFlags(context.flags, textFlags(event.text, event.at)) })),
        },
        'evidence.provided': { target: '.next', actions: 'recordEvidence' },
        cancel: { target: 'cancelled' },
        'evidence.refused': {
          target: '.next',
          actions: ['dropRefusedFile', emit(({ event }) => ({ type: 'file_refused' as const, name: event.file.name, reason: event.reason, asksAgain: true }))],
        },
        'timer.fired': [
          { guard: { type: 'timerIs', params: 'intake_reminder' }, actions: emit({ type: 'reminder', kind: 'intake_reminder' }) },
          { guard: { type: 'timerIs', params: 'intake_close' }, target: 'cancelled', actions: ['closeSilent', 'announceSilentClose'] },
          {
            guard: { type: 'timerIs', params: 'doa_window_warning' },
            actions: emit(({ context }) => ({ type: 'doa_window_closing' as const, endsOn: context.windowEndsOn ?? '' })),
          },
        ],
      },
      states: {
        // Routes to the first thing still missing, one at a time.
        next: {
          always: [
            { guard: 'declined', target: '#case.declined' },
            { guard: 'infoRequested', target: 'info' },
            { guard: 'needsOrder', target: 'order_number' },
            { guard: 'needsItem', target: 'item' },
            { guard: 'needsSerial', target: 'serial_number' },
            { guard: 'needsSerialPhoto', target: 'serial_photo' },
            { guard: 'needsInstallPhoto', target: 'install_photo' },
            { guard: 'needsFault', target: 'fault_description' },
            { guard: 'needsEvidence', target: 'evidence' },
            { guard: 'troubleshootingDone', target: '#case.review' },
            { target: '#case.troubleshooting' },
          ],
        },
        order_number: {
          entry: emit({ type: 'ask', expects: 'order_number', nudge: false }),
          on: {
            'order.provided': [
              {
                guard: ({ event }) => event.items.length === 0,
                actions: [
                  assign({ orderAttempts: ({ context }) => context.orderAttempts + 1 }),
                  emit(({ context, event }) => ({ type: 'order_not_found' as const, number: event.number, attempts: context.orderAttempts })),
                ],
              },
              {
                target: 'next',
                actions: [
                  assign(({ context, event }) => {
                    const base = { orderNumber: event.number, orderItems: event.items };
                    return event.items.length === 1 ? { ...base, ...withItem(context, event.items[0]!, event.at) } : base;
                  }),
                  emit(({ context }) => eligibilityNotice(context) ?? { type: 'ask' as const, expects: 'item' as const, nudge: false }),
                ],
              },
            ],
            'customer.said': { actions: ['noteCustomerText', emit({ type: 'ask', expects: 'order_number', nudge: true })] },
          },
        },
        item: {
          on: {
            'item.chosen': {
              guard: ({ context, event }) => event.index >= 0 && event.index < context.orderItems.length,
              target: 'next',
              actions: [
                assign(({ context, event }) => withItem(context, context.orderItems[event.index]!, event.at)),
                emit(({ context }) => eligibilityNotice(context) ?? { type: 'ask' as const, expects: 'item' as const, nudge: true }),
              ],
            },
            'customer.said': { actions: ['noteCustomerText', emit({ type: 'ask', expects: 'item', nudge: true })] },
          },
        },
        serial_number: {
          entry: emit({ type: 'ask', expects: 'serial_number', nudge: false }),
          on: {
            'serial.provided': {
              target: 'next',
              actions: enqueueActions(({ context, event, enqueue }) => {
                const expected = context.item?.serialNumber ?? '';
                const mismatch = expected !== '' && normalizeSerial(expected) !== normalizeSerial(event.serial);
                enqueue.assign({ serialGiven: event.serial });
                if (!mismatch) return;
                enqueue.assign({
                  flags: addFlags(context.flags, [{ code: 'serial_mismatch', detail: `given ${event.serial}, sold ${expected}`, at: event.at }]),
                });
                enqueue.emit({ type: 'serial_mismatch', given: event.serial, expected });
              }),
            },
            'customer.said': { actions: ['noteCustomerText', emit({ type: 'ask', expects: 'serial_number', nudge: true })] },
          },
        },
        serial_photo: {
          entry: emit({ type: 'ask', expects: 'serial_photo', nudge: false }),
          on: { 'customer.said': { actions: ['noteCustomerText', emit({ type: 'ask', expects: 'serial_photo', nudge: true })] } },
        },
        install_photo: {
          entry: emit({ type: 'ask', expects: 'install_photo', nudge: false }),
          on: { 'customer.said': { actions: ['noteCustomerText', emit({ type: 'ask', expects: 'install_photo', nudge: true })] } },
        },
        fault_description: {
          entry: emit({ type: 'ask', expects: 'fault_description', nudge: false }),
          on: { 'customer.said': { actions: ['noteCustomerText', emit({ type: 'ask', expects: 'fault_description', nudge: true })] } },
        },
        evidence: {
          entry: emit({ type: 'ask', expects: 'evidence', nudge: false }),
          on: { 'customer.said': { actions: ['noteCustomerText', emit({ type: 'ask', expects: 'evidence', nudge: true })] } },
        },
        // Staff asked for something specific: whatever the customer sends next answers it.
        info: {
          on: {
            'customer.said': {
              target: 'next',
              actions: [
                assign(({ context, event }) => ({
                  infoRequest: null,
                  evidence: [...context.evidence, { at: event.at, text: event.text }],
                  flags: addFlags(context.flags, textFlags(event.text, event.at)),
                })),
              ],
            },
            'evidence.provided': { target: 'next', actions: ['recordEvidence', assign({ infoRequest: null })] },
            'photo.serial': { target: 'next', actions: assign({ serialPhoto: ({ event }) => event.file, infoRequest: null }) },
            'photo.install': { target: 'next', actions: assign({ installPhoto: ({ event }) => event.file, infoRequest: null }) },
          },
        },
      },
    },
    troubleshooting: {
      entry: emit({ type: 'troubleshoot' }),
      on: {
        fixed: { target: 'resolved', actions: [assign({ resolution: 'fixed', troubleshootingDone: true }), emit({ type: 'fixed' })] },
        still_failing: { target: 'review', actions: assign({ troubleshootingDone: true }) },
        'customer.said': { actions: ['noteCustomerText', emit({ type: 'ask', expects: 'troubleshooting', nudge: true })] },
        'evidence.provided': { actions: ['recordEvidence', emit({ type: 'ask', expects: 'troubleshooting', nudge: true })] },
        cancel: { target: 'cancelled' },
      },
    },
    review: {
      entry: emit({ type: 'review_needed' }),
      on: {
        'staff.approve': {
          target: 'awaiting_return',
          actions: [
            assign(({ context, event }) => ({ rma: context.rma ?? event.rma, approvedBy: event.by })),
            emit({ type: 'approved' }),
          ],
        },
        'staff.deny': {
          target: 'declined',
          actions: [
            assign(({ event }) => ({ reasons: ['denied_by_staff' as const], declineNote: event.reason })),
            emit(({ event }) => ({ type: 'declined' as const, reason: 'denied_by_staff' as const, detail: event.reason })),
          ],
        },
        'timer.fired': { guard: { type: 'timerIs', params: 'review_overdue' }, actions: emit(({ event }) => ({ type: 'review_overdue' as const, since: event.at })) },
        'staff.request_info': {
          target: 'intake',
          actions: [assign({ infoRequest: ({ event }) => event.what }), emit(({ event }) => ({ type: 'info_requested' as const, what: event.what }))],
        },
        'customer.said': { actions: ['noteCustomerText', 'forwardToStaff'] },
        'evidence.provided': { actions: ['recordEvidence', 'forwardToStaff'] },
        cancel: { target: 'cancelled' },
      },
    },
    awaiting_return: {
      on: {
        'tracking.provided': {
          target: 'in_transit',
          actions: [assign({ tracking: ({ event }) => event.number }), emit(({ event }) => ({ type: 'tracking_received' as const, number: event.number }))],
        },
        // The parcel can arrive before the customer tells us its tracking number.
        'staff.received': { target: 'inspection', actions: emit({ type: 'received' }) },
        'staff.cost': { actions: ['recordCost', 'announceCost'] },
        'staff.approve_cost': { guard: 'costPending', actions: ['announceCostApproval', 'approveCost'] },
        'customer.said': { actions: ['noteCustomerText', 'forwardToStaff', emit({ type: 'ask', expects: 'tracking_number', nudge: true })] },
        'timer.fired': [
          { guard: { type: 'timerIs', params: 'tracking_reminder' }, actions: emit({ type: 'reminder', kind: 'tracking_reminder' }) },
          { guard: { type: 'timerIs', params: 'rma_expiry' }, target: 'cancelled', actions: ['closeSilent', 'announceSilentClose'] },
        ],
        'evidence.provided': { actions: ['recordEvidence', 'forwardToStaff'] },
        cancel: { target: 'cancelled' },
      },
    },
    in_transit: {
      on: {
        'staff.received': { target: 'inspection', actions: emit({ type: 'received' }) },
        'staff.cost': { actions: ['recordCost', 'announceCost'] },
        'staff.approve_cost': { guard: 'costPending', actions: ['announceCostApproval', 'approveCost'] },
        'customer.said': { actions: ['noteCustomerText', 'forwardToStaff'] },
        'evidence.provided': { actions: ['recordEvidence', 'forwardToStaff'] },
      },
    },
    inspection: {
      on: {
        'staff.resolve': {
          target: 'resolved',
          actions: [assign({ resolution: ({ event }) => event.resolution }), emit(({ event }) => ({ type: 'resolved' as const, resolution: event.resolution }))],
        },
        'staff.deny': {
          target: 'declined',
          actions: [
            assign(({ event }) => ({ reasons: ['denied_by_staff' as const], declineNote: event.reason })),
            emit(({ event }) => ({ type: 'declined' as const, reason: 'denied_by_staff' as const, detail: event.reason })),
          ],
        },
        'staff.cost': { actions: ['recordCost', 'announceCost'] },
        'staff.approve_cost': { guard: 'costPending', actions: ['announceCostApproval', 'approveCost'] },
        'customer.said': { actions: ['noteCustomerText', 'forwardToStaff'] },
        'evidence.provided': { actions: ['recordEvidence', 'forwardToStaff'] },
      },
    },
    resolved: {
      entry: 'markClosed',
      on: {
        // Reshipping a replacement is a cost of the case too.
        'staff.cost': { actions: ['recordCost', 'announceCost'] },
        'staff.approve_cost': { guard: 'costPending', actions: ['announceCostApproval', 'approveCost'] },
        'staff.reopen': { target: 'intake', actions: ['reopen', 'announceReopen'] },
        'customer.said': { actions: emit({ type: 'case_closed' }) },
        'evidence.provided': { actions: emit({ type: 'case_closed' }) },
      },
    },
    declined: {
      entry: 'markClosed',
      on: {
        'staff.reopen': { target: 'intake', actions: ['reopen', 'announceReopen'] },
        'customer.said': { actions: emit({ type: 'case_closed' }) },
        'evidence.provided': { actions: emit({ type: 'case_closed' }) },
      },
    },
    cancelled: {
      entry: [
        'markClosed',
        // A customer's cancel is confirmed here; a silent close has already said why.
        enqueueActions(({ context, enqueue }) => {
          if (context.reasons.length === 0) enqueue.emit({ type: 'cancelled' });
        }),
      ],
      on: {
        'staff.reopen': { target: 'intake', actions: ['reopen', 'announceReopen'] },
        'customer.said': { actions: emit({ type: 'case_closed' }) },
        'evidence.provided': { actions: emit({ type: 'case_closed' }) },
      },
    },
  },
});
