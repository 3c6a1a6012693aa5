// `rma-desk orders import`, and `rma-desk migrate`.
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { importOrderCsv, importSummary } from '../orders/importOrders.ts';
import { migrate, openDatabase } from '../store/db.ts';
import { dbOption, withDatabase, type CommandContext } from './context.ts';

export function registerOrders(program: Command, { env }: CommandContext): void {
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

  program
    .command('orders')
    .description("the seller's order records")
    .command('import')
    .description('import or update orders from a CSV file: order_number,delivered_on,part_number,serial_number,description,terms')
    .argument('<file>', 'CSV file')
    .option('--skip-bad', 'import the good rows even when some rows are bad')
    .addOption(dbOption())
    .action(async (file: string, opts: { skipBad?: boolean; db?: string }) => {
      const text = readFileSync(file, 'utf8');
      const summary = importSummary(
        file,
        await withDatabase(opts.db ?? env.DATABASE_URL, (db) => importOrderCsv(db, text, { skipBad: opts.skipBad ?? false })),
      );
      process.stderr.write(summary.err);
      process.stdout.write(summary.out);
      process.exitCode = summary.out ? 0 : 1;
    });
}
