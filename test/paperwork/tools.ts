// External programs some tests need (chromium, for the HTML report). Missing locally: the test is skipped
// and its name says why. Missing in CI (CI=true, where they are installed): the test runs and fails.
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

export interface Tool {
  path: string;
  available: boolean;
  /** Skip the test: the tool is missing and this is not CI. */
  skip: boolean;
  /** Suffix for the test's name when it is skipped. */
  note: string;
}

function onPath(name: string): string | null {
  for (const dir of (process.env.PATH ?? '').split(delimiter).filter(Boolean)) {
    const candidate = join(dir, name);
    if (existsSync(candidate)) return candidate;
  }
  return null;
}

export function tool(name: string, fixedPath?: string): Tool {
  const path = fixedPath && existsSync(fixedPath) ? fixedPath : onPath(name);
  const available = path !== null;
  const skip = !available && process.env.CI !== 'true';
  return { path: path ?? name, available, skip, note: skip ? ` (skipped: ${name} is not installed)` : '' };
}

/** In CI a missing tool fails the test with its name rather than with whatever the first call says. */
export function requireTools(...tools: Tool[]): void {
  const missing = tools.filter((t) => !t.available).map((t) => t.path);
  if (missing.length > 0) throw new Error(`${missing.join(', ')} not installed, and CI=true: CI must install it`);
}
