// Reads the seller's order export: one row per item, header
// order_number,delivered_on,part_number,serial_number,description,terms (unknown columns ignored).
import { Temporal } from '@js-temporal/polyfill';
import { CsvError, parse } from 'csv-parse/sync';
import type { OrderItem } from '../case/types.ts';
import { SALE_TERMS, type SaleTerms } from '../policy/policy.ts';

export const ORDER_CSV_COLUMNS = ['order_number', 'delivered_on', 'part_number', 'serial_number', 'description', 'terms'] as const;
const REQUIRED_COLUMNS = ['order_number', 'delivered_on', 'part_number', 'serial_number'] as const;

export interface BadRow {
  /** Line number in the file, counting the header as line 1. */
  line: number;
  problem: string;
}

export interface ParsedOrders {
  items: Array<OrderItem & { line: number }>;
  bad: BadRow[];
}

/** `As-Is`, `as is`, `FOR PARTS`, `no_returns` … → the canonical term; null when unknown. */
export function normalizeTerms(raw: string): SaleTerms | null {
  const cleaned = raw
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
  if (cleaned === '') return 'standard';
  return (SALE_TERMS as readonly string[]).includes(cleaned) ? (cleaned as SaleTerms) : null;
}

function parseDeliveredOn(raw: string): string | null | Error {
  const value = raw.trim();
  if (value === '') return null;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return new Error(`delivered_on "${value}" is not a YYYY-MM-DD date`);
  try {
    return Temporal.PlainDate.from(value, { overflow: 'reject' }).toString();
  } catch {
    return new Error(`delivered_on "${value}" is not a real date`);
  }
}

/** Parses and validates the CSV text; a missing column is an error for the whole file. */
export function parseOrderCsv(text: string): ParsedOrders {
  const records = parseRecords(text);
  const header = (records[0]?.record ?? []).map((h) => h.trim().toLowerCase());
  const missing = REQUIRED_COLUMNS.filter((c) => !header.includes(c));
  if (missing.length > 0)
    throw new OrderCsvError(`the header lacks column(s): ${missing.join(', ')} (expected ${ORDER_CSV_COLUMNS.join(',')})`, 1);
  const col = (name: string) => header.indexOf(name);
  const items: ParsedOrders['items'] = [];
  const bad: BadRow[] = [];
  const seen = new Map<string, number>();
  for (const { record: row, info } of records.slice(1)) {
    const line = info.lines;
    const cell = (name: string) => (col(name) >= 0 ? (row[col(name)] ?? '').trim() : '');
    const problems: string[] = [];
    const orderNumber = cell('order_number');
    const partNumber = cell('part_number');
    const serialNumber = cell('serial_number');
    if (!orderNumber) problems.push('order_number is empty');
    else if (orderNumber.length > 64) problems.push('order_number is longer than 64 characters');
    if (!partNumber) problems.push('part_number is empty');
    if (!serialNumber) problems.push('serial_number is empty');
    const deliveredOn = parseDeliveredOn(cell('delivered_on'));
    if (deliveredOn instanceof Error) problems.push(deliveredOn.message);
    const terms = normalizeTerms(cell('terms'));
    if (terms === null) problems.push(`terms "${cell('terms')}" is not one of ${SALE_TERMS.join(', ')}`);
    const key = `${orderNumber}\u0000${partNumber}\u0000${serialNumber}`;
    if (problems.length === 0 && seen.has(key)) problems.push(`repeats line ${seen.get(key)}`);
    if (problems.length > 0 || terms === null || deliveredOn instanceof Error) {
      bad.push({ line, problem: problems.join('; ') });
      continue;
    }
    seen.set(key, line);
    items.push({ line, orderNumber, partNumber, serialNumber, description: cell('description'), terms, deliveredOn });
  }
  return { items, bad };
}

/** The file cannot be read as orders at all: a missing column, a quote never closed. */
export class OrderCsvError extends Error {
  override name = 'OrderCsvError';
  constructor(
    message: string,
    /** The line it is on, counting the header as line 1. */
    readonly line: number,
  ) {
    super(message);
  }
}

type CsvRecord = { record: string[]; info: { lines: number } };

/** csv-parse's records, or an OrderCsvError on the line where the CSV itself is broken. */
function parseRecords(text: string): CsvRecord[] {
  let lastRecordEnd = 0;
  try {
    return parse(text, {
      bom: true,
      skip_empty_lines: true,
      relax_column_count: true,
      info: true,
      on_record: (record, context) => {
        lastRecordEnd = context.lines;
        return record;
      },
    }) as unknown as CsvRecord[];
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const { lines } = error as CsvError & { lines: number };
    // csv-parse tells the line where it gave up: the end of the file, for a quote never closed.
    if (error.code === 'CSV_QUOTE_NOT_CLOSED')
      throw new OrderCsvError('a quoted field starts in this row and its closing quote is missing', nextRowLine(text, lastRecordEnd));
    if (error.code === 'CSV_INVALID_CLOSING_QUOTE')
      throw new OrderCsvError('a closing quote is followed by more text in the same field', lines);
    throw new OrderCsvError(error.message.replace(/ at line \d.*$/s, ''), lines);
  }
}

/** The line of the first non-blank row after line `line`. */
function nextRowLine(text: string, line: number): number {
  const rows = text.split('\n');
  let next = line + 1;
  while (next < rows.length && (rows[next - 1] ?? '').trim() === '') next++;
  return next;
}
