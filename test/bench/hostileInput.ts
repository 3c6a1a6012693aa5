// Part `parsers` (issue 13): every reader of what customers type, run on hostile and random texts of up
// to 8,000 characters (the text limit), must handle each in well under the target. A regular expression
// with adjacent `\s*` once took 3 s on "#" + 2,000 spaces + "!"; this part catches any return of that.
// In process and CPU only: no database, a few seconds.
import { performance } from 'node:perf_hooks';
import fc from 'fast-check';
import { replyText } from '../../src/adapters/email/replyText.ts';
import { detectLanguage } from '../../src/chat/detectLanguage.ts';
import { intentOf } from '../../src/chat/intents.ts';
import { languageRequest } from '../../src/chat/languageRequest.ts';
import { unitChoice } from '../../src/chat/unitChoice.ts';
import {
  itemChoice,
  orderNumberCandidates,
  orderNumberVariants,
  serialCandidates,
  serialNumberIn,
  trackingNumberIn,
  troubleshootingAnswer,
  yesNo,
} from '../../src/chat/parse.ts';
import { phase } from './progress.ts';

export const PARSER_TARGET_MS = 50;
const MAX_CHARS = 8000;

const ITEMS = [
  { partNumber: 'WS-C3850-48P', serialNumber: 'FOC2101X0AB', description: 'Catalyst 3850 48-port PoE switch' },
  { partNumber: 'PWR-C1-715WAC', serialNumber: 'LIT2101AAAA', description: '715W AC power supply' },
  { partNumber: 'SFP-10G-SR', serialNumber: 'FNS17320ABC', description: 'Cisco 10GBASE-SR SFP+ module' },
];

/** A lot of 200 optics (issue 20): units are named among them by number, serial or "all N PART". */
const LOT = Array.from({ length: 200 }, (_, i) => ({
  orderNumber: '100600',
  partNumber: i % 2 ? 'SFP-10G-SR' : 'SFP-10G-LR',
  serialNumber: `FNS${String(23010000 + i)}`,
  description: 'Cisco SFP+ module',
  terms: 'standard' as const,
  deliveredOn: '2026-11-12',
}));

export const PARSERS: ReadonlyArray<readonly [string, (text: string) => unknown]> = [
  ['orderNumberCandidates', orderNumberCandidates],
  ['orderNumberVariants', orderNumberVariants],
  ['serialNumberIn', serialNumberIn],
  ['serialCandidates', serialCandidates],
  ['trackingNumberIn', trackingNumberIn],
  ['troubleshootingAnswer', troubleshootingAnswer],
  ['itemChoice', (text) => itemChoice(text, ITEMS)],
  ['yesNo', yesNo],
  ['intentOf', intentOf],
  // The new text of an email (quotes and signature dropped): a backtracking parser kept to short lines.
  ['replyText', replyText], // Issue 19: a request for another language, and the language of the customer's words.
  ['languageRequest', languageRequest],
  ['detectLanguage', detectLanguage],
  ['unitChoice', (text) => unitChoice(text, LOT, true)],
];

/** `s` repeated up to `MAX_CHARS` characters, then `tail`. */
function fill(s: string, tail = ''): string {
  return s.repeat(Math.floor((MAX_CHARS - tail.length) / s.length)) + tail;
}

/** Hand-made texts aimed at backtracking: long runs of what a pattern takes, ending in what it refuses. */
export function hostileTexts(): Array<{ label: string; text: string }> {
  const made: Array<[string, string]> = [
    ['hash, 8000 spaces, bang', '#' + ' '.repeat(MAX_CHARS - 2) + '!'],
    ['"order " repeated', fill('order ')],
    ['"order #" repeated, bang', fill('order #', '!')],
    ['"order no. " repeated', fill('order no. ')],
    ['"S/N: " repeated', fill('S/N: ')],
    ['"serial number " repeated', fill('serial number ')],
    ['"sn " repeated', fill('sn ')],
    ['8000 digits', '1'.repeat(MAX_CHARS)],
    ['8000 digits, then a letter', fill('1', 'x')],
    ['digit space dash alternating', fill('1 -')],
    ['digit space alternating, bang', fill('1 ', '!')],
    ['digit, 8000 spaces, letter', '1' + ' '.repeat(MAX_CHARS - 2) + 'x'],
    ['8000 hashes', '#'.repeat(MAX_CHARS)],
    ['8000 dashes, letter', fill('-', 'x')],
    ['8000 slashes, letter', fill('/', 'x')],
    ['8000 dots, letter', fill('.', 'x')],
    ['"a." repeated', fill('a.', '!')],
    ['"1-" repeated', fill('1-', '_')],
    ['"A1 " repeated', fill('A1 ')],
    ['8000 letters', 'a'.repeat(MAX_CHARS)],
    ['8000 spaces then a digit', fill(' ', '1')],
    ['8000 newlines', '\n'.repeat(MAX_CHARS)],
    ['tabs and spaces, bang', fill(' \t', '!')],
    ['"cancel " repeated', fill('cancel ')],
    ['"talk to " repeated', fill('talk to ')],
    ['"never mind " repeated', fill('never mind ')],
    ['"is there a " repeated', fill('is there a ')],
    ['"no longer " repeated', fill('no longer ')],
    ['"still not " repeated', fill('still not ')],
    ['apostrophes', fill("'a'")],
    ['"% -1-" repeated', fill('%A-1-')],
    ['"12:34:" repeated', fill('12:34:')],
    ['"?" repeated', fill('?')],
    ['accented letters', fill('e\u0301')],
    ['emoji', fill('\u{1F600}')],
    ['"status " repeated', fill('status ')],
    ['"firmware update " repeated', fill('firmware update ')],
    ['"the the " repeated with item words', fill('the psu switch sfp ')],
    ['serial-like groups', fill('FNS 1732 ')],
    ['order-like list', fill('100234 and ')],
    // Aimed at email-reply-parser's quote-header patterns (one took over 3 minutes on the first of these).
    ['"2026 from <a" repeated', fill('2026 from <a')],
    ['"Op " lines', fill('Op \n')],
    ['"On  a" repeated, colon', fill('On  a', 'wrote:')],
    ['"12.34.2026 1" repeated', fill('12.34.2026 1')],
    ['"From: [a" lines', fill('From: [a\n')],
    ['quoted lines', fill('> ')],
    ['"W dniu " lines', fill('W dniu \n')],
    // Issue 19: the languages' words and scripts.
    ['Han characters', fill('订单号序列号')],
    ['"还是不" repeated', fill('还是不')],
    ['"/lang " repeated', fill('/lang ')],
    ['"auf Deutsch " repeated', fill('auf Deutsch ')],
    ['"nº de " repeated', fill('nº de ')],
    ['"n° de série " repeated', fill('n° de série ')],
    ['"funktioniert nicht " repeated', fill('funktioniert nicht ')],
  ];
  return made.map(([label, text]) => ({ label, text }));
}

/** Random texts: fast-check strings of any length up to 8,000, of all characters and of hostile ones. */
export function randomTexts(runs: number, seed: number): Array<{ label: string; text: string }> {
  const hostileChars = fc.constantFrom(
    ' ',
    ' ',
    '\t',
    '\n',
    '#',
    '!',
    '?',
    ':',
    '.',
    ',',
    '-',
    '/',
    '_',
    "'",
    '1',
    '0',
    'o',
    'r',
    'd',
    'e',
    'S',
    'N',
    'A',
  );
  const sources: Array<[string, fc.Arbitrary<string>]> = [
    ['fc.string', fc.string({ maxLength: MAX_CHARS })],
    ['fc.string (long)', fc.string({ maxLength: MAX_CHARS, size: 'max' })],
    ['fc.string (hostile characters)', fc.string({ maxLength: MAX_CHARS, size: 'max', unit: hostileChars })],
    ['fc.string (grapheme)', fc.string({ maxLength: MAX_CHARS, size: 'max', unit: 'grapheme' })],
  ];
  return sources.flatMap(([label, arbitrary]) =>
    fc.sample(arbitrary, { numRuns: Math.ceil(runs / sources.length), seed }).map((text, i) => ({ label: `${label} #${i}`, text })),
  );
}

export interface ParserBenchResult {
  inputs: number;
  calls: number;
  seconds: number;
  targetMs: number;
  /** The longest any one parser took on any one input (each the fastest of three tries, so that a GC pause is not counted). */
  worstMs: number;
  worst: { parser: string; input: string; length: number };
  perParser: Array<{ parser: string; worstMs: number; meanMs: number; worstInput: string }>;
}

function time(parse: (text: string) => unknown, text: string): number {
  const start = performance.now();
  parse(text);
  return performance.now() - start;
}

/** Runs every parser on every input and reports the worst handling time. */
export function runParserBench({ randomRuns = 1000, seed = 13 }: { randomRuns?: number; seed?: number } = {}): ParserBenchResult {
  const started = performance.now();
  const hostile = hostileTexts();
  const random = randomTexts(randomRuns, seed);
  const progress = phase('parsers: hostile and random input', hostile.length + random.length, 'texts');
  // Warm up, so that compiling a parser's code is not counted as handling time.
  for (const { text } of [...hostile, ...random.slice(0, 20)]) for (const [, parse] of PARSERS) parse(text);
  const stats = PARSERS.map(([parser]) => ({ parser, worstMs: 0, totalMs: 0, worstInput: '' }));
  let calls = 0;
  let worst = { ms: 0, parser: '', input: '', length: 0 };
  const measure = (label: string, text: string, tries: number) => {
    PARSERS.forEach(([parser, parse], p) => {
      let ms = Infinity;
      for (let t = 0; t < tries; t++) ms = Math.min(ms, time(parse, text));
      calls += tries;
      const s = stats[p]!;
      s.totalMs += ms;
      if (ms > s.worstMs) Object.assign(s, { worstMs: ms, worstInput: label });
      if (ms > worst.ms) worst = { ms, parser, input: label, length: text.length };
    });
    progress.increment();
  };
  for (const { label, text } of [...hostile, ...random]) measure(label, text, 3);
  const inputs = hostile.length + random.length;
  const round = (ms: number) => Math.round(ms * 1000) / 1000;
  progress.note(`worst ${round(worst.ms)} ms: ${worst.parser} on ${worst.input}`);
  progress.stop();
  return {
    inputs,
    calls,
    seconds: Math.round((performance.now() - started) / 100) / 10,
    targetMs: PARSER_TARGET_MS,
    worstMs: round(worst.ms),
    worst: { parser: worst.parser, input: worst.input, length: worst.length },
    perParser: stats.map((s) => ({
      parser: s.parser,
      worstMs: round(s.worstMs),
      meanMs: round(s.totalMs / inputs),
      worstInput: s.worstInput,
    })),
  };
}
