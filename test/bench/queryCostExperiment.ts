// An experiment behind the bench's findings, run by hand (not part of `npm run bench`):
//   npx tsx test/bench/queryCostExperiment.ts [--customers N] [--concurrency C]
// The case service on PostgreSQL as openApp wires it, but with a postgres.js client the experiment
// makes itself, so that it can (a) count the statements each event sends and (b) run the same cases
// with drizzle's queries as named prepared statements. postgres.js sends a statement that is not
// prepared and has parameters as Parse/Describe first and waits for the parameter types before it
// can bind: two round trips. drizzle asks for `prepare: false` unless a query is built with
// `.prepare(name)`, so every parameterised query of the service pays that.
import { parseArgs } from 'node:util';
import { drizzle } from 'drizzle-orm/postgres-js';
import postgres, { type Sql } from 'postgres';
import { DEFAULT_POLICY } from '../../src/policy/policy.ts';
import { CaseService } from '../../src/service/caseService.ts';
import type { Db } from '../../src/store/db.ts';
import { TableOrderSource } from '../../src/store/orderStore.ts';
import { upsertOrderItems } from '../../src/store/orderStore.ts';
import * as schema from '../../src/store/schema.ts';
import { openBenchApp } from './benchApp.ts';
import { driveCases, type EventRunner } from './caseDriver.ts';
import { EVENTS_PER_CASE, orderFor, STAFF } from './caseScript.ts';
import { freshBenchDatabase } from './databases.ts';

/** The client, with every query (and every query in a transaction) sent as a named prepared statement. */
function preparing(sql: Sql): Sql {
  return new Proxy(sql, {
    get(target, key, receiver) {
      if (key === 'unsafe') return (text: string, params: never[], options: Record<string, unknown> = {}) => target.unsafe(text, params, { ...options, prepare: true });
      if (key === 'begin') return (work: (tx: Sql) => unknown) => target.begin((tx) => work(preparing(tx as unknown as Sql)));
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
}

async function run(prepare: boolean, customers: number, concurrency: number) {
  const database = await freshBenchDatabase('postgres', `exp_${prepare ? 'prep' : 'plain'}`);
  // The schema, migrated the app's way.
  await (await openBenchApp(database.url)).close();
  let statements = 0;
  const client = postgres(database.url, { max: 10, onnotice: () => {}, debug: () => statements++ });
  try {
    const db = drizzle(prepare ? preparing(client) : client, { schema }) as unknown as Db;
    await upsertOrderItems(db, Array.from({ length: customers + 40 }, (_, i) => orderFor(i)));
    const staff = new Set<string>(STAFF);
    const service = new CaseService({ db, orders: new TableOrderSource(db), policy: DEFAULT_POLICY, isStaff: (_p, u) => staff.has(u) });
    const perStep = new Array<number>(EVENTS_PER_CASE).fill(0);
    const execute: EventRunner = async (step, i, _index, ref) => {
      const before = statements;
      const result = await service.handle(step.inbound(ref));
      // Exact only at concurrency 1; the warm-up runs that way.
      perStep[i] = statements - before;
      return { ref: result.caseRef, ok: result.ok, error: result.error };
    };
    await driveCases({ run: 'w', from: customers, customers: 20, concurrency: 1, execute, timeLimitMs: 600_000 });
    const counted = [...perStep];
    const result = await driveCases({ run: 'm', from: 0, customers, concurrency, execute, timeLimitMs: 600_000 });
    return { prepare, statementsPerStep: counted, statementsPerCase: counted.reduce((a, b) => a + b, 0), eventsPerSecond: result.eventsPerSecond, cpuMsPerEvent: result.cpuMsPerEvent, latencyMs: result.latencyMs, failed: result.failed };
  } finally {
    await client.end({ timeout: 5 });
    await database.drop();
  }
}

const { values } = parseArgs({ options: { customers: { type: 'string' }, concurrency: { type: 'string' } } });
const customers = Number(values.customers ?? 300);
const concurrency = Number(values.concurrency ?? 8);
for (const prepare of [false, true, false, true]) {
  process.stdout.write(`${JSON.stringify(await run(prepare, customers, concurrency))}\n`);
}
