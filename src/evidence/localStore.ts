// The evidence store in a local directory (the default, beside the embedded database). An object is
// written to a temporary file, flushed to disk, then renamed into place: a reader never sees half a file.
import { randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename, rm, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { checkKey, type EvidenceStore } from './storage.ts';

export function localStore(dir: string): EvidenceStore {
  const root = resolve(dir);
  const pathOf = (key: string) => join(root, ...checkKey(key).split('/'));
  return {
    async put(key, bytes) {
      const path = pathOf(key);
      await mkdir(dirname(path), { recursive: true });
      const partial = `${path}.${randomBytes(6).toString('hex')}.partial`;
      const file = await open(partial, 'wx');
      try {
        await file.writeFile(bytes);
        await file.sync();
      } finally {
        await file.close();
      }
      try {
        await rename(partial, path);
      } catch (error) {
        await rm(partial, { force: true });
        throw error;
      }
    },
    async has(key) {
      try {
        return (await stat(pathOf(key))).isFile();
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
        throw error;
      }
    },
    get: (key) => readFile(pathOf(key)),
    describe: () => `local directory ${root}`,
  };
}
