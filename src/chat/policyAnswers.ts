// Answers to a customer's questions about the policy (../shared/returns-warranty-policy.txt), with the
// values recorded on their case and, once the item is known, their own dates. Every figure comes from the
// case's policy; no answer shows a serial number of the order (the customer proves it by typing it).
import { Temporal } from '@js-temporal/polyfill';
import { QUESTION_TOPICS, type CaseContext, type OrderItem, type QuestionTopic } from '../case/types.ts';
import { coveredCents, formatUsd, pendingCents } from '../policy/costs.ts';
import { coverEndDates } from '../policy/eligibility.ts';
import { hasReturnAddress, NON_RETURNABLE_TERMS, REQUIRED_INFORMATION, type SaleTerms } from '../policy/policy.ts';
import { counted } from './plural.ts';

export { QUESTION_TOPICS, type QuestionTopic };

/** The last line of every answer: a person is one sentence away. */
export const PERSON_LINE = 'Anything else, just say "talk to a person".';

const TERMS_LABEL: Record<SaleTerms, string> = {
  standard: 'with standard terms',
  'as-is': '"as-is"',
  'for-parts': '"for parts"',
  'no-returns': '"no returns"',
};

function nonReturnable(item: OrderItem): boolean {
  return (NON_RETURNABLE_TERMS as readonly string[]).includes(item.terms);
}

/** The item as the customer reads it: its part number, never its serial. */
function yourItem(item: OrderItem): string {
  return `your ${item.partNumber}`;
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// --- DOA and warranty windows ---------------------------------------------------------------------

function windowRule(topic: 'doa_window' | 'warranty_window', c: CaseContext): string {
  const { doaDays, warrantyDays } = c.policy;
  return topic === 'doa_window'
    ? `DOA (dead on arrival) cover: if the item is faulty when it arrives, tell us within ${counted(doaDays, 'day')} of delivery. After that, the ${warrantyDays}-day warranty covers functional failures under normal use.`
    : `The warranty covers functional failures under normal use for ${counted(warrantyDays, 'day')} from delivery; the first ${counted(doaDays, 'day')} are DOA (dead on arrival) cover.`;
}

/** Whether the windows are open on `today` (the end dates are the last days of cover). */
function windowsToday(doaEndsOn: string, warrantyEndsOn: string, today: string): string {
  const day = Temporal.PlainDate.from(today);
  const doa = Temporal.PlainDate.compare(day, Temporal.PlainDate.from(doaEndsOn));
  const warranty = Temporal.PlainDate.compare(day, Temporal.PlainDate.from(warrantyEndsOn));
  if (doa < 0) return `Today (${today}) the DOA window is still open.`;
  if (doa === 0) return 'The DOA window ends today; the warranty runs on after it.';
  if (warranty < 0) return `Today (${today}) the DOA window has closed; the warranty is still open.`;
  if (warranty === 0) return 'The DOA window has closed, and the warranty ends today.';
  return `Both windows have closed (today is ${today}).`;
}

function yourDates(c: CaseContext, today: string): string[] {
  const item = c.item;
  if (!item) {
    return c.orderNumber && c.orderItems.length > 1
      ? [`Once I know which item of order ${c.orderNumber} this is about, I can tell you the exact dates.`]
      : ['Once I have your order number I can tell you the exact dates.'];
  }
  if (nonReturnable(item)) {
    return [
      `${capitalised(yourItem(item))} was sold ${TERMS_LABEL[item.terms]}, so it has no DOA or warranty cover and is not returnable.`,
    ];
  }
  if (!item.deliveredOn) {
    return [`The delivery date of ${yourItem(item)} is not on record yet, so our staff will confirm your dates.`];
  }
  const { doaEndsOn, warrantyEndsOn } = coverEndDates(item.deliveredOn, c.policy);
  const lines = [
    `${capitalised(yourItem(item))} was delivered on ${item.deliveredOn}: DOA cover until ${doaEndsOn}, warranty until ${warrantyEndsOn}.`,
    windowsToday(doaEndsOn, warrantyEndsOn, today),
  ];
  if (c.kind === 'doa') lines.push(`${c.ref} counts as DOA: you opened it within the DOA window.`);
  if (c.kind === 'warranty') lines.push(`${c.ref} counts as a warranty claim: you opened it within the warranty.`);
  if (!c.kind && c.reasons.includes('outside_window')) lines.push(`${c.ref} was opened after the warranty had ended.`);
  return lines;
}

// --- What the intake needs ------------------------------------------------------------------------

const NEEDS: Record<(typeof REQUIRED_INFORMATION)[number], string> = {
  order_number: 'Your order number: to find the item and its delivery date.',
  part_number: 'The part number (PN) / model: which item of the order it is.',
  serial_photo: 'The serial number (SN), typed, and a photo of its label: proof it is the unit we sold.',
  install_photo: 'A photo of the installation, showing how it was connected: so our staff can see how it was installed.',
  fault_description: 'A description of the fault: what happens, since when, and what you tried.',
  evidence: 'Supporting evidence (video, screenshots, test logs, console output): it lets our staff approve quickly.',
};

/** What intake still waits for, in the order it asks (the case machine's `next` step). */
function stillNeeded(c: CaseContext): string[] {
  const missing: Array<[boolean, string]> = [
    [c.orderNumber === null, 'your order number'],
    [c.item === null, 'which item of the order'],
    [c.serialGiven === null, 'the serial number (typed)'],
    [c.serialPhoto === null, 'the serial-label photo'],
    [c.installPhoto === null, 'the installation photo'],
    [c.fault === null, 'the fault description'],
    [c.evidence.length === 0, 'supporting evidence'],
  ];
  return missing.filter(([needed]) => needed).map(([, what]) => what);
}

function intakeProgress(c: CaseContext, state: string): string[] {
  if (state !== 'intake') return state === 'troubleshooting' || state === 'review' ? [`${c.ref} already has all of this.`] : [];
  if (c.infoRequest) return [`Our staff asked for more on ${c.ref}: ${c.infoRequest}`];
  const missing = stillNeeded(c);
  return missing.length > 0 ? [`Still needed for ${c.ref}: ${missing.join(', ')}. I'll ask for each in turn.`] : [];
}

// --- Status ---------------------------------------------------------------------------------------

/** The RMA number, or words for it in the (inconsistent) case that it is missing. */
function rmaOf(c: CaseContext): string {
  return c.rma ?? 'your RMA';
}

function closedStatus(c: CaseContext, state: string): string[] {
  const again = 'Write again any time to open a new claim.';
  if (state === 'resolved') {
    switch (c.resolution) {
      case 'replacement':
        return [`${c.ref} is resolved: a replacement is on its way for ${rmaOf(c)}.`];
      case 'repair':
        return [`${c.ref} is resolved: the unit is repaired and sent back to you under ${rmaOf(c)}.`];
      case 'refund':
        return [`${c.ref} is resolved with a refund for ${rmaOf(c)}; when it reaches you depends on your payment method.`];
      case 'fixed':
        return [`${c.ref} is closed: the troubleshooting fixed it, so no return was needed.`, again];
      default:
        return [`${c.ref} is resolved.`];
    }
  }
  if (state === 'declined') {
    const reason = c.reasons[0];
    const why =
      reason === 'outside_window'
        ? `the item is outside the ${c.policy.warrantyDays}-day warranty`
        : reason === 'non_returnable'
          ? `the item was sold ${c.item ? TERMS_LABEL[c.item.terms] : 'as non-returnable'} and is not returnable`
          : `our staff declined it${c.declineNote ? ` (${c.declineNote})` : ''}`;
    return [`${c.ref} was declined: ${why}.`, `If you think this is wrong, reply here or email ${c.policy.contactEmail}.`];
  }
  // Cancelled.
  if (c.reasons.includes('rma_expired')) {
    return [
      `${c.ref} was closed because nothing was shipped on ${rmaOf(c)} in time. Please don't ship on it; our staff can reopen the case.`,
    ];
  }
  if (c.reasons.includes('no_response')) {
    return [`${c.ref} was closed because we heard nothing for ${counted(c.policy.timers.closeSilentIntakeAfterDays, 'day')}.`, again];
  }
  return [`${c.ref} was cancelled.`, again];
}

function status(c: CaseContext, state: string): string[] {
  switch (state) {
    case 'intake': {
      if (c.infoRequest) return [`${c.ref}: our staff asked for more information: ${c.infoRequest}`, 'Please reply here (text or files).'];
      const missing = stillNeeded(c);
      return missing.length > 0
        ? [`${c.ref}: I'm still gathering the details. Still needed: ${missing.join(', ')}. I'll ask for each in turn.`]
        : [`${c.ref}: I'm still gathering the details and will ask for anything missing next.`];
    }
    case 'troubleshooting':
      return [`${c.ref}: I sent you some checks to try. Tell me "fixed" or "still failing" and I'll take it from there.`];
    case 'review':
      return [`${c.ref} is with our staff for review. You'll hear from us here; nothing more is needed from you meanwhile.`];
    case 'awaiting_return':
      return [
        c.rma
          ? `${c.ref} is approved: your RMA number is ${c.rma}. Ship the item with ${c.rma} written on the box, then send me the tracking number.`
          : `${c.ref} is approved. Ship the item with its RMA number written on the box, then send me the tracking number.`,
      ];
    case 'in_transit':
      return [
        `${c.ref}: your return ${rmaOf(c)} is on its way to us${c.tracking ? ` (tracking ${c.tracking})` : ''}. We'll tell you when it arrives.`,
      ];
    case 'inspection':
      return [`${c.ref}: we've received the unit for ${rmaOf(c)} and are inspecting it. You'll hear the outcome here.`];
    case 'resolved':
    case 'declined':
    case 'cancelled':
      return closedStatus(c, state);
    default:
      return [`${c.ref} is ${state}.`];
  }
}

// --- Shipping, return address, refunds ------------------------------------------------------------

const APPROVED_STATES = new Set(['awaiting_return', 'in_transit', 'inspection', 'resolved']);
const BEFORE_APPROVAL_STATES = new Set(['intake', 'troubleshooting', 'review']);

function shippingCost(c: CaseContext, state: string): string[] {
  const cap = formatUsd(c.policy.costCapCents);
  const lines = [
    `For confirmed DOA or warranty cases we pay return shipping and reshipping, including duties, taxes and customs clearance, up to ${cap} per case.`,
    `Cover starts once the case is confirmed eligible (approved, with an RMA number). Anything above ${cap} must be approved by us in writing before you ship.`,
    'Please keep your shipping receipts and tracking information.',
  ];
  if (c.rma && APPROVED_STATES.has(state)) {
    lines.push(`${c.ref} is approved (${c.rma}), so this cover applies to it.`);
    if (c.costs.length > 0) {
      const pending = pendingCents(c.costs);
      lines.push(
        `Recorded so far: ${formatUsd(coveredCents(c.costs))} covered${pending > 0 ? `, ${formatUsd(pending)} waiting for written approval` : ''}.`,
      );
    }
  } else if (BEFORE_APPROVAL_STATES.has(state)) {
    lines.push(`${c.ref} is not approved yet, so please don't ship anything before you have an RMA number.`);
  }
  return lines;
}

function returnAddress(c: CaseContext, state: string): string[] {
  const open = !['resolved', 'declined', 'cancelled'].includes(state);
  if (!hasReturnAddress(c.policy)) {
    return c.rma && open
      ? [`Your RMA number is ${c.rma}. I've asked our staff to send you the return address here; please wait for it before you ship.`]
      : ["Our staff send the return address with the RMA number once the return is approved. Please don't ship anything before that."];
  }
  return c.rma && open
    ? [`Your RMA number is ${c.rma}. Ship it to:`, c.policy.returnAddress, `Write ${c.rma} clearly on the box.`]
    : [
        'Returns go to:',
        c.policy.returnAddress,
        'Ship only after you have an RMA number, and write it on the box: returns without one may not be processed.',
      ];
}

function refundStage(c: CaseContext, state: string): string[] {
  switch (state) {
    case 'awaiting_return':
      return [
        `For ${c.ref}: ship the item with ${rmaOf(c)} on the box and send me the tracking number; the outcome follows once we have received and checked it.`,
      ];
    case 'in_transit':
      return [`${rmaOf(c)} is on its way to us; the outcome follows once we have received and checked it.`];
    case 'inspection':
      return [`We have received the unit for ${rmaOf(c)} and are inspecting it; the outcome follows.`];
    case 'resolved':
      switch (c.resolution) {
        case 'refund':
          return [`${c.ref} was resolved with a refund; when it reaches you depends on your payment method.`];
        case 'replacement':
        case 'repair':
          return [`${c.ref} was resolved with a ${c.resolution} rather than a refund.`];
        case 'fixed':
          return [`${c.ref} was closed as fixed by troubleshooting, so there is no return or refund.`];
        default:
          return [];
      }
    default:
      return [];
  }
}

function refundTiming(c: CaseContext, state: string): string[] {
  return [
    'Refund timing depends on your payment method and, when the item comes back, on the inspection: refunds are processed after the returned item is received and verified.',
    'Depending on the case and stock, the outcome is a replacement, a repair or a refund.',
    ...refundStage(c, state),
  ];
}

function asIs(c: CaseContext): string[] {
  const lines = [
    'Items sold "as-is", "for parts" or "no returns", or otherwise marked non-returnable, cannot be returned and have no DOA or warranty cover.',
  ];
  if (c.item) {
    lines.push(
      nonReturnable(c.item)
        ? `${capitalised(yourItem(c.item))} was sold ${TERMS_LABEL[c.item.terms]}, so this applies to it.`
        : `${capitalised(yourItem(c.item))} was sold with standard terms, so this does not apply to it.`,
    );
  }
  return lines;
}

function notCovered(): string[] {
  return [
    'The warranty covers functional failures under normal use. It does not cover misuse, improper installation, physical damage, liquid, fire, lightning, power surge, or unauthorised repair or modification.',
    'Compatibility problems (firmware or software, unsupported configurations, vendor lock) are not defects unless compatibility was promised in writing.',
    'Items with removed or altered serial numbers or labels, or with signs of tampering, are not returnable.',
    'If you are not sure whether this applies to you, tell us what happened: our staff look at every case.',
  ];
}

/**
 * The answer to a question on `topic` for the case `c` in `state` (a case state name); `today` is the
 * calendar date (`YYYY-MM-DD`) in the policy's time zone. Plain text; the last line offers a person.
 */
export function policyAnswer(topic: QuestionTopic, c: CaseContext, state: string, today: string): string {
  if (topic === 'thanks') return ["You're welcome.", PERSON_LINE].join('\n');
  const lines: string[] = (() => {
    switch (topic) {
      case 'doa_window':
      case 'warranty_window':
        return [windowRule(topic, c), ...yourDates(c, today)];
      case 'intake_needs':
        return [
          'For a DOA or warranty claim I need:',
          ...REQUIRED_INFORMATION.map((key, i) => `${i + 1}. ${NEEDS[key]}`),
          ...intakeProgress(c, state),
        ];
      case 'shipping_cost':
        return shippingCost(c, state);
      case 'return_address':
        return returnAddress(c, state);
      case 'refund_timing':
        return refundTiming(c, state);
      case 'as_is':
        return asIs(c);
      case 'not_covered':
        return notCovered();
      case 'status':
        return status(c, state);
    }
  })();
  return [...lines, PERSON_LINE].join('\n');
}
