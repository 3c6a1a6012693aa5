#!/usr/bin/env node
// The `rma-desk` command: runs the compiled build (dist/, made by `npm run build`) when there is one,
// otherwise the TypeScript sources through tsx, so a fresh clone works without a build step.
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

if (existsSync(built)) {
  // A build older than the sources would run yesterday's code: say so (about a millisecond to check).
  const sources = fileURLToPath(new URL('.', import.meta.url));
  if (newestSource(sources) > statSync(built).mtimeMs) {
    process.stderr.write('rma-desk: dist/ is older than src/: run `npm run build` (or `npm run dev` to run the sources)\n');
  }
  await import(built.href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('./cli.ts');
}
