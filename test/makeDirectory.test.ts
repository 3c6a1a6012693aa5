// Directories are made with their parents, and a path that cannot hold a directory fails at once
// (Node's recursive mkdir would spin on it for ever).
import { existsSync, mkdtempSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeDirectory, makeDirectorySync } from '../src/makeDirectory.ts';

const tmp = () => mkdtempSync(join(tmpdir(), 'rma-mkdir-'));

describe('makeDirectory', () => {
  it('makes the missing parents, and is content with a directory that is there', async () => {
    const root = tmp();
    await makeDirectory(join(root, 'a', 'b', 'c'));
    makeDirectorySync(join(root, 'a', 'x', 'y'));
    expect(statSync(join(root, 'a', 'b', 'c')).isDirectory()).toBe(true);
    expect(statSync(join(root, 'a', 'x', 'y')).isDirectory()).toBe(true);
    await makeDirectory(join(root, 'a', 'b', 'c'));
    makeDirectorySync(root);
  });

  it('fails with ENOENT under a dangling symlink, where recursive mkdir never returns', async () => {
    const root = tmp();
    symlinkSync(join(root, 'gone'), join(root, 'dangling'));
    await expect(makeDirectory(join(root, 'dangling', 'evidence'))).rejects.toMatchObject({ code: 'ENOENT' });
    expect(() => makeDirectorySync(join(root, 'dangling', 'pglite'))).toThrow(expect.objectContaining({ code: 'ENOENT' }));
    expect(existsSync(join(root, 'gone'))).toBe(false);
  });

  it('fails under a file with ENOTDIR, and under /proc with ENOENT', async () => {
    const root = tmp();
    writeFileSync(join(root, 'file'), '');
    await expect(makeDirectory(join(root, 'file', 'sub'))).rejects.toMatchObject({ code: 'ENOTDIR' });
    await expect(makeDirectory('/proc/no-such-process/evidence')).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
