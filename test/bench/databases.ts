// The databases a bench part runs on: a PGlite directory in a temporary folder (as the embedded
// default keeps its data on disk), or a database of its own created on the PostgreSQL server and
// dropped afterwards, so the bench never touches other data.
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pgSql } from '../support/pgSql.ts';
import { openDatabase } from '../../src/store/db.ts';

export type DbKind = 'pglite' | 'postgres';
export const DB_KINDS: readonly DbKind[] = ['pglite', 'postgres'];

export const DEFAULT_POSTGRES_URL = 'postgres://postgres@127.0.0.1:5432/test';

export interface BenchDatabase {
  kind: DbKind;
  /** What `openApp` takes: a PGlite directory or a postgres:// URL. */
  url: string;
  drop(): Promise<void>;
}

/** The server the PostgreSQL runs use: DATABASE_URL when it names one, else the local default. */
export function postgresAdminUrl(): string {
  const given = process.env.DATABASE_URL;
  return given && /^postgres(?:ql)?:\/\//i.test(given) ? given : DEFAULT_POSTGRES_URL;
}

export function redactUrl(url: string): string {
  return url.replace(/\/\/([^:@/]+)(:[^@/]*)?@/, (_m, user: string) => `//${user}@`);
}

/** The server's version, or why it cannot be reached. */
export async function probePostgres(url: string): Promise<{ ok: true; version: string } | { ok: false; error: string }> {
  const sql = pgSql(url, { connectTimeoutSeconds: 5 });
  try {
    const [row] = await sql<Array<{ v: string }>>`select version() as v`;
    return { ok: true, version: String(row?.v).split(' ').slice(0, 2).join(' ') };
  } catch (error) {
    return { ok: false, error: (error as Error).message };
  } finally {
    await sql.end();
  }
}

/** Makes the migrated PGlite template once, so that each new PGlite directory starts from it. */
export async function ensurePgliteTemplate(): Promise<void> {
  const template = await openDatabase('memory:');
  await template.close();
}

export async function tempDir(prefix: string): Promise<string> {
  return mkdtemp(join(tmpdir(), `rma-bench-${prefix}-`));
}

export async function freshBenchDatabase(kind: DbKind, label: string): Promise<BenchDatabase> {
  if (kind === 'pglite') {
    const dir = await tempDir(label);
    return { kind, url: join(dir, 'pglite'), drop: () => rm(dir, { recursive: true, force: true }) };
  }
  const admin = postgresAdminUrl();
  const name = `rma_bench_${label.replace(/\W/g, '_')}_${process.pid}_${randomBytes(3).toString('hex')}`;
  const sql = pgSql(admin);
  try {
    await sql.unsafe(`create database ${name}`);
  } finally {
    await sql.end();
  }
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return {
    kind,
    url: url.toString(),
    drop: async () => {
      const cleanup = pgSql(admin);
      try {
        await cleanup.unsafe(`drop database if exists ${name} with (force)`);
      } finally {
        await cleanup.end();
      }
    },
  };
}
