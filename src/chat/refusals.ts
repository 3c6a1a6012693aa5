// Why a case cannot take an event now, in words for the person who sent it (a command or a button).
import type { CaseState } from '../case/caseState.ts';
import type { CaseContext, CaseEvent } from '../case/types.ts';
import { sayIn } from '../i18n/translate.ts';
import { pendingCents } from '../policy/costs.ts';
import { unitCount } from '../case/units.ts';

/** A unit number the claim does not have, in a staff command's words; null when every number is on it. */
function unknownUnit(event: CaseEvent, context: CaseContext): string | null {
  const units = 'units' in event ? event.units : undefined;
  const count = unitCount(context);
  const missing = units?.find((n) => n > count);
  if (missing === undefined) return null;
  return count === 1
    ? `${context.ref} is a claim for one unit; there is no unit ${missing}.`
    : `${context.ref} has units 1-${count}; there is no unit ${missing}.`;
}

/**
 * Staff commands are refused in English (the command grammar's language); a customer's button or
 * words in the case's language.
 */
export function refusalFor(event: CaseEvent, context: CaseContext, state: CaseState): string {
  const ref = context.ref;
  const say = sayIn(context.language);
  const stateWords = say(`state.${state}`);
  const unit = unknownUnit(event, context);
  if (unit) return unit;
  switch (event.type) {
    case 'staff.approve':
      if (context.rma && state !== 'review') return `${ref} is already approved (${context.rma}); it is now ${state}.`;
      return state === 'review'
        ? `${ref}: none of the units named is waiting for a decision (units the policy does not cover, or already denied, cannot be approved).`
        : `${ref} is in ${state}; only a case in review can be approved.`;
    case 'staff.deny':
      return event.units
        ? `${ref} is in ${state}; units can be denied in review (undecided ones) or declined at inspection (approved ones).`
        : `${ref} is in ${state}; a case can be denied in review or after inspection.`;
    case 'staff.advance':
      return `${ref} is in ${state}; a replacement can ship ahead for approved units that are not back yet and have none shipped.`;
    case 'staff.request_info':
      return `${ref} is in ${state}; information can be requested while it is in review.`;
    case 'staff.received':
      return `${ref} is in ${state}; only an approved return (awaiting_return or in_transit) can be received.`;
    case 'staff.resolve':
      return state === 'inspection'
        ? `${ref}: only approved units that have arrived and have no outcome yet can be resolved (check them in with /rma received ${ref} SERIAL).`
        : `${ref} is in ${state}; receive and inspect the item before resolving it.`;
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
        ? say('customer.refusal.already_cancelled', { ref })
        : say('customer.refusal.cancel', { ref, state: stateWords });
    case 'keep':
      return say('customer.refusal.keep', { ref, state: stateWords });
    case 'fixed':
    case 'still_failing':
      return say('customer.refusal.troubleshooting', { ref, state: stateWords });
    default:
      return say('customer.refusal.other', { ref, state: stateWords });
  }
}
