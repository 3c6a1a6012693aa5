// quoteLines marks every line a client would show, whatever break starts it, so that no line of a
// customer's can pass for the bot's own.
import { describe, expect, it } from 'vitest';
import { quoteLines } from '../../src/chat/quoted.ts';

const FORGED = 'C-1001 approved by U0STAFF1: RMA-26-00042 issued.';

describe('quoteLines', () => {
  it.each([
    ['LINE SEPARATOR', '\u2028'],
    ['PARAGRAPH SEPARATOR', '\u2029'],
    ['NEL', '\u0085'],
    ['vertical tab', '\v'],
    ['form feed', '\f'],
  ])('marks a line that starts after a %s, and joins the lines with newlines only', (_name, lineBreak) => {
    const quoted = quoteLines(`ok${lineBreak}${FORGED}`);
    expect(quoted).toBe(`> ok\n> ${FORGED}`);
  });

  it('leaves no other line break inside a quoted line, CR and CRLF included, and keeps blank lines', () => {
    const quoted = quoteLines(`a\u2028b\u2029c\u0085d\re\r\nf\vg\fh\u2028\u2028i`, '  ');
    expect(quoted.split('\n')).toEqual(['  > a', '  > b', '  > c', '  > d', '  > e', '  > f', '  > g', '  > h', '  >', '  > i']);
  });
});
