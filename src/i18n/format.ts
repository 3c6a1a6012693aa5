// Values formatted for a language by Intl: calendar dates, US dollar amounts and counts. English keeps
// ISO dates (YYYY-MM-DD, unambiguous for an international desk) and the policy's "USD 500.00".
import { formatUsd } from '../policy/costs.ts';
import { LOCALE_TAGS, type Language } from './languages.ts';

const dateFormats = new Map<Language, Intl.DateTimeFormat>();
const moneyFormats = new Map<Language, Intl.NumberFormat>();

/** A calendar date (`YYYY-MM-DD`) as the language writes it; anything else is returned as it is. */
export function formatDay(language: Language, isoDate: string): string {
  if (language === 'en' || !/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) return isoDate;
  let format = dateFormats.get(language);
  if (!format) {
    // The date is a calendar day, not an instant: read and written in UTC so no time zone shifts it.
    format = new Intl.DateTimeFormat(LOCALE_TAGS[language], { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
    dateFormats.set(language, format);
  }
  return format.format(new Date(`${isoDate}T00:00:00Z`));
}

/** An amount in US cents as the language writes dollars ("500,00 $" in German). */
export function formatMoney(language: Language, cents: number): string {
  if (language === 'en') return formatUsd(cents);
  let format = moneyFormats.get(language);
  if (!format) {
    format = new Intl.NumberFormat(LOCALE_TAGS[language], { style: 'currency', currency: 'USD', currencyDisplay: 'code' });
    moneyFormats.set(language, format);
  }
  return format.format(cents / 100);
}
