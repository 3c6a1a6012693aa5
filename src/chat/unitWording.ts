// What the bot says about a claim for several units (issue 20): the units taken, the question of the
// unit still missing something, the approved list, staff's per-unit decisions, advance replacements and
// the closing summary. A customer sees a serial only when they typed it.
import type { CaseContext, Notice, UnitResolution } from '../case/types.ts';
import { coveredUnits, isMultiUnit, unitsOf, type UnitView } from '../case/units.ts';
import { formatDay } from '../i18n/format.ts';
import { LOCALE_TAGS, type Language } from '../i18n/languages.ts';
import type { Say } from '../i18n/translate.ts';
import { coverEndDates } from '../policy/eligibility.ts';

type UnitNotice = Extract<
  Notice,
  {
    type:
      | 'units_taken'
      | 'units_denied'
      | 'units_received'
      | 'units_resolved'
      | 'advance_shipped'
      | 'return_reminder'
      | 'return_overdue'
      | 'units_summary';
  }
>;

export interface UnitWords {
  say: Say;
  lang: Language;
  sayStaff: Say;
  staffLang: Language;
  person: string;
  kindLabel: (say: Say, kind: 'doa' | 'warranty') => string;
}

/** "2, 3 and 5" in the reader's language. */
export function unitList(lang: Language, numbers: readonly number[]): string {
  return new Intl.ListFormat(LOCALE_TAGS[lang], { type: 'conjunction' }).format(numbers.map(String));
}

/** "unit 2", "units 2 and 3"; on a one-unit claim just "unit". */
export function unitWord(say: Say, lang: Language, c: Pick<CaseContext, 'moreUnits'>, numbers: readonly number[]): string {
  return say('units.word', {
    count: Math.max(numbers.length, 1),
    units: isMultiUnit(c) ? unitList(lang, numbers) : 'none',
  });
}

function itemLine(u: UnitView): string {
  return u.item ? `${u.item.partNumber}${u.item.description ? ` (${u.item.description})` : ''}` : '-';
}

/** The units a claim now has, each with its cover or why it has none. */
export function unitsTakenText(w: UnitWords, c: CaseContext): string {
  const { say, lang } = w;
  const lines = [
    say('customer.units.taken', {
      count: unitsOf(c).length,
      order: c.orderNumber ?? '',
    }),
  ];
  for (const u of unitsOf(c)) {
    const item = itemLine(u);
    if (u.reason === 'outside_window' && u.item?.deliveredOn) {
      const endedOn = formatDay(lang, coverEndDates(u.item.deliveredOn, c.policy).warrantyEndsOn);
      lines.push(
        say('customer.units.line.outside_window', {
          number: u.number,
          item,
          warrantyDays: c.policy.warrantyDays,
          endedOn,
        }),
      );
    } else if (u.reason !== null) {
      const terms = u.item && u.item.terms !== 'standard' ? say(`terms.sold.${u.item.terms}`) : (u.declineNote ?? '');
      lines.push(
        say('customer.units.line.non_returnable', {
          number: u.number,
          item,
          terms,
        }),
      );
    } else if (u.kind && u.windowEndsOn) {
      lines.push(
        say('customer.units.line.covered', {
          number: u.number,
          item,
          kind: w.kindLabel(say, u.kind),
          endsOn: formatDay(lang, u.windowEndsOn),
        }),
      );
    } else {
      lines.push(say('customer.units.line.unverified', { number: u.number, item }));
    }
  }
  return lines.join('\n');
}

/**
 * The intake question for a claim of several units: the serial or the label photo of the first unit
 * still without one, or the fault of all; null when the one-unit question fits.
 */
export function unitQuestion(say: Say, expects: string, c: CaseContext): string | null {
  if (!isMultiUnit(c)) return null;
  const units = coveredUnits(c);
  switch (expects) {
    case 'serial_number': {
      const u = units.find((v) => v.serialGiven === null);
      return u
        ? say('customer.ask.unit_serial', {
            number: u.number,
            part: u.item?.partNumber ?? '',
          })
        : null;
    }
    case 'serial_photo': {
      const u = units.find((v) => v.serialPhoto === null);
      if (!u) return null;
      return say('customer.ask.unit_serial_photo', {
        number: u.number,
        part: u.item?.partNumber ?? '',
        serial: u.serialGiven ?? 'none',
      });
    }
    case 'fault_description':
      return units.length > 1 ? say('customer.ask.units_fault', { count: units.length }) : null;
    default:
      return null;
  }
}

/** The approved units and those that are not, under the return instructions. */
export function approvedUnitsText(say: Say, lang: Language, c: CaseContext): string {
  const units = unitsOf(c);
  const approved = units.filter((u) => u.outcome.decision === 'approved');
  const denied = units.filter((u) => u.outcome.decision === 'denied');
  const lines = [say('customer.return.units', { rma: c.rma ?? '' })];
  for (const u of approved)
    lines.push(
      say('customer.return.unit_line', {
        number: u.number,
        part: u.item?.partNumber ?? '-',
        serial: u.serialGiven ?? 'none',
      }),
    );
  if (denied.length > 0) {
    lines.push(say('customer.return.units_not_approved'));
    for (const u of denied)
      lines.push(
        say('customer.return.unit_not_approved', {
          number: u.number,
          part: u.item?.partNumber ?? '-',
          reason: reasonWords(say, lang, c, u),
        }),
      );
  }
  return lines.join('\n');
}

/** Why a unit is not covered or was denied, for the customer. */
function reasonWords(say: Say, lang: Language, c: CaseContext, u: UnitView): string {
  if (u.reason === 'non_returnable' && u.item && u.item.terms !== 'standard') return say(`terms.sold.${u.item.terms}`);
  if (u.reason === 'outside_window' && u.item?.deliveredOn) {
    const endedOn = formatDay(lang, coverEndDates(u.item.deliveredOn, c.policy).warrantyEndsOn);
    return say('customer.units.why.outside_window', {
      warrantyDays: c.policy.warrantyDays,
      endedOn,
    });
  }
  return u.outcome.note ?? say('customer.units.why.not_approved');
}

/** For staff: every unit of the claim with its serials, cover, photo and fault. */
export function reviewUnitsText(w: UnitWords, c: CaseContext): string {
  const { sayStaff, staffLang } = w;
  const lines = [sayStaff('staff.units.review', { count: unitsOf(c).length })];
  for (const u of unitsOf(c)) {
    const part = u.item?.partNumber ?? '-';
    const sold = u.item?.serialNumber || '-';
    if (u.reason !== null) {
      lines.push(
        sayStaff('staff.units.review_line.not_covered', {
          number: u.number,
          part,
          sold,
          reason: u.declineNote ?? u.reason,
        }),
      );
      continue;
    }
    const kind = u.kind
      ? `${w.kindLabel(sayStaff, u.kind)}${u.windowEndsOn ? ` → ${formatDay(staffLang, u.windowEndsOn)}` : ''}`
      : sayStaff('staff.review.unverified');
    lines.push(
      sayStaff('staff.units.review_line', {
        number: u.number,
        part,
        sold,
        given: u.serialGiven ?? '-',
        kind,
        photo: u.serialPhoto ? 'yes' : 'no',
        fault: u.fault ?? '-',
      }),
    );
  }
  lines.push(sayStaff('staff.units.decide', { ref: c.ref }));
  return lines.join('\n');
}

function outcomeWords(say: Say, lang: Language, c: CaseContext, u: UnitView): string {
  if (u.outcome.decision === 'denied' || u.reason !== null) {
    return u.reason === null && u.outcome.note === null
      ? say('customer.units.why.not_approved')
      : say('customer.units.outcome.denied', {
          reason: reasonWords(say, lang, c, u),
        });
  }
  const resolution: UnitResolution | null = u.outcome.resolution;
  if (resolution === 'declined')
    return say('customer.units.outcome.declined', {
      reason: u.outcome.note ?? '',
    });
  return resolution ? say(`customer.units.outcome.${resolution}`) : '-';
}

/** Units arrived: which, for the customer, and which are still on the way. */
export function receivedUnitsText(w: UnitWords, c: CaseContext): string {
  const approved = unitsOf(c).filter((u) => u.outcome.decision === 'approved');
  const arrived = approved.filter((u) => u.outcome.received).map((u) => u.number);
  const out = approved.filter((u) => !u.outcome.received).map((u) => u.number);
  return w.say('customer.units.received', {
    unitWord: unitWord(w.say, w.lang, c, arrived),
    count: arrived.length,
    rma: c.rma ?? '',
    out: out.length > 0 ? unitWord(w.say, w.lang, c, out) : 'none',
  });
}

/** The closing summary: one line per unit. */
export function summaryText(say: Say, lang: Language, c: CaseContext): string {
  return [
    say('customer.units.summary', { ref: c.ref }),
    ...unitsOf(c).map((u) =>
      say('customer.units.outcome', {
        number: u.number,
        part: u.item?.partNumber ?? '-',
        serial: u.serialGiven ?? 'none',
        outcome: outcomeWords(say, lang, c, u),
      }),
    ),
  ].join('\n');
}

type Said = { to: 'customer' | 'staff'; text: string; actions: [] };
const customer = (text: string): Said => ({
  to: 'customer',
  text,
  actions: [],
});
const staff = (text: string): Said => ({ to: 'staff', text, actions: [] });

/** Words the notices of a claim for several units (and of advance replacements) for the people they concern. */
export function wordUnitNotice(notice: UnitNotice, c: CaseContext, w: UnitWords): Said[] {
  const { say, lang, sayStaff, staffLang } = w;
  const rma = c.rma ?? '';
  switch (notice.type) {
    case 'units_taken': {
      const text = unitsTakenText(w, c);
      if (coveredUnits(c).length > 0) return [customer(text)];
      return [
        customer(
          `${text}\n${say('customer.units.none_covered', { contact: say('customer.declined.contact', { email: c.policy.contactEmail }) })}`,
        ),
      ];
    }
    case 'units_denied':
      return [
        customer(
          say('customer.units.denied', {
            ref: c.ref,
            unitWord: unitWord(say, lang, c, notice.units),
            reason: notice.reason,
          }),
        ),
        staff(
          sayStaff('staff.units.denied', {
            ref: c.ref,
            unitWord: unitWord(sayStaff, staffLang, c, notice.units),
            reason: notice.reason,
          }),
        ),
      ];
    case 'units_received': {
      const out = unitsOf(c)
        .filter((u) => u.outcome.decision === 'approved' && !u.outcome.received)
        .map((u) => u.number);
      const lines = [];
      if (notice.units.length > 0)
        lines.push(
          sayStaff('staff.units.received', {
            ref: c.ref,
            unitWord: unitWord(sayStaff, staffLang, c, notice.units),
          }),
        );
      if (notice.unexpected.length > 0)
        lines.push(
          sayStaff('staff.units.unexpected', {
            ref: c.ref,
            rma,
            serials: notice.unexpected.join(', '),
          }),
        );
      if (out.length > 0)
        lines.push(
          sayStaff('staff.units.still_out', {
            unitWord: unitWord(sayStaff, staffLang, c, out),
          }),
        );
      return lines.length > 0 ? [staff(lines.join('\n'))] : [];
    }
    case 'units_resolved': {
      const open = unitsOf(c)
        .filter((u) => u.outcome.decision === 'approved' && u.outcome.resolution === null)
        .map((u) => u.number);
      const resolution = notice.resolution;
      return [
        staff(
          sayStaff('staff.units.resolved', {
            ref: c.ref,
            unitWord: unitWord(sayStaff, staffLang, c, notice.units),
            resolution,
            open: open.length > 0 ? unitList(staffLang, open) : '-',
          }),
        ),
      ];
    }
    case 'advance_shipped': {
      const returnBy = formatDay(lang, notice.returnBy);
      const values = {
        units: isMultiUnit(c) ? 'some' : 'none',
        count: notice.units.length,
        tracking: notice.tracking,
        rma,
      };
      return [
        customer(
          say('customer.advance.shipped', {
            ...values,
            unitWord: unitWord(say, lang, c, notice.units),
            returnBy,
          }),
        ),
        staff(
          sayStaff('staff.advance.shipped', {
            ref: c.ref,
            unitWord: unitWord(sayStaff, staffLang, c, notice.units),
            tracking: notice.tracking,
            count: notice.units.length,
            returnBy: formatDay(staffLang, notice.returnBy),
          }),
        ),
      ];
    }
    case 'return_reminder':
      return [
        customer(
          say('customer.advance.reminder', {
            ref: c.ref,
            rma,
            unitWord: unitWord(say, lang, c, notice.units),
            returnBy: formatDay(lang, notice.returnBy),
          }),
        ),
      ];
    case 'return_overdue':
      return [
        customer(
          say('customer.advance.overdue', {
            ref: c.ref,
            unitWord: unitWord(say, lang, c, notice.units),
            returnBy: formatDay(lang, notice.returnBy),
            person: w.person,
          }),
        ),
        staff(
          sayStaff('staff.advance.overdue', {
            ref: c.ref,
            unitWord: unitWord(sayStaff, staffLang, c, notice.units),
            returnBy: formatDay(staffLang, notice.returnBy),
          }),
        ),
      ];
    case 'units_summary': {
      const staffSummary = unitsOf(c)
        .map((u) => `${u.number} ${u.outcome.decision === 'denied' ? 'denied' : (u.outcome.resolution ?? '-')}`)
        .join(', ');
      return [
        customer(summaryText(say, lang, c)),
        staff(
          sayStaff('staff.units.summary', {
            ref: c.ref,
            summary: staffSummary,
          }),
        ),
      ];
    }
  }
}
