#!/usr/bin/env node
// `rma-desk`: start the bot, migrate, import orders, read and export cases, report, and the scripted
// JSONL chat. Each command lives in src/commands/; how a failure ends (one line, one exit code per
// kind) in src/cliErrors.ts.
import { Command } from 'commander';
import { describeFailure, EXIT_CODES } from './cliErrors.ts';
import { registerCases } from './commands/cases.ts';
import { registerDeskLink } from './commands/deskLink.ts';
import { registerChat } from './commands/chat.ts';
import type { CommandContext } from './commands/context.ts';
import { registerOrders } from './commands/orders.ts';
import { registerStart } from './commands/start.ts';
import { ConfigError, readEnv } from './config/config.ts';
import { createLogger } from './logger.ts';
import { registerSecrets, secretsFromEnv } from './logRedaction.ts';

let context: CommandContext;
try {
  const env = readEnv();
  // Configured secrets are kept out of the log even where no pattern would recognise them.
  registerSecrets(secretsFromEnv(process.env));
  context = { env, log: createLogger(env.LOG_LEVEL) };
} catch (error) {
  const problem = error instanceof ConfigError ? new ConfigError(`environment: ${error.message}`) : error;
  process.stderr.write(`rma-desk: ${describeFailure(problem).line}\n`);
  process.exit(EXIT_CODES.setup);
}

const program = new Command('rma-desk')
  .description('Returns and warranty desk bot for refurbished telecom equipment')
  // Commander's errors come back here as CommanderErrors, to be told in one line like any other.
  .exitOverride()
  .configureOutput({ outputError: () => {} });
registerStart(program, context);
registerChat(program, context);
registerOrders(program, context);
registerCases(program, context);
registerDeskLink(program, context);

const args = withDefaultCommand(process.argv.slice(2));
try {
  await program.parseAsync(args, { from: 'user' });
} catch (error) {
  const failure = describeFailure(error, commandPath(program, args));
  if (failure.line !== null) process.stderr.write(`rma-desk: ${failure.line}\n`);
  if (failure.kind === 'internal') context.log.fatal({ err: error }, 'rma-desk failed');
  process.exitCode = failure.exitCode;
}

/**
 * `rma-desk` alone, or with options only (`rma-desk --db DIR`), starts the bot. (Not commander's
 * default command: that would take `rma-desk frobnicate` for `start frobnicate`.)
 */
function withDefaultCommand(argv: string[]): string[] {
  const first = argv[0];
  if (first === undefined) return ['start'];
  return first.startsWith('-') && first !== '-h' && first !== '--help' ? ['start', ...argv] : argv;
}

/** The command words at the start of `argv` (`cases list`), for the `--help` a usage error points to. */
function commandPath(root: Command, argv: readonly string[]): string[] {
  const path: string[] = [];
  let current = root;
  for (const word of argv) {
    const next = current.commands.find((c) => c.name() === word || c.aliases().includes(word));
    if (!next) break;
    path.push(word);
    current = next;
  }
  return path;
}
