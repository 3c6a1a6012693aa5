// English messages of a claim for several units of one order (issue 20): which units the claim has,
// the questions per unit, staff's per-unit decisions, advance replacements and the closing summary.
// `{units}` is a list of unit numbers ("2, 3 and 5"), `{count}` how many there are.
export const en = {
  // "unit 2", "units 2, 3 and 5"; a one-unit claim's unit is just "unit" (`units` is then `none`).
  'units.word': '{count, plural, one {unit} other {units}}{units, select, none {} other { {units}}}',
  'customer.units.taken': 'This claim now covers {count, number} units of order {order}:',
  'customer.units.line.covered': '{number}. {item}: {kind}, covered until {endsOn}',
  'customer.units.line.unverified': '{number}. {item}: our staff will check its delivery date',
  'customer.units.line.outside_window': '{number}. {item}: not covered, its {warrantyDays}-day warranty ended on {endedOn}',
  'customer.units.line.non_returnable': '{number}. {item}: not covered, {terms}',
  'customer.units.none_covered': 'None of these units is covered by our policy. {contact}',
  'customer.ask.unit_serial': 'Please type the serial number (SN) printed on the label of unit {number} ({part}).',
  'customer.ask.unit_serial_photo':
    'Please send a photo of the serial-number label of unit {number} ({part}{serial, select, none {} other {, SN {serial}}}).',
  'customer.ask.units_fault':
    'Please describe the fault: what happens, since when, and what you have tried. One description is fine if {count, plural, =2 {both units fail} other {all # units fail}} the same way; otherwise say which unit does what.',
  'customer.return.units': 'Units approved for return under {rma}, in one parcel if you can:',
  'customer.return.unit_line': '{number}. {part}{serial, select, none {} other {, SN {serial}}}',
  'customer.return.units_not_approved': 'Not approved:',
  'customer.return.unit_not_approved': '{number}. {part}: {reason}',
  'customer.units.denied': '{ref}: {unitWord} cannot be covered: {reason}. Our staff are still reviewing the other units.',
  'customer.advance.shipped':
    'A replacement{units, select, none {} other { for {unitWord}}} is on its way: tracking {tracking}. Please send the faulty {count, plural, one {unit} other {units}} back by {returnBy}, with {rma} on the parcel, and tell me the tracking number.',
  'customer.advance.reminder':
    'A reminder: the faulty {unitWord} of {ref} must reach us by {returnBy} (RMA {rma}). Please send me the tracking number once it ships.',
  'customer.advance.overdue':
    'The faulty {unitWord} of {ref} was due back by {returnBy} and has not arrived. Please ship it now and send me the tracking number, or tell me if something is wrong. {person}',
  'customer.units.received':
    'We have received {unitWord} for {rma} and are inspecting {count, plural, one {it} other {them}}.{out, select, none {} other { Still on the way to us: {out}.}}',
  'customer.units.summary': '{ref} is closed. What happened to each unit:',
  'customer.units.outcome': '{number}. {part}{serial, select, none {} other {, SN {serial}}}: {outcome}',
  'customer.units.outcome.replacement': 'replacement sent',
  'customer.units.outcome.repair': 'repaired and sent back',
  'customer.units.outcome.refund': 'refunded',
  'customer.units.outcome.declined': 'declined: {reason}',
  'customer.units.why.outside_window': 'its {warrantyDays}-day warranty ended on {endedOn}',
  'customer.units.why.not_approved': 'not approved by our staff; ask us if you would like to know why',
  'customer.units.outcome.denied': 'not approved: {reason}',
  'staff.units.review': 'Units on this claim ({count, number}):',
  'staff.units.review_line': '{number}. {part} serial {sold}; typed {given}; {kind}; serial photo {photo}; fault: {fault}',
  'staff.units.review_line.not_covered': '{number}. {part} serial {sold}: not covered ({reason}), declined by the policy',
  'staff.units.decide':
    'Decide per unit with `/rma approve {ref} units 1,2` and `/rma deny {ref} units 3 REASON`, or all at once with the buttons.',
  'staff.units.denied': '{ref}: {unitWord} denied ({reason}); the other units still wait for a decision.',
  'staff.units.received': '{ref}: checked in {unitWord}.',
  'staff.units.unexpected': '{ref}: received serial {serials}, not an approved unit of {rma} (flagged unit_mismatch).',
  'staff.units.still_out': 'Still to arrive: {unitWord}.',
  'staff.units.resolved': '{ref}: {unitWord} {resolution}. Still without an outcome: {open}.',
  'staff.advance.shipped':
    '{ref}: advance replacement for {unitWord} shipped ({tracking}); the faulty {count, plural, one {unit is} other {units are}} due back by {returnBy}.',
  'staff.advance.overdue':
    '{ref}: the faulty {unitWord} of the advance replacement was due back by {returnBy} and has not arrived (flagged return_overdue).',
  'staff.units.summary': '{ref} resolved: {summary}.',
} as const;

export type UnitsKey = keyof typeof en;
