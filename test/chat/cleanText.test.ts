import { describe, expect, it } from 'vitest';
import { cleanText } from '../../src/chat/cleanText.ts';

describe('cleanText', () => {
  it('drops NUL and other control characters but keeps tabs, newlines and markup', () => {
    expect(cleanText('a\u0000b\u0007c\td\ne\r\n<!channel> *x*')).toBe('abc\td\ne\r\n<!channel> *x*');
  });

  it('drops lone surrogates, keeps real emoji and normalizes to NFC', () => {
    expect(cleanText('x\uD800y\uDC00z 📦')).toBe('xyz 📦');
    expect(cleanText('e\u0301')).toBe('\u00e9');
  });
});
