#!/usr/bin/env node
// `rma-desk`: start the bot, migrate, import orders, read and export cases, report, and the scripted
// JSONL chat. Each command lives in src/commands/.
import { Command } from 'commander';
import { registerCases } from './commands/cases.ts';
import { registerChat } from './commands/chat.ts';
import type { CommandContext } from './commands/context.ts';
import { registerOrders } from './commands/orders.ts';
import { registerStart } from './commands/start.ts';
import { ConfigError, readEnv } from './config/config.ts';
import { createLogger } from './logger.ts';
import { registerSecrets, secretsFromEnv } from './logRedaction.ts';
import { OrderCsvError } from './orders/orderCsv.ts';
import { RmaDocumentError } from './paperwork/rmaDocument.ts';
import { PolicyError } from './policy/policy.ts';
import { ReportInputError } from './reports/reportInput.ts';

/** Errors a person can fix: a message and exit code 2, no stack trace. */
const USER_ERRORS = [PolicyError, ConfigError, OrderCsvError, RmaDocumentError, ReportInputError];

let context: CommandContext;
try {
  const env = readEnv();
  // Configured secrets are kept out of the log even where no pattern would recognise them.
  registerSecrets(secretsFromEnv(process.env));
  context = { env, log: createLogger(env.LOG_LEVEL) };
} catch (error) {
  process.stderr.write(`rma-desk: configuration: ${(error as Error).message}\n`);
  process.exit(2);
}

const program = new Command('rma-desk').description('Returns and warranty desk bot for refurbished telecom equipment').showHelpAfterError();
registerStart(program, context);
registerChat(program, context);
registerOrders(program, context);
registerCases(program, context);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (USER_ERRORS.some((kind) => error instanceof kind)) {
    process.stderr.write(`rma-desk: ${(error as Error).message}\n`);
    process.exitCode = 2;
  } else {
    context.log.fatal({ err: error }, 'rma-desk failed');
    process.exitCode = 1;
  }
}
