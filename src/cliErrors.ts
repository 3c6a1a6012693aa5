// How a failed `rma-desk` command ends, the same for every command: one line on stderr,
// `rma-desk: …`, naming the file, line or setting to fix, and one exit code per kind of failure.
//   0 ok · 1 input · 2 usage · 3 setup · 70 internal (a bug: the line says so and the log has the stack)
import { CommanderError } from 'commander';
import { ConfigError } from './config/config.ts';
import { OrderCsvError } from './orders/orderCsv.ts';
import { RmaDocumentError } from './paperwork/rmaDocument.ts';
import { PolicyError } from './policy/policy.ts';
import { ReportInputError } from './reports/reportInput.ts';
import { DatabaseSetupError } from './store/databaseSetup.ts';
import { DataDirLockedError } from './store/dataDirLockedError.ts';

export type FailureKind = 'input' | 'usage' | 'setup' | 'internal';

export const EXIT_CODES: Record<FailureKind | 'ok', number> = {
  ok: 0,
  /** A file or value the user gave is missing, unreadable or wrong (a CSV line, a case reference, an output directory). */
  input: 1,
  /** An unknown command or option, a missing or malformed argument: commander's own errors. */
  usage: 2,
  /** Configuration (environment variables, the policy file) or the database (unreachable, refused, missing, locked, not migratable). */
  setup: 3,
  /** Anything unexpected (EX_SOFTWARE). */
  internal: 70,
};

/** Something the user gave (a file, a value, a case reference) is missing, unreadable or wrong. */
export class InputError extends Error {
  override name = 'InputError';
}

type ErrorClass = abstract new (...args: never[]) => Error;

/**
 * Errors whose message already says what to fix, by kind: another class is one more line here. (A
 * DatabaseSetupError, exit 3, is worded below; an error of these classes inside one keeps its words.)
 */
const KINDS: ReadonlyArray<readonly [ErrorClass, FailureKind]> = [
  [InputError, 'input'],
  [OrderCsvError, 'input'],
  [RmaDocumentError, 'input'],
  [ReportInputError, 'input'],
  [ConfigError, 'setup'],
  [PolicyError, 'setup'],
  [DataDirLockedError, 'setup'],
];

export interface Failure {
  kind: FailureKind | 'ok';
  exitCode: number;
  /** The line for stderr, without the `rma-desk: ` prefix; null when commander has already shown help. */
  line: string | null;
}

/** What to tell the user about `error`, thrown by `rma-desk ARGS`. */
export function describeFailure(error: unknown, args: readonly string[] = []): Failure {
  if (error instanceof CommanderError) return usageFailure(error, args);
  if (error instanceof DatabaseSetupError) return failure('setup', databaseLine(error));
  const known = KINDS.find(([kind]) => error instanceof kind);
  if (known) return failure(known[1], oneLine((error as Error).message));
  // Files the user named that no command checked first (an --out or --documents directory, say).
  const system = error as NodeJS.ErrnoException;
  if (typeof system?.code === 'string' && typeof system.path === 'string' && FILE_PROBLEMS[system.code])
    return failure('input', `${system.path}: ${FILE_PROBLEMS[system.code]}`);
  const message = error instanceof Error ? error.message : String(error);
  return failure('internal', `internal error, please report it: ${oneLine(message)} (the log below has the details)`);
}

function failure(kind: FailureKind | 'ok', line: string | null): Failure {
  return { kind, exitCode: EXIT_CODES[kind], line };
}

/** Why a file could not be read or written, by the error code node gives. */
export const FILE_PROBLEMS: Record<string, string> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a directory',
  ENOTDIR: 'a part of the path is not a directory',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on the device',
  EEXIST: 'already exists',
};

/** `FILE_PROBLEMS` for an error of the file system, else its message. */
export function fileProblem(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  return (code && FILE_PROBLEMS[code]) ?? oneLine(error instanceof Error ? error.message : String(error));
}

// --- database ----------------------------------------------------------------------------------

/** `database postgres://postgres@127.0.0.1:1/x (--db or DATABASE_URL): 127.0.0.1:1 refused the connection; …`. */
function databaseLine(error: DatabaseSetupError): string {
  // Such a cause (the directory held by another process, say) already names the database.
  const known = KINDS.find(([kind]) => error.cause instanceof kind);
  if (known) return oneLine((error.cause as Error).message);
  return `database ${error.where} (--db or DATABASE_URL): ${databaseProblem(error.cause)}`;
}

interface NetOrPgError {
  code?: string;
  address?: string;
  port?: number;
  hostname?: string;
  path?: string;
  severity?: string;
  message?: string;
  errors?: NetOrPgError[];
}

function databaseProblem(cause: unknown): string {
  const error = (cause ?? {}) as NetOrPgError;
  // Node tries each address of a name (::1 and 127.0.0.1 for localhost) and reports all of them.
  const first = error.errors?.[0] ?? error;
  const at = first.address ? `${first.address}${first.port ? `:${first.port}` : ''}` : 'the server';
  switch (error.code) {
    case 'ECONNREFUSED':
      return `${at} refused the connection; is PostgreSQL running there?`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `host ${first.hostname ?? error.hostname ?? '(unnamed)'} not found`;
    case 'ETIMEDOUT':
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return `${at} cannot be reached (${error.code})`;
    case '3D000':
      return `${oneLine(error.message ?? '')}; create it (createdb) or correct the URL`;
  }
  if (error.code && error.path && FILE_PROBLEMS[error.code]) return `${error.path}: ${FILE_PROBLEMS[error.code]}`;
  // PostgreSQL's own words (an authentication failure, a missing role, a refused privilege) say it well.
  return oneLine(error.message ?? String(cause));
}

// --- usage -------------------------------------------------------------------------------------

const SHOWN_BY_COMMANDER = new Set(['commander.helpDisplayed', 'commander.version', 'commander.help']);

function usageFailure(error: CommanderError, args: readonly string[]): Failure {
  if (error.exitCode === 0) return failure('ok', null);
  // `rma-desk cases` alone: commander has printed the commands of `cases`.
  if (SHOWN_BY_COMMANDER.has(error.code)) return failure('usage', null);
  // "error: unknown command 'lst'\n(Did you mean list?)" → "unknown command 'lst' (did you mean list?)".
  const said = oneLine(error.message.replace(/^error: /, '').replace(/\(Did you mean/, '(did you mean')).replace(/\.$/, '');
  return failure('usage', `${said}; see 'rma-desk ${[...args, '--help'].join(' ')}'`);
}

/** The lines of a message joined into one: stderr gets one line per failure. */
function oneLine(message: string): string {
  return message
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join(' ');
}
