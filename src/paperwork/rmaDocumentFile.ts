// Where an RMA document goes on disk: for the console chat (which shows a path) and `rma-desk cases pdf`.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CaseContext } from '../case/types.ts';
import { renderRmaDocument, RmaDocumentError, type RmaDocumentOptions } from './rmaDocument.ts';
import { makeDirectory } from '../makeDirectory.ts';

/** `RMA-26-00001.pdf`: the name the document is attached or saved under. */
export function rmaDocumentFileName(context: Pick<CaseContext, 'ref' | 'rma'>): string {
  if (!context.rma) throw new RmaDocumentError(`${context.ref} has no RMA number yet; approve it first`);
  return `${context.rma}.pdf`;
}

/** Renders the document into `dir` (made if missing) and returns the file's path. */
export async function writeRmaDocument(context: CaseContext, dir: string, options: RmaDocumentOptions = {}): Promise<string> {
  const path = join(dir, rmaDocumentFileName(context));
  const pdf = await renderRmaDocument(context, options);
  await makeDirectory(dir);
  await writeFile(path, pdf);
  return path;
}
