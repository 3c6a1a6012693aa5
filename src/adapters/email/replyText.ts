// The new part of an email: quoted replies ("On … wrote:", "> " lines, Outlook's "From: … Sent: …"
// block) and signatures are dropped by email-reply-parser (Crisp's port of GitHub's EmailReplyParser,
// with patterns for a dozen languages). Its patterns backtrack: without the RE2 engine (a native module
// for Node 22+) 8,000 crafted characters on one line took over three minutes. So the parser only ever
// sees short lines and a bounded text: a line longer than LONG_LINE (never a quote header) stands in as
// a placeholder and is put back afterwards, blank lines in a row are one, and only the first
// PARSED_CHARS characters are parsed (the new text comes first in a reply). The cost is then linear in
// the message's length (the hostile texts of `npm run bench -- --only parsers` check it).
import EmailReplyParser from 'email-reply-parser';

/** Longer lines are customer text (a pasted log line), never a quote header or signature marker. */
export const LONG_LINE = 200;
/** Beyond this the reply is whole: quotes are looked for in this much of the message. */
export const PARSED_CHARS = 16_000;

const MARK_OPEN = '\uE000';
const MARK_CLOSE = '\uE001';
const PLACEHOLDER = /\uE000(\d{1,6})\uE001/g;
const MARKS = /[\uE000\uE001]/g;

export function replyText(body: string): string {
  const text = body.replace(/\r\n?/g, '\n').replace(MARKS, '\uFFFD');
  const head = text.length > PARSED_CHARS ? text.slice(0, text.lastIndexOf('\n', PARSED_CHARS) + 1 || PARSED_CHARS) : text;
  const long: string[] = [];
  const lines: string[] = [];
  for (const line of head.split('\n')) {
    // Blank lines in a row are one: the parser's `\s*` would otherwise run across all of them.
    if (line.trim() === '') {
      if (lines.length === 0 || lines[lines.length - 1] !== '') lines.push('');
      continue;
    }
    if (line.length <= LONG_LINE) lines.push(line);
    else {
      long.push(line);
      lines.push(`${MARK_OPEN}${long.length - 1}${MARK_CLOSE}`);
    }
  }
  const shadow = lines.join('\n');
  const visible = new EmailReplyParser()
    .read(shadow)
    .getVisibleText()
    .replace(PLACEHOLDER, (_, i: string) => long[Number(i)] ?? '');
  // Nothing was cut from the part that was read: the rest of a long message belongs to the reply too.
  const whole = head.length < text.length && visible.trimEnd() === head.trimEnd();
  return (whole ? text : visible).trim();
}
