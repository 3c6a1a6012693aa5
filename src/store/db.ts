// Opens the database: embedded PGlite (in memory or in a directory) by default, PostgreSQL through
// node-postgres (pg) when the URL says so. Both are driven through the same drizzle `PgDatabase` type.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lockDataDir, type DataDirLock } from './dataDirLock.ts';
import type { Database, Db, OpenOptions } from './database.ts';
import * as schema from './schema.ts';
import { makeDirectorySync } from '../makeDirectory.ts';

export const MIGRATIONS_FOLDER = fileURLToPath(new URL('../../drizzle', import.meta.url));

/** `postgres://…` or `postgresql://…` → PostgreSQL; `memory:` → PGlite in memory; anything else is a PGlite directory. */
export function describeUrl(url: string): { kind: 'postgres'; url: string } | { kind: 'pglite'; dir: string | null } {
  if (/^postgres(?:ql)?:\/\//i.test(url)) return { kind: 'postgres', url };
  if (url === 'memory:' || url === 'memory://' || url === ':memory:') return { kind: 'pglite', dir: null };
  return { kind: 'pglite', dir: url.replace(/^(file|pglite):(\/\/)?/i, '') };
}

export async function openDatabase(url: string, options: OpenOptions = {}): Promise<Database> {
  const target = describeUrl(url);
  if (target.kind === 'postgres') {
    const { openPostgres } = await import('./postgresPool.ts'); // loaded only when used
    return openPostgres(target.url, options);
  }
  const { PGlite } = await import('@electric-sql/pglite');
  const { drizzle } = await import('drizzle-orm/pglite');
  let client: InstanceType<typeof PGlite>;
  // PGlite runs PostgreSQL inside this process: its default 128MB of shared buffers is resident memory
  // of the bot. 32MB keeps a desk with 100,000 cases as fast (npm run bench; pgliteMemoryExperiment.ts)
  // at some 140 MB less.
  const startParams = [...PGlite.defaultStartParams, '-c', 'shared_buffers=32MB'];
  // A PGlite directory is one process's at a time: a second one crashes (RuntimeError: Aborted()) or
  // damages it. The lock is taken before PGlite touches the directory and kept until close.
  const lock: DataDirLock | null = target.dir ? lockDataDir(target.dir) : null;
  try {
    if (target.dir) {
      makeDirectorySync(target.dir);
      // A new directory starts from the migrated template when there is one, instead of running initdb.
      const template = readdirSync(target.dir).length === 0 ? readTemplate() : null;
      client = new PGlite({ dataDir: target.dir, startParams, ...(template ? { loadDataDir: template } : {}) });
    } else {
      const template = readTemplate();
      client = new PGlite({ startParams, ...(template ? { loadDataDir: template } : {}) });
    }
    await client.waitReady;
  } catch (error) {
    lock?.release();
    throw error;
  }
  const db = drizzle(client, { schema }) as unknown as Db;
  // PGlite lives inside this one process, so the process holds every lock.
  const held = new Set<string>();
  const tryLock = async (key: string) => {
    if (held.has(key)) return null;
    held.add(key);
    const release = () => void held.delete(key);
    // No other process can reach this database: the lease is always this process's.
    return { release: async () => release(), lost: new Promise<void>(() => {}), lease: async () => 0, abandon: release };
  };
  const close = async () => {
    try {
      await client.close();
    } finally {
      lock?.release();
    }
  };
  const database: Database = { db, kind: 'pglite', where: target.dir ?? 'memory', tryLock, close };
  if (!target.dir && !readTemplate()) {
    // A new PGlite runs initdb (several seconds); a migrated copy loads in about one. Cache it once.
    await migrate(database);
    await writeTemplate(await client.dumpDataDir('gzip'));
  }
  return database;
}

// --- in-memory template -------------------------------------------------------------------------

function migrationsHash(): string {
  const hash = createHash('sha256');
  for (const name of readdirSync(MIGRATIONS_FOLDER)
    .filter((n) => n.endsWith('.sql'))
    .sort()) {
    hash.update(name).update(readFileSync(join(MIGRATIONS_FOLDER, name)));
  }
  return hash.digest('hex').slice(0, 16);
}

function templatePath(): string {
  return join(tmpdir(), `rma-desk-pglite-${migrationsHash()}.tgz`);
}

function readTemplate(): Blob | null {
  try {
    return new Blob([readFileSync(templatePath())]);
  } catch {
    return null; // not made yet: the caller makes it
  }
}

async function writeTemplate(dump: Blob | File): Promise<void> {
  const path = templatePath();
  const partial = `${path}.${process.pid}.partial`;
  writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
  renameSync(partial, path); // atomic: parallel test workers never read half a file
}

/** Applies the committed migrations in drizzle/; safe to run on every start. */
export async function migrate(database: Database): Promise<void> {
  if (database.kind === 'postgres') {
    const { migrate: run } = await import('drizzle-orm/node-postgres/migrator');
    // Several processes may start at once on one database: one migrates, the others wait for it.
    let lock: { release(): Promise<void> } | null = null;
    for (let waited = 0; !(lock = await database.tryLock('rma-desk:migrate')); waited += 100) {
      if (waited > 120_000) throw new Error('waited two minutes for another process to finish migrating');
      await new Promise((r) => setTimeout(r, 100));
    }
    try {
      await run(database.db as never, { migrationsFolder: MIGRATIONS_FOLDER });
    } finally {
      await lock.release();
    }
  } else {
    const { migrate: run } = await import('drizzle-orm/pglite/migrator');
    await run(database.db as never, { migrationsFolder: MIGRATIONS_FOLDER });
  }
}
