// Which supported language a customer's own words are in (issue 19), for a case that has none yet.
// eld (n-gram detector) restricted to the desk's languages; serials, part numbers, order numbers and
// log lines are taken out first, since "FOC2101X0AB" alone reads as German to an n-gram model.
import { eld } from 'eld/small';
import { isLanguage, LANGUAGES, type Language } from '../i18n/languages.ts';

eld.setLanguageSubset([...LANGUAGES]);

/** Only the start of a message is read: enough for the language, bounded work for a pasted log. */
const READ_CHARS = 600;
/** Fewer letters than this say nothing reliable ("ok", "ja", "si"). */
const MIN_LETTERS = 5;
/** For a text eld itself does not call reliable: the top score and its lead over the next language. */
const SHORT_TEXT_SCORE = 0.78;
const SHORT_TEXT_LEAD = 0.15;

/** Words a detector should not read: anything with a digit, ALL-CAPS codes, addresses, commands in backticks. */
function plainWords(text: string): string {
  return text
    .slice(0, READ_CHARS)
    .split(/\s+/)
    .filter((word) => word.length > 0 && !/\d/.test(word) && !/[@/\\`#%_=<>]/.test(word) && !/^[A-Z-]{2,}$/.test(word))
    .join(' ');
}

function hanCount(text: string): number {
  let count = 0;
  for (const char of text) if (/\p{Script=Han}/u.test(char)) count += 1;
  return count;
}

function letterCount(text: string): number {
  let count = 0;
  for (const char of text) if (/\p{L}/u.test(char)) count += 1;
  return count;
}

/**
 * The language of `text`, or null when the words are too few or too mixed to tell.
 */
export function detectLanguage(text: string): Language | null {
  // Of the desk's languages only Chinese is written in Han characters: two of them, and more of them
  // than Latin letters, settle it ("订单100234", "好了").
  const han = hanCount(text.slice(0, READ_CHARS));
  const words = plainWords(text);
  if (han >= 2 && han >= letterCount(words)) return 'zh';
  if (letterCount(words) < MIN_LETTERS) return null;
  const result = eld.detect(words);
  if (!isLanguage(result.language)) return null;
  if (result.isReliable()) return result.language;
  const scores = Object.values(result.getScores()).sort((a, b) => b - a);
  const [top = 0, next = 0] = scores;
  return top >= SHORT_TEXT_SCORE && top - next >= SHORT_TEXT_LEAD ? result.language : null;
}
