// Text from a platform is stored and echoed, so it is made safe to store first: NUL and other control
// characters (which PostgreSQL text cannot hold, or which only garble a transcript) are dropped, and
// every kind of line break becomes `\n`. Markup is left as typed; each adapter escapes it for its
// platform when it echoes it.

// C0 controls except tab and the line breaks below, DEL, and lone UTF-16 surrogates.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u0008\u000E-\u001F\u007F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

// What clients show as a new line besides `\n`: CRLF, CR, vertical tab, form feed, NEL (U+0085), LINE
// SEPARATOR (U+2028) and PARAGRAPH SEPARATOR (U+2029). Slack, Discord, browsers and terminals break
// the line at them, so a quote that split only at `\n` would let the line after one pass for the bot's.
const OTHER_BREAK = /\r\n|[\r\v\f\u0085\u2028\u2029]/g;

/** Any one line break a client shows, `\n` included; for `split`. */
export const LINE_BREAK = /\r\n|[\n\r\v\f\u0085\u2028\u2029]/;

/** Safe to store, with every line break as `\n`. Two passes without callbacks: linear time, and fast. */
export function cleanText(text: string): string {
  return text.replace(UNSAFE, '').replace(OTHER_BREAK, '\n').normalize('NFC');
}

export function cleanOptional(text: string | undefined): string | undefined {
  return text === undefined ? undefined : cleanText(text);
}
