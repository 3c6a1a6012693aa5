// What the bot says, in plain text every platform can show. One notice may speak to the customer,
// to staff, or to both; buttons are offered as `actions`.
import type { CaseState } from '../case/caseState.ts';
import type { CaseContext, ClaimKind, Expects, Notice, OrderItem } from '../case/types.ts';
import { formatDay, formatMoney } from '../i18n/format.ts';
import { DEFAULT_LANGUAGE, languageName, LOCALE_TAGS, type Language } from '../i18n/languages.ts';
import { sayIn, type Say } from '../i18n/translate.ts';
import { coveredCents, pendingCents } from '../policy/costs.ts';
import { coverEndDates, decideEligibility } from '../policy/eligibility.ts';
import { hasReturnAddress } from '../policy/policy.ts';
import { policyAnswer } from './policyAnswers.ts';
import { categoryOf, troubleshootingChecks, vendorOf } from './troubleshooting.ts';
import { isMultiUnit } from '../case/units.ts';
import { approvedUnitsText, receivedUnitsText, reviewUnitsText, unitQuestion, wordUnitNotice, type UnitWords } from './unitWording.ts';

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

/** The case's language, for the customer. */
export function customerLanguage(c: Pick<CaseContext, 'language'>): Language {
  return c.language ?? DEFAULT_LANGUAGE;
}

/** The language staff read, a policy key recorded on the case (English for cases stored before it). */
export function staffLanguage(c: Pick<CaseContext, 'policy'>): Language {
  return c.policy.staffLanguage ?? DEFAULT_LANGUAGE;
}

export function customerTroubleshootingActions(say: Say): Action[] {
  return [
    { id: 'fixed', label: say('button.fixed'), style: 'primary' },
    { id: 'still_failing', label: say('button.still_failing') },
    { id: 'cancel', label: say('button.cancel'), style: 'danger' },
  ];
}
function customerCancelActions(say: Say): Action[] {
  return [
    { id: 'confirm_cancel', label: say('button.confirm_cancel'), style: 'danger' },
    { id: 'keep', label: say('button.keep'), style: 'primary' },
  ];
}
function staffReviewActions(say: Say): Action[] {
  return [
    { id: 'approve', label: say('button.approve'), style: 'primary' },
    { id: 'deny', label: say('button.deny'), style: 'danger' },
    { id: 'request_info', label: say('button.request_info') },
  ];
}

/** The claim kind in words; the warranty length is the one the case's policy recorded. */
function kindLabel(say: Say, kind: ClaimKind, c: CaseContext): string {
  return kind === 'doa' ? say('kind.doa') : say('kind.warranty', { days: c.policy.warrantyDays });
}

/** The item for the customer: part number and description only, never a serial they have not typed. */
function customerItemLine(item: OrderItem): string {
  return `${item.partNumber}${item.description ? ` (${item.description})` : ''}`;
}

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

/** The question of an intake step, in the customer's language. */
function ask(say: Say, expects: Exclude<Expects, null>, c: CaseContext): string {
  const forUnit = unitQuestion(say, expects, c);
  if (forUnit !== null) return forUnit;
  switch (expects) {
    case 'order_number':
      return say('customer.ask.order_number');
    case 'item':
      return [
        say('customer.ask.item', { order: c.orderNumber ?? '', count: c.orderItems.length }),
        ...c.orderItems.map((item, i) => `${i + 1}. ${customerItemLine(item)}`),
      ].join('\n');
    case 'serial_number':
      return c.item ? say('customer.ask.serial_number', { part: c.item.partNumber }) : say('customer.ask.serial_number.unit');
    case 'serial_photo':
      return say('customer.ask.serial_photo');
    case 'install_photo':
      return say('customer.ask.install_photo');
    case 'fault_description':
      return say('customer.ask.fault_description');
    case 'evidence':
      return say('customer.ask.evidence');
    case 'troubleshooting':
      return say('customer.ask.troubleshooting');
    case 'tracking_number':
      return c.rma ? say('customer.ask.tracking_number', { rma: c.rma }) : say('customer.ask.tracking_number.no_rma');
    case 'confirm_cancel':
      return say('customer.ask.confirm_cancel', { ref: c.ref });
  }
}

/** The steps whose question gets a hint first when the step could not place the customer's message. */
const NUDGED = [
  'order_number',
  'item',
  'serial_number',
  'serial_photo',
  'install_photo',
  'fault_description',
  'evidence',
  'confirm_cancel',
] as const;

function nudge(say: Say, expects: Exclude<Expects, null>): string | null {
  const step = NUDGED.find((s) => s === expects);
  return step ? say(`customer.nudge.${step}`) : null;
}

/**
 * Where the serial of this item is found: the label on the unit, and for a part inside a device
 * (optic, card, power supply) the device's inventory command, which lists each part's serial.
 */
function serialTip(say: Say, c: CaseContext): string {
  const item = c.item;
  if (!item || categoryOf(item) === 'chassis') return say('customer.serial_tip.label');
  const vendor = vendorOf(item);
  if (vendor === 'other') return say('customer.serial_tip.label');
  const command = vendor === 'juniper' ? '`show chassis hardware`' : '`show inventory`';
  return say('customer.serial_tip.inventory', { command, part: item.partNumber });
}

function reviewSummary(say: Say, c: CaseContext): string {
  const item = c.item;
  const itemText = item
    ? `${say('staff.review.item', { part: item.partNumber, serial: item.serialNumber })}${item.description ? ` ${item.description}` : ''}`
    : say('staff.review.no_item');
  const lang = staffLanguage(c);
  const delivered = item?.deliveredOn ? formatDay(lang, item.deliveredOn) : say('staff.review.unknown');
  const lines = [
    say('staff.review.title', {
      ref: c.ref,
      kind: c.kind ? kindLabel(say, c.kind, c) : say('staff.review.unverified'),
      customer: c.customer,
      platform: c.platform,
    }),
    c.windowEndsOn
      ? say('staff.review.order.window', {
          order: c.orderNumber ?? '?',
          item: itemText,
          deliveredOn: delivered,
          endsOn: formatDay(lang, c.windowEndsOn),
        })
      : say('staff.review.order', { order: c.orderNumber ?? '?', item: itemText, deliveredOn: delivered }),
    say('staff.review.serial', { serial: c.serialGiven ?? '-' }),
    say('staff.review.evidence', {
      count: c.evidence.length,
      serialPhoto: c.serialPhoto ? 'yes' : 'no',
      installPhoto: c.installPhoto ? 'yes' : 'no',
    }),
  ];
  if (c.flags.length > 0) lines.push(say('staff.review.flags', { flags: c.flags.map((f) => `${f.code} (${f.detail})`).join(', ') }));
  // A reopened decline comes back here: the terms that declined it are said again.
  if (item && item.terms !== 'standard') lines.push(say('staff.review.terms', { terms: item.terms }));
  if (isMultiUnit(c)) lines.push(reviewUnitsText(unitWords(c), c));
  lines.push(c.fault ? say('staff.review.fault') : say('staff.review.no_fault'));
  return lines.join('\n');
}

function returnInstructions(say: Say, c: CaseContext): string {
  const rma = c.rma ?? '';
  return [
    say('customer.return.approved', { rma }),
    // The units to pack, set apart from the numbered steps below.
    ...(isMultiUnit(c) ? [`${approvedUnitsText(say, customerLanguage(c), c)}\n`] : []),
    say('customer.return.wipe'),
    say('customer.return.pack', { rma }),
    hasReturnAddress(c.policy)
      ? say('customer.return.ship_to', { address: c.policy.returnAddress })
      : say('customer.return.wait_for_address'),
    say('customer.return.no_rma_no_return'),
    say('customer.return.costs', { cap: formatMoney(customerLanguage(c), c.policy.costCapCents) }),
    say('customer.return.tracking'),
  ].join('\n');
}

function declineText(say: Say, c: CaseContext, reason: string, detail: string): string {
  const contact = say('customer.declined.contact', { email: c.policy.contactEmail });
  const lang = customerLanguage(c);
  switch (reason) {
    case 'outside_window': {
      const item = c.item;
      if (!item?.deliveredOn) break;
      const decision = decideEligibility(item, c.openedAt, c.policy);
      const days = decision.outcome === 'declined' && 'daysSinceDelivery' in decision ? decision.daysSinceDelivery : 0;
      return say('customer.declined.outside_window', {
        warrantyDays: c.policy.warrantyDays,
        deliveredOn: formatDay(lang, item.deliveredOn),
        days,
        endedOn: formatDay(lang, coverEndDates(item.deliveredOn, c.policy).warrantyEndsOn),
        ref: c.ref,
        contact,
      });
    }
    case 'non_returnable': {
      const terms = c.item && c.item.terms !== 'standard' ? say(`terms.sold.${c.item.terms}`) : detail;
      return c.item
        ? say('customer.declined.non_returnable', { item: customerItemLine(c.item), terms, ref: c.ref, contact })
        : say('customer.declined.non_returnable.this_item', { terms, ref: c.ref, contact });
    }
  }
  return say('customer.declined.by_staff', { ref: c.ref, reason: detail, contact });
}

/** A closed case's state in words: an expired RMA or a silent close is not a cancel. */
function closedWords(say: Say, c: CaseContext, state: CaseState): string {
  if (c.reasons.includes('rma_expired')) return say('customer.closed.rma_expired');
  if (c.reasons.includes('no_response')) return say('customer.closed.no_response');
  if (state === 'resolved' || state === 'declined' || state === 'cancelled') return say(`customer.closed.${state}`);
  return state;
}

/** The names of the files that came with a message, for staff. */
function filesValues(files: ReadonlyArray<{ name: string }>): { hasFiles: 'yes' | 'no'; files: string } {
  return { hasFiles: files.length > 0 ? 'yes' : 'no', files: files.map((f) => f.name).join(', ') };
}

/** The languages and shared pieces the wording of units needs. */
function unitWords(c: CaseContext): UnitWords {
  const lang = customerLanguage(c);
  const staffLang = staffLanguage(c);
  const say = sayIn(lang);
  return {
    say,
    lang,
    sayStaff: sayIn(staffLang),
    staffLang,
    person: say('customer.person'),
    kindLabel: (s, kind) => kindLabel(s, kind, c),
  };
}

/** Words one notice for the people it concerns; `state` is the case's state after the event. */
export function word(notice: Notice, c: CaseContext, state: CaseState): Said[] {
  const said = wordNotice(notice, c, state);
  // Staff read the customer's words as written; when those are in another language, staff are told which.
  const spoken = customerLanguage(c);
  if (spoken === staffLanguage(c)) return said;
  const note = sayIn(staffLanguage(c))('staff.review.language', { language: languageName(spoken, staffLanguage(c)) });
  // Before the text's last line, which introduces the quote ("They wrote:").
  return said.map((s) => (s.to === 'staff' && s.quote ? { ...s, text: withLineBeforeLast(s.text, note) } : s));
}

function withLineBeforeLast(text: string, line: string): string {
  const lines = text.split('\n');
  return [...lines.slice(0, -1), line, ...lines.slice(-1)].join('\n');
}

function wordNotice(notice: Notice, c: CaseContext, state: CaseState): Said[] {
  const lang = customerLanguage(c);
  const say = sayIn(lang);
  const staffLang = staffLanguage(c);
  const sayStaff = sayIn(staffLang);
  const person = say('customer.person');
  const newClaim = say('customer.new_claim');
  const money = (cents: number) => formatMoney(lang, cents);
  const staffMoney = (cents: number) => formatMoney(staffLang, cents);
  switch (notice.type) {
    case 'units_taken':
    case 'units_denied':
    case 'units_received':
    case 'units_resolved':
    case 'advance_shipped':
    case 'return_reminder':
    case 'return_overdue':
    case 'units_summary':
      return wordUnitNotice(notice, c, unitWords(c));
    case 'opened':
      return [customer(say('customer.opened', { ref: c.ref, person }))];
    case 'ask': {
      const question = ask(say, notice.expects, c);
      const hint = notice.nudge ? nudge(say, notice.expects) : null;
      // A customer who could not give the serial is told where to find it.
      const text = hint
        ? notice.expects === 'serial_number'
          ? `${hint} ${serialTip(say, c)} ${say('customer.type_serial')}`
          : `${hint} ${question}`
        : question;
      if (notice.expects === 'troubleshooting') return [customer(text, customerTroubleshootingActions(say))];
      if (notice.expects === 'confirm_cancel') return [customer(text, customerCancelActions(say))];
      return [customer(text)];
    }
    case 'order_not_found':
      if (!notice.labelled) return [customer(`${say('customer.nudge.order_number')} ${say('customer.ask.order_number')}`)];
      return [
        customer(
          notice.attempts >= 2
            ? say('customer.order_not_found.again', { order: notice.number })
            : say('customer.order_not_found', { order: notice.number }),
        ),
      ];
    case 'which_order':
      return [
        customer(
          say('customer.which_order', { orders: new Intl.ListFormat(LOCALE_TAGS[lang], { type: 'conjunction' }).format(notice.numbers) }),
        ),
      ];
    case 'eligible':
      return [
        customer(
          say('customer.eligible', {
            item: c.item ? customerItemLine(c.item) : say('customer.eligible.the_item'),
            order: c.orderNumber ?? '',
            days: notice.daysSinceDelivery,
            kind: kindLabel(say, notice.kind, c),
            endsOn: formatDay(lang, notice.windowEndsOn),
          }),
        ),
      ];
    case 'unverified_order':
      return [customer(say('customer.unverified_order', { order: c.orderNumber ?? '' }))];
    case 'declined':
      return [
        customer(declineText(say, c, notice.reason, notice.detail)),
        staff(sayStaff('staff.declined', { ref: c.ref, reason: notice.reason, detail: notice.detail })),
      ];
    case 'serial_mismatch':
      return [customer(say(c.serialPhoto ? 'customer.serial_mismatch' : 'customer.serial_mismatch.photo', { serial: notice.given }))];
    case 'serial_confirmed':
      return [
        customer(
          say('customer.serial_confirmed', {
            serial: notice.serial,
            part: c.item?.partNumber ?? '',
            order: c.orderNumber ?? '',
            ref: c.ref,
          }),
        ),
      ];
    case 'serial_repeated':
      return [customer(say('customer.serial_repeated', { serial: notice.serial, ref: c.ref }))];
    case 'part_number_given': {
      const ours = c.item?.partNumber === notice.partNumber;
      const first = ours
        ? say('customer.part_number_given.ours', { part: notice.partNumber })
        : say('customer.part_number_given.other', { given: notice.partNumber, order: c.orderNumber ?? '', part: c.item?.partNumber ?? '' });
      return [customer(`${first} ${serialTip(say, c)} ${say('customer.type_serial')}`)];
    }
    case 'troubleshoot':
      return [
        customer(
          [
            say('customer.troubleshoot'),
            ...troubleshootingChecks(c).map((check, i) => `${i + 1}. ${check}`),
            say('customer.ask.troubleshooting'),
          ].join('\n'),
          customerTroubleshootingActions(say),
        ),
      ];
    case 'fixed':
      return [customer(say('customer.fixed', { ref: c.ref })), staff(sayStaff('staff.fixed', { ref: c.ref }))];
    case 'review_needed':
      return [
        customer(say('customer.review_needed', { ref: c.ref })),
        {
          ...staffQuoting(reviewSummary(sayStaff, c), c.fault, staffReviewActions(sayStaff)),
          ...(c.serialPhoto ? { attachment: { kind: 'serial_preview' as const } } : {}),
        },
      ];
    case 'customer_wrote':
      return [
        staffQuoting(
          sayStaff('staff.customer_wrote', {
            customer: c.customer,
            ref: c.ref,
            platform: c.platform,
            ...filesValues(notice.files),
            said: notice.text.trim() ? 'yes' : 'no',
          }),
          notice.text,
        ),
        customer(say('customer.added', { ref: c.ref })),
      ];
    case 'closed_case_message':
      return [
        staffQuoting(
          sayStaff('staff.closed_case_message', {
            customer: c.customer,
            ref: c.ref,
            closed: closedWords(sayStaff, c, state),
            ...filesValues(notice.files),
            said: notice.text.trim() ? 'yes' : 'no',
          }),
          notice.text,
        ),
        customer(say('customer.closed_case_message', { ref: c.ref, closed: closedWords(say, c, state), newClaim })),
      ];
    case 'human_requested':
      return [
        customer(notice.why === 'order_attempts' ? say('customer.human.order_attempts') : say('customer.human', { ref: c.ref })),
        staffQuoting(
          notice.why === 'asked'
            ? sayStaff('staff.human.asked', { ref: c.ref, customer: c.customer, platform: c.platform })
            : notice.why === 'order_attempts'
              ? sayStaff('staff.human.order_attempts', { ref: c.ref, customer: c.customer, count: c.orderAttempts })
              : sayStaff('staff.human.misses', { ref: c.ref, customer: c.customer }),
          notice.text,
        ),
      ];
    case 'answered': {
      const said = [customer(policyAnswer(notice.topic, c, state, notice.today))];
      // A thank-you is answered in kind; staff are not called for it.
      if (notice.closed && notice.topic !== 'thanks')
        return [
          ...said,
          staffQuoting(
            sayStaff('staff.asked_closed', { customer: c.customer, ref: c.ref, closed: closedWords(sayStaff, c, state) }),
            notice.text,
          ),
        ];
      // Approved, and no return address configured: staff must send it.
      if (notice.topic === 'return_address' && c.rma && !hasReturnAddress(c.policy))
        return [...said, staff(sayStaff('staff.asks_address', { customer: c.customer, ref: c.ref, rma: c.rma }))];
      return said;
    }
    case 'language_set':
      return [customer(say('customer.language_set'))];
    case 'kept':
      return [customer(say('customer.kept', { ref: c.ref }))];
    case 'cannot_cancel':
      if (c.closedAt !== null)
        return [customer(say('customer.cannot_cancel.closed', { ref: c.ref, closed: closedWords(say, c, state), newClaim }))];
      return [
        customer(say('customer.cannot_cancel', { ref: c.ref })),
        staffQuoting(sayStaff('staff.cancel_refused', { customer: c.customer, ref: c.ref, state }), notice.text),
      ];
    case 'staff_replied':
      return notice.posted
        ? []
        : [
            customer(`${say('customer.staff_replied', { ref: c.ref })}\n${notice.text}`),
            staff(sayStaff('staff.reply_sent', { customer: c.customer, ref: c.ref })),
          ];
    case 'taken_to_review':
      // The review request that follows tells the customer.
      return [];
    case 'approved': {
      const values = { ref: c.ref, by: c.approvedBy ?? '', rma: c.rma ?? '', customer: c.customer };
      return [
        { ...customer(`${returnInstructions(say, c)}\n${say('customer.return.document')}`), attachment: { kind: 'rma_document' } },
        // Without a return address in the policy the customer was told staff would send it: say so here.
        staff(
          [
            hasReturnAddress(c.policy) ? sayStaff('staff.approved', values) : sayStaff('staff.approved.no_address', values),
            ...(isMultiUnit(c) ? [approvedUnitsText(sayStaff, staffLanguage(c), c)] : []),
          ].join('\n'),
        ),
      ];
    }
    case 'info_requested':
      return [
        customer(`${say('customer.info_requested', { ref: c.ref, what: notice.what })}\n${say('customer.info_requested.reply')}`),
        staff(sayStaff('staff.info_requested', { customer: c.customer, ref: c.ref, what: notice.what })),
      ];
    case 'tracking_received':
      return [
        customer(say('customer.tracking_received', { tracking: notice.number, rma: c.rma ?? '' })),
        staff(sayStaff('staff.tracking_received', { ref: c.ref, rma: c.rma ?? '', tracking: notice.number })),
      ];
    case 'received':
      return [
        customer(isMultiUnit(c) ? receivedUnitsText(unitWords(c), c) : say('customer.received', { rma: c.rma ?? '' })),
        staff(sayStaff('staff.received', { ref: c.ref, rma: c.rma ?? '' })),
      ];
    case 'resolved':
      return [
        customer(say(`customer.resolved.${notice.resolution}`, { rma: c.rma ?? '', ref: c.ref })),
        staff(sayStaff('staff.resolved', { ref: c.ref, resolution: notice.resolution })),
      ];
    case 'cost_recorded':
      return [
        staff(
          notice.pending > 0
            ? sayStaff('staff.cost_recorded.pending', {
                ref: c.ref,
                amount: staffMoney(notice.cents),
                label: notice.label,
                covered: staffMoney(notice.covered),
                pending: staffMoney(notice.pending),
                cap: staffMoney(c.policy.costCapCents),
              })
            : sayStaff('staff.cost_recorded', {
                ref: c.ref,
                amount: staffMoney(notice.cents),
                label: notice.label,
                covered: staffMoney(notice.covered),
                total: staffMoney(coveredCents(c.costs)),
              }),
        ),
      ];
    case 'cost_approved':
      return [
        customer(
          say('customer.cost_approved', {
            ref: c.ref,
            amount: money(notice.cents),
            cap: money(c.policy.costCapCents),
            covered: money(coveredCents(c.costs)),
          }),
        ),
        staff(
          sayStaff('staff.cost_approved', {
            ref: c.ref,
            amount: staffMoney(notice.cents),
            covered: staffMoney(coveredCents(c.costs)),
            pending: staffMoney(pendingCents(c.costs)),
          }),
        ),
      ];
    case 'cancelled':
      return [customer(say('customer.cancelled', { ref: c.ref, newClaim })), staff(sayStaff('staff.cancelled', { ref: c.ref }))];
    case 'reopened':
      return [
        customer(say(state === 'inspection' ? 'customer.reopened.inspection' : 'customer.reopened', { ref: c.ref })),
        staff(sayStaff('staff.reopened', { ref: c.ref, state })),
      ];
    case 'note_added':
      return [staff(sayStaff('staff.note_added', { ref: c.ref }))];
    case 'contact_added':
      return [staff(sayStaff('staff.contact_added', { contact: notice.contact, ref: c.ref, customer: c.customer }))];
    case 'reminder':
      return notice.kind === 'intake_reminder'
        ? [
            customer(
              c.infoRequest
                ? say('customer.reminder.intake.info', { ref: c.ref, what: c.infoRequest })
                : say('customer.reminder.intake', { ref: c.ref }),
            ),
          ]
        : [customer(say('customer.reminder.tracking', { rma: c.rma ?? '', days: c.policy.timers.expireRmaAfterDays }))];
    case 'doa_window_closing':
      return [customer(say('customer.doa_window_closing', { endsOn: formatDay(lang, notice.endsOn), ref: c.ref }))];
    case 'closed_silent':
      return notice.reason === 'rma_expired'
        ? [
            customer(say('customer.closed.expired', { rma: c.rma ?? '', days: c.policy.timers.expireRmaAfterDays, ref: c.ref })),
            staff(sayStaff('staff.closed.expired', { ref: c.ref, rma: c.rma ?? '', days: c.policy.timers.expireRmaAfterDays })),
          ]
        : [
            customer(say('customer.closed.silent', { ref: c.ref, days: c.policy.timers.closeSilentIntakeAfterDays })),
            staff(sayStaff('staff.closed.silent', { ref: c.ref, customer: c.customer, days: c.policy.timers.closeSilentIntakeAfterDays })),
          ];
    case 'review_overdue':
      return [
        staff(
          sayStaff('staff.review_overdue', { ref: c.ref, days: c.policy.timers.reviewOverdueBusinessDays }),
          staffReviewActions(sayStaff),
        ),
      ];
    case 'file_refused': {
      const values = { name: notice.name, ref: c.ref, reason: notice.reason };
      // Sending the file again would not help: a person can (staff decide what to keep).
      if (notice.quota) return [customer(say('customer.file_refused.quota', values)), staff(sayStaff('staff.file_refused.quota', values))];
      return [
        customer(say(notice.asksAgain ? 'customer.file_refused.again' : 'customer.file_refused', values)),
        staff(sayStaff(notice.asksAgain ? 'staff.file_refused' : 'staff.file_refused.past_intake', values)),
      ];
    }
  }
}
