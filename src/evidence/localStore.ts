// The evidence store in a local directory (the default, beside the embedded database). An object is
// written to a temporary file, flushed to disk, then renamed into place: a reader never sees half a file.
import { randomBytes } from 'node:crypto';
import { open, readFile, rename, rm, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { checkKey, type EvidenceStore, type StagedObject } from './storage.ts';
import { makeDirectory } from '../makeDirectory.ts';

export function localStore(dir: string): EvidenceStore {
  const root = resolve(dir);
  const pathOf = (key: string) => join(root, ...checkKey(key).split('/'));

  /** Writes `chunks` to a new `.partial` file in `where`, flushed; removed again when anything fails. */
  const writePartial = async (where: string, chunks: Iterable<Buffer> | AsyncIterable<Buffer>): Promise<string> => {
    await makeDirectory(where);
    const partial = join(where, `${randomBytes(6).toString('hex')}.partial`);
    const file = await open(partial, 'wx');
    try {
      try {
        for await (const chunk of chunks) await file.write(chunk);
        await file.sync();
      } finally {
        await file.close();
      }
    } catch (error) {
      await rm(partial, { force: true });
      throw error;
    }
    return partial;
  };

  const moveInto = async (partial: string, key: string) => {
    const path = pathOf(key);
    try {
      await makeDirectory(dirname(path));
      await rename(partial, path);
    } catch (error) {
      await rm(partial, { force: true });
      throw error;
    }
  };

  return {
    async put(key, bytes) {
      const path = pathOf(key);
      await moveInto(await writePartial(dirname(path), [bytes]), key);
    },
    async stage(chunks): Promise<StagedObject> {
      // In the root itself: the rename to the object's directory stays on one file system (atomic).
      const partial = await writePartial(root, chunks);
      return { commit: (key) => moveInto(partial, key), discard: () => rm(partial, { force: true }) };
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
