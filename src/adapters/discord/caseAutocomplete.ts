// Suggestions for the `ref` option of /rma: staff get the cases the subcommand applies to, newest
// first; a customer only their own open case.
import type { AutocompleteInteraction } from 'discord.js';
import { normalizeRef } from '../../chat/commands.ts';
import type { CaseRow } from '../../store/caseStore.ts';
import { PLATFORM, type DeskContext } from './deskContext.ts';
import { refStatesOf } from './rmaCommand.ts';

const MAX_CHOICES = 25;

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
  let rows: CaseRow[];
  if (staff) {
    const states = refStatesOf(interaction.options.getSubcommand(false) ?? '');
    rows = (await Promise.all(states.map((state) => ctx.service.listCases({ state, limit: 200 })))).flat();
    // A reference typed in full is found even when it is older than the cases listed.
    const exact = normalizeRef(focused.value);
    const named = exact ? await ctx.service.findCase(exact) : undefined;
    if (named && !rows.some((r) => r.id === named.id)) rows.push(named);
  } else {
    const own = await ctx.service.findOpenCase(PLATFORM, interaction.user.id);
    rows = own ? [own] : [];
  }
  const choices = rows
    .filter((row) => row.ref.replace(/\D/g, '').includes(typed))
    .sort((a, b) => b.id - a.id)
    .slice(0, MAX_CHOICES)
    .map((row) => ({ name: label(row), value: row.ref }));
  await interaction.respond(choices);
}
