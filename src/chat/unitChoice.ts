// Several units of an order named for one claim (issue 20): "1, 3 and 4", "items 2-5", "all 5
// SFP-10G-SR", "both", or two or more serials the order sold. One pass over the message's tokens and
// a map of the order's serials and part numbers: linear in the text.
import { normalizeSerial } from '../case/machineHelpers.ts';
import type { OrderItem } from '../case/types.ts';
import { parseWindow } from './parse.ts';
import { wordSet } from './plainWords.ts';

export interface UnitChoice {
  /** Indexes into the order's items, in the order named. */
  indexes: number[];
  /** The serial typed for each index, when the unit was named by its serial. */
  serials: Array<string | null>;
}

/** Words that may stand around a list of item numbers ("items 1, 3 and 4", "Position 2 und 3"). */
const LIST_WORDS = wordSet(
  'and & + or plus item items unit units number numbers no nos nr line lines position positionen posten und artikel einheit einheiten y e artículo artículos articulo articulos unidad unidades línea et article articles unité unités ligne lignes the of both la las los les des der die das and/or',
);
/** "all", "every", "both" in the five languages. */
const ALL_WORDS = wordSet('all every each both alle beide beiden sämtliche todos todas ambos ambas tous toutes les deux');
const HAN_ALL = /全部|所有|都|两个都/;
/** Han joiners and list marks between numbers. */
const HAN_JOINERS = /[和、，及与]/g;

const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}/._-]*|#/gu;
const RANGE = /^(\d{1,3})-(\d{1,3})$/;

function tokensOf(text: string): string[] {
  return parseWindow(text).replace(HAN_JOINERS, ' ').match(TOKEN) ?? [];
}

/** Past the question which item, a choice of units is a short message of its own, not a pasted log. */
const SHORT = 200;

/**
 * The units a message names, when it names two or more different items of the order; null otherwise.
 * `asked`: the bot asked which item. Only then are item numbers read ("1, 3": elsewhere a number is more
 * likely a count, a port or a date) and "all" alone; elsewhere "all" needs the part number.
 */
export function unitChoice(text: string, items: ReadonlyArray<OrderItem>, asked: boolean): UnitChoice | null {
  if (items.length < 2) return null;
  if (!asked && (text.length > SHORT || text.trim().includes('\n'))) return null;
  const tokens = tokensOf(text);
  return bySerials(tokens, items) ?? (asked ? byNumbers(tokens, items.length) : null) ?? byAll(text, tokens, items, asked);
}

/** Two or more serials the order sold, each typed as one token. */
function bySerials(tokens: string[], items: ReadonlyArray<OrderItem>): UnitChoice | null {
  const serials = new Map<string, number>();
  items.forEach((item, i) => {
    const serial = normalizeSerial(item.serialNumber);
    if (serial.length >= 4 && !serials.has(serial)) serials.set(serial, i);
  });
  const indexes: number[] = [];
  const typed: string[] = [];
  for (const token of tokens) {
    const index = serials.get(normalizeSerial(token));
    if (index !== undefined && !indexes.includes(index)) {
      indexes.push(index);
      typed.push(token.toUpperCase());
    }
  }
  return indexes.length >= 2 ? { indexes, serials: typed } : null;
}

/** A list of item numbers and ranges and nothing else but list words: "1, 3 and 4", "#2 #5", "items 2-4". */
function byNumbers(tokens: string[], count: number): UnitChoice | null {
  const picked: number[] = [];
  const add = (n: number) => {
    if (n >= 1 && n <= count && !picked.includes(n - 1)) picked.push(n - 1);
  };
  for (const token of tokens) {
    const lower = token.toLowerCase();
    if (/^\d{1,3}$/.test(token)) {
      const n = Number(token);
      if (n < 1 || n > count) return null;
      add(n);
      continue;
    }
    const range = RANGE.exec(token);
    if (range) {
      const [from, to] = [Number(range[1]), Number(range[2])];
      if (from < 1 || to > count || to <= from) return null;
      for (let n = from; n <= to; n++) add(n);
      continue;
    }
    if (token === '#' || LIST_WORDS.has(lower)) continue;
    return null;
  }
  return picked.length >= 2 ? { indexes: picked, serials: picked.map(() => null) } : null;
}

/**
 * "all of them", "all 5 SFP-10G-SR", "both": every item of the order, or of the part number named. A
 * count that does not match the order's lines of that part leaves the choice to the customer.
 */
function byAll(text: string, tokens: string[], items: ReadonlyArray<OrderItem>, asked: boolean): UnitChoice | null {
  const lower = tokens.map((t) => t.toLowerCase());
  const all = lower.some((t) => ALL_WORDS.has(t)) || HAN_ALL.test(parseWindow(text));
  if (!all) return null;
  const parts = new Set(items.map((i) => normalizeSerial(i.partNumber)).filter((p) => p.length >= 3));
  const named = new Set(tokens.map(normalizeSerial).filter((t) => parts.has(t)));
  if (named.size === 0 && !asked) return null;
  const indexes = items.flatMap((item, i) => (named.size === 0 || named.has(normalizeSerial(item.partNumber)) ? [i] : []));
  const counts = tokens.filter((t) => /^\d{1,3}$/.test(t)).map(Number);
  if (counts.length > 0 && !counts.includes(indexes.length)) return null;
  if (lower.includes('both') || lower.includes('beide') || lower.includes('beiden') || lower.includes('ambos') || lower.includes('ambas')) {
    if (indexes.length !== 2) return null;
  }
  return indexes.length >= 2 ? { indexes, serials: indexes.map(() => null) } : null;
}
