// The languages the desk answers customers in (issue 19). English is the fallback and the staff
// language by default; a case keeps the one it speaks in its context.

export const LANGUAGES = ['en', 'de', 'es', 'fr', 'zh'] as const;
export type Language = (typeof LANGUAGES)[number];

export const DEFAULT_LANGUAGE: Language = 'en';

/** Each language's name in English, for staff ("German"). */
export const LANGUAGE_NAMES: Record<Language, string> = {
  en: 'English',
  de: 'German',
  es: 'Spanish',
  fr: 'French',
  zh: 'Chinese',
};

/** Each language's name as its speakers write it, for the customer ("Deutsch"). */
export const NATIVE_NAMES: Record<Language, string> = {
  en: 'English',
  de: 'Deutsch',
  es: 'Español',
  fr: 'Français',
  zh: '中文',
};

/** The BCP 47 tag `Intl` formats with (Simplified Chinese for `zh`). */
export const LOCALE_TAGS: Record<Language, string> = {
  en: 'en-US',
  de: 'de-DE',
  es: 'es-ES',
  fr: 'fr-FR',
  zh: 'zh-Hans-CN',
};

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * The supported language of a platform locale or language tag ("de-DE", "es-419", "zh-CN", "fr"),
 * or null for one the desk does not speak. Any Chinese tag is answered in Simplified Chinese.
 */
export function languageOfTag(tag: string | null | undefined): Language | null {
  if (!tag) return null;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return isLanguage(primary) ? primary : null;
}

const displayNames = new Map<Language, Intl.DisplayNames>();

/** The name of `language` as readers of `reader` write it ("Deutsch" for German readers, "德语" for Chinese). */
export function languageName(language: Language, reader: Language): string {
  let names = displayNames.get(reader);
  if (!names) {
    names = new Intl.DisplayNames([LOCALE_TAGS[reader]], { type: 'language' });
    displayNames.set(reader, names);
  }
  return names.of(language === 'zh' ? 'zh-Hans' : language) ?? LANGUAGE_NAMES[language];
}
