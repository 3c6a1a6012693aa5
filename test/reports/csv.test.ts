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
    const rows = [['', ' lead', 'trail ', '"', ',', '\r\n', 'é 中 🙂', '=1+1']];
    expect(parse(toCsv(['1', '2', '3', '4', '5', '6', '7', '8'], rows), { from_line: 2 })).toEqual(rows);
  });
});
