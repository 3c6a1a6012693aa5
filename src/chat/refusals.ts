// Why a case cannot take an event now, in words for the person who sent it (a command or a button).
import type { CaseState } from '../case/caseState.ts';
import type { CaseContext, CaseEvent } from '../case/types.ts';
import { pendingCents } from '../policy/costs.ts';

/** A case's state in words a customer reads. */
export const STATE_WORDS: Record<CaseState, string> = {
  intake: 'still collecting the details',
  troubleshooting: 'in troubleshooting',
  review: 'with our staff for review',
  awaiting_return: 'approved and waiting for the parcel',
  in_transit: 'on its way to us',
  inspection: 'being inspected',
  resolved: 'resolved',
  declined: 'declined',
  cancelled: 'cancelled',
};

export function refusalFor(event: CaseEvent, context: CaseContext, state: CaseState): string {
  const ref = context.ref;
  switch (event.type) {
    case 'staff.approve':
      return context.rma && state !== 'review'
        ? `${ref} is already approved (${context.rma}); it is now ${state}.`
        : `${ref} is in ${state}; only a case in review can be approved.`;
    case 'staff.deny':
      return `${ref} is in ${state}; a case can be denied in review or after inspection.`;
    case 'staff.request_info':
      return `${ref} is in ${state}; information can be requested while it is in review.`;
    case 'staff.received':
      return `${ref} is in ${state}; only an approved return (awaiting_return or in_transit) can be received.`;
    case 'staff.resolve':
      return `${ref} is in ${state}; receive and inspect the item before resolving it.`;
    case 'staff.cost':
      return `${ref} is in ${state}; shipping costs are covered only once a case is approved (policy section 5).`;
    case 'staff.approve_cost':
      return pendingCents(context.costs) === 0
        ? `${ref} has no cost above the cap waiting for approval.`
        : `${ref} is in ${state}; costs cannot be approved now.`;
    case 'staff.reopen':
      return `${ref} is still open (${state}); only resolved, declined or cancelled cases can be reopened.`;
    case 'staff.review':
      return `${ref} is in ${state}; only a case in intake or troubleshooting can be taken to review.`;
    case 'cancel':
    case 'confirm_cancel':
      return state === 'cancelled'
        ? `${ref} is already cancelled; there is nothing more to do.`
        : `${ref} is ${STATE_WORDS[state]}, so it can't be cancelled any more. Write here and a person will help.`;
    case 'keep':
      return `${ref} is ${STATE_WORDS[state]}; nothing to keep or cancel.`;
    case 'fixed':
    case 'still_failing':
      return `${ref} is ${STATE_WORDS[state]}, not in troubleshooting: that button no longer applies. Write here if you need us.`;
    default:
      return `${ref} is ${STATE_WORDS[state]}; that is not possible now.`;
  }
}
