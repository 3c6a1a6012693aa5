// Text from a platform is stored and echoed, so it is made safe to store first: NUL and other control
// characters (which PostgreSQL text cannot hold, or which only garble a transcript) are dropped.
// Markup is left as typed; each adapter escapes it for its platform when it echoes it.

// C0 controls except tab, newline and carriage return, DEL, and lone UTF-16 surrogates.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u0008\v\f\u000E-\u001F\u007F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function cleanText(text: string): string {
  return text.replace(UNSAFE, '').normalize('NFC');
}

export function cleanOptional(text: string | undefined): string | undefined {
  return text === undefined ? undefined : cleanText(text);
}
