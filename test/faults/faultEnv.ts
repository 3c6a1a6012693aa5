// When the fault tests run, and the shared PostgreSQL server they use. They need a real PostgreSQL
// (several processes, a server to restart), so they run when DATABASE_URL names one or under CI=true,
// where .ci/run has made sure the local server is up; anywhere else they are skipped with the reason.
import { randomBytes } from 'node:crypto';
import { pgSql } from '../support/pgSql.ts';

/** What .ci/run starts; used under CI=true when DATABASE_URL does not name PostgreSQL (the PGlite pass). */
const CI_POSTGRES_URL = 'postgres://postgres@127.0.0.1:5432/test';

const given = process.env.DATABASE_URL ?? '';
const inCi = process.env.CI === 'true';

/** The admin URL of the shared server, or null when the fault tests do not run here. */
export const sharedPostgresUrl: string | null = /^postgres(?:ql)?:\/\//i.test(given) ? given : inCi ? CI_POSTGRES_URL : null;

export const faultTestsEnabled = sharedPostgresUrl !== null;

/** Appended to a skipped suite's name, so the output says why it did not run. */
export const SKIP_REASON = '(skipped: needs PostgreSQL; set DATABASE_URL=postgres://… or CI=true)';

/** The suite's name, with the reason when it is skipped. */
export function suiteName(name: string): string {
  if (faultTestsEnabled) return name;
  // The default reporter does not list skipped tests by name: say it once per suite.
  console.log(`[fault tests] "${name}" ${SKIP_REASON}`);
  return `${name} ${SKIP_REASON}`;
}

export interface ScratchDatabase {
  url: string;
  drop(): Promise<void>;
}

/** A new database on a server (the shared one unless `adminUrl` is given), dropped by `drop()`. */
export async function createScratchDatabase(adminUrl: string | null = sharedPostgresUrl): Promise<ScratchDatabase> {
  if (!adminUrl) throw new Error(`fault tests ${SKIP_REASON}`);
  const name = `rma_fault_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = pgSql(adminUrl, { connectTimeoutSeconds: 10 });
  try {
    await admin.unsafe(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const cleanup = pgSql(adminUrl, { connectTimeoutSeconds: 10 });
      try {
        await cleanup.unsafe(`drop database if exists ${name} with (force)`);
      } finally {
        await cleanup.end();
      }
    },
  };
}
