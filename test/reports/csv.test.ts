import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/reports/csv.ts';

describe('CSV writer', () => {
  it('quotes only what needs quoting, doubles quotes, ends lines with CRLF', () => {
    expect(
      toCsv(
        ['a', 'b'],
        [
          ['plain', 'x,y'],
          ['say "hi"', 'two\nlines'],
          [null, 42],
        ],
      ),
    ).toBe('a,b\r\nplain,"x,y"\r\n"say ""hi""","two\nlines"\r\n,42\r\n');
  });

  it('round-trips awkward values through a CSV reader', () => {
    const rows = [['', ' lead', 'trail ', '"', ',', 'one\r\ntwo', 'é 中 🙂', '1+1=2']];
    expect(parse(toCsv(['1', '2', '3', '4', '5', '6', '7', '8'], rows), { from_line: 2 })).toEqual(rows);
  });

  it('writes text a spreadsheet would run as a formula behind a quote mark, as OWASP recommends', () => {
    const formulas = ['=HYPERLINK("http://x","y")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1', '-12.50', '=1+1'];
    const csv = toCsv(['text'], [...formulas.map((f) => [f]), ['C-1001'], ['RMA-26-00042'], ['order 100234 =x']]);
    const lines = csv.split('\r\n');
    expect(lines.slice(1, 5)).toEqual([`"'=HYPERLINK(""http://x"",""y"")"`, `"'+1+1"`, `"'-2+3"`, `"'@SUM(A1)"`]);
    // What a spreadsheet (or any CSV reader) gets: the text, shown with the quote mark, never run.
    expect((parse(csv, { from_line: 2 }) as string[][]).map(([cell]) => cell)).toEqual([
      ...formulas.map((f) => `'${f}`),
      'C-1001',
      'RMA-26-00042',
      'order 100234 =x',
    ]);
  });

  it('leaves numbers the export writes as numbers, negative ones too, as numbers', () => {
    expect(toCsv(['cents', 'seconds', 'text'], [[-1250, 0, '-1250']])).toBe(`cents,seconds,text\r\n-1250,0,"'-1250"\r\n`);
  });
});
