// `rma-desk chat [--jsonl]`: the console chat, interactive or scripted (the JSONL contract).
import type { Command } from 'commander';
import { DEFAULT_DOCUMENTS_DIR, runInteractive } from '../adapters/console/interactiveChat.ts';
import { runJsonl } from '../adapters/console/jsonlRunner.ts';
import { openApp } from '../app.ts';
import { loadPolicy } from '../config/policyFile.ts';
import { dbOption, policyOption, type CommandContext } from './context.ts';
import { importOrderFile, readOrderFile } from './orderFile.ts';

export function registerChat(program: Command, { env, log }: CommandContext): void {
  program
    .command('chat')
    .description('chat in the terminal; with --jsonl, the scripted JSON-lines mode')
    .option('--jsonl', 'read JSON lines on stdin, write JSON lines on stdout')
    .option('--orders <file>', 'import these orders (CSV) first')
    .option('--staff <ids>', 'comma-separated staff user ids')
    .option('--documents <dir>', 'where documents sent with messages (the RMA PDF) are written', DEFAULT_DOCUMENTS_DIR)
    .addOption(dbOption())
    .addOption(policyOption())
    .action(async (opts: { jsonl?: boolean; orders?: string; staff?: string; documents: string; db?: string; policy?: string }) => {
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
        if (orders) {
          const summary = await importOrderFile(app.database.db, orders.file, orders.text, { skipBad: false });
          process.stderr.write(summary.err);
          if (!summary.out) {
            process.exitCode = 1;
            return;
          }
        }
        const io = { desk: app.desk, staff, input: process.stdin, output: process.stdout, log, documentsDir: opts.documents };
        if (opts.jsonl) await runJsonl({ ...io, now: () => new Date().toISOString() });
        else await runInteractive(io);
      } finally {
        await app.close();
      }
    });
}
