// The `/rma` slash command: one subcommand per word of the platform-neutral grammar
// (src/chat/commands.ts), and the way back from a used subcommand to the `/rma …` line the service parses.
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  InteractionContextType,
  type APIApplicationCommandBasicOption,
  type APIApplicationCommandSubcommandOption,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { CASE_STATES, STAFF_RESOLUTIONS, type CommandName } from '../../service/messages.ts';

type OptionSpec =
  | { name: string; description: string; kind: 'ref' }
  | { name: string; description: string; kind: 'text'; maxLength: number }
  | { name: string; description: string; kind: 'choice'; choices: readonly string[]; required: boolean }
  /** Optional: unit numbers of a claim for several units ("1,2" or "1-3"), written as `units 1,2` right after the ref. */
  | { name: 'units'; description: string; kind: 'units' }
  /** Optional free words at the end (serials checked in). */
  | { name: string; description: string; kind: 'optional'; maxLength: number };

interface SubcommandSpec {
  description: string;
  options: OptionSpec[];
}

const ref: OptionSpec = { name: 'ref', description: 'Case reference, e.g. C-1042', kind: 'ref' };
const text = (name: string, description: string, maxLength = 1000): OptionSpec => ({ name, description, kind: 'text', maxLength });
const units = (description: string): OptionSpec => ({ name: 'units', description, kind: 'units' });

/** Keyed by the grammar's command names, so a command added there fails to compile here until it is added. */
export const RMA_SUBCOMMANDS: Record<CommandName, SubcommandSpec> = {
  help: { description: 'What you can do with /rma', options: [] },
  list: {
    description: 'List cases',
    options: [
      {
        name: 'state',
        description: 'Which cases (default: open)',
        kind: 'choice',
        choices: ['open', 'all', ...CASE_STATES],
        required: false,
      },
    ],
  },
  show: { description: 'Show a case', options: [ref] },
  evidence: { description: "List a case's files in the evidence vault: stored, pending, refused", options: [ref] },
  approve: {
    description: 'Approve a case in review and issue its RMA number',
    options: [ref, units('Only these units, e.g. 1,2 (default: every unit the policy covers)')],
  },
  deny: {
    description: 'Deny a case, with the reason the customer will read',
    options: [ref, text('reason', 'The reason the customer will read'), units('Only these units, e.g. 3 (default: the whole claim)')],
  },
  info: { description: 'Ask the customer for more information', options: [ref, text('what', 'What you need from the customer')] },
  received: {
    description: 'The returned unit has arrived',
    options: [
      ref,
      { name: 'serials', description: 'Serials on the labels of the units that arrived (default: all)', kind: 'optional', maxLength: 1000 },
    ],
  },
  resolve: {
    description: 'Close an inspected case with its outcome',
    options: [
      ref,
      { name: 'resolution', description: 'The outcome', kind: 'choice', choices: STAFF_RESOLUTIONS, required: true },
      units('Only these units, e.g. 1,2 (default: every approved unit)'),
    ],
  },
  advance: {
    description: 'Ship a replacement before the faulty unit comes back',
    options: [
      ref,
      text('tracking', "The replacement's tracking number", 40),
      units('Only these units, e.g. 1,2 (default: every approved unit)'),
    ],
  },
  cost: {
    description: 'Record a shipping, duty or customs cost',
    options: [ref, text('amount', 'Amount in USD, e.g. 42.50', 20), text('label', 'What it is for, e.g. return shipping', 200)],
  },
  'approve-cost': { description: 'Approve in writing the cost above the cap', options: [ref] },
  note: { description: 'Add a staff-only note', options: [ref, text('text', 'The note')] },
  reopen: { description: 'Reopen a closed case', options: [ref] },
  cancel: { description: 'Cancel a claim before the item ships', options: [ref] },
  reply: { description: 'Write to the customer in their case thread', options: [ref, text('text', 'What the customer will read', 4000)] },
  review: { description: 'Take a case to review now, before intake or troubleshooting is done', options: [ref] },
  contact: {
    description: 'Let another address (a colleague of the customer) write on the case',
    options: [ref, text('address', 'Their email address, or user id', 200)],
  },
};

function optionJson(spec: OptionSpec): APIApplicationCommandBasicOption {
  switch (spec.kind) {
    case 'ref':
      return {
        type: ApplicationCommandOptionType.String,
        name: spec.name,
        description: spec.description,
        required: true,
        autocomplete: true,
        max_length: 32,
      };
    case 'text':
      return {
        type: ApplicationCommandOptionType.String,
        name: spec.name,
        description: spec.description,
        required: true,
        max_length: spec.maxLength,
      };
    case 'units':
    case 'optional':
      return {
        type: ApplicationCommandOptionType.String,
        name: spec.name,
        description: spec.description,
        required: false,
        max_length: spec.kind === 'units' ? 100 : spec.maxLength,
      };
    case 'choice':
      return {
        type: ApplicationCommandOptionType.String,
        name: spec.name,
        description: spec.description,
        required: spec.required,
        choices: spec.choices.map((c) => ({ name: c, value: c })),
      };
  }
}

/** The body registered with Discord (a guild command, so it appears at once and only there). */
export function rmaCommandJson(): RESTPostAPIChatInputApplicationCommandsJSONBody {
  return {
    type: ApplicationCommandType.ChatInput,
    name: 'rma',
    description: 'Returns and warranty cases',
    contexts: [InteractionContextType.Guild],
    options: (Object.entries(RMA_SUBCOMMANDS) as Array<[CommandName, SubcommandSpec]>).map(
      ([name, spec]): APIApplicationCommandSubcommandOption => ({
        type: ApplicationCommandOptionType.Subcommand,
        name,
        description: spec.description,
        options: spec.options.map(optionJson),
      }),
    ),
  };
}

/**
 * `/rma deny C-1001 reason words`, from the used subcommand and its option values. Whitespace is
 * taken out of single-word values, so a value can never shift the words after it.
 */
export function commandLine(subcommand: string, value: (option: string) => string | null): string {
  const spec = (RMA_SUBCOMMANDS as Record<string, SubcommandSpec | undefined>)[subcommand];
  if (!spec) return `/rma ${subcommand.replace(/\s+/g, '')}`;
  // Units go right after the ref ("/rma deny C-1 units 3 reason"), whatever their place among the options.
  const ordered = [...spec.options].sort(
    (a, b) => Number(b.kind === 'units' || b.kind === 'ref') - Number(a.kind === 'units' || a.kind === 'ref'),
  );
  const words = ordered.map((option) => {
    const raw = value(option.name)?.trim() ?? '';
    if (option.kind === 'units') return raw === '' ? '' : `units ${raw.replace(/\s+/g, '')}`;
    if (option.kind === 'optional') return raw.replace(/\s+/g, ' ');
    return option.kind === 'text' && option.name !== 'amount' ? raw.replace(/\s+/g, ' ') : raw.replace(/\s+/g, '');
  });
  return ['/rma', subcommand, ...words].filter((w) => w !== '').join(' ');
}
