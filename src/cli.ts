#!/usr/bin/env node
// `rma-desk`: start the bot, migrate, import orders, read cases, and the scripted JSONL chat.
import { readFileSync } from 'node:fs';
import { Temporal } from '@js-temporal/polyfill';
import { Command, Option } from 'commander';
import { runInteractive } from './adapters/console/interactiveChat.ts';
import { demoOrders } from './adapters/console/demoOrders.ts';
import { runJsonl } from './adapters/console/jsonlRunner.ts';
import { openApp } from './app.ts';
import { ConfigError, readEnv } from './config/config.ts';
import { loadPolicy } from './config/policyFile.ts';
import { createLogger } from './logger.ts';
import { importOrderCsv, importSummary } from './orders/importOrders.ts';
import { OrderCsvError } from './orders/orderCsv.ts';
import { PolicyError } from './policy/policy.ts';
import { caseReport, caseListText } from './service/caseReport.ts';
import { persistedSnapshot } from './service/caseRun.ts';
import * as caseStore from './store/caseStore.ts';
import { migrate, openDatabase } from './store/db.ts';
import { upsertOrderItems } from './store/orderStore.ts';
import { orderItems } from './store/schema.ts';

const env = (() => {
  try {
    return readEnv();
  } catch (error) {
    process.stderr.write(`rma-desk: configuration: ${(error as Error).message}\n`);
    process.exit(2);
  }
})();
const log = createLogger(env.LOG_LEVEL);

const dbOption = () => new Option('--db <url>', 'database: postgres://…, memory:, or a PGlite directory (default DATABASE_URL or .rma-desk/pglite)');
const policyOption = () => new Option('--policy <file>', 'policy overrides, JSON or YAML (default POLICY_FILE)');

async function importOrders(databaseUrl: string, file: string, skipBad: boolean): Promise<number> {
  const text = readFileSync(file, 'utf8');
  const database = await openDatabase(databaseUrl);
  try {
    await migrate(database);
    const summary = importSummary(file, await importOrderCsv(database.db, text, { skipBad }));
    process.stderr.write(summary.err);
    process.stdout.write(summary.out);
    return summary.out ? 0 : 1;
  } finally {
    await database.close();
  }
}

const program = new Command('rma-desk').description('Returns and warranty desk bot for refurbished telecom equipment').showHelpAfterError();

program
  .command('start', { isDefault: true })
  .description('start the bot: Slack and/or Discord when their tokens are set, otherwise the console chat')
  .addOption(dbOption())
  .addOption(policyOption())
  .action(async (opts: { db?: string; policy?: string }) => {
    const policy = loadPolicy(opts.policy ?? env.POLICY_FILE);
    const staff = new Set(env.CONSOLE_STAFF);
    const app = await openApp({ databaseUrl: opts.db ?? env.DATABASE_URL, policy, isStaff: (_p, user) => staff.has(user), log });
    try {
      const [anyOrder] = await app.database.db.select({ id: orderItems.id }).from(orderItems).limit(1);
      if (!anyOrder) await upsertOrderItems(app.database.db, demoOrders(Temporal.Now.plainDateISO(policy.timeZone)));
      process.stdout.write(`rma-desk on ${app.database.kind} (${app.database.where}); staff: ${[...staff].join(', ')}. Demo orders: 100234 (DOA), 100310 (warranty, 2 items), 100120 (too old), 100400 (as-is), 100500 (no delivery date).\n`);
      await runInteractive({ service: app.service, input: process.stdin, output: process.stdout, log });
    } finally {
      await app.close();
    }
  });

program
  .command('chat')
  .description('chat in the terminal; with --jsonl, the scripted JSON-lines mode')
  .option('--jsonl', 'read JSON lines on stdin, write JSON lines on stdout')
  .option('--orders <file>', 'import these orders (CSV) first')
  .option('--staff <ids>', 'comma-separated staff user ids')
  .addOption(dbOption())
  .addOption(policyOption())
  .action(async (opts: { jsonl?: boolean; orders?: string; staff?: string; db?: string; policy?: string }) => {
    const policy = loadPolicy(opts.policy ?? env.POLICY_FILE);
    const staff = new Set(opts.staff ? opts.staff.split(',').map((s) => s.trim()).filter(Boolean) : env.CONSOLE_STAFF);
    // Scripted runs default to a fresh in-memory database so that a script gives the same output every time.
    const databaseUrl = opts.db ?? (opts.jsonl ? 'memory:' : env.DATABASE_URL);
    const app = await openApp({ databaseUrl, policy, isStaff: (_p, user) => staff.has(user), log });
    try {
      if (opts.orders) {
        const summary = importSummary(opts.orders, await importOrderCsv(app.database.db, readFileSync(opts.orders, 'utf8'), { skipBad: false }));
        process.stderr.write(summary.err);
        if (!summary.out) {
          process.exitCode = 1;
          return;
        }
      }
      if (opts.jsonl) await runJsonl({ service: app.service, input: process.stdin, output: process.stdout, now: () => new Date().toISOString(), log });
      else await runInteractive({ service: app.service, input: process.stdin, output: process.stdout, log });
    } finally {
      await app.close();
    }
  });

program
  .command('migrate')
  .description('apply the database migrations')
  .addOption(dbOption())
  .action(async (opts: { db?: string }) => {
    const database = await openDatabase(opts.db ?? env.DATABASE_URL);
    try {
      await migrate(database);
      process.stdout.write(`migrated ${database.kind} (${database.where})\n`);
    } finally {
      await database.close();
    }
  });

const orders = program.command('orders').description("the seller's order records");
orders
  .command('import')
  .description('import or update orders from a CSV file: order_number,delivered_on,part_number,serial_number,description,terms')
  .argument('<file>', 'CSV file')
  .option('--skip-bad', 'import the good rows even when some rows are bad')
  .addOption(dbOption())
  .action(async (file: string, opts: { skipBad?: boolean; db?: string }) => {
    process.exitCode = await importOrders(opts.db ?? env.DATABASE_URL, file, opts.skipBad ?? false);
  });

const cases = program.command('cases').description('read cases');
cases
  .command('list')
  .description('list cases, oldest first')
  .option('--state <state>', 'a state name, open or all', 'open')
  .addOption(dbOption())
  .action(async (opts: { state: string; db?: string }) => {
    const database = await openDatabase(opts.db ?? env.DATABASE_URL);
    try {
      await migrate(database);
      const rows = await caseStore.listCases(database.db, { state: opts.state, limit: 1000 });
      process.stdout.write(`${caseListText(rows, opts.state, new Date().toISOString())}\n`);
    } finally {
      await database.close();
    }
  });
cases
  .command('show')
  .description('a case with its audit trail')
  .argument('<ref>', 'case reference such as C-1042')
  .addOption(dbOption())
  .action(async (ref: string, opts: { db?: string }) => {
    const database = await openDatabase(opts.db ?? env.DATABASE_URL);
    try {
      await migrate(database);
      const row = await caseStore.findCaseByRef(database.db, ref.toUpperCase());
      if (!row) {
        process.stderr.write(`no case ${ref}\n`);
        process.exitCode = 1;
        return;
      }
      process.stdout.write(`${caseReport(row, persistedSnapshot(row).context, await caseStore.caseHistory(database.db, row.id), true)}\n`);
    } finally {
      await database.close();
    }
  });

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof PolicyError || error instanceof ConfigError || error instanceof OrderCsvError) {
    process.stderr.write(`rma-desk: ${error.message}\n`);
    process.exitCode = 2;
  } else {
    log.fatal({ err: error }, 'rma-desk failed');
    process.exitCode = 1;
  }
}
