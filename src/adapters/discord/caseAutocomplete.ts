// Suggestions for the `ref` option of /rma: the cases the subcommand applies to, newest first, so
// the case being worked on now is at the top; staff get every such case, a customer only their own.
import type { AutocompleteInteraction } from 'discord.js';
import { normalizeRef } from '../../chat/commands.ts';
import type { CaseRow } from '../../store/rows.ts';
import { PLATFORM, type DeskContext } from './deskContext.ts';
import { refStatesOf } from './rmaCommand.ts';

const MAX_CHOICES = 25;
/** Cases read per state: enough to filter by what was typed and still fill the list. */
const STAFF_CANDIDATES = 200;
const CUSTOMER_CANDIDATES = 50;

function label(row: CaseRow): string {
  return [row.ref, row.state, row.orderNumber ? `order ${row.orderNumber}` : null, row.rma].filter(Boolean).join(' · ').slice(0, 100);
}

export async function suggestCases(ctx: DeskContext, interaction: AutocompleteInteraction, staff: boolean | null): Promise<void> {
  const focused = interaction.options.getFocused(true);
  if (focused.name !== 'ref') {
    await interaction.respond([]);
    return;
  }
  const typed = focused.value.replace(/\D/g, '');
  const states = refStatesOf(interaction.options.getSubcommand(false) ?? '');
  const filter = staff ? { limit: STAFF_CANDIDATES } : { limit: CUSTOMER_CANDIDATES, platform: PLATFORM, customer: interaction.user.id };
  const rows = (await Promise.all(states.map((state) => ctx.service.listCases({ state, newestFirst: true, ...filter })))).flat();
  if (staff) {
    // A reference typed in full is found even when it is older than the cases listed.
    const exact = normalizeRef(focused.value);
    const named = exact ? await ctx.service.findCase(exact) : undefined;
    if (named && !rows.some((r) => r.id === named.id)) rows.push(named);
  }
  // Several states' lists merge into one, newest first (case ids grow with time).
  const choices = rows
    .filter((row) => row.ref.replace(/\D/g, '').includes(typed))
    .sort((a, b) => b.id - a.id)
    .slice(0, MAX_CHOICES)
    .map((row) => ({ name: label(row), value: row.ref }));
  await interaction.respond(choices);
}
