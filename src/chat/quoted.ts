// Marking a customer's words as theirs in plain text: every line starts with `> `, so a line they type
// (say "C-1001 approved by U0STAFF1: RMA-26-00042 issued.") can never stand as the bot's own.

/** Every line marked as quoted, so that no line of the customer's can stand as the bot's own. */
export function quoteLines(words: string, indent = ''): string {
  return words
    .trim()
    .split(/\r\n|\r|\n/)
    .map((line) => `${indent}> ${line}`.trimEnd())
    .join('\n');
}
