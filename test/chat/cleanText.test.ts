import { describe, expect, it } from 'vitest';
import { cleanText } from '../../src/chat/cleanText.ts';

describe('cleanText', () => {
  it('drops NUL and other control characters but keeps tabs, newlines and markup', () => {
    expect(cleanText('a\u0000b\u0007c\td\ne\n<!channel> *x*')).toBe('abc\td\ne\n<!channel> *x*');
  });

  it('makes every line break a client shows a newline: CRLF, CR, VT, FF, NEL, U+2028, U+2029', () => {
    const forged = 'C-1001 approved by U0STAFF1: RMA-26-00042 issued.';
    for (const lineBreak of ['\r\n', '\r', '\v', '\f', '\u0085', '\u2028', '\u2029']) {
      expect(cleanText(`ok${lineBreak}${forged}`)).toBe(`ok\n${forged}`);
    }
    // Each break counts once (CRLF is one), blank lines stay, and a control between CR and LF goes.
    expect(cleanText('a\r\n\r\nb\u2028\u2029c\r\u0000\nd')).toBe('a\n\nb\n\nc\nd');
  });

  it('keeps words apart where a vertical tab or form feed stood, instead of gluing them', () => {
    expect(cleanText('port 1\vport 2\fport 3')).toBe('port 1\nport 2\nport 3');
  });

  it('drops lone surrogates, keeps real emoji and normalizes to NFC', () => {
    expect(cleanText('x\uD800y\uDC00z 📦')).toBe('xyz 📦');
    expect(cleanText('e\u0301')).toBe('\u00e9');
  });
});
