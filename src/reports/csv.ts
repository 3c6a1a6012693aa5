// CSV as RFC 4180 writes it: CRLF line ends, a field quoted when it holds a comma, a quote or a line
// break, quotes inside doubled. (csv-parse, installed for the order import, only reads.)
// Text that a spreadsheet would run as a formula (it begins with = + - @, a tab or a carriage return:
// customer names, serials, order numbers are typed by customers) is neutralised as OWASP recommends:
// a leading ' and quotes. Numbers the export writes as numbers (cents, seconds) are left as they are:
// a JavaScript number prints as -1250 or 1e+21, which a spreadsheet reads as a number, never a formula.

export type CsvValue = string | number | boolean | null | undefined;

const FORMULA_START = /^[\t\r+\-=@]/;

function field(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string' && FORMULA_START.test(value)) return `"'${value.replaceAll('"', '""')}"`;
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One line per row, the header first; every line ends with CRLF. */
export function toCsv(header: readonly string[], rows: ReadonlyArray<readonly CsvValue[]>): string {
  return [header, ...rows].map((row) => `${row.map(field).join(',')}\r\n`).join('');
}
