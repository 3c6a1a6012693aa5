// Suggestions for the `ref` option of /rma: the cases the subcommand applies to, newest first, so
// the case being worked on now is at the top; staff get every such case, a customer only their own.
// Which states a subcommand applies to is read from the case machine (refStatesOf).
import type { AutocompleteInteraction } from 'discord.js';
import {
  CASE_STATES,
  CLOSED_STATES,
  normalizeRef,
  refStatesOf,
  type CaseState,
  type CaseSummary,
  type CommandName,
} from '../../service/messages.ts';
import { PLATFORM, type DeskContext } from './deskContext.ts';
import { RMA_SUBCOMMANDS } from './rmaCommand.ts';

const MAX_CHOICES = 25;
/** Cases read per state: enough to filter by what was typed and still fill the list. */
const STAFF_CANDIDATES = 200;
const CUSTOMER_CANDIDATES = 50;

/** The listings to read for these states: one for all states or all open ones, else one per state. */
function listings(states: CaseState[]): string[] {
  if (states.length === CASE_STATES.length) return ['all'];
  const open = CASE_STATES.filter((s) => !CLOSED_STATES.has(s));
  if (states.length === open.length && open.every((s) => states.includes(s))) return ['open'];
  return states;
}

function label(row: CaseSummary): string {
  return [row.ref, row.state, row.orderNumber ? `order ${row.orderNumber}` : null, row.rma].filter(Boolean).join(' · ').slice(0, 100);
}

export async function suggestCases(ctx: DeskContext, interaction: AutocompleteInteraction, staff: boolean | null): Promise<void> {
  const focused = interaction.options.getFocused(true);
  if (focused.name !== 'ref') {
    await interaction.respond([]);
    return;
  }
  const typed = focused.value.replace(/\D/g, '');
  const subcommand = interaction.options.getSubcommand(false) ?? '';
  const states = subcommand in RMA_SUBCOMMANDS ? listings(refStatesOf(subcommand as CommandName)) : ['open'];
  const filter = staff ? { limit: STAFF_CANDIDATES } : { limit: CUSTOMER_CANDIDATES, platform: PLATFORM, customer: interaction.user.id };
  const rows = (await Promise.all(states.map((state) => ctx.desk.cases.list({ state, newestFirst: true, ...filter })))).flat();
  if (staff) {
    // A reference typed in full is found even when it is older than the cases listed.
    const exact = normalizeRef(focused.value);
    const named = exact ? await ctx.desk.cases.byRef(exact) : undefined;
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
