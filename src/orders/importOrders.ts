// `rma-desk orders import`: all rows or none, unless the seller asks to skip the bad ones.
import type { Db } from '../store/database.ts';
import { upsertOrderItems } from '../store/orderStore.ts';
import { parseOrderCsv, type BadRow } from './orderCsv.ts';

export interface ImportReport {
  imported: number;
  bad: BadRow[];
  /** False when bad rows stopped the import. */
  ok: boolean;
}

export async function importOrderCsv(db: Db, text: string, options: { skipBad: boolean }): Promise<ImportReport> {
  const parsed = parseOrderCsv(text);
  if (parsed.bad.length > 0 && !options.skipBad) return { imported: 0, bad: parsed.bad, ok: false };
  const imported = await upsertOrderItems(db, parsed.items);
  return { imported, bad: parsed.bad, ok: true };
}

export function importSummary(file: string, report: ImportReport): { out: string; err: string } {
  const err = report.bad.map((b) => `${file}:${b.line}: ${b.problem}\n`).join('');
  if (!report.ok) {
    return {
      out: '',
      err: `${err}${report.bad.length} bad row(s); nothing imported. Fix them, or pass --skip-bad to import the good rows.\n`,
    };
  }
  return { out: `${report.imported} row(s) imported${report.bad.length > 0 ? `, ${report.bad.length} bad row(s) skipped` : ''}.\n`, err };
}
