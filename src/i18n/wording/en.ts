// English messages of the case notices (src/chat/wording.ts) and refusals, in ICU MessageFormat: the
// keys every other language must carry. `customer.*` speak to the customer in the case's language,
// `staff.*` to staff in the staff language. Values are filled in by the code, never typed here.
export const en = {
  // Buttons
  'button.fixed': 'That fixed it',
  'button.still_failing': 'Still failing',
  'button.cancel': 'Cancel my claim',
  'button.confirm_cancel': 'Yes, cancel it',
  'button.keep': 'No, keep it open',
  'button.approve': 'Approve',
  'button.deny': 'Deny',
  'button.request_info': 'Request info',

  // Shared pieces
  'kind.doa': 'DOA (defective on arrival)',
  'kind.warranty': '{days}-day warranty',
  'customer.person': 'To reach a person, just say "talk to a person".',
  'customer.new_claim': 'To start a new claim, send its order number or say "new claim".',
  'customer.closed.rma_expired': 'closed (the RMA expired unshipped)',
  'customer.closed.no_response': 'closed (no reply)',
  'customer.closed.resolved': 'resolved',
  'customer.closed.declined': 'declined',
  'customer.closed.cancelled': 'cancelled',

  // Intake questions
  'customer.opened':
    "Hi, I'm the returns desk. I've opened case {ref} for your DOA or warranty claim. I'll ask for what our policy needs, one thing at a time: order number, part number, serial-number photo, installation photo, fault description and supporting evidence. You can ask me questions at any step. {person}",
  'customer.ask.order_number': 'What is your order number?',
  'customer.ask.item':
    'Order {order} has {count, plural, one {# item} other {# items}}. Which one is this claim for? Reply with its number or part number (several failed? list their numbers, e.g. 1, 3):',
  'customer.ask.serial_number': 'Please type the serial number (SN) printed on the label of the {part}.',
  'customer.ask.serial_number.unit': 'Please type the serial number (SN) printed on the label of the unit.',
  'customer.ask.serial_photo': 'Please send a photo of the serial-number label, with the whole label readable.',
  'customer.ask.install_photo': 'Please send a photo of the installation: how the unit is racked and connected (power, cables, optics).',
  'customer.ask.fault_description': 'Please describe the fault: what happens, since when, and what you have tried.',
  'customer.ask.evidence':
    'Please send supporting evidence: a video, screenshots, test logs or console output (for example `show version`, `show inventory`, `show logging`). You can paste the output as text.',
  'customer.ask.troubleshooting': 'Did the checks fix it? Answer "fixed" or "still failing".',
  'customer.ask.tracking_number': 'Please send the tracking number once the parcel with {rma} is on its way.',
  'customer.ask.tracking_number.no_rma': 'Please send the tracking number once the parcel with the RMA is on its way.',
  'customer.ask.confirm_cancel': 'Do you want to cancel {ref}? Answer "yes" to cancel it or "no" to keep it open.',
  'customer.nudge.order_number': 'I need the order number first, as it appears on your invoice or order confirmation.',
  'customer.nudge.item':
    'I could not tell which item you mean. Several items of one part number are told apart by their numbers in the list or their serials.',
  'customer.nudge.serial_number': 'I could not find a serial number in that.',
  'customer.nudge.serial_photo': 'I still need the serial-label photo (attach an image).',
  'customer.nudge.install_photo': 'I still need the installation photo (attach an image).',
  'customer.nudge.fault_description': 'A few more words about the fault, please.',
  'customer.nudge.evidence': 'I still need some evidence: attach a file, or paste the log or console output.',
  'customer.nudge.confirm_cancel': 'Sorry, I need a yes or a no.',
  'customer.serial_tip.label': 'It is printed on the label of the unit, after "SN" or "S/N".',
  'customer.serial_tip.inventory':
    'It is printed on the label of the unit, after "SN" or "S/N"; or run {command} on the device it sits in and copy the serial shown for the {part}.',
  'customer.type_serial': 'Please type the serial number.',

  // Orders and eligibility
  'customer.order_not_found': "I can't find order {order}. Please check the number on your order confirmation and send it again.",
  'customer.order_not_found.again':
    'I can\'t find order {order} either. Please check the order confirmation; if it still doesn\'t work, say "talk to a person" and staff will look it up.',
  'customer.which_order':
    'You mentioned orders {orders}. Which one is this claim for? Reply with one order number; for the other, start a new claim afterwards.',
  'customer.eligible':
    'Thanks, I found {item} on order {order}. It was delivered {days, plural, one {# day} other {# days}} before your claim, so it is covered as {kind} until {endsOn}.',
  'customer.eligible.the_item': 'the item',
  'customer.unverified_order':
    "Thanks, I found order {order}. Its delivery date is not on record yet, so staff will confirm eligibility; let's gather the details meanwhile.",
  'customer.declined.contact':
    'If you think this is wrong, reply here and a person will look at it, or email {email} with your order number and evidence.',
  'customer.declined.outside_window':
    "I'm sorry: this item is outside the {warrantyDays}-day warranty (delivered {deliveredOn}, {days} days before the claim; the warranty ended on {endedOn}), so {ref} is declined. {contact}",
  'customer.declined.non_returnable':
    "I'm sorry: the {item} was {terms} and is not returnable under our policy, so {ref} is declined. {contact}",
  'customer.declined.non_returnable.this_item':
    "I'm sorry: this item was {terms} and is not returnable under our policy, so {ref} is declined. {contact}",
  'customer.declined.by_staff': '{ref} was declined by our staff: {reason}. {contact}',
  'terms.sold.as-is': 'sold as-is',
  'terms.sold.for-parts': 'sold for parts',
  'terms.sold.no-returns': 'sold with no returns',

  // Serials
  'customer.serial_mismatch':
    "The serial {serial} does not match our records for this item. If that was a typo, just type the serial again; otherwise I've noted it for staff.",
  'customer.serial_mismatch.photo':
    "The serial {serial} does not match our records for this item. If that was a typo, just type the serial again; otherwise I've noted it for staff, so please make sure the label is readable in its photo.",
  'customer.serial_confirmed': "Thanks, {serial} matches the {part} on order {order}; I've corrected the serial on {ref}.",
  'customer.serial_repeated': 'Thanks, I already have {serial} as the serial on {ref}.',
  'customer.part_number_given.ours': '{part} is the part number; I need the serial number (SN) of your unit.',
  'customer.part_number_given.other':
    '{given} is the part number of another item on order {order}; I need the serial number (SN) of the {part} this claim is for.',

  // Troubleshooting, review, messages
  'customer.troubleshoot': 'Before a return, please try these checks; most faults on network gear are found here:',
  'customer.fixed': 'Glad it works. {ref} is closed with no return needed.',
  'customer.review_needed': "{ref} is with our staff for review. You'll hear from us here.",
  'customer.added': "Thanks, I've added that to {ref} and our staff will see it.",
  'customer.closed_case_message': "{ref} is {closed}. I've passed your message to our staff; a person will answer here. {newClaim}",
  'customer.human.order_attempts':
    "I still can't find that order, so I've asked a person from our staff to look it up; they'll answer here. Meanwhile you can send the order confirmation or invoice as a file.",
  'customer.human':
    "I've asked a person from our staff to help with {ref}; they'll answer here as soon as they can. You can keep sending details meanwhile.",
  'customer.kept': 'OK, {ref} stays open.',
  'customer.cannot_cancel.closed': '{ref} is already {closed}; there is nothing to cancel. {newClaim}',
  'customer.cannot_cancel':
    "{ref} can't be cancelled any more: the unit is already on its way to us or with us. I've passed your message to our staff; a person will answer here.",
  'customer.staff_replied': 'Message from our staff about {ref}:',

  // Approval and return
  'customer.return.approved': 'Your return is approved. RMA number: {rma}.',
  'customer.return.wipe': '1. Wipe your configuration and any sensitive data from the unit.',
  'customer.return.pack': '2. Pack it safely and write {rma} clearly on the outside of the package.',
  'customer.return.ship_to': '3. Ship it to: {address}',
  'customer.return.wait_for_address': '3. Our staff will send you the return address in this thread; please wait for it before you ship.',
  'customer.return.no_rma_no_return': 'Do not return anything without this RMA number: unapproved returns may not be processed.',
  'customer.return.costs':
    'We cover return shipping and reshipping, including duties, taxes and customs clearance, up to {cap} for this case; anything above that must be approved by us in writing before you ship. Keep your shipping receipts and tracking information.',
  'customer.return.tracking': 'Reply here with the tracking number once it ships.',
  'customer.return.document': 'The attached RMA document has a label to cut out and tape on the box.',
  'customer.info_requested': 'Our staff need more information for {ref}: {what}',
  'customer.info_requested.reply': 'Please reply here (text or files).',
  'customer.tracking_received': "Thanks, tracking {tracking} is recorded for {rma}. We'll tell you when it arrives.",
  'customer.received': "We've received the unit for {rma} and are inspecting it.",
  'customer.resolved.replacement': 'Inspection confirmed the fault: a replacement is on its way for {rma}. {ref} is resolved.',
  'customer.resolved.repair':
    'Inspection confirmed the fault: the unit is being repaired and sent back to you under {rma}. {ref} is resolved.',
  'customer.resolved.refund':
    "Inspection confirmed the fault: we're refunding you for {rma}. Refund timing depends on your payment method. {ref} is resolved.",
  'customer.cost_approved':
    'Written approval for {ref}: we approve shipping costs of {amount} above the {cap} cover, so we now cover {covered} in total for this case. Please keep the receipts.',
  'customer.cancelled': '{ref} is cancelled. If you need us again, just write here. {newClaim}',
  'customer.reopened.inspection': "{ref} has been reopened by our staff; your unit is back in inspection and you'll hear from us here.",
  'customer.reopened': '{ref} has been reopened by our staff.',

  // Timers
  'customer.reminder.intake': "A reminder about {ref}: we're still waiting for your reply.",
  'customer.reminder.intake.info': "A reminder about {ref}: we're still waiting for your reply. Our staff asked: {what}",
  'customer.reminder.tracking':
    'A reminder about {rma}: please send the tracking number once the parcel is on its way. The RMA expires {days} days after approval.',
  'customer.doa_window_closing':
    'Your DOA window ends on {endsOn}. {ref} was opened in time, so it stays a DOA claim; please send what is still missing soon so we can help you quickly.',
  'customer.closed.expired':
    '{rma} has expired: nothing was shipped within {days} days of approval, so {ref} is closed. Please do not ship the item on this RMA; reply here if you still need it and staff can reopen the case.',
  'customer.closed.silent':
    '{ref} is closed because we heard nothing for {days, plural, one {# day} other {# days}}. If you still need us, just write here and a person will pick it up.',

  // Files
  'customer.file_refused.quota':
    'I couldn\'t keep "{name}" for {ref}: {reason}. A person from our staff can sort this out with you; just say "talk to a person".',
  'customer.file_refused': 'I couldn\'t keep "{name}" for {ref}: {reason}.',
  'customer.file_refused.again': 'I couldn\'t keep "{name}" for {ref}: {reason}. Please send it again.',

  // Language
  'customer.language_set': "OK, I'll write in English from now on.",

  // Staff notices, in the staff language
  'staff.declined': '{ref} declined ({reason}): {detail}.',
  'staff.fixed': '{ref} was fixed by troubleshooting; closed without a return.',
  'staff.review.title': '{ref} needs review: {kind} claim from {customer} ({platform}).',
  'staff.review.unverified': 'eligibility not verified',
  'staff.review.order': 'Order {order}: {item}; delivered {deliveredOn}.',
  'staff.review.order.window': 'Order {order}: {item}; delivered {deliveredOn}, window ends {endsOn}.',
  'staff.review.no_item': 'no item',
  'staff.review.unknown': 'unknown',
  'staff.review.item': '{part} (serial {serial})',
  'staff.review.serial': 'Serial given: {serial}.',
  'staff.review.evidence':
    'Evidence: {count, plural, one {# item} other {# items}}; photos: serial {serialPhoto, select, yes {yes} other {no}}, installation {installPhoto, select, yes {yes} other {no}}.',
  'staff.review.flags': 'Flags: {flags}.',
  'staff.review.terms': 'Careful: sold {terms}, not returnable under the policy; approving overrides that.',
  'staff.review.language': 'The customer writes in {language}; their words are shown as written.',
  'staff.review.fault': 'The fault, as the customer described it:',
  'staff.review.no_fault': 'Fault: not described.',
  'staff.customer_wrote':
    '{customer} wrote on {ref} ({platform}){hasFiles, select, yes {, with files: {files}} other {}}{said, select, yes {:} other {.}}',
  'staff.closed_case_message':
    '{customer} wrote on closed case {ref} ({closed}){hasFiles, select, yes {, with files: {files}} other {}}. Reply with /rma reply {ref} TEXT, or reopen it with /rma reopen {ref}.{said, select, yes { They wrote:} other {}}',
  'staff.human.asked':
    '{ref}: {customer} asks for a person ({platform}). Answer with /rma reply {ref} TEXT or in the case thread. They wrote:',
  'staff.human.order_attempts':
    '{ref}: {customer} tried {count, plural, one {# order number} other {# order numbers}} not on record; please look the order up and answer with /rma reply {ref} TEXT. The last:',
  'staff.human.misses':
    '{ref}: the bot could not place two messages from {customer} in a row and handed over. Answer with /rma reply {ref} TEXT or in the case thread. The last:',
  'staff.asked_closed': '{customer} asked on closed case {ref} ({closed}):',
  'staff.asks_address': '{customer} asks where to ship {ref} ({rma}); send the return address with /rma reply {ref} TEXT.',
  'staff.cancel_refused': '{customer} asked to cancel {ref} ({state}):',
  'staff.reply_sent': 'Reply sent to {customer} on {ref}.',
  'staff.approved': '{ref} approved by {by}: {rma} issued.',
  'staff.approved.no_address':
    '{ref} approved by {by}: {rma} issued. {customer} has no return address yet (none is set in the policy): send it with /rma reply {ref} TEXT.',
  'staff.info_requested': 'Asked {customer} on {ref}: {what}',
  'staff.tracking_received': '{ref} ({rma}) shipped: tracking {tracking}.',
  'staff.received': '{ref} ({rma}) received; now in inspection.',
  'staff.resolved': '{ref} resolved: {resolution}.',
  'staff.cost_recorded.pending':
    '{ref}: recorded {amount} for {label}; {covered} covered, {pending} above the {cap} cap waits for written approval (/rma approve-cost {ref}).',
  'staff.cost_recorded': '{ref}: recorded {amount} for {label}; {covered} covered. Covered so far: {total}.',
  'staff.cost_approved':
    '{ref}: {amount} above the cap approved in writing; the customer has been told. Covered in total: {covered}; pending {pending}.',
  'staff.cancelled': '{ref} was cancelled by the customer.',
  'staff.reopened': '{ref} reopened ({state}).',
  'staff.note_added': 'Note added to {ref}.',
  'staff.contact_added': '{contact} may now write on {ref} for {customer}.',
  'staff.closed.expired': '{ref}: {rma} expired unshipped after {days} days; the case is closed.',
  'staff.closed.silent': '{ref} closed: no reply from {customer} for {days} days during intake.',
  'staff.review_overdue': '{ref} has waited in review for more than {days, plural, one {# business day} other {# business days}}.',
  'staff.file_refused.quota':
    '{ref}: the evidence vault refused "{name}" ({reason}; policy key evidenceQuotaMb). The customer was told a person can help.',
  'staff.file_refused': '{ref}: the evidence vault refused "{name}" ({reason}).',
  'staff.file_refused.past_intake':
    '{ref}: the evidence vault refused "{name}" ({reason}). The case is past intake; ask the customer with /rma info if it is needed.',

  // Refusals of a customer's button or command
  'state.intake': 'still collecting the details',
  'state.troubleshooting': 'in troubleshooting',
  'state.review': 'with our staff for review',
  'state.awaiting_return': 'approved and waiting for the parcel',
  'state.in_transit': 'on its way to us',
  'state.inspection': 'being inspected',
  'state.resolved': 'resolved',
  'state.declined': 'declined',
  'state.cancelled': 'cancelled',
  'customer.refusal.already_cancelled': '{ref} is already cancelled; there is nothing more to do.',
  'customer.refusal.cancel': "{ref} is {state}, so it can't be cancelled any more. Write here and a person will help.",
  'customer.refusal.keep': '{ref} is {state}; nothing to keep or cancel.',
  'customer.refusal.troubleshooting': '{ref} is {state}, not in troubleshooting: that button no longer applies. Write here if you need us.',
  'customer.refusal.other': '{ref} is {state}; that is not possible now.',
} as const satisfies Record<string, string>;

export type WordingKey = keyof typeof en;
