// Runs once before the suite: checks the PostgreSQL server when DATABASE_URL names one (a given URL
// that cannot be reached fails the run rather than skipping it), and makes the PGlite template once
// so that parallel workers do not all run initdb.
import { pgSql } from './pgSql.ts';
import { openDatabase } from '../../src/store/db.ts';

export default async function setup(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (url && /^postgres/.test(url)) {
    const sql = pgSql(url, { connectTimeoutSeconds: 5 });
    try {
      const [row] = await sql`select version() as v`;
      process.stdout.write(
        `[rma-desk tests] database: PostgreSQL at ${url.replace(/^([a-z]+:\/\/)[^@]*@/i, '$1')} (${String(row?.v).split(' ').slice(0, 2).join(' ')})\n`,
      );
    } catch (error) {
      throw new Error(
        `DATABASE_URL is set but PostgreSQL cannot be reached (${(error as Error).message}); refusing to skip the real-database run`,
      );
    } finally {
      await sql.end();
    }
  } else {
    process.stdout.write('[rma-desk tests] database: embedded PGlite (set DATABASE_URL=postgres://… to run against PostgreSQL)\n');
  }
  const template = await openDatabase('memory:');
  await template.close();
}
