// The PDF's standard fonts (Helvetica) only have the WinAnsi character set; pdfkit writes anything else
// as garbage. Accented letters outside it lose their accents, other characters become "?".

// Unicode characters that WinAnsi places in 0x80-0x9F (the same table pdfkit maps).
const WIN_ANSI_EXTRA = new Set([
  0x0192, 0x2013, 0x2014, 0x2018, 0x2019, 0x201a, 0x201c, 0x201d, 0x201e, 0x2020, 0x2021, 0x2022, 0x2026, 0x20ac, 0x2030, 0x2039, 0x203a,
  0x02c6, 0x2122, 0x0152, 0x0153, 0x02dc, 0x0160, 0x0161, 0x0178, 0x017d, 0x017e,
]);

// Latin letters that Unicode does not decompose into a base letter and a mark.
const PLAIN: Record<string, string> = { Ł: 'L', ł: 'l', Đ: 'D', đ: 'd', Ħ: 'H', ħ: 'h', ı: 'i', Ŀ: 'L', ŀ: 'l', Ŧ: 'T', ŧ: 't' };

function representable(code: number): boolean {
  return (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.has(code);
}

/** `text` with only characters the standard PDF fonts can show; tabs, and line breaks unless kept, become spaces. */
export function winAnsi(text: string, options: { keepLines?: boolean } = {}): string {
  const flat = options.keepLines ? text.replace(/\r\n?/g, '\n').replace(/\t/g, ' ') : text.replace(/[\r\n\t]+/g, ' ');
  let out = '';
  for (const char of flat) {
    const code = char.codePointAt(0)!;
    if (representable(code) || (options.keepLines && char === '\n')) {
      out += char;
      continue;
    }
    const stripped = (PLAIN[char] ?? char).normalize('NFKD').replace(/\p{M}/gu, '');
    out += [...stripped].every((c) => representable(c.codePointAt(0)!)) && stripped !== '' ? stripped : '?';
  }
  return out;
}
