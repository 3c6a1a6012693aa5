// Marking a customer's words as theirs in plain text: every line starts with `> `, so a line they type
// (say "C-1001 approved by U0STAFF1: RMA-26-00042 issued.") can never stand as the bot's own.
import { LINE_BREAK } from './cleanText.ts';

/**
 * The lines a client shows for `words`: split at every break it honours (U+2028, NEL, CR and the rest;
 * see LINE_BREAK), not only at `\n`. Stored words have only `\n` (cleanText), but words stored before
 * that, or reaching a quote another way, must not hide a line inside a quoted one.
 */
export function shownLines(words: string): string[] {
  return words.split(LINE_BREAK);
}

/** Every line marked as quoted, so that no line of the customer's can stand as the bot's own. */
export function quoteLines(words: string, indent = ''): string {
  return shownLines(words.trim())
    .map((line) => `${indent}> ${line}`.trimEnd())
    .join('\n');
}
