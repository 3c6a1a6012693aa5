#!/usr/bin/env node
// The `rma-desk` command: runs the compiled build (dist/, made by `npm run build`) when there is an
// up-to-date one, otherwise the TypeScript sources through tsx, so a fresh clone works without a build step.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const built = new URL('../dist/cli.js', import.meta.url);

/** The newest modification time of a source file under `dir`; 0 when there are none (an image ships dist/ only). */
function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.endsWith('.ts')) {
      newest = Math.max(newest, statSync(`${entry.parentPath}/${entry.name}`).mtimeMs);
    }
  }
  return newest;
}

// A build older than the sources would run yesterday's code (a checkout edited or pulled since the
// last `npm run build`): then the sources run, as in development. An image ships no .ts, so it always
// runs its build. Checking takes about a millisecond.
const sources = fileURLToPath(new URL('.', import.meta.url));
if (existsSync(built) && newestSource(sources) <= statSync(built).mtimeMs) {
  await import(built.href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('./cli.ts');
}
