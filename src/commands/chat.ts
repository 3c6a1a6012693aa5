// `rma-desk chat [--jsonl]`: the console chat, interactive or scripted (the JSONL contract).
import type { Command } from 'commander';
import { runInteractive } from '../adapters/console/interactiveChat.ts';
import { runJsonl } from '../adapters/console/jsonlRunner.ts';
import { openApp } from '../app.ts';
import { loadPolicy } from '../config/policyFile.ts';
import { dbOption, policyOption, type CommandContext } from './context.ts';
import { demoOption, isDemoMode, prepareOrders } from './demoMode.ts';
import { documentsDirFor } from './documentsDir.ts';
import { importOrderFile, readOrderFile } from './orderFile.ts';

interface ChatOptions {
  jsonl?: boolean;
  orders?: string;
  staff?: string;
  documents?: string;
  db?: string;
  policy?: string;
  demo?: boolean;
}

export function registerChat(program: Command, { env, log }: CommandContext): void {
  program
    .command('chat')
    .description('chat in the terminal; with --jsonl, the scripted JSON-lines mode')
    .option('--jsonl', 'read JSON lines on stdin, write JSON lines on stdout')
    .option('--orders <file>', 'import these orders (CSV) first')
    .option('--staff <ids>', 'comma-separated staff user ids')
    .option(
      '--documents <dir>',
      'where documents sent with messages (the RMA PDF) are written (default: beside the database; a new temporary directory for memory:)',
    )
    .addOption(dbOption())
    .addOption(policyOption())
    .addOption(demoOption())
    .action(async (opts: ChatOptions) => {
      const policy = loadPolicy(opts.policy ?? env.POLICY_FILE);
      const staff = new Set(
        opts.staff
          ? opts.staff
              .split(',')
              .map((s) => s.trim())
              .filter(Boolean)
          : env.CONSOLE_STAFF,
      );
      // Scripted runs default to a fresh in-memory database so that a script gives the same output every time.
      const databaseUrl = opts.db ?? (opts.jsonl ? 'memory:' : env.DATABASE_URL);
      const orders = opts.orders === undefined ? null : { file: opts.orders, text: readOrderFile(opts.orders) };
      const app = await openApp({ databaseUrl, policy, log });
      try {
        // Scripted runs are never a demo unless asked: their output must not depend on seeded orders.
        const demo = isDemoMode({ demo: opts.demo, db: opts.db, console: !opts.jsonl }, process.env);
        const demoLine = demo ? await prepareOrders(app.database.db, { demo, timeZone: policy.timeZone, log }) : null;
        if (orders) {
          const summary = await importOrderFile(app.database.db, orders.file, orders.text, { skipBad: false });
          process.stderr.write(summary.err);
          if (!summary.out) {
            process.exitCode = 1;
            return;
          }
        }
        const documents = opts.documents ? { dir: opts.documents, done: () => {} } : documentsDirFor(databaseUrl);
        const io = { desk: app.desk, staff, input: process.stdin, output: process.stdout, log, documentsDir: documents.dir };
        if (opts.jsonl) await runJsonl({ ...io, now: () => new Date().toISOString() });
        else {
          if (demoLine) process.stdout.write(`${demoLine}\n`);
          await runInteractive(io);
        }
        documents.done();
      } finally {
        await app.close();
      }
    });
}
