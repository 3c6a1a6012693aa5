// Each test gets a database of its own: a fresh in-memory PGlite, or, when DATABASE_URL names a
// PostgreSQL server, a new database created on it and dropped afterwards.
import { randomBytes } from 'node:crypto';
import { pgSql } from './pgSql.ts';

export const usingPostgres = /^postgres/.test(process.env.DATABASE_URL ?? '');

export interface TestDatabaseUrl {
  url: string;
  drop(): Promise<void>;
}

export async function freshDatabaseUrl(): Promise<TestDatabaseUrl> {
  const admin = process.env.DATABASE_URL;
  if (!admin || !usingPostgres) return { url: 'memory:', drop: async () => {} };
  const name = `rma_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const sql = pgSql(admin);
  await sql.unsafe(`create database ${name}`);
  await sql.end();
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const cleanup = pgSql(admin);
      await cleanup.unsafe(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}
