// Catalog lookup: a message key and its values in, the sentence in the case's language out. Messages
// are ICU MessageFormat (plurals, selects) read by intl-messageformat; dates and money arrive already
// formatted (format.ts). A key missing from a language falls back to English (the catalog lint test
// keeps that from shipping).
import { IntlMessageFormat } from 'intl-messageformat';
import { CATALOGS, type MessageKey } from './catalogs.ts';
import { DEFAULT_LANGUAGE, LOCALE_TAGS, type Language } from './languages.ts';

export type { MessageKey };
export type MessageValues = Record<string, string | number>;
/** Says a catalog message in one language. */
export type Say = (key: MessageKey, values?: MessageValues) => string;

const compiled = new Map<string, IntlMessageFormat>();

function messageFormat(language: Language, key: MessageKey): IntlMessageFormat {
  const id = `${language}\u0000${key}`;
  let format = compiled.get(id);
  if (!format) {
    const source = CATALOGS[language][key] ?? CATALOGS[DEFAULT_LANGUAGE][key];
    // ignoreTag: a message may hold `<`, which is text here, never markup.
    format = new IntlMessageFormat(source, LOCALE_TAGS[language], undefined, { ignoreTag: true });
    compiled.set(id, format);
  }
  return format;
}

export function translate(language: Language, key: MessageKey, values?: MessageValues): string {
  const result = messageFormat(language, key).format(values);
  return Array.isArray(result) ? result.join('') : String(result);
}

/** A `say` for one language: `sayIn('de')('ask.order_number')`. */
export function sayIn(language: Language | undefined | null): Say {
  const lang = language ?? DEFAULT_LANGUAGE;
  return (key, values) => translate(lang, key, values);
}
