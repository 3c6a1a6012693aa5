// The test's own view of the database while the load runs: the case a customer's first message
// opened, when the ack that named it was lost (the bot died, or answered a resend as a duplicate).
import { setTimeout as sleep } from 'node:timers/promises';
import { pgSql } from '../support/pgSql.ts';

export interface CaseLookup {
  refOf(customer: string): Promise<string>;
  close(): Promise<void>;
}

/** Retries through a database restart until `deadline`. */
export function caseLookup(databaseUrl: string, deadline: number): CaseLookup {
  const sql = pgSql(databaseUrl, { connectTimeoutSeconds: 5 });
  return {
    async refOf(customer) {
      for (;;) {
        try {
          const [row] = await sql<Array<{ ref: string }>>`select ref from cases where customer = ${customer} order by id desc limit 1`;
          if (row) return row.ref;
          throw new Error(`no case for ${customer}`);
        } catch (error) {
          if (Date.now() > deadline) throw error;
          await sleep(200);
        }
      }
    },
    close: () => sql.end(),
  };
}
