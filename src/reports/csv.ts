// CSV as RFC 4180 writes it: CRLF line ends, a field quoted when it holds a comma, a quote or a line
// break, quotes inside doubled. (csv-parse, installed for the order import, only reads.)

export type CsvValue = string | number | boolean | null | undefined;

function field(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One line per row, the header first; every line ends with CRLF. */
export function toCsv(header: readonly string[], rows: ReadonlyArray<readonly CsvValue[]>): string {
  return [header, ...rows].map((row) => `${row.map(field).join(',')}\r\n`).join('');
}
