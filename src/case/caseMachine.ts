// The lifecycle of one DOA / warranty case as an XState v5 machine. Pure: time arrives on every
// event, order records arrive on `order.provided`, RMA numbers on `staff.approve`; what people are told
// leaves as emitted notices that the service words and delivers.
//
// The states and transitions below are the diagram in docs/conversation.md, "The states", and the config is
// meant to read as that graph: what each step does is a named action or guard (see `machineSetup.ts`),
// and the handlers several states share (costs, relaying to staff, the closed states) are written once.
import { and, not } from 'xstate';
import { caseSetup } from './machineSetup.ts';
import type { CaseContext, CaseInput } from './types.ts';

/** Bumped whenever the persisted context or state names change shape; see `snapshot.ts`. */
export const CASE_MACHINE_VERSION = 5;

/** Staff record a shipping or reshipping cost, and approve in writing what is above the cap. */
const costHandlers = {
  'staff.cost': { actions: ['recordCost', 'announceCost'] },
  'staff.approve_cost': { guard: 'costPending', actions: ['announceCostApproval', 'approveCost'] },
} as const;

/**
 * Once approved: a replacement can ship ahead of the faulty unit, which then has a deadline to come
 * back (a reminder before it, a flag after it).
 */
const advanceHandlers = { 'staff.advance': { guard: 'advancesSome', actions: 'shipAdvance' } } as const;
const advanceTimers = [
  { guard: { type: 'timerIs', params: 'return_reminder' }, actions: 'advanceReturnDue' },
  { guard: { type: 'timerIs', params: 'return_overdue' }, actions: 'advanceReturnDue' },
] as const;

/** Units arrive: a receipt that brings back the last faulty unit of an advance replacement resolves the case. */
const receivedFromReturn = [
  {
    guard: 'receiptCompletes',
    target: 'resolved',
    actions: ['checkIn', { type: 'notify', params: { type: 'received' } }, 'announceCompletion'],
  },
  { guard: 'checksInSome', target: 'inspection', actions: ['checkIn', { type: 'notify', params: { type: 'received' } }] },
  // Only serials not on the RMA: flagged for staff; the case still waits for its units.
  { actions: 'checkIn' },
] as const;

/** Several units named for the claim: each unit's missing details are asked for. */
const chooseUnits = { guard: 'namesUnitsOfOrder', target: '#case.intake', actions: ['takeUnits', 'announceUnits'] } as const;

/** While staff have the case, what the customer writes or sends is kept and passed on to them. */
const relayHandlers = {
  'customer.said': { actions: ['noteCustomerText', 'forwardToStaff'] },
  'evidence.provided': { actions: ['recordEvidence', 'forwardToStaff'] },
} as const;

/**
 * A closed case stays the customer's conversation: what they write is passed on to staff (questions
 * are answered too) until staff reopen it. A unit already received goes back to inspection.
 */
const closedHandlers = {
  'staff.reopen': [
    { guard: 'wasReceived', target: 'inspection', actions: ['reopen', 'announceReopen'] },
    { target: 'intake', actions: ['reopen', 'announceReopen'] },
  ],
  'customer.said': { actions: ['noteCustomerText', 'closedCaseMessage'] },
  'evidence.provided': { actions: ['recordEvidence', 'closedCaseMessage'] },
  'customer.asked': { actions: { type: 'answerQuestion', params: { closed: true } } },
  'cancel.requested': { actions: 'cannotCancel' },
} as const;

/** Cancelling in words asks first; the button and /rma cancel do not. Open until the item ships. */
const cancelHandlers = {
  cancel: { target: 'cancelled' },
  'cancel.requested': { actions: 'requestCancel' },
  confirm_cancel: { guard: 'cancelPending', target: 'cancelled' },
} as const;

/** Until the RMA is issued the customer can still say the claim is for another item of the order. */
const changeItem = {
  guard: 'isOtherItem',
  target: '#case.intake',
  actions: ['changeItem', { type: 'announceItem', params: { nudge: false } }],
} as const;

/** Once shipped, a cancel in words goes to staff with the reason it cannot be done by the bot. */
const noCancelHandlers = { 'cancel.requested': { actions: 'cannotCancel' } } as const;

/** A new case's data: what it was opened with, nothing gathered yet. */
export function newCaseContext(input: CaseInput): CaseContext {
  return {
    ...input,
    orderNumber: null,
    orderItems: [],
    orderAttempts: 0,
    misses: 0,
    cancelPending: false,
    staffSpokeLast: false,
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
    receivedAt: null,
    resolution: null,
    costs: [],
    moreUnits: [],
    outcomes: [],
    notes: [],
    closedAt: null,
  };
}

export const caseMachine = caseSetup.createMachine({
  id: 'case',
  context: ({ input }) => newCaseContext(input),
  initial: 'intake',
  entry: { type: 'notify', params: { type: 'opened' } },
  on: {
    'staff.note': { actions: ['addNote', 'announceNote'] },
    'staff.contact': { actions: 'addContact' },
    // A person is one sentence away, questions are answered, and staff can write to the customer, at any step.
    'customer.human': { actions: 'requestHuman' },
    'customer.asked': { actions: { type: 'answerQuestion', params: { closed: false } } },
    'staff.reply': { actions: 'staffReply' },
    'language.set': { guard: 'languageChanges', actions: 'setLanguage' },
    keep: { guard: 'cancelPending', actions: 'keepCase' },
    // After intake a refused file is only reported: staff decide whether to ask for it again.
    // The case keeps what it was told (staff saw it); the notice says the copy is missing.
    'evidence.refused': { actions: { type: 'announceRefusedFile', params: { asksAgain: false } } },
  },
  states: {
    intake: {
      initial: 'next',
      exit: 'clearCancel',
      on: {
        // Whatever the step, photos, the fault and evidence are taken when they come.
        'photo.serial': { target: '.next', actions: 'takeSerialPhoto' },
        'photo.install': { target: '.next', actions: 'takeInstallPhoto' },
        'fault.provided': { target: '.next', actions: 'takeFault' },
        'evidence.provided': { target: '.next', actions: 'recordEvidence' },
        // A serial typed again once the item is known (a typo put right) replaces the one recorded.
        'serial.provided': { guard: 'hasItem', target: '.next', actions: 'checkSerial' },
        ...cancelHandlers,
        'item.chosen': { ...changeItem, target: '.next' },
        'units.chosen': { ...chooseUnits, target: '.next' },
        'staff.review': { target: 'review', actions: ['clearHuman', { type: 'notify', params: { type: 'taken_to_review' } }] },
        'evidence.refused': { target: '.next', actions: ['dropRefusedFile', { type: 'announceRefusedFile', params: { asksAgain: true } }] },
        'timer.fired': [
          {
            guard: { type: 'timerIs', params: 'intake_reminder' },
            actions: { type: 'notify', params: { type: 'reminder', kind: 'intake_reminder' } },
          },
          { guard: { type: 'timerIs', params: 'intake_close' }, target: 'cancelled', actions: ['closeSilent', 'announceSilentClose'] },
          { guard: { type: 'timerIs', params: 'doa_window_warning' }, actions: 'warnDoaWindowClosing' },
        ],
      },
      states: {
        // Routes to the first thing still missing, one at a time.
        next: {
          always: [
            { guard: 'hasDeclineReason', target: '#case.declined' },
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
          entry: { type: 'ask', params: { expects: 'order_number' } },
          on: {
            'order.provided': [
              // The tries are used up: a person looks it up (no more counting, no more "can't find").
              { guard: 'orderTriesUsed', actions: 'forwardToStaff' },
              { guard: 'orderNotFoundLast', actions: ['countOrderAttempt', 'escalateOrderAttempts'] },
              { guard: 'orderNotFound', actions: ['countOrderAttempt', 'announceOrderNotFound'] },
              { target: 'next', actions: ['takeOrder', { type: 'announceItem', params: { nudge: false } }] },
            ],
            'orders.several': { actions: 'askWhichOrder' },
            'customer.said': { actions: { type: 'unplaced', params: { expects: 'order_number' } } },
          },
        },
        item: {
          on: {
            'item.chosen': {
              guard: 'isItemOfOrder',
              target: 'next',
              actions: ['takeChosenItem', { type: 'announceItem', params: { nudge: true } }],
            },
            'customer.said': { actions: { type: 'unplaced', params: { expects: 'item' } } },
          },
        },
        serial_number: {
          entry: { type: 'ask', params: { expects: 'serial_number' } },
          on: {
            'serial.provided': { target: 'next', actions: 'checkSerial' },
            // Not a miss: the customer answered, with the wrong number; they are told where the serial is.
            'part_number.provided': { actions: 'announcePartNumber' },
            'customer.said': { actions: { type: 'unplaced', params: { expects: 'serial_number' } } },
          },
        },
        serial_photo: {
          entry: { type: 'ask', params: { expects: 'serial_photo' } },
          on: { 'customer.said': { actions: { type: 'unplaced', params: { expects: 'serial_photo' } } } },
        },
        install_photo: {
          entry: { type: 'ask', params: { expects: 'install_photo' } },
          on: { 'customer.said': { actions: { type: 'unplaced', params: { expects: 'install_photo' } } } },
        },
        fault_description: {
          entry: { type: 'ask', params: { expects: 'fault_description' } },
          on: { 'customer.said': { actions: { type: 'unplaced', params: { expects: 'fault_description' } } } },
        },
        evidence: {
          entry: { type: 'ask', params: { expects: 'evidence' } },
          on: { 'customer.said': { actions: { type: 'unplaced', params: { expects: 'evidence' } } } },
        },
        // Staff asked for something specific: whatever the customer sends next answers it.
        info: {
          on: {
            'customer.said': { target: 'next', actions: ['recordAnswer', 'clearInfoRequest'] },
            'evidence.provided': { target: 'next', actions: ['recordEvidence', 'clearInfoRequest'] },
            'photo.serial': { target: 'next', actions: ['takeSerialPhoto', 'clearInfoRequest'] },
            'photo.install': { target: 'next', actions: ['takeInstallPhoto', 'clearInfoRequest'] },
          },
        },
      },
    },
    troubleshooting: {
      // A cancel question not answered before the case moved on is not pending any more.
      exit: 'clearCancel',
      entry: { type: 'notify', params: { type: 'troubleshoot' } },
      on: {
        fixed: { target: 'resolved', actions: ['markFixed', { type: 'notify', params: { type: 'fixed' } }] },
        still_failing: { target: 'review', actions: 'markTroubleshootingDone' },
        // Neither "fixed" nor "still failing": staff read it, and the customer is asked once more.
        'customer.said': { actions: ['noteCustomerText', 'forwardToStaff', { type: 'askAgain', params: { expects: 'troubleshooting' } }] },
        'evidence.provided': {
          actions: ['recordEvidence', 'forwardToStaff', { type: 'askAgain', params: { expects: 'troubleshooting' } }],
        },
        'item.chosen': changeItem,
        'units.chosen': chooseUnits,
        'staff.review': { target: 'review', actions: ['clearHuman', { type: 'notify', params: { type: 'taken_to_review' } }] },
        ...cancelHandlers,
      },
    },
    review: {
      // A cancel question not answered before the case moved on is not pending any more.
      exit: 'clearCancel',
      entry: { type: 'notify', params: { type: 'review_needed' } },
      on: {
        'staff.approve': {
          guard: 'approvesSome',
          target: 'awaiting_return',
          actions: ['approve', { type: 'notify', params: { type: 'approved' } }],
        },
        // Some units denied, the others still to decide; the last ones denied decline the claim.
        'staff.deny': [
          { guard: 'deniesEveryOpenUnit', target: 'declined', actions: 'deny' },
          { guard: 'deniesUnits', actions: 'denyUnits' },
          { guard: 'namesNoUnits', target: 'declined', actions: 'deny' },
        ],
        'staff.request_info': { target: 'intake', actions: ['requestInfo', 'announceInfoRequest'] },
        'timer.fired': { guard: { type: 'timerIs', params: 'review_overdue' }, actions: 'announceReviewOverdue' },
        ...relayHandlers,
        'item.chosen': changeItem,
        'units.chosen': chooseUnits,
        ...cancelHandlers,
      },
    },
    awaiting_return: {
      // A cancel question not answered before the case moved on is not pending any more.
      exit: 'clearCancel',
      on: {
        'tracking.provided': { target: 'in_transit', actions: ['recordTracking', 'announceTracking'] },
        // The parcel can arrive before the customer tells us its tracking number.
        'staff.received': [...receivedFromReturn],
        ...costHandlers,
        ...advanceHandlers,
        'timer.fired': [
          {
            guard: { type: 'timerIs', params: 'tracking_reminder' },
            actions: { type: 'notify', params: { type: 'reminder', kind: 'tracking_reminder' } },
          },
          // A replacement already shipped: the faulty unit's deadline, not the RMA's expiry, applies.
          { guard: 'rmaExpires', target: 'cancelled', actions: ['closeSilent', 'announceSilentClose'] },
          ...advanceTimers,
        ],
        // What the customer writes goes to staff, and the tracking number is asked for again.
        'customer.said': { actions: ['noteCustomerText', 'forwardToStaff', { type: 'askAgain', params: { expects: 'tracking_number' } }] },
        'evidence.provided': relayHandlers['evidence.provided'],
        ...cancelHandlers,
      },
    },
    in_transit: {
      on: {
        'staff.received': [...receivedFromReturn],
        ...costHandlers,
        ...advanceHandlers,
        'timer.fired': [...advanceTimers],
        ...relayHandlers,
        ...noCancelHandlers,
      },
    },
    inspection: {
      on: {
        // A claim for several units: each is resolved or declined; the case closes when every one has its outcome.
        'staff.resolve': [
          {
            guard: and(['isMultiUnit', 'resolvesUnits', 'resolveCompletes']),
            target: 'resolved',
            actions: ['resolveUnits', 'announceCompletion'],
          },
          { guard: and(['isMultiUnit', 'resolvesUnits']), actions: 'resolveUnits' },
          { guard: and([not('isMultiUnit'), 'resolvesUnits']), target: 'resolved', actions: ['resolve', 'announceResolution'] },
        ],
        'staff.deny': [
          { guard: and(['declinesUnits', 'declinesLastUnits']), target: 'declined', actions: 'deny' },
          { guard: and(['declinesUnits', 'declineCompletes']), target: 'resolved', actions: ['declineUnits', 'announceCompletion'] },
          { guard: 'declinesUnits', actions: 'declineUnits' },
          { guard: 'namesNoUnits', target: 'declined', actions: 'deny' },
        ],
        // A second parcel of the same RMA, checked in by serial; the last faulty unit of an advance replacement closes the case.
        'staff.received': [
          { guard: and(['unitsStillOut', 'receiptCompletes']), target: 'resolved', actions: ['checkIn', 'announceCompletion'] },
          { guard: 'unitsStillOut', actions: 'checkIn' },
        ],
        ...costHandlers,
        ...advanceHandlers,
        'timer.fired': [...advanceTimers],
        ...relayHandlers,
        ...noCancelHandlers,
      },
    },
    resolved: {
      entry: 'markClosed',
      on: {
        // Reshipping a replacement is a cost of the case too.
        ...costHandlers,
        ...closedHandlers,
      },
    },
    declined: {
      entry: 'markClosed',
      on: closedHandlers,
    },
    cancelled: {
      entry: ['markClosed', 'confirmCancel'],
      // Nothing was received before a cancel: a reopened claim starts over in intake.
      on: { ...closedHandlers, 'staff.reopen': { target: 'intake', actions: ['reopen', 'announceReopen'] } },
    },
  },
});
