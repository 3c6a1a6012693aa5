// One process at a time on a PGlite directory: a lock file beside it (`<dir>.lock`, outside the data
// directory so PGlite never sees it) holding the owner's pid and command. A lock whose owner is gone
// (a crash, kill -9) is taken over without a word. No npm package fits: proper-lockfile and its kin
// keep no pid, so they cannot say who holds the directory.
import { hostname } from 'node:os';
import { basename, dirname, resolve } from 'node:path';
import { linkSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { DataDirLockedError, type LockHolder } from './dataDirLockedError.ts';
import { makeDirectorySync } from '../makeDirectory.ts';

interface LockRecord extends LockHolder {
  host: string;
  /** The owner's start time in clock ticks since boot (Linux), so a reused pid is not taken for the owner. */
  started: string | null;
}

export interface DataDirLock {
  release(): void;
}

/** Directories this process holds: a second open in the same process is refused too. */
const heldHere = new Set<string>();

/** Takes the lock on `dir` or throws DataDirLockedError naming the live holder. */
export function lockDataDir(dir: string): DataDirLock {
  const absolute = resolve(dir);
  const lockPath = `${absolute}.lock`;
  if (heldHere.has(absolute)) throw new DataDirLockedError(absolute, { pid: process.pid, command: thisCommand() });
  makeDirectorySync(dirname(lockPath));
  const mine: LockRecord = { pid: process.pid, command: thisCommand(), host: hostname(), started: startTicks(process.pid) };
  const text = `${JSON.stringify(mine)}\n`;
  for (let attempt = 0; !create(lockPath, text); attempt++) {
    const found = read(lockPath);
    if (found === null) continue; // released between our two looks
    const holder = parse(found);
    if (holder && (isAlive(holder) || attempt >= 5)) throw new DataDirLockedError(absolute, holder);
    if (attempt >= 5) throw new DataDirLockedError(absolute, { pid: 0, command: `unreadable lock file ${lockPath}` });
    // Stale (its owner is gone, or the file is unreadable): move it aside and try again.
    takeOver(lockPath, found);
  }
  heldHere.add(absolute);
  // A process that exits without closing (process.exit) leaves no lock behind.
  const onExit = () => removeIfMine(lockPath, text);
  process.once('exit', onExit);
  return {
    release() {
      if (!heldHere.delete(absolute)) return;
      process.removeListener('exit', onExit);
      removeIfMine(lockPath, text);
    },
  };
}

/** Creates the lock file with its whole content at once (link is atomic and fails if it exists). */
function create(lockPath: string, text: string): boolean {
  const temp = `${lockPath}.${process.pid}.tmp`;
  writeFileSync(temp, text);
  try {
    linkSync(temp, lockPath);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    unlinkSync(temp);
  }
}

function read(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

function parse(text: string): LockRecord | null {
  try {
    const value = JSON.parse(text) as Partial<LockRecord>;
    if (typeof value.pid !== 'number' || !Number.isInteger(value.pid) || value.pid <= 0) return null;
    return {
      pid: value.pid,
      command: typeof value.command === 'string' ? value.command : 'unknown',
      host: typeof value.host === 'string' ? value.host : '',
      started: typeof value.started === 'string' ? value.started : null,
    };
  } catch {
    return null;
  }
}

function isAlive(holder: LockRecord): boolean {
  // Another machine's process (a shared disk) cannot be checked from here: taken as alive.
  if (holder.host !== hostname()) return true;
  // Our own pid, but not held by this process: a previous life of a container that runs us as pid 1.
  if (holder.pid === process.pid) return false;
  try {
    process.kill(holder.pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false; // ESRCH: no such process
  }
  const started = startTicks(holder.pid);
  return holder.started === null || started === null || started === holder.started;
}

/** Field 22 of /proc/PID/stat, the process's start time; null off Linux. */
function startTicks(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) is in parentheses and may hold spaces: count from after it.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

/**
 * Moves a stale lock aside. Two processes may find the same stale lock: the rename lets one move it,
 * and if what was moved is no longer the stale lock (a live owner took it meanwhile) it goes back.
 */
function takeOver(lockPath: string, stale: string): void {
  const aside = `${lockPath}.${process.pid}.stale`;
  try {
    renameSync(lockPath, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  if (read(aside) !== stale) renameSync(aside, lockPath);
  else unlinkSync(aside);
}

function removeIfMine(lockPath: string, text: string): void {
  try {
    if (readFileSync(lockPath, 'utf8') === text) unlinkSync(lockPath);
  } catch {
    // already gone
  }
}

/** "rma-desk orders import x.csv": the program and its words up to the first option (options may hold secrets). */
function thisCommand(): string {
  const script = basename(process.argv[1] ?? process.argv0);
  const program = /^(?:bin\.mjs|cli\.ts|rma-desk)$/.test(script) ? 'rma-desk' : script;
  const words: string[] = [];
  for (const arg of process.argv.slice(2)) {
    if (arg.startsWith('-')) break;
    words.push(arg);
  }
  return [program, ...words].join(' ').slice(0, 200);
}
