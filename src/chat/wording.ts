// What the bot says, in plain text every platform can show. One notice may speak to the customer,
// to staff, or to both; buttons are offered as `actions`.
import type { CaseContext, ClaimKind, Expects, Notice, OrderItem } from '../case/types.ts';
import { coveredCents, formatUsd, pendingCents } from '../policy/costs.ts';
import { troubleshootingChecks } from './troubleshooting.ts';

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
}

export const CUSTOMER_TROUBLESHOOTING_ACTIONS: Action[] = [
  { id: 'fixed', label: 'That fixed it', style: 'primary' },
  { id: 'still_failing', label: 'Still failing' },
  { id: 'cancel', label: 'Cancel my claim', style: 'danger' },
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

function itemLine(item: OrderItem): string {
  return `${item.partNumber} (serial ${item.serialNumber})${item.description ? ` ${item.description}` : ''}`;
}

function customer(text: string, actions: Action[] = []): Said {
  return { to: 'customer', text, actions };
}
function staff(text: string, actions: Action[] = []): Said {
  return { to: 'staff', text, actions };
}

const ASK: Record<Exclude<Expects, null>, (c: CaseContext) => string> = {
  order_number: () => 'What is your order number?',
  item: (c) =>
    `Order ${c.orderNumber} has ${c.orderItems.length} items. Which one is this claim for? Reply with its number, part number or serial:\n` +
    c.orderItems.map((item, i) => `${i + 1}. ${itemLine(item)}`).join('\n'),
  serial_number: (c) => `Please type the serial number (SN) printed on the label of the ${c.item?.partNumber ?? 'unit'}.`,
  serial_photo: () => 'Please send a photo of the serial-number label, with the whole label readable.',
  install_photo: () => 'Please send a photo of the installation: how the unit is racked and connected (power, cables, optics).',
  fault_description: () => 'Please describe the fault: what happens, since when, and what you have tried.',
  evidence: () =>
    'Please send supporting evidence: a video, screenshots, test logs or console output (for example `show version`, `show inventory`, `show logging`). You can paste the output as text.',
  troubleshooting: () => 'Did the checks fix it? Answer "fixed" or "still failing".',
  tracking_number: (c) => `Please send the tracking number once the parcel with ${c.rma ?? 'the RMA'} is on its way.`,
};

const NUDGE: Partial<Record<Exclude<Expects, null>, string>> = {
  order_number: 'I need the order number first, as it appears on your invoice or order confirmation.',
  item: 'I could not tell which item you mean.',
  serial_number: 'That does not look like a serial number.',
  serial_photo: 'I still need the serial-label photo (attach an image).',
  install_photo: 'I still need the installation photo (attach an image).',
  fault_description: 'A few more words about the fault, please.',
  evidence: 'I still need some evidence: attach a file, or paste the log or console output.',
};

function reviewSummary(c: CaseContext): string {
  const lines = [
    `${c.ref} needs review: ${c.kind ? kindLabel(c.kind, c) : 'eligibility not verified'} claim from ${c.customer} (${c.platform}).`,
    `Order ${c.orderNumber ?? '?'}: ${c.item ? itemLine(c.item) : 'no item'}; delivered ${c.item?.deliveredOn ?? 'unknown'}${c.windowEndsOn ? `, window ends ${c.windowEndsOn}` : ''}.`,
    `Serial given: ${c.serialGiven ?? '-'}. Fault: ${c.fault ?? '-'}`,
    `Evidence: ${c.evidence.length} item(s); photos: serial ${c.serialPhoto ? 'yes' : 'no'}, installation ${c.installPhoto ? 'yes' : 'no'}.`,
  ];
  if (c.flags.length > 0) lines.push(`Flags: ${c.flags.map((f) => `${f.code} (${f.detail})`).join(', ')}.`);
  return lines.join('\n');
}

function returnInstructions(c: CaseContext): string {
  return [
    `Your return is approved. RMA number: ${c.rma}.`,
    `1. Wipe your configuration and any sensitive data from the unit.`,
    `2. Pack it safely and write ${c.rma} clearly on the outside of the package.`,
    `3. Ship it to: ${c.policy.returnAddress}`,
    `Do not return anything without this RMA number: unapproved returns may not be processed.`,
    `We cover return shipping and reshipping, including duties, taxes and customs clearance, up to ${formatUsd(c.policy.costCapCents)} for this case; anything above that must be approved by us in writing before you ship. Keep your shipping receipts and tracking information.`,
    `Reply here with the tracking number once it ships.`,
  ].join('\n');
}

function declineText(c: CaseContext, reason: string, detail: string): string {
  const contact = `If you think this is wrong, reply here or email ${c.policy.contactEmail} with your order number and evidence.`;
  switch (reason) {
    case 'outside_window':
      return `I'm sorry: this item is outside the ${c.policy.warrantyDays}-day warranty (${detail}), so ${c.ref} is declined. ${contact}`;
    case 'non_returnable':
      return `I'm sorry: this item was ${detail} and is not returnable under our policy, so ${c.ref} is declined. ${contact}`;
    default:
      return `${c.ref} was declined by our staff: ${detail}. ${contact}`;
  }
}

/** Words one notice for the people it concerns. */
export function word(notice: Notice, c: CaseContext): Said[] {
  switch (notice.type) {
    case 'opened':
      return [
        customer(
          `Hi, I'm the returns desk. I've opened case ${c.ref} for your DOA or warranty claim. I'll ask for what our policy needs, one thing at a time: order number, part number, serial-number photo, installation photo, fault description and supporting evidence.`,
        ),
      ];
    case 'ask': {
      const ask = ASK[notice.expects](c);
      if (notice.expects === 'troubleshooting') return [customer(ask, CUSTOMER_TROUBLESHOOTING_ACTIONS)];
      return [customer(notice.nudge && NUDGE[notice.expects] ? `${NUDGE[notice.expects]} ${ask}` : ask)];
    }
    case 'order_not_found':
      return [
        customer(
          notice.attempts >= 3
            ? `I can't find order ${notice.number} either. Please check the order confirmation, or email ${c.policy.contactEmail} and staff will look it up.`
            : `I can't find order ${notice.number}. Please check the number on your order confirmation and send it again.`,
        ),
      ];
    case 'eligible':
      return [
        customer(
          `Thanks, I found ${c.item ? itemLine(c.item) : 'the item'} on order ${c.orderNumber}. It was delivered ${notice.daysSinceDelivery} day(s) before your claim, so it is covered as ${kindLabel(notice.kind, c)} (until ${notice.windowEndsOn}).`,
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
          `The serial ${notice.given} does not match the one we shipped on this order. I've noted it for staff; please double-check the label when you send its photo.`,
        ),
      ];
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
        customer(`Thanks, ${c.ref} is complete and with our staff for review. You'll hear from us here.`),
        { ...staff(reviewSummary(c), STAFF_REVIEW_ACTIONS), ...(c.serialPhoto ? { attachment: { kind: 'serial_preview' as const } } : {}) },
      ];
    case 'customer_wrote': {
      const files = notice.files.map((f) => f.name).join(', ');
      return [
        staff(`${c.customer} wrote on ${c.ref} (${c.platform}): ${notice.text}${files ? ` [files: ${files}]` : ''}`),
        customer(`Thanks, I've added that to ${c.ref}.`),
      ];
    }
    case 'approved':
      return [
        {
          ...customer(`${returnInstructions(c)}\nThe attached RMA document has a label to cut out and tape on the box.`),
          attachment: { kind: 'rma_document' },
        },
        staff(`${c.ref} approved by ${c.approvedBy}: ${c.rma} issued.`),
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
        staff(
          `${c.ref}: ${formatUsd(notice.cents)} above the cap approved in writing. Covered in total: ${formatUsd(coveredCents(c.costs))}; pending ${formatUsd(pendingCents(c.costs))}.`,
        ),
      ];
    case 'cancelled':
      return [
        customer(`${c.ref} is cancelled. Write again any time to open a new claim.`),
        staff(`${c.ref} was cancelled by the customer.`),
      ];
    case 'reopened':
      return [customer(`${c.ref} has been reopened by our staff.`), staff(`${c.ref} reopened.`)];
    case 'note_added':
      return [staff(`Note added to ${c.ref}.`)];
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
          `Your DOA window for ${c.ref} ends on ${notice.endsOn}. Please finish the claim before then; after it, the item is handled under the ${c.policy.warrantyDays}-day warranty.`,
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
              `${c.ref} is closed because we heard nothing for ${c.policy.timers.closeSilentIntakeAfterDays} days. Write again any time to open a new claim.`,
            ),
            staff(`${c.ref} closed: no reply from ${c.customer} for ${c.policy.timers.closeSilentIntakeAfterDays} days during intake.`),
          ];
    case 'review_overdue':
      return [
        staff(
          `${c.ref} has waited in review for more than ${c.policy.timers.reviewOverdueBusinessDays} business day(s).`,
          STAFF_REVIEW_ACTIONS,
        ),
      ];
    case 'file_refused':
      return [
        customer(`I couldn't keep "${notice.name}" for ${c.ref}: ${notice.reason}.${notice.asksAgain ? ' Please send it again.' : ''}`),
        staff(
          `${c.ref}: the evidence vault refused "${notice.name}" (${notice.reason}).${notice.asksAgain ? '' : ' The case is past intake; ask the customer with /rma info if it is needed.'}`,
        ),
      ];
    case 'case_closed':
      return [
        customer(
          `${c.ref} is closed. Write in the support channel (not in this thread) to open a new claim, or email ${c.policy.contactEmail}.`,
        ),
      ];
  }
}
