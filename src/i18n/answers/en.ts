// English answers to customers' policy questions (src/chat/policyAnswers.ts) and the troubleshooting
// checks (src/chat/troubleshooting.ts), in ICU MessageFormat: the keys every other language must carry.
export const en = {
  'answer.person': 'Anything else, just say "talk to a person".',
  'answer.thanks': "You're welcome.",
  'answer.terms.standard': 'with standard terms',
  'answer.terms.as-is': '"as-is"',
  'answer.terms.for-parts': '"for parts"',
  'answer.terms.no-returns': '"no returns"',
  'answer.terms.non_returnable': 'as non-returnable',

  // Windows
  'answer.window.doa':
    'DOA (dead on arrival) cover: if the item is faulty when it arrives, tell us within {doaDays, plural, one {# day} other {# days}} of delivery. After that, the {warrantyDays}-day warranty covers functional failures under normal use.',
  'answer.window.warranty':
    'The warranty covers functional failures under normal use for {warrantyDays, plural, one {# day} other {# days}} from delivery; the first {doaDays, plural, one {# day} other {# days}} are DOA (dead on arrival) cover.',
  'answer.today.doa_open': 'Today ({today}) the DOA window is still open.',
  'answer.today.doa_ends': 'The DOA window ends today; the warranty runs on after it.',
  'answer.today.warranty_open': 'Today ({today}) the DOA window has closed; the warranty is still open.',
  'answer.today.warranty_ends': 'The DOA window has closed, and the warranty ends today.',
  'answer.today.closed': 'Both windows have closed (today is {today}).',
  'answer.dates.which_item': 'Once I know which item of order {order} this is about, I can tell you the exact dates.',
  'answer.dates.need_order': 'Once I have your order number I can tell you the exact dates.',
  'answer.dates.non_returnable': 'Your {part} was sold {terms}, so it has no DOA or warranty cover and is not returnable.',
  'answer.dates.no_delivery': 'The delivery date of your {part} is not on record yet, so our staff will confirm your dates.',
  'answer.dates.delivered': 'Your {part} was delivered on {deliveredOn}: DOA cover until {doaEndsOn}, warranty until {warrantyEndsOn}.',
  'answer.dates.counts_doa': '{ref} counts as DOA: you opened it within the DOA window.',
  'answer.dates.counts_warranty': '{ref} counts as a warranty claim: you opened it within the warranty.',
  'answer.dates.too_late': '{ref} was opened after the warranty had ended.',

  // What the intake needs
  'answer.needs.title': 'For a DOA or warranty claim I need:',
  'answer.needs.order_number': 'Your order number: to find the item and its delivery date.',
  'answer.needs.part_number': 'The part number (PN) / model: which item of the order it is.',
  'answer.needs.serial_photo': 'The serial number (SN), typed, and a photo of its label: proof it is the unit we sold.',
  'answer.needs.install_photo': 'A photo of the installation, showing how it was connected: so our staff can see how it was installed.',
  'answer.needs.fault_description': 'A description of the fault: what happens, since when, and what you tried.',
  'answer.needs.evidence': 'Supporting evidence (video, screenshots, test logs, console output): it lets our staff approve quickly.',
  'answer.missing.order_number': 'your order number',
  'answer.missing.item': 'which item of the order',
  'answer.missing.serial': 'the serial number (typed)',
  'answer.missing.serial_photo': 'the serial-label photo',
  'answer.missing.install_photo': 'the installation photo',
  'answer.missing.fault': 'the fault description',
  'answer.missing.evidence': 'supporting evidence',
  'answer.progress.has_all': '{ref} already has all of this.',
  'answer.progress.info': 'Our staff asked for more on {ref}: {what}',
  'answer.progress.missing': "Still needed for {ref}: {missing}. I'll ask for each in turn.",

  // Status
  'answer.your_rma': 'your RMA',
  'answer.again': 'Write again any time to open a new claim.',
  'answer.closed.replacement': '{ref} is resolved: a replacement is on its way for {rma}.',
  'answer.closed.repair': '{ref} is resolved: the unit is repaired and sent back to you under {rma}.',
  'answer.closed.refund': '{ref} is resolved with a refund for {rma}; when it reaches you depends on your payment method.',
  'answer.closed.fixed': '{ref} is closed: the troubleshooting fixed it, so no return was needed.',
  'answer.closed.resolved': '{ref} is resolved.',
  'answer.declined.outside_window': 'the item is outside the {warrantyDays}-day warranty',
  'answer.declined.non_returnable': 'the item was sold {terms} and is not returnable',
  'answer.declined.by_staff': 'our staff declined it',
  'answer.declined.by_staff_note': 'our staff declined it ({note})',
  'answer.declined': '{ref} was declined: {why}.',
  'answer.declined.contact': 'If you think this is wrong, reply here or email {email}.',
  'answer.closed.expired':
    "{ref} was closed because nothing was shipped on {rma} in time. Please don't ship on it; our staff can reopen the case.",
  'answer.closed.silent': '{ref} was closed because we heard nothing for {days, plural, one {# day} other {# days}}.',
  'answer.closed.cancelled': '{ref} was cancelled.',
  'answer.status.info': '{ref}: our staff asked for more information: {what}',
  'answer.status.info_reply': 'Please reply here (text or files).',
  'answer.status.gathering_missing': "{ref}: I'm still gathering the details. Still needed: {missing}. I'll ask for each in turn.",
  'answer.status.gathering': "{ref}: I'm still gathering the details and will ask for anything missing next.",
  'answer.status.troubleshooting': '{ref}: I sent you some checks to try. Tell me "fixed" or "still failing" and I\'ll take it from there.',
  'answer.status.review': "{ref} is with our staff for review. You'll hear from us here; nothing more is needed from you meanwhile.",
  'answer.status.approved_rma':
    '{ref} is approved: your RMA number is {rma}. Ship the item with {rma} written on the box, then send me the tracking number.',
  'answer.status.approved': '{ref} is approved. Ship the item with its RMA number written on the box, then send me the tracking number.',
  'answer.status.in_transit': "{ref}: your return {rma} is on its way to us. We'll tell you when it arrives.",
  'answer.status.in_transit_tracking':
    "{ref}: your return {rma} is on its way to us (tracking {tracking}). We'll tell you when it arrives.",
  'answer.status.inspection': "{ref}: we've received the unit for {rma} and are inspecting it. You'll hear the outcome here.",
  'answer.status.other': '{ref} is {state}.',

  // Shipping, return address, refunds
  'answer.shipping.cover':
    'For confirmed DOA or warranty cases we pay return shipping and reshipping, including duties, taxes and customs clearance, up to {cap} per case.',
  'answer.shipping.when':
    'Cover starts once the case is confirmed eligible (approved, with an RMA number). Anything above {cap} must be approved by us in writing before you ship.',
  'answer.shipping.receipts': 'Please keep your shipping receipts and tracking information.',
  'answer.shipping.applies': '{ref} is approved ({rma}), so this cover applies to it.',
  'answer.shipping.recorded': 'Recorded so far: {covered} covered.',
  'answer.shipping.recorded_pending': 'Recorded so far: {covered} covered, {pending} waiting for written approval.',
  'answer.shipping.not_yet': "{ref} is not approved yet, so please don't ship anything before you have an RMA number.",
  'answer.address.asked':
    "Your RMA number is {rma}. I've asked our staff to send you the return address here; please wait for it before you ship.",
  'answer.address.later':
    "Our staff send the return address with the RMA number once the return is approved. Please don't ship anything before that.",
  'answer.address.ship_to': 'Your RMA number is {rma}. Ship it to:',
  'answer.address.write_rma': 'Write {rma} clearly on the box.',
  'answer.address.returns_go_to': 'Returns go to:',
  'answer.address.rule': 'Ship only after you have an RMA number, and write it on the box: returns without one may not be processed.',
  'answer.refund.awaiting_return':
    'For {ref}: ship the item with {rma} on the box and send me the tracking number; the outcome follows once we have received and checked it.',
  'answer.refund.in_transit': '{rma} is on its way to us; the outcome follows once we have received and checked it.',
  'answer.refund.inspection': 'We have received the unit for {rma} and are inspecting it; the outcome follows.',
  'answer.refund.refunded': '{ref} was resolved with a refund; when it reaches you depends on your payment method.',
  'answer.refund.replacement': '{ref} was resolved with a replacement rather than a refund.',
  'answer.refund.repair': '{ref} was resolved with a repair rather than a refund.',
  'answer.refund.fixed': '{ref} was closed as fixed by troubleshooting, so there is no return or refund.',
  'answer.refund.timing':
    'Refund timing depends on your payment method and, when the item comes back, on the inspection: refunds are processed after the returned item is received and verified.',
  'answer.refund.outcomes': 'Depending on the case and stock, the outcome is a replacement, a repair or a refund.',
  'answer.as_is.rule':
    'Items sold "as-is", "for parts" or "no returns", or otherwise marked non-returnable, cannot be returned and have no DOA or warranty cover.',
  'answer.as_is.applies': 'Your {part} was sold {terms}, so this applies to it.',
  'answer.as_is.not_applies': 'Your {part} was sold with standard terms, so this does not apply to it.',
  'answer.not_covered.warranty':
    'The warranty covers functional failures under normal use. It does not cover misuse, improper installation, physical damage, liquid, fire, lightning, power surge, or unauthorised repair or modification.',
  'answer.not_covered.compatibility':
    'Compatibility problems (firmware or software, unsupported configurations, vendor lock) are not defects unless compatibility was promised in writing.',
  'answer.not_covered.serials': 'Items with removed or altered serial numbers or labels, or with signs of tampering, are not returnable.',
  'answer.not_covered.unsure': 'If you are not sure whether this applies to you, tell us what happened: our staff look at every case.',

  // Troubleshooting checks ({inventory}, {optics}, {environment}, {log}: the maker's commands)
  'check.cli.other.inventory': 'the hardware inventory (for example `show inventory`, or `show chassis hardware` on Juniper)',
  'check.cli.other.optics':
    'the optic diagnostics (for example `show interfaces transceiver detail`, or `show interfaces diagnostics optics` on Juniper)',
  'check.cli.other.environment': 'the environment status (for example `show environment`, or `show chassis environment` on Juniper)',
  'check.cli.other.log': 'the device log (for example `show logging`, or `show log messages` on Juniper)',
  'check.lock.cisco': 'Look in {log} for vendor-lock messages (`%PHY-4-UNSUPPORTED_TRANSCEIVER`, `gbic-invalid` err-disable).',
  'check.lock.juniper': 'Look in {inventory} and {log} for messages that the optic is unsupported.',
  'check.lock.arista': 'Look in {log} for messages that the transceiver is unsupported or not qualified.',
  'check.lock.other': 'Look in {log} for messages that the optic is unsupported or not genuine (vendor lock).',
  'check.optic.recognised':
    'Check the device recognises the optic: {inventory} should list it with the serial number printed on its label.',
  'check.optic.clean':
    'Clean both fibre ends and the optic, and check the fibre type and wavelength match the optic (SM/MM, 1310/1550 nm).',
  'check.optic.dom': 'Read the DOM values with {optics}: Tx/Rx power, bias, temperature and voltage against the alarm thresholds.',
  'check.optic.swap': 'Try the optic in another port, or swap it with a known-good one; a loopback test helps.',
  'check.psu.leds': 'Check the LED colours, and {environment} for the supply and the fans; {log} shows power alarms.',
  'check.psu.outlet': 'Try another outlet or power feed and another power cord.',
  'check.psu.reseat': 'Reseat the supply in its bay, or try it in the other bay.',
  'check.card.reseat': 'Reseat the card firmly and check it is in a slot the chassis supports.',
  'check.card.inventory': 'Check the card appears in {inventory}, and look in {log} for POST or power errors.',
  'check.card.software': 'Check the software version (`show version`) supports this card, and its licence state.',
  'check.card.slot': 'Try another slot or another chassis if you have one.',
  'check.chassis.power': 'Check the power and fan LEDs and {environment}; try another outlet or feed.',
  'check.chassis.console':
    'Connect to the console port and capture the boot log: POST result, ROMMON, boot loops or crash files; {log} shows errors since boot.',
  'check.chassis.software': 'Check the software version (`show version`) and licence state, and any recent upgrade or downgrade.',
  'check.chassis.ports': 'Try another port or cable; look at interface error counters (CRC).',
  'check.compatibility':
    'Note: under our policy, compatibility problems (firmware or software, unsupported configurations, vendor lock) are not functional defects unless compatibility was promised in writing.',
  'check.tip.cisco':
    'On Cisco, `service unsupported-transceiver` with `no errdisable detect cause gbic-invalid` often lets third-party optics work.',
  'check.tip.juniper':
    'On Juniper, third-party optics may be logged as unsupported: check {inventory} and {log} for unsupported-optic messages; whether a workaround exists depends on the platform.',
  'check.tip.other':
    "Some platforms accept third-party optics only after a configuration change; your platform's documentation says whether yours does.",
} as const satisfies Record<string, string>;

export type AnswersKey = keyof typeof en;
