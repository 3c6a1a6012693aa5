// Answers to a customer's questions about the policy (../shared/returns-warranty-policy.txt), with the
// values recorded on their case and, once the item is known, their own dates. Every figure comes from the
// case's policy; no answer shows a serial number of the order (the customer proves it by typing it).
import { Temporal } from '@js-temporal/polyfill';
import { QUESTION_TOPICS, type CaseContext, type OrderItem, type QuestionTopic } from '../case/types.ts';
import { formatDay, formatMoney } from '../i18n/format.ts';
import { DEFAULT_LANGUAGE, type Language } from '../i18n/languages.ts';
import { sayIn, translate, type MessageKey } from '../i18n/translate.ts';
import { coveredCents, pendingCents } from '../policy/costs.ts';
import { coverEndDates } from '../policy/eligibility.ts';
import { hasReturnAddress, NON_RETURNABLE_TERMS, REQUIRED_INFORMATION, type SaleTerms } from '../policy/policy.ts';

export { QUESTION_TOPICS, type QuestionTopic };

type Say = ReturnType<typeof sayIn>;

/** The last line of every answer (English): a person is one sentence away. */
export const PERSON_LINE = translate('en', 'answer.person');

function nonReturnable(item: OrderItem): boolean {
  return (NON_RETURNABLE_TERMS as readonly string[]).includes(item.terms);
}

function termsLabel(say: Say, terms: SaleTerms): string {
  return say(`answer.terms.${terms}`);
}

// --- DOA and warranty windows ---------------------------------------------------------------------

function windowRule(say: Say, topic: 'doa_window' | 'warranty_window', c: CaseContext): string {
  const { doaDays, warrantyDays } = c.policy;
  return say(topic === 'doa_window' ? 'answer.window.doa' : 'answer.window.warranty', { doaDays, warrantyDays });
}

/** Whether the windows are open on `today` (the end dates are the last days of cover). */
function windowsToday(say: Say, lang: Language, doaEndsOn: string, warrantyEndsOn: string, today: string): string {
  const day = Temporal.PlainDate.from(today);
  const doa = Temporal.PlainDate.compare(day, Temporal.PlainDate.from(doaEndsOn));
  const warranty = Temporal.PlainDate.compare(day, Temporal.PlainDate.from(warrantyEndsOn));
  const values = { today: formatDay(lang, today) };
  if (doa < 0) return say('answer.today.doa_open', values);
  if (doa === 0) return say('answer.today.doa_ends');
  if (warranty < 0) return say('answer.today.warranty_open', values);
  if (warranty === 0) return say('answer.today.warranty_ends');
  return say('answer.today.closed', values);
}

function yourDates(say: Say, lang: Language, c: CaseContext, today: string): string[] {
  const item = c.item;
  if (!item) {
    return c.orderNumber && c.orderItems.length > 1
      ? [say('answer.dates.which_item', { order: c.orderNumber })]
      : [say('answer.dates.need_order')];
  }
  if (nonReturnable(item)) return [say('answer.dates.non_returnable', { part: item.partNumber, terms: termsLabel(say, item.terms) })];
  if (!item.deliveredOn) return [say('answer.dates.no_delivery', { part: item.partNumber })];
  const { doaEndsOn, warrantyEndsOn } = coverEndDates(item.deliveredOn, c.policy);
  const lines = [
    say('answer.dates.delivered', {
      part: item.partNumber,
      deliveredOn: formatDay(lang, item.deliveredOn),
      doaEndsOn: formatDay(lang, doaEndsOn),
      warrantyEndsOn: formatDay(lang, warrantyEndsOn),
    }),
    windowsToday(say, lang, doaEndsOn, warrantyEndsOn, today),
  ];
  if (c.kind === 'doa') lines.push(say('answer.dates.counts_doa', { ref: c.ref }));
  if (c.kind === 'warranty') lines.push(say('answer.dates.counts_warranty', { ref: c.ref }));
  if (!c.kind && c.reasons.includes('outside_window')) lines.push(say('answer.dates.too_late', { ref: c.ref }));
  return lines;
}

// --- What the intake needs ------------------------------------------------------------------------

/** What intake still waits for, in the order it asks (the case machine's `next` step). */
function stillNeeded(say: Say, c: CaseContext): string[] {
  const missing: Array<[boolean, MessageKey]> = [
    [c.orderNumber === null, 'answer.missing.order_number'],
    [c.item === null, 'answer.missing.item'],
    [c.serialGiven === null, 'answer.missing.serial'],
    [c.serialPhoto === null, 'answer.missing.serial_photo'],
    [c.installPhoto === null, 'answer.missing.install_photo'],
    [c.fault === null, 'answer.missing.fault'],
    [c.evidence.length === 0, 'answer.missing.evidence'],
  ];
  return missing.filter(([needed]) => needed).map(([, key]) => say(key));
}

function intakeProgress(say: Say, c: CaseContext, state: string): string[] {
  if (state !== 'intake') return state === 'troubleshooting' || state === 'review' ? [say('answer.progress.has_all', { ref: c.ref })] : [];
  if (c.infoRequest) return [say('answer.progress.info', { ref: c.ref, what: c.infoRequest })];
  const missing = stillNeeded(say, c);
  return missing.length > 0 ? [say('answer.progress.missing', { ref: c.ref, missing: missing.join(', ') })] : [];
}

// --- Status ---------------------------------------------------------------------------------------

/** The RMA number, or words for it in the (inconsistent) case that it is missing. */
function rmaOf(say: Say, c: CaseContext): string {
  return c.rma ?? say('answer.your_rma');
}

function closedStatus(say: Say, c: CaseContext, state: string): string[] {
  const again = say('answer.again');
  const values = { ref: c.ref, rma: rmaOf(say, c) };
  if (state === 'resolved') {
    switch (c.resolution) {
      case 'replacement':
      case 'repair':
      case 'refund':
        return [say(`answer.closed.${c.resolution}`, values)];
      case 'fixed':
        return [say('answer.closed.fixed', values), again];
      default:
        return [say('answer.closed.resolved', values)];
    }
  }
  if (state === 'declined') {
    const reason = c.reasons[0];
    const why =
      reason === 'outside_window'
        ? say('answer.declined.outside_window', { warrantyDays: c.policy.warrantyDays })
        : reason === 'non_returnable'
          ? say('answer.declined.non_returnable', { terms: c.item ? termsLabel(say, c.item.terms) : say('answer.terms.non_returnable') })
          : c.declineNote
            ? say('answer.declined.by_staff_note', { note: c.declineNote })
            : say('answer.declined.by_staff');
    return [say('answer.declined', { ref: c.ref, why }), say('answer.declined.contact', { email: c.policy.contactEmail })];
  }
  // Cancelled.
  if (c.reasons.includes('rma_expired')) return [say('answer.closed.expired', values)];
  if (c.reasons.includes('no_response'))
    return [say('answer.closed.silent', { ref: c.ref, days: c.policy.timers.closeSilentIntakeAfterDays }), again];
  return [say('answer.closed.cancelled', values), again];
}

function status(say: Say, c: CaseContext, state: string): string[] {
  switch (state) {
    case 'intake': {
      if (c.infoRequest) return [say('answer.status.info', { ref: c.ref, what: c.infoRequest }), say('answer.status.info_reply')];
      const missing = stillNeeded(say, c);
      return missing.length > 0
        ? [say('answer.status.gathering_missing', { ref: c.ref, missing: missing.join(', ') })]
        : [say('answer.status.gathering', { ref: c.ref })];
    }
    case 'troubleshooting':
      return [say('answer.status.troubleshooting', { ref: c.ref })];
    case 'review':
      return [say('answer.status.review', { ref: c.ref })];
    case 'awaiting_return':
      return [c.rma ? say('answer.status.approved_rma', { ref: c.ref, rma: c.rma }) : say('answer.status.approved', { ref: c.ref })];
    case 'in_transit':
      return [
        c.tracking
          ? say('answer.status.in_transit_tracking', { ref: c.ref, rma: rmaOf(say, c), tracking: c.tracking })
          : say('answer.status.in_transit', { ref: c.ref, rma: rmaOf(say, c) }),
      ];
    case 'inspection':
      return [say('answer.status.inspection', { ref: c.ref, rma: rmaOf(say, c) })];
    case 'resolved':
    case 'declined':
    case 'cancelled':
      return closedStatus(say, c, state);
    default:
      return [say('answer.status.other', { ref: c.ref, state })];
  }
}

// --- Shipping, return address, refunds ------------------------------------------------------------

const APPROVED_STATES = new Set(['awaiting_return', 'in_transit', 'inspection', 'resolved']);
const BEFORE_APPROVAL_STATES = new Set(['intake', 'troubleshooting', 'review']);

function shippingCost(say: Say, lang: Language, c: CaseContext, state: string): string[] {
  const cap = formatMoney(lang, c.policy.costCapCents);
  const lines = [say('answer.shipping.cover', { cap }), say('answer.shipping.when', { cap }), say('answer.shipping.receipts')];
  if (c.rma && APPROVED_STATES.has(state)) {
    lines.push(say('answer.shipping.applies', { ref: c.ref, rma: c.rma }));
    if (c.costs.length > 0) {
      const pending = pendingCents(c.costs);
      const covered = formatMoney(lang, coveredCents(c.costs));
      lines.push(
        pending > 0
          ? say('answer.shipping.recorded_pending', { covered, pending: formatMoney(lang, pending) })
          : say('answer.shipping.recorded', { covered }),
      );
    }
  } else if (BEFORE_APPROVAL_STATES.has(state)) {
    lines.push(say('answer.shipping.not_yet', { ref: c.ref }));
  }
  return lines;
}

function returnAddress(say: Say, c: CaseContext, state: string): string[] {
  const open = !['resolved', 'declined', 'cancelled'].includes(state);
  if (!hasReturnAddress(c.policy)) {
    return c.rma && open ? [say('answer.address.asked', { rma: c.rma })] : [say('answer.address.later')];
  }
  return c.rma && open
    ? [say('answer.address.ship_to', { rma: c.rma }), c.policy.returnAddress, say('answer.address.write_rma', { rma: c.rma })]
    : [say('answer.address.returns_go_to'), c.policy.returnAddress, say('answer.address.rule')];
}

function refundStage(say: Say, c: CaseContext, state: string): string[] {
  const values = { ref: c.ref, rma: rmaOf(say, c) };
  switch (state) {
    case 'awaiting_return':
      return [say('answer.refund.awaiting_return', values)];
    case 'in_transit':
      return [say('answer.refund.in_transit', values)];
    case 'inspection':
      return [say('answer.refund.inspection', values)];
    case 'resolved':
      switch (c.resolution) {
        case 'refund':
          return [say('answer.refund.refunded', values)];
        case 'replacement':
          return [say('answer.refund.replacement', values)];
        case 'repair':
          return [say('answer.refund.repair', values)];
        case 'fixed':
          return [say('answer.refund.fixed', values)];
        default:
          return [];
      }
    default:
      return [];
  }
}

function refundTiming(say: Say, c: CaseContext, state: string): string[] {
  return [say('answer.refund.timing'), say('answer.refund.outcomes'), ...refundStage(say, c, state)];
}

function asIs(say: Say, c: CaseContext): string[] {
  const lines = [say('answer.as_is.rule')];
  if (c.item) {
    lines.push(
      nonReturnable(c.item)
        ? say('answer.as_is.applies', { part: c.item.partNumber, terms: termsLabel(say, c.item.terms) })
        : say('answer.as_is.not_applies', { part: c.item.partNumber }),
    );
  }
  return lines;
}

function notCovered(say: Say): string[] {
  return [
    say('answer.not_covered.warranty'),
    say('answer.not_covered.compatibility'),
    say('answer.not_covered.serials'),
    say('answer.not_covered.unsure'),
  ];
}

/**
 * The answer to a question on `topic` for the case `c` in `state` (a case state name); `today` is the
 * calendar date (`YYYY-MM-DD`) in the policy's time zone. Plain text in the case's language; the last
 * line offers a person.
 */
export function policyAnswer(topic: QuestionTopic, c: CaseContext, state: string, today: string): string {
  const lang = c.language ?? DEFAULT_LANGUAGE;
  const say = sayIn(lang);
  if (topic === 'thanks') return [say('answer.thanks'), say('answer.person')].join('\n');
  const lines: string[] = (() => {
    switch (topic) {
      case 'doa_window':
      case 'warranty_window':
        return [windowRule(say, topic, c), ...yourDates(say, lang, c, today)];
      case 'intake_needs':
        return [
          say('answer.needs.title'),
          ...REQUIRED_INFORMATION.map((key, i) => `${i + 1}. ${say(`answer.needs.${key}`)}`),
          ...intakeProgress(say, c, state),
        ];
      case 'shipping_cost':
        return shippingCost(say, lang, c, state);
      case 'return_address':
        return returnAddress(say, c, state);
      case 'refund_timing':
        return refundTiming(say, c, state);
      case 'as_is':
        return asIs(say, c);
      case 'not_covered':
        return notCovered(say);
      case 'status':
        return status(say, c, state);
    }
  })();
  return [...lines, say('answer.person')].join('\n');
}
