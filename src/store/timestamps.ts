// Timestamps leave the store as ISO strings (`2026-11-20T10:00:00.000Z`) whatever the driver returns
// (`2026-11-20 10:00:00+00` from PostgreSQL's text, ISO on some paths), so no caller normalises them.
import { getTableColumns, type Table } from 'drizzle-orm';

/** One timestamp in `Date.prototype.toISOString()` form. */
export function iso(value: string): string;
export function iso(value: string | null): string | null;
export function iso(value: string | null): string | null {
  return value === null
    ? null
    : new Date(value.includes('T') ? value : value.replace(' ', 'T').replace(/([+-]\d\d)$/, '$1:00')).toISOString();
}

const timestampKeys = new WeakMap<Table, string[]>();

/** The fields of `table`'s rows that hold a timestamp (`timestamp(…, { mode: 'string' })` columns). */
function timestampsOf(table: Table): string[] {
  let keys = timestampKeys.get(table);
  if (!keys) {
    keys = Object.entries(getTableColumns(table))
      .filter(([, column]) => column.columnType === 'PgTimestampString')
      .map(([key]) => key);
    timestampKeys.set(table, keys);
  }
  return keys;
}

/** The row with every timestamp field of `table` in ISO form; other fields as they are. */
export function isoRow<T extends object>(table: Table, row: T): T {
  const out = { ...row } as Record<string, unknown>;
  for (const key of timestampsOf(table)) {
    const value = out[key];
    if (typeof value === 'string') out[key] = iso(value);
  }
  return out as T;
}

export function isoRows<T extends object>(table: Table, rows: T[]): T[] {
  return rows.map((row) => isoRow(table, row));
}
