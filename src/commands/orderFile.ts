// `orders import FILE` and `chat --orders FILE`: the seller's CSV, read and imported; a file that is
// no CSV of orders is an InputError at FILE:LINE.
import { InputError } from '../cliErrors.ts';
import { importOrderCsv, importSummary } from '../orders/importOrders.ts';
import { OrderCsvError } from '../orders/orderCsv.ts';
import type { Db } from '../store/database.ts';
import { readInputFile } from './files.ts';

/** The CSV's text, read before any database is opened. */
export const readOrderFile = (file: string) => readInputFile(file, 'the orders CSV');

/** The summary of importing `text`, read from `file`: lines for stdout and for stderr (the bad rows). */
export async function importOrderFile(db: Db, file: string, text: string, options: { skipBad: boolean }) {
  try {
    return importSummary(file, await importOrderCsv(db, text, options));
  } catch (error) {
    if (error instanceof OrderCsvError) throw new InputError(`${file}:${error.line}: ${error.message}`);
    throw error;
  }
}
