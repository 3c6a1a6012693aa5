// Creating a directory and its missing parents. Node's own `mkdir(…, { recursive: true })` spins at
// full CPU for ever when a parent exists but cannot hold children (a path under /proc, a dangling
// symlink): the kernel answers ENOENT, Node makes the parent (EEXIST), tries the child again, and so on
// (nodejs/node, the same loop bun fixed in oven-sh/bun#36162). A mistyped --db or EVIDENCE_DIR must
// fail at once with ENOENT instead, so this walks up once to the first existing directory and down once.
import { existsSync, mkdirSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';

/** The directories to create, outermost first. */
function missingDirectories(dir: string): string[] {
  const missing: string[] = [];
  for (let at = resolve(dir); !existsSync(at);) {
    missing.push(at);
    const up = dirname(at);
    if (up === at) break;
    at = up;
  }
  return missing.reverse();
}

const alreadyThere = (error: unknown) => (error as NodeJS.ErrnoException).code === 'EEXIST';

export function makeDirectorySync(dir: string): void {
  for (const each of missingDirectories(dir)) {
    try {
      mkdirSync(each);
    } catch (error) {
      if (!alreadyThere(error)) throw error;
    }
  }
}

export async function makeDirectory(dir: string): Promise<void> {
  for (const each of missingDirectories(dir)) {
    try {
      await mkdir(each);
    } catch (error) {
      if (!alreadyThere(error)) throw error;
    }
  }
}
