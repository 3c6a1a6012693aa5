// The lifecycle of one DOA / warranty case as an XState v5 machine. Pure: time arrives on every
// event, order records arrive on `order.provided`, RMA numbers on `staff.approve`; what people are told
// leaves as emitted notices that the service words and delivers.
//
// The states and transitions below are the diagram in README.md, "How a case goes", and the config is
// meant to read as that graph: what each step does is a named action or guard (see `machineSetup.ts`),
// and the handlers several states share (costs, relaying to staff, the closed states) are written once.
import { caseSetup } from './machineSetup.ts';

/** Bumped whenever the persisted context or state names change shape; see `snapshot.ts`. */
export const CASE_MACHINE_VERSION = 2;

/** Staff record a shipping or reshipping cost, and approve in writing what is above the cap. */
const costHandlers = {
  'staff.cost': { actions: ['recordCost', 'announceCost'] },
  'staff.approve_cost': { guard: 'costPending', actions: ['announceCostApproval', 'approveCost'] },
} as const;

/** While staff have the case, what the customer writes or sends is kept and passed on to them. */
const relayHandlers = {
  'customer.said': { actions: ['noteCustomerText', 'forwardToStaff'] },
  'evidence.provided': { actions: ['recordEvidence', 'forwardToStaff'] },
} as const;

/** A closed case only tells the customer it is closed, until staff reopen it. */
const closedHandlers = {
  'staff.reopen': { target: 'intake', actions: ['reopen', 'announceReopen'] },
  'customer.said': { actions: { type: 'notify', params: { type: 'case_closed' } } },
  'evidence.provided': { actions: { type: 'notify', params: { type: 'case_closed' } } },
} as const;

export const caseMachine = caseSetup.createMachine({
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
  entry: { type: 'notify', params: { type: 'opened' } },
  on: {
    'staff.note': { actions: ['addNote', 'announceNote'] },
    // After intake a refused file is only reported: staff decide whether to ask for it again.
    // The case keeps what it was told (staff saw it); the notice says the copy is missing.
    'evidence.refused': { actions: { type: 'announceRefusedFile', params: { asksAgain: false } } },
  },
  states: {
    intake: {
      initial: 'next',
      on: {
        // Whatever the step, photos, the fault and evidence are taken when they come.
        'photo.serial': { target: '.next', actions: 'takeSerialPhoto' },
        'photo.install': { target: '.next', actions: 'takeInstallPhoto' },
        'fault.provided': { target: '.next', actions: 'takeFault' },
        'evidence.provided': { target: '.next', actions: 'recordEvidence' },
        cancel: { target: 'cancelled' },
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
              { guard: 'orderNotFound', actions: ['countOrderAttempt', 'announceOrderNotFound'] },
              { target: 'next', actions: ['takeOrder', { type: 'announceItem', params: { nudge: false } }] },
            ],
            'customer.said': { actions: ['noteCustomerText', { type: 'askAgain', params: { expects: 'order_number' } }] },
          },
        },
        item: {
          on: {
            'item.chosen': {
              guard: 'isItemOfOrder',
              target: 'next',
              actions: ['takeChosenItem', { type: 'announceItem', params: { nudge: true } }],
            },
            'customer.said': { actions: ['noteCustomerText', { type: 'askAgain', params: { expects: 'item' } }] },
          },
        },
        serial_number: {
          entry: { type: 'ask', params: { expects: 'serial_number' } },
          on: {
            'serial.provided': { target: 'next', actions: 'checkSerial' },
            'customer.said': { actions: ['noteCustomerText', { type: 'askAgain', params: { expects: 'serial_number' } }] },
          },
        },
        serial_photo: {
          entry: { type: 'ask', params: { expects: 'serial_photo' } },
          on: { 'customer.said': { actions: ['noteCustomerText', { type: 'askAgain', params: { expects: 'serial_photo' } }] } },
        },
        install_photo: {
          entry: { type: 'ask', params: { expects: 'install_photo' } },
          on: { 'customer.said': { actions: ['noteCustomerText', { type: 'askAgain', params: { expects: 'install_photo' } }] } },
        },
        fault_description: {
          entry: { type: 'ask', params: { expects: 'fault_description' } },
          on: { 'customer.said': { actions: ['noteCustomerText', { type: 'askAgain', params: { expects: 'fault_description' } }] } },
        },
        evidence: {
          entry: { type: 'ask', params: { expects: 'evidence' } },
          on: { 'customer.said': { actions: ['noteCustomerText', { type: 'askAgain', params: { expects: 'evidence' } }] } },
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
      entry: { type: 'notify', params: { type: 'troubleshoot' } },
      on: {
        fixed: { target: 'resolved', actions: ['markFixed', { type: 'notify', params: { type: 'fixed' } }] },
        still_failing: { target: 'review', actions: 'markTroubleshootingDone' },
        'customer.said': { actions: ['noteCustomerText', { type: 'askAgain', params: { expects: 'troubleshooting' } }] },
        'evidence.provided': { actions: ['recordEvidence', { type: 'askAgain', params: { expects: 'troubleshooting' } }] },
        cancel: { target: 'cancelled' },
      },
    },
    review: {
      entry: { type: 'notify', params: { type: 'review_needed' } },
      on: {
        'staff.approve': { target: 'awaiting_return', actions: ['approve', { type: 'notify', params: { type: 'approved' } }] },
        'staff.deny': { target: 'declined', actions: 'deny' },
        'staff.request_info': { target: 'intake', actions: ['requestInfo', 'announceInfoRequest'] },
        'timer.fired': { guard: { type: 'timerIs', params: 'review_overdue' }, actions: 'announceReviewOverdue' },
        ...relayHandlers,
        cancel: { target: 'cancelled' },
      },
    },
    awaiting_return: {
      on: {
        'tracking.provided': { target: 'in_transit', actions: ['recordTracking', 'announceTracking'] },
        // The parcel can arrive before the customer tells us its tracking number.
        'staff.received': { target: 'inspection', actions: { type: 'notify', params: { type: 'received' } } },
        ...costHandlers,
        'timer.fired': [
          {
            guard: { type: 'timerIs', params: 'tracking_reminder' },
            actions: { type: 'notify', params: { type: 'reminder', kind: 'tracking_reminder' } },
          },
          { guard: { type: 'timerIs', params: 'rma_expiry' }, target: 'cancelled', actions: ['closeSilent', 'announceSilentClose'] },
        ],
        // What the customer writes goes to staff, and the tracking number is asked for again.
        'customer.said': { actions: ['noteCustomerText', 'forwardToStaff', { type: 'askAgain', params: { expects: 'tracking_number' } }] },
        'evidence.provided': relayHandlers['evidence.provided'],
        cancel: { target: 'cancelled' },
      },
    },
    in_transit: {
      on: {
        'staff.received': { target: 'inspection', actions: { type: 'notify', params: { type: 'received' } } },
        ...costHandlers,
        ...relayHandlers,
      },
    },
    inspection: {
      on: {
        'staff.resolve': { target: 'resolved', actions: ['resolve', 'announceResolution'] },
        'staff.deny': { target: 'declined', actions: 'deny' },
        ...costHandlers,
        ...relayHandlers,
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
      on: closedHandlers,
    },
  },
});
