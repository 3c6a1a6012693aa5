// `rma-desk orders import`, and `rma-desk migrate`.
import type { Command } from 'commander';
import { openMigrated } from '../store/databaseSetup.ts';
import { dbOption, withDatabase, type CommandContext } from './context.ts';
import { importOrderFile, readOrderFile } from './orderFile.ts';

export function registerOrders(program: Command, { env }: CommandContext): void {
  program
    .command('migrate')
    .description('apply the database migrations')
    .addOption(dbOption())
    .action(async (opts: { db?: string }) => {
      const database = await openMigrated(opts.db ?? env.DATABASE_URL);
      try {
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
      const text = readOrderFile(file);
      const summary = await withDatabase(opts.db ?? env.DATABASE_URL, (db) =>
        importOrderFile(db, file, text, { skipBad: opts.skipBad ?? false }),
      );
      process.stderr.write(summary.err);
      process.stdout.write(summary.out);
      process.exitCode = summary.out ? 0 : 1;
    });
}
