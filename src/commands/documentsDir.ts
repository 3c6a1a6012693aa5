// Where the console chat writes the documents it sends (the RMA PDF): beside the database they belong
// to, so that a scratch run (`--db memory:`, `chat --jsonl`, another directory) never writes over the
// desk's own RMA-26-00001.pdf. `--documents DIR` still chooses.
import { mkdtempSync, rmdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { describeUrl } from '../store/db.ts';

/** The directory PostgreSQL's documents go in, under the working directory's .rma-desk/. */
export const POSTGRES_DOCUMENTS_ROOT = '.rma-desk';

/**
 * - a PGlite directory named `pglite` (the default `.rma-desk/pglite`): `documents` beside it
 *   (`.rma-desk/documents`, as before);
 * - any other PGlite directory D: `D-documents`;
 * - `memory:`: a new temporary directory for this run (its database is gone at the end too);
 * - PostgreSQL: `.rma-desk/documents-HOST-PORT-DATABASE`.
 */
export function documentsDirFor(databaseUrl: string): DocumentsDir {
  const target = describeUrl(databaseUrl);
  if (target.kind === 'pglite') {
    if (target.dir === null) {
      const dir = mkdtempSync(join(tmpdir(), 'rma-desk-documents-'));
      return { dir, done: () => removeIfEmpty(dir) };
    }
    const dir = resolve(target.dir);
    return kept(basename(dir) === 'pglite' ? join(dirname(dir), 'documents') : `${dir}-documents`);
  }
  const url = new URL(target.url);
  const database = decodeURIComponent(url.pathname.replace(/^\//, '')) || 'postgres';
  const key = [url.hostname || 'localhost', url.port || '5432', database].join('-').replace(/[^\w.-]+/g, '_');
  return kept(join(POSTGRES_DOCUMENTS_ROOT, `documents-${key}`));
}

export interface DocumentsDir {
  dir: string;
  /** At the end of the run: a temporary directory nothing was written to is removed. */
  done(): void;
}

const kept = (dir: string): DocumentsDir => ({ dir, done: () => {} });

function removeIfEmpty(dir: string): void {
  try {
    rmdirSync(dir); // fails, and keeps it, when a document was written
  } catch {
    // not empty: the run's documents stay where the chat said they are
  }
}
