// The `/rma` grammar, the same on every platform. A public contract: extend it, never rename.
import { parseUsd } from '../policy/costs.ts';
import { statesAccepting } from '../case/acceptedEvents.ts';
import { normalizeRef } from '../case/caseRef.ts';

export { normalizeRef };
import { STAFF_RESOLUTIONS, type CaseEvent, type StaffResolution } from '../case/types.ts';
import { CASE_STATES, type CaseState } from '../case/caseState.ts';
import { closestWord } from './didYouMean.ts';

export type Command =
  | { name: 'help' }
  | { name: 'list'; state: CaseState | 'open' | 'all' }
  | { name: 'show'; ref: string }
  | { name: 'evidence'; ref: string }
  | { name: 'approve'; ref: string; units?: number[] | undefined }
  | { name: 'deny'; ref: string; reason: string; units?: number[] | undefined }
  | { name: 'info'; ref: string; what: string }
  | { name: 'received'; ref: string; serials?: string[] | undefined }
  | { name: 'resolve'; ref: string; resolution: StaffResolution; units?: number[] | undefined }
  | { name: 'advance'; ref: string; tracking: string; units?: number[] | undefined }
  | { name: 'cost'; ref: string; cents: number; label: string }
  | { name: 'approve-cost'; ref: string }
  | { name: 'note'; ref: string; text: string }
  | { name: 'reopen'; ref: string }
  | { name: 'cancel'; ref: string }
  | { name: 'reply'; ref: string; text: string }
  | { name: 'review'; ref: string }
  | { name: 'contact'; ref: string; contact: string };

export type CommandName = Command['name'];

/** Commands a customer may use on their own cases; everything else is for staff. */
export const CUSTOMER_COMMANDS: ReadonlySet<CommandName> = new Set(['help', 'list', 'show', 'cancel']);

export const USAGE: Record<CommandName, string> = {
  help: '/rma help',
  list: '/rma list [state|open|all]',
  show: '/rma show REF',
  evidence: '/rma evidence REF',
  approve: '/rma approve REF [units 1,2]',
  deny: '/rma deny REF [units 3] REASON',
  info: '/rma info REF WHAT',
  received: '/rma received REF [SERIAL ...]',
  resolve: '/rma resolve REF replacement|repair|refund [units 1,2]',
  advance: '/rma advance REF TRACKING [units 1,2]',
  cost: '/rma cost REF AMOUNT_USD LABEL',
  'approve-cost': '/rma approve-cost REF',
  note: '/rma note REF TEXT',
  reopen: '/rma reopen REF',
  cancel: '/rma cancel REF',
  reply: '/rma reply REF TEXT',
  review: '/rma review REF',
  contact: '/rma contact REF ADDRESS',
};

export class CommandError extends Error {
  override name = 'CommandError';
}

/** Parses `/rma …` (the leading `/rma` is optional, so platforms can pass the command's text alone). */
export function parseCommand(input: string): Command {
  const words = input
    .trim()
    .replace(/^\/rma\b/i, '')
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  const name = (words[0] ?? 'help').toLowerCase();
  // Own keys only: "constructor" or "__proto__" is no command.
  if (!Object.hasOwn(USAGE, name)) throw new CommandError(unknownCommand(name));
  const commandName = name as CommandName;
  const usage = `Usage: ${USAGE[commandName]}`;
  if (commandName === 'help') return { name: 'help' };
  if (commandName === 'list') {
    const state = (words[1] ?? 'open').toLowerCase();
    if (state !== 'open' && state !== 'all' && !(CASE_STATES as readonly string[]).includes(state)) {
      throw new CommandError(`Unknown state "${state}". States: ${CASE_STATES.join(', ')}, open, all.`);
    }
    return { name: 'list', state: state as CaseState | 'open' | 'all' };
  }
  const ref = normalizeRef(words[1]);
  if (!ref) throw new CommandError(`${words[1] ? `"${words[1]}" is not a case reference such as C-1042. ` : ''}${usage}`);
  const rest = words.slice(2).join(' ');
  // A reply keeps the lines staff typed: everything after the reference, as written.
  const written = input
    .trim()
    .replace(/^\/rma\b/i, '')
    .trim()
    .replace(/^\S+\s+\S+/, '')
    .trim();
  switch (commandName) {
    case 'approve': {
      // Words after the ref other than the units are ignored, as they always were.
      const { units } = unitsIn(words, 2);
      return { name: 'approve', ref, ...(units ? { units } : {}) };
    }
    case 'received': {
      // Units checked in by the serials on their labels; none: every approved unit arrived.
      const serials = words
        .slice(2)
        .map((w) => w.replace(/[,;]$/, ''))
        .filter(Boolean);
      if (serials.some((s) => !/^[a-z0-9][a-z0-9-]{2,39}$/i.test(s))) throw new CommandError(`List serial numbers only. ${usage}`);
      return { name: 'received', ref, ...(serials.length > 0 ? { serials } : {}) };
    }
    case 'advance': {
      const { value: tracking, units } = valueAndUnits(words);
      if (!/^[a-z0-9-]{4,40}$/i.test(tracking)) throw new CommandError(`Give the replacement's tracking number. ${usage}`);
      return { name: 'advance', ref, tracking, ...(units ? { units } : {}) };
    }
    case 'show':
    case 'evidence':
    case 'approve-cost':
    case 'reopen':
    case 'cancel':
    case 'review':
      return { name: commandName, ref };
    case 'reply':
      if (!rest) throw new CommandError(`Write what the customer should read. ${usage}`);
      return { name: 'reply', ref, text: written };
    case 'deny': {
      const { units, rest: reason } = unitsIn(words, 2);
      if (reason.length === 0) throw new CommandError(`A denial needs a reason the customer will read. ${usage}`);
      return { name: 'deny', ref, reason: reason.join(' '), ...(units ? { units } : {}) };
    }
    case 'info':
      if (!rest) throw new CommandError(`Say what information you need. ${usage}`);
      return { name: 'info', ref, what: rest };
    case 'note':
      if (!rest) throw new CommandError(`The note is empty. ${usage}`);
      return { name: 'note', ref, text: rest };
    case 'contact': {
      // An email address (or another user id of the case's platform) that may write for the customer.
      const contact = (words[2] ?? '').replace(/^<(.*)>$/, '$1');
      if (!contact || words.length > 3 || contact.length > 200)
        throw new CommandError(`Name one address (or user id) that may write on the case for the customer. ${usage}`);
      return { name: 'contact', ref, contact: contact.includes('@') ? contact.toLowerCase() : contact };
    }
    case 'resolve': {
      const { value, units } = valueAndUnits(words);
      const resolution = value.toLowerCase();
      if (!(STAFF_RESOLUTIONS as readonly string[]).includes(resolution))
        throw new CommandError(`Resolve as replacement, repair or refund. ${usage}`);
      return { name: 'resolve', ref, resolution: resolution as StaffResolution, ...(units ? { units } : {}) };
    }
    case 'cost': {
      const cents = parseUsd(words[2] ?? '');
      if (cents === null || cents <= 0) throw new CommandError(`"${words[2] ?? ''}" is not an amount in USD such as 42.50. ${usage}`);
      const label = words.slice(3).join(' ');
      if (!label) throw new CommandError(`Say what the cost is for (e.g. return shipping, duties). ${usage}`);
      return { name: 'cost', ref, cents, label };
    }
  }
}

/** Unit numbers a claim can have; a list longer than this is a typo. */
const MAX_UNIT = 500;

/**
 * "units 1,2,4", "unit 3", "units 1-3 and 5" at `from`: the unit numbers, and the words after them. No
 * "unit(s)" word: no units, every word is the rest.
 */
function unitsIn(words: string[], from: number): { units: number[] | null; rest: string[] } {
  if (!/^units?$/i.test(words[from] ?? '')) return { units: null, rest: words.slice(from) };
  const units: number[] = [];
  let i = from + 1;
  for (; i < words.length; i++) {
    const parts = words[i]!.split(',').filter(Boolean);
    if (words[i]!.toLowerCase() === 'and') continue;
    if (parts.length === 0 || !parts.every((p) => /^\d{1,3}(?:-\d{1,3})?$/.test(p))) break;
    for (const part of parts) {
      const [from, to] = part.split('-').map(Number) as [number, number | undefined];
      const last = to ?? from;
      if (from < 1 || last > MAX_UNIT || last < from) throw new CommandError(`"${part}" is not a unit number or range such as 2 or 1-3.`);
      for (let n = from; n <= last; n++) if (!units.includes(n)) units.push(n);
    }
  }
  if (units.length === 0) throw new CommandError('Name the units by number, e.g. "units 1,2" or "unit 3".');
  return { units, rest: words.slice(i) };
}

/** The word after the ref and the units, named before it ("units 1 refund") or after it ("refund units 1"). */
function valueAndUnits(words: string[]): { value: string; units: number[] | null } {
  const before = unitsIn(words, 2);
  if (before.units) return { value: before.rest[0] ?? '', units: before.units };
  return { value: words[2] ?? '', units: unitsIn(words, 3).units };
}

/** `Unknown command 'aprove'. Did you mean `/rma approve`? Try /rma help.` (a long word is cut short in the echo). */
function unknownCommand(name: string): string {
  const shown = name.length > 40 ? `${name.slice(0, 40)}…` : name;
  const near = closestWord(name, Object.keys(USAGE));
  return `Unknown command '${shown}'.${near ? ` Did you mean \`/rma ${near}\`?` : ''} Try /rma help.`;
}

export function helpText(staff: boolean): string {
  const names = (Object.keys(USAGE) as CommandName[]).filter((n) => staff || CUSTOMER_COMMANDS.has(n));
  return `Commands:\n${names.map((n) => `  ${USAGE[n]}`).join('\n')}`;
}

/** A command that changes a case (not help, list, show or evidence). */
export type CaseCommand = Extract<
  Command,
  {
    name:
      | 'approve'
      | 'deny'
      | 'info'
      | 'received'
      | 'resolve'
      | 'advance'
      | 'cost'
      | 'approve-cost'
      | 'note'
      | 'reopen'
      | 'cancel'
      | 'reply'
      | 'review'
      | 'contact';
  }
>;

/** The case event each case-changing command sends; null for the commands that only read. */
export const COMMAND_EVENT: Record<CommandName, CaseEvent['type'] | null> = {
  help: null,
  list: null,
  show: null,
  evidence: null,
  approve: 'staff.approve',
  deny: 'staff.deny',
  info: 'staff.request_info',
  received: 'staff.received',
  resolve: 'staff.resolve',
  advance: 'staff.advance',
  cost: 'staff.cost',
  'approve-cost': 'staff.approve_cost',
  note: 'staff.note',
  reopen: 'staff.reopen',
  cancel: 'cancel',
  reply: 'staff.reply',
  review: 'staff.review',
  contact: 'staff.contact',
};

/** The case event of a case-changing command sent at `at` by `by`. */
export function commandEvent(command: CaseCommand, at: string, by: string): CaseEvent {
  switch (command.name) {
    case 'approve':
      return { type: 'staff.approve', rma: '', at, by, ...(command.units ? { units: command.units } : {}) };
    case 'deny':
      return { type: 'staff.deny', reason: command.reason, at, by, ...(command.units ? { units: command.units } : {}) };
    case 'info':
      return { type: 'staff.request_info', what: command.what, at, by };
    case 'received':
      return { type: 'staff.received', at, by, ...(command.serials ? { serials: command.serials } : {}) };
    case 'resolve':
      return { type: 'staff.resolve', resolution: command.resolution, at, by, ...(command.units ? { units: command.units } : {}) };
    case 'advance':
      return { type: 'staff.advance', tracking: command.tracking, at, by, ...(command.units ? { units: command.units } : {}) };
    case 'cost':
      return { type: 'staff.cost', cents: command.cents, label: command.label, at, by };
    case 'approve-cost':
      return { type: 'staff.approve_cost', at, by };
    case 'note':
      return { type: 'staff.note', text: command.text, at, by };
    case 'reopen':
      return { type: 'staff.reopen', at, by };
    case 'cancel':
      return { type: 'cancel', at };
    case 'reply':
      return { type: 'staff.reply', text: command.text, posted: false, at, by };
    case 'review':
      return { type: 'staff.review', at, by };
    case 'contact':
      return { type: 'staff.contact', contact: command.contact, at, by };
  }
}

/**
 * The case states a command's REF can name: those whose machine state takes the command's event
 * (read from the machine), or every state for the commands that only read.
 */
export function refStatesOf(name: CommandName): CaseState[] {
  const event = COMMAND_EVENT[name];
  return event ? statesAccepting(event) : [...CASE_STATES];
}

/** Staff buttons and the command each stands for. */
export const STAFF_ACTIONS = ['approve', 'deny', 'request_info'] as const;

/** The command a staff button (with what its modal collected) stands for; throws CommandError when it lacks its text. */
export function staffActionCommand(action: (typeof STAFF_ACTIONS)[number], ref: string, text: string): CaseCommand {
  if (action === 'approve') return { name: 'approve', ref };
  if (text === '')
    throw new CommandError(action === 'deny' ? 'A denial needs a reason the customer will read.' : 'Say what information you need.');
  return action === 'deny' ? { name: 'deny', ref, reason: text } : { name: 'info', ref, what: text };
}
