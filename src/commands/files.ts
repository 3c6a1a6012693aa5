// The files a command reads or writes at the user's word: a problem with one is an InputError
// naming the file (exit 1), not a stack trace.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileProblem, InputError } from '../cliErrors.ts';
import { makeDirectorySync } from '../makeDirectory.ts';

/** The text of `path`; `what` names it in the message ("the orders CSV"). */
export function readInputFile(path: string, what: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new InputError(`cannot read ${what} ${path}: ${fileProblem(error)}`);
  }
}

/** Writes `path`, into a directory that must exist already. */
export function writeOutputFile(path: string, data: string | Uint8Array): void {
  try {
    writeFileSync(path, data);
  } catch (error) {
    const missingDir = (error as NodeJS.ErrnoException).code === 'ENOENT';
    throw new InputError(`cannot write ${path}: ${missingDir ? `the directory ${dirname(path)} does not exist` : fileProblem(error)}`);
  }
}

/** Makes the output directory `dir` (and its parents) unless it exists. */
export function makeOutputDir(dir: string): void {
  try {
    makeDirectorySync(dir);
  } catch (error) {
    throw new InputError(`cannot create the directory ${dir}: ${fileProblem(error)}`);
  }
}
