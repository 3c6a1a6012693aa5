// What the bot says, in plain text every platform can show. One notice may speak to the customer,
// to staff, or to both; buttons are offered as `actions`.
import type { CaseState } from '../case/caseState.ts';
import type { CaseContext, ClaimKind, Expects, Notice, OrderItem } from '../case/types.ts';
import { coveredCents, formatUsd, pendingCents } from '../policy/costs.ts';
import { hasReturnAddress } from '../policy/policy.ts';
import { counted } from './plural.ts';
import { policyAnswer } from './policyAnswers.ts';
import { categoryOf, troubleshootingChecks, vendorOf } from './troubleshooting.ts';

export interface Action {
  id: string;
  label: string;
  style?: 'primary' | 'danger';
}

/**
 * A file to send with a message, made when it is sent: the RMA document (PDF) with the approval, the
 * small preview of the serial-label photo with the review request (left out while it is not stored).
 */
export interface Attachment {
  kind: 'rma_document' | 'serial_preview';
}

export interface Said {
  to: 'customer' | 'staff';
  text: string;
  actions: Action[];
  attachment?: Attachment | undefined;
  /**
   * The customer's own words, kept apart from the bot's `text` so that every platform shows them as a
   * visible quote after it: a line a customer types can never read as the bot's own.
   */
  quote?: string | undefined;
}

export const CUSTOMER_TROUBLESHOOTING_ACTIONS: Action[] = [
  { id: 'fixed', label: 'That fixed it', style: 'primary' },
  { id: 'still_failing', label: 'Still failing' },
  { id: 'cancel', label: 'Cancel my claim', style: 'danger' },
];
export const CUSTOMER_CANCEL_ACTIONS: Action[] = [
  { id: 'confirm_cancel', label: 'Yes, cancel it', style: 'danger' },
  { id: 'keep', label: 'No, keep it open', style: 'primary' },
];
export const STAFF_REVIEW_ACTIONS: Action[] = [
  { id: 'approve', label: 'Approve', style: 'primary' },
  { id: 'deny', label: 'Deny', style: 'danger' },
  { id: 'request_info', label: 'Request info' },
];

/** The claim kind as the customer reads it; the warranty length is the one the case's policy recorded. */
function kindLabel(kind: ClaimKind, c: CaseContext): string {
  return kind === 'doa' ? 'DOA (defective on arrival)' : `${c.policy.warrantyDays}-day warranty`;
}

/** The item for staff, with the serial the order records. */
function itemLine(item: OrderItem): string {
  return `${item.partNumber} (serial ${item.serialNumber})${item.description ? ` ${item.description}` : ''}`;
}

/** The item for the customer: part number and description only, never a serial they have not typed. */
function customerItemLine(item: OrderItem): string {
  return `${item.partNumber}${item.description ? ` (${item.description})` : ''}`;
}

/** How a person is reached, said once wherever the customer might feel stuck. */
const PERSON = 'To reach a person, just say "talk to a person".';

function customer(text: string, actions: Action[] = []): Said {
  return { to: 'customer', text, actions };
}
function staff(text: string, actions: Action[] = []): Said {
  return { to: 'staff', text, actions };
}
/** A staff message that ends with the customer's words, quoted. */
function staffQuoting(text: string, words: string | null | undefined, actions: Action[] = []): Said {
  return words?.trim() ? { to: 'staff', text, actions, quote: words } : { to: 'staff', text, actions };
}

const ASK: Record<Exclude<Expects, null>, (c: CaseContext) => string> = {
  order_number: () => 'What is your order number?',
  item: (c) =>
    `Order ${c.orderNumber} has ${counted(c.orderItems.length, 'item')}. Which one is this claim for? Reply with its number or part number:\n` +
    c.orderItems.map((item, i) => `${i + 1}. ${customerItemLine(item)}`).join('\n'),
  serial_number: (c) => `Please type the serial number (SN) printed on the label of the ${c.item?.partNumber ?? 'unit'}.`,
  serial_photo: () => 'Please send a photo of the serial-number label, with the whole label readable.',
  install_photo: () => 'Please send a photo of the installation: how the unit is racked and connected (power, cables, optics).',
  fault_description: () => 'Please describe the fault: what happens, since when, and what you have tried.',
  evidence: () =>
    'Please send supporting evidence: a video, screenshots, test logs or console output (for example `show version`, `show inventory`, `show logging`). You can paste the output as text.',
  troubleshooting: () => 'Did the checks fix it? Answer "fixed" or "still failing".',
  tracking_number: (c) => `Please send the tracking number once the parcel with ${c.rma ?? 'the RMA'} is on its way.`,
  confirm_cancel: (c) => `Do you want to cancel ${c.ref}? Answer "yes" to cancel it or "no" to keep it open.`,
};

const NUDGE: Partial<Record<Exclude<Expects, null>, string>> = {
  order_number: 'I need the order number first, as it appears on your invoice or order confirmation.',
  item: 'I could not tell which item you mean.',
  serial_number: 'I could not find a serial number in that.',
  serial_photo: 'I still need the serial-label photo (attach an image).',
  install_photo: 'I still need the installation photo (attach an image).',
  fault_description: 'A few more words about the fault, please.',
  evidence: 'I still need some evidence: attach a file, or paste the log or console output.',
  confirm_cancel: 'Sorry, I need a yes or a no.',
};

/**
 * Where the serial of this item is found: the label on the unit, and for a part inside a device
 * (optic, card, power supply) the device's inventory command, which lists each part's serial.
 */
function serialTip(c: CaseContext): string {
  const label = 'It is printed on the label of the unit, after "SN" or "S/N"';
  const item = c.item;
  if (!item || categoryOf(item) === 'chassis') return `${label}.`;
  const vendor = vendorOf(item);
  if (vendor === 'other') return `${label}.`;
  const command = vendor === 'juniper' ? '`show chassis hardware`' : '`show inventory`';
  return `${label}; or run ${command} on the device it sits in and copy the serial shown for the ${item.partNumber}.`;
}

function reviewSummary(c: CaseContext): string {
  const lines = [
    `${c.ref} needs review: ${c.kind ? kindLabel(c.kind, c) : 'eligibility not verified'} claim from ${c.customer} (${c.platform}).`,
    `Order ${c.orderNumber ?? '?'}: ${c.item ? itemLine(c.item) : 'no item'}; delivered ${c.item?.deliveredOn ?? 'unknown'}${c.windowEndsOn ? `, window ends ${c.windowEndsOn}` : ''}.`,
    `Serial given: ${c.serialGiven ?? '-'}.`,
    `Evidence: ${counted(c.evidence.length, 'item')}; photos: serial ${c.serialPhoto ? 'yes' : 'no'}, installation ${c.installPhoto ? 'yes' : 'no'}.`,
  ];
  if (c.flags.length > 0) lines.push(`Flags: ${c.flags.map((f) => `${f.code} (${f.detail})`).join(', ')}.`);
  // A reopened decline comes back here: the terms that declined it are said again.
  if (c.item && c.item.terms !== 'standard')
    lines.push(`Careful: sold ${c.item.terms}, not returnable under the policy; approving overrides that.`);
  lines.push(c.fault ? 'The fault, as the customer described it:' : 'Fault: not described.');
  return lines.join('\n');
}

function returnInstructions(c: CaseContext): string {
  return [
    `Your return is approved. RMA number: ${c.rma}.`,
    `1. Wipe your configuration and any sensitive data from the unit.`,
    `2. Pack it safely and write ${c.rma} clearly on the outside of the package.`,
    hasReturnAddress(c.policy)
      ? `3. Ship it to: ${c.policy.returnAddress}`
      : `3. Our staff will send you the return address in this thread; please wait for it before you ship.`,
    `Do not return anything without this RMA number: unapproved returns may not be processed.`,
    `We cover return shipping and reshipping, including duties, taxes and customs clearance, up to ${formatUsd(c.policy.costCapCents)} for this case; anything above that must be approved by us in writing before you ship. Keep your shipping receipts and tracking information.`,
    `Reply here with the tracking number once it ships.`,
  ].join('\n');
}

function declineText(c: CaseContext, reason: string, detail: string): string {
  const contact = `If you think this is wrong, reply here and a person will look at it, or email ${c.policy.contactEmail} with your order number and evidence.`;
  switch (reason) {
    case 'outside_window':
      return `I'm sorry: this item is outside the ${c.policy.warrantyDays}-day warranty (${detail}), so ${c.ref} is declined. ${contact}`;
    case 'non_returnable':
      return `I'm sorry: ${c.item ? `the ${customerItemLine(c.item)}` : 'this item'} was ${detail} and is not returnable under our policy, so ${c.ref} is declined. ${contact}`;
    default:
      return `${c.ref} was declined by our staff: ${detail}. ${contact}`;
  }
}

/** A closed case's state as the customer reads it: an expired RMA or a silent close is not a cancel. */
function closedWords(c: CaseContext, state: CaseState): string {
  if (c.reasons.includes('rma_expired')) return 'closed (the RMA expired unshipped)';
  if (c.reasons.includes('no_response')) return 'closed (no reply)';
  return state;
}

/** A new claim is one sentence away too, once a case is closed. */
const NEW_CLAIM = 'To start a new claim, send its order number or say "new claim".';

/** Words one notice for the people it concerns; `state` is the case's state after the event. */
export function word(notice: Notice, c: CaseContext, state: CaseState): Said[] {
  switch (notice.type) {
    case 'opened':
      return [
        customer(
          `Hi, I'm the returns desk. I've opened case ${c.ref} for your DOA or warranty claim. I'll ask for what our policy needs, one thing at a time: order number, part number, serial-number photo, installation photo, fault description and supporting evidence. You can ask me questions at any step. ${PERSON}`,
        ),
      ];
    case 'ask': {
      const ask = ASK[notice.expects](c);
      // A customer who could not give the serial is told where to find it.
      const hint = notice.expects === 'serial_number' ? `${NUDGE.serial_number} ${serialTip(c)} Please type the serial number.` : null;
      const text = notice.nudge && NUDGE[notice.expects] ? (hint ?? `${NUDGE[notice.expects]} ${ask}`) : ask;
      if (notice.expects === 'troubleshooting') return [customer(text, CUSTOMER_TROUBLESHOOTING_ACTIONS)];
      if (notice.expects === 'confirm_cancel') return [customer(text, CUSTOMER_CANCEL_ACTIONS)];
      return [customer(text)];
    }
    case 'order_not_found':
      if (!notice.labelled) return [customer(`${NUDGE.order_number} ${ASK.order_number(c)}`)];
      return [
        customer(
          notice.attempts >= 2
            ? `I can't find order ${notice.number} either. Please check the order confirmation; if it still doesn't work, say "talk to a person" and staff will look it up.`
            : `I can't find order ${notice.number}. Please check the number on your order confirmation and send it again.`,
        ),
      ];
    case 'which_order':
      return [
        customer(
          `You mentioned orders ${notice.numbers.join(' and ')}. Which one is this claim for? Reply with one order number; for the other, start a new claim afterwards.`,
        ),
      ];
    case 'eligible':
      return [
        customer(
          `Thanks, I found ${c.item ? customerItemLine(c.item) : 'the item'} on order ${c.orderNumber}. It was delivered ${counted(notice.daysSinceDelivery, 'day')} before your claim, so it is covered as ${kindLabel(notice.kind, c)} until ${notice.windowEndsOn}.`,
        ),
      ];
    case 'unverified_order':
      return [
        customer(
          `Thanks, I found order ${c.orderNumber}. Its delivery date is not on record yet, so staff will confirm eligibility; let's gather the details meanwhile.`,
        ),
      ];
    case 'declined':
      return [customer(declineText(c, notice.reason, notice.detail)), staff(`${c.ref} declined (${notice.reason}): ${notice.detail}.`)];
    case 'serial_mismatch':
      return [
        customer(
          `The serial ${notice.given} does not match our records for this item. If that was a typo, just type the serial again; otherwise I've noted it for staff${c.serialPhoto ? '' : ', so please make sure the label is readable in its photo'}.`,
        ),
      ];
    case 'serial_confirmed':
      return [
        customer(
          `Thanks, ${notice.serial} matches the ${c.item?.partNumber ?? 'item'} on order ${c.orderNumber ?? ''}; I've corrected the serial on ${c.ref}.`,
        ),
      ];
    case 'serial_repeated':
      return [customer(`Thanks, I already have ${notice.serial} as the serial on ${c.ref}.`)];
    case 'part_number_given': {
      const ours = c.item?.partNumber === notice.partNumber;
      return [
        customer(
          `${notice.partNumber} is ${ours ? 'the part number' : `the part number of another item on order ${c.orderNumber}`}; I need the serial number (SN) of ${ours ? 'your unit' : `the ${c.item?.partNumber ?? 'unit'} this claim is for`}. ${serialTip(c)} Please type the serial number.`,
        ),
      ];
    }
    case 'troubleshoot':
      return [
        customer(
          `Before a return, please try these checks; most faults on network gear are found here:\n${troubleshootingChecks(c)
            .map((check, i) => `${i + 1}. ${check}`)
            .join('\n')}\n${ASK.troubleshooting(c)}`,
          CUSTOMER_TROUBLESHOOTING_ACTIONS,
        ),
      ];
    case 'fixed':
      return [
        customer(`Glad it works. ${c.ref} is closed with no return needed.`),
        staff(`${c.ref} was fixed by troubleshooting; closed without a return.`),
      ];
    case 'review_needed':
      return [
        customer(`${c.ref} is with our staff for review. You'll hear from us here.`),
        {
          ...staffQuoting(reviewSummary(c), c.fault, STAFF_REVIEW_ACTIONS),
          ...(c.serialPhoto ? { attachment: { kind: 'serial_preview' as const } } : {}),
        },
      ];
    case 'customer_wrote': {
      const files = notice.files.map((f) => f.name).join(', ');
      return [
        staffQuoting(
          `${c.customer} wrote on ${c.ref} (${c.platform})${files ? `, with files: ${files}` : ''}${notice.text.trim() ? ':' : '.'}`,
          notice.text,
        ),
        customer(`Thanks, I've added that to ${c.ref} and our staff will see it.`),
      ];
    }
    case 'closed_case_message': {
      const files = notice.files.map((f) => f.name).join(', ');
      return [
        staffQuoting(
          `${c.customer} wrote on closed case ${c.ref} (${closedWords(c, state)})${files ? `, with files: ${files}` : ''}. Reply with /rma reply ${c.ref} TEXT, or reopen it with /rma reopen ${c.ref}.${notice.text.trim() ? ' They wrote:' : ''}`,
          notice.text,
        ),
        customer(`${c.ref} is ${closedWords(c, state)}. I've passed your message to our staff; a person will answer here. ${NEW_CLAIM}`),
      ];
    }
    case 'human_requested':
      return [
        customer(
          notice.why === 'order_attempts'
            ? `I still can't find that order, so I've asked a person from our staff to look it up; they'll answer here. Meanwhile you can send the order confirmation or invoice as a file.`
            : `I've asked a person from our staff to help with ${c.ref}; they'll answer here as soon as they can. You can keep sending details meanwhile.`,
        ),
        staffQuoting(
          notice.why === 'asked'
            ? `${c.ref}: ${c.customer} asks for a person (${c.platform}). Answer with /rma reply ${c.ref} TEXT or in the case thread. They wrote:`
            : notice.why === 'order_attempts'
              ? `${c.ref}: ${c.customer} tried ${counted(c.orderAttempts, 'order number')} not on record; please look the order up and answer with /rma reply ${c.ref} TEXT. The last:`
              : `${c.ref}: the bot could not place two messages from ${c.customer} in a row and handed over. Answer with /rma reply ${c.ref} TEXT or in the case thread. The last:`,
          notice.text,
        ),
      ];
    case 'answered': {
      const said = [customer(policyAnswer(notice.topic, c, state, notice.today))];
      // A thank-you is answered in kind; staff are not called for it.
      if (notice.closed && notice.topic !== 'thanks')
        return [...said, staffQuoting(`${c.customer} asked on closed case ${c.ref} (${closedWords(c, state)}):`, notice.text)];
      // Approved, and no return address configured: staff must send it.
      if (notice.topic === 'return_address' && c.rma && !hasReturnAddress(c.policy))
        return [
          ...said,
          staff(`${c.customer} asks where to ship ${c.ref} (${c.rma}); send the return address with /rma reply ${c.ref} TEXT.`),
        ];
      return said;
    }
    case 'kept':
      return [customer(`OK, ${c.ref} stays open.`)];
    case 'cannot_cancel':
      if (c.closedAt !== null) return [customer(`${c.ref} is already ${closedWords(c, state)}; there is nothing to cancel. ${NEW_CLAIM}`)];
      return [
        customer(
          `${c.ref} can't be cancelled any more: the unit is already on its way to us or with us. I've passed your message to our staff; a person will answer here.`,
        ),
        staffQuoting(`${c.customer} asked to cancel ${c.ref} (${state}):`, notice.text),
      ];
    case 'staff_replied':
      return notice.posted
        ? []
        : [customer(`Message from our staff about ${c.ref}:\n${notice.text}`), staff(`Reply sent to ${c.customer} on ${c.ref}.`)];
    case 'taken_to_review':
      // The review request that follows tells the customer.
      return [];
    case 'approved':
      return [
        {
          ...customer(`${returnInstructions(c)}\nThe attached RMA document has a label to cut out and tape on the box.`),
          attachment: { kind: 'rma_document' },
        },
        // Without a return address in the policy the customer was told staff would send it: say so here.
        staff(
          `${c.ref} approved by ${c.approvedBy}: ${c.rma} issued.${hasReturnAddress(c.policy) ? '' : ` ${c.customer} has no return address yet (none is set in the policy): send it with /rma reply ${c.ref} TEXT.`}`,
        ),
      ];
    case 'info_requested':
      return [
        customer(`Our staff need more information for ${c.ref}: ${notice.what}\nPlease reply here (text or files).`),
        staff(`Asked ${c.customer} on ${c.ref}: ${notice.what}`),
      ];
    case 'tracking_received':
      return [
        customer(`Thanks, tracking ${notice.number} is recorded for ${c.rma}. We'll tell you when it arrives.`),
        staff(`${c.ref} (${c.rma}) shipped: tracking ${notice.number}.`),
      ];
    case 'received':
      return [
        customer(`We've received the unit for ${c.rma} and are inspecting it.`),
        staff(`${c.ref} (${c.rma}) received; now in inspection.`),
      ];
    case 'resolved':
      return [
        customer(
          {
            replacement: `Inspection confirmed the fault: a replacement is on its way for ${c.rma}. ${c.ref} is resolved.`,
            repair: `Inspection confirmed the fault: the unit is being repaired and sent back to you under ${c.rma}. ${c.ref} is resolved.`,
            refund: `Inspection confirmed the fault: we're refunding you for ${c.rma}. Refund timing depends on your payment method. ${c.ref} is resolved.`,
          }[notice.resolution],
        ),
        staff(`${c.ref} resolved: ${notice.resolution}.`),
      ];
    case 'cost_recorded':
      return [
        staff(
          `${c.ref}: recorded ${formatUsd(notice.cents)} for ${notice.label}; ${formatUsd(notice.covered)} covered` +
            (notice.pending > 0
              ? `, ${formatUsd(notice.pending)} above the ${formatUsd(c.policy.costCapCents)} cap waits for written approval (/rma approve-cost ${c.ref}).`
              : `. Covered so far: ${formatUsd(coveredCents(c.costs))}.`),
        ),
      ];
    case 'cost_approved':
      return [
        customer(
          `Written approval for ${c.ref}: we approve shipping costs of ${formatUsd(notice.cents)} above the ${formatUsd(c.policy.costCapCents)} cover, so we now cover ${formatUsd(coveredCents(c.costs))} in total for this case. Please keep the receipts.`,
        ),
        staff(
          `${c.ref}: ${formatUsd(notice.cents)} above the cap approved in writing; the customer has been told. Covered in total: ${formatUsd(coveredCents(c.costs))}; pending ${formatUsd(pendingCents(c.costs))}.`,
        ),
      ];
    case 'cancelled':
      return [
        customer(`${c.ref} is cancelled. If you need us again, just write here. ${NEW_CLAIM}`),
        staff(`${c.ref} was cancelled by the customer.`),
      ];
    case 'reopened':
      return [
        customer(
          state === 'inspection'
            ? `${c.ref} has been reopened by our staff; your unit is back in inspection and you'll hear from us here.`
            : `${c.ref} has been reopened by our staff.`,
        ),
        staff(`${c.ref} reopened (${state}).`),
      ];
    case 'note_added':
      return [staff(`Note added to ${c.ref}.`)];
    case 'contact_added':
      return [staff(`${notice.contact} may now write on ${c.ref} for ${c.customer}.`)];
    case 'reminder':
      return notice.kind === 'intake_reminder'
        ? [
            customer(
              `A reminder about ${c.ref}: we're still waiting for your reply. ${c.infoRequest ? `Our staff asked: ${c.infoRequest}` : ''}`.trim(),
            ),
          ]
        : [
            customer(
              `A reminder about ${c.rma}: please send the tracking number once the parcel is on its way. The RMA expires ${c.policy.timers.expireRmaAfterDays} days after approval.`,
            ),
          ];
    case 'doa_window_closing':
      return [
        customer(
          `Your DOA window ends on ${notice.endsOn}. ${c.ref} was opened in time, so it stays a DOA claim; please send what is still missing soon so we can help you quickly.`,
        ),
      ];
    case 'closed_silent':
      return notice.reason === 'rma_expired'
        ? [
            customer(
              `${c.rma} has expired: nothing was shipped within ${c.policy.timers.expireRmaAfterDays} days of approval, so ${c.ref} is closed. Please do not ship the item on this RMA; reply here if you still need it and staff can reopen the case.`,
            ),
            staff(`${c.ref}: ${c.rma} expired unshipped after ${c.policy.timers.expireRmaAfterDays} days; the case is closed.`),
          ]
        : [
            customer(
              `${c.ref} is closed because we heard nothing for ${counted(c.policy.timers.closeSilentIntakeAfterDays, 'day')}. If you still need us, just write here and a person will pick it up.`,
            ),
            staff(`${c.ref} closed: no reply from ${c.customer} for ${c.policy.timers.closeSilentIntakeAfterDays} days during intake.`),
          ];
    case 'review_overdue':
      return [
        staff(
          `${c.ref} has waited in review for more than ${counted(c.policy.timers.reviewOverdueBusinessDays, 'business day')}.`,
          STAFF_REVIEW_ACTIONS,
        ),
      ];
    case 'file_refused':
      // Sending the file again would not help: a person can (staff decide what to keep).
      if (notice.quota)
        return [
          customer(
            `I couldn't keep "${notice.name}" for ${c.ref}: ${notice.reason}. A person from our staff can sort this out with you; just say "talk to a person".`,
          ),
          staff(
            `${c.ref}: the evidence vault refused "${notice.name}" (${notice.reason}; policy key evidenceQuotaMb). The customer was told a person can help.`,
          ),
        ];
      return [
        customer(`I couldn't keep "${notice.name}" for ${c.ref}: ${notice.reason}.${notice.asksAgain ? ' Please send it again.' : ''}`),
        staff(
          `${c.ref}: the evidence vault refused "${notice.name}" (${notice.reason}).${notice.asksAgain ? '' : ' The case is past intake; ask the customer with /rma info if it is needed.'}`,
        ),
      ];
  }
}
