// `rma-desk desk-link --staff slack:U0123`: a one-time sign-in link to the web desk, for the console
// mode (no platform sign-in) and for emergencies. It works once, for 10 minutes, and only for someone
// who is staff when it is used.
import type { Command } from 'commander';
import { InputError } from '../cliErrors.ts';
import { createSignInLink, SIGN_IN_LINK_MS } from '../store/deskSessionStore.ts';
import { DESK_BASE } from '../web/layout.ts';
import { deskBaseUrl, readWebConfig } from '../web/webConfig.ts';
import { dbOption, withDatabase, type CommandContext } from './context.ts';

const PLATFORMS = ['slack', 'discord', 'console'];

export function registerDeskLink(program: Command, { env }: CommandContext): void {
  program
    .command('desk-link')
    .description('print a one-time sign-in link to the web desk (works once, for 10 minutes)')
    .requiredOption('--staff <platform:id>', 'who signs in: slack:U0123ABCD, discord:123456789012345678 or console:NAME')
    .option('--name <name>', 'how the desk shows them (default: the id)')
    .addOption(dbOption())
    .action(async (opts: { staff: string; name?: string; db?: string }) => {
      const match = /^(\w+):([\w.-]{1,64})$/.exec(opts.staff.trim());
      if (!match || !PLATFORMS.includes(match[1]!))
        throw new InputError(`--staff must be slack:ID, discord:ID or console:NAME, got "${opts.staff}"`);
      const web = readWebConfig(process.env);
      const base = deskBaseUrl(web, process.env.PORT ? Number(process.env.PORT) : null);
      if (!base) throw new InputError('set PUBLIC_URL (or WEB_PORT) to the address staff open the desk at');
      const staff = { platform: match[1]!, id: match[2]!, name: opts.name?.trim() || match[2]! };
      const token = await withDatabase(opts.db ?? env.DATABASE_URL, (db) => createSignInLink(db, staff, new Date(), SIGN_IN_LINK_MS));
      process.stdout.write(`${base}${DESK_BASE}/sign-in/link?token=${token}\n`);
      process.stdout.write(`It signs in ${staff.platform}:${staff.id} once, within 10 minutes, if they are staff then.\n`);
    });
}
