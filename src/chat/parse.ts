// Reading what customers type: order numbers, serials, tracking numbers, item choices, yes/no and
// troubleshooting answers. Loose on purpose: people write "order #100234", "S/N: FNS 1732 0ABC",
// "it works now". Every reader here is linear in its input (issue 13): a hand-written scanner splits
// the text once, and the few regular expressions left have no nested or adjacent quantifiers (the
// regexp/no-super-linear-* lint rules hold that). Only the first PARSE_WINDOW characters are read.
import { normalizeSerial } from '../case/machineHelpers.ts';
import {
  DOUBTFUL_LATIN,
  FAULT_GONE_LATIN,
  FIXED_LATIN,
  hanTroubleshooting,
  hanYesNo,
  NO_PHRASES_LATIN,
  NO_PROBLEM,
  NO_START_ANSWER_LATIN,
  NO_START_LATIN,
  STILL_FAILING_LATIN,
  UNSURE_LATIN,
  YES_ALONE_LATIN,
  YES_PHRASES_LATIN,
  YES_START_LATIN,
} from './foreignAnswers.ts';
import { hanText, hasHan, trimHan } from './hanPhrases.ts';
import { plainWords, wordSet } from './plainWords.ts';
import { categoryOf, type Category } from './troubleshooting.ts';

/** How much of a message the readers look at; the whole text is still stored by the callers. */
export const PARSE_WINDOW = 2000;

export function parseWindow(text: string): string {
  return text.length > PARSE_WINDOW ? text.slice(0, PARSE_WINDOW) : text;
}

// ---------------------------------------------------------------------------------------------
// The scanner: words of letters, digits and . _ / - (trimmed of those four at both ends), single
// punctuation marks, and line breaks. A word remembers a '#' right before it and a full stop after it.
// Accented Latin letters belong to words ("número", "Größe"); a run of Chinese characters is a word of
// its own ("订单号100234" is "订单号" and "100234").

interface Word {
  kind: 'word';
  text: string;
  lower: string;
  /** A '#' touches the word on its left: "#100234". */
  hashed: boolean;
  /** A '.' was trimmed off its end: the end of a sentence, or an abbreviation ("no."). */
  stop: boolean;
}
type Piece = Word | { kind: 'mark'; ch: string } | { kind: 'newline' };

function isWordCode(c: number): boolean {
  return (
    (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46 || c === 95 || c === 47 || c === 45 || isAccented(c)
  );
}

/** À-ɏ but × and ÷, and the ordinal indicators ª º ("nº"). */
function isAccented(c: number): boolean {
  return (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || c === 0xaa || c === 0xba;
}

/** A CJK ideograph (the unified block, extension A, compatibility ideographs). */
function isHanCode(c: number): boolean {
  return (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);
}

/** . _ / - */
function isEdgeCode(c: number): boolean {
  return c === 46 || c === 95 || c === 47 || c === 45;
}

function isSpaceCode(c: number): boolean {
  return (
    c === 32 || c === 9 || c === 13 || c === 11 || c === 12 || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0x3000
  );
}

function scan(text: string): Piece[] {
  const pieces: Piece[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      pieces.push({ kind: 'newline' });
      i++;
    } else if (isSpaceCode(c)) {
      i++;
    } else if (isHanCode(c)) {
      let j = i;
      while (j < text.length && isHanCode(text.charCodeAt(j))) j++;
      const word = text.slice(i, j);
      pieces.push({ kind: 'word', text: word, lower: word, hashed: false, stop: false });
      i = j;
    } else if (isWordCode(c)) {
      let j = i;
      while (j < text.length && isWordCode(text.charCodeAt(j))) j++;
      let start = i;
      let end = j;
      while (start < end && isEdgeCode(text.charCodeAt(start))) start++;
      while (end > start && isEdgeCode(text.charCodeAt(end - 1))) end--;
      if (start === end) {
        pieces.push({ kind: 'mark', ch: text[i]! });
      } else {
        const word = text.slice(start, end);
        const stop = text.slice(end, j).includes('.');
        pieces.push({ kind: 'word', text: word, lower: word.toLowerCase(), hashed: i > 0 && text[i - 1] === '#', stop });
      }
      i = j;
    } else {
      pieces.push({ kind: 'mark', ch: text[i]! });
      i++;
    }
  }
  return pieces;
}

const hasDigit = (s: string) => /\d/.test(s);
const ALNUM_DASH = /^[A-Z0-9-]+$/i;

// "48-port", "10G", "715W", "1310nm", "2nd": numbers with a unit, never an order or a serial.
const QUANTITY =
  /^\d{1,5}-?(?:st|nd|rd|th|[xskmgtwvah]|kb|mb|gb|tb|kbps|mbps|gbps|kw|vac|vdc|ma|mm|cm|km|kg|ms|min|mins|hr|hrs|day|days|port|ports|pin|pins|way|core|cores|nm|db|dbm|hz|khz|mhz|ghz|[cfu]|am|pm|ru|ac|dc)$/i;
const DATE = /^(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}-\d{1,2}-\d{2,4})$/;

function isQuantityOrDate(s: string): boolean {
  return QUANTITY.test(s) || DATE.test(s);
}

// Words that introduce an order number, and the words that may sit between them and the number.
// German, Spanish and French ones too ("Bestellnummer: 100234", "nº de pedido 100120", "n° de commande").
// "commandé" (ordered) is no label: the labels keep their accents.
const ORDER_LABELS = new Set([
  ...['order', 'orders', 'ord', 'po', 'p.o', 'invoice', 'inv'],
  ...['bestellung', 'bestellungen', 'bestellnummer', 'bestellnr', 'bestell-nr', 'auftrag', 'auftragsnummer', 'auftragsnr', 'auftrags-nr'],
  ...['rechnung', 'rechnungsnummer', 'rechnungsnr', 'rechnungs-nr', 'pedido', 'pedidos', 'factura', 'commande', 'commandes', 'facture'],
]);
const ABBREVIATED_LABELS = new Set([
  'ord',
  'p.o',
  'inv',
  'bestellnr',
  'bestell-nr',
  'auftragsnr',
  'auftrags-nr',
  'rechnungsnr',
  'rechnungs-nr',
]);
const NUMBER_FILLERS = new Set([
  ...['no', 'nr', 'num', 'number', 'numbers', 'nos', 'id', 'ref', 'reference', 'is', 'was', 'nummer'],
  ...['numero', 'número', 'numéro', 'n', 'nº', 'n.º', 'n.o', 'º', 'nro', 'ist', 'lautet', 'es', 'est'],
  ...['号', '号码', '编号', '是', '为', '码', '号是', '号为'],
]);
const FILLER_MARKS = new Set(['#', ':', '=', '-', '°', '：', '＃']);
// Chinese labels end a run of characters ("我的订单号是"): the ends that name an order, a serial, a tracking number.
const HAN_ORDER_ENDS = ['订单号码', '订单编号', '订单号', '订单', '发票号', '发票'];
const HAN_SERIAL_ENDS = ['序列号码', '序列号', '机身号'];
const HAN_TRACKING_ENDS = ['运单号', '快递单号', '物流单号', '快递号', '单号', '运单', '追踪号', '跟踪号'];

/** Which Chinese label a run of characters ends with, a trailing 是 or 为 ("is") aside. */
function hanLabel(run: string, ends: readonly string[]): boolean {
  const bare = run.endsWith('是') || run.endsWith('为') ? run.slice(0, -1) : run;
  return ends.some((e) => bare.endsWith(e));
}

function isOrderLabel(word: Word): boolean {
  if (ORDER_LABELS.has(word.lower)) return !word.stop || ABBREVIATED_LABELS.has(word.lower);
  return isHanCode(word.text.charCodeAt(0)) && hanLabel(word.text, HAN_ORDER_ENDS);
}
const LIST_JOINERS = new Set(['and', 'or', 'plus', '&']);
const LIST_MARKS = new Set([',', '&', '+']);

const SERIAL_LABELS = new Set([
  ...['sn', 's/n', 's.n', 'serial', 'serialno', 'serial-no', 'serial-number', 'serialnumber', 'ser.no'],
  ...['seriennummer', 'seriennr', 'serien-nr', 'sn-nr'],
]);
// "número de serie", "numéro de série", "n° de série": "serie" names a serial after one of these and "de".
const SERIE_WORDS = new Set(['serie', 'série']);
const NUMERO_WORDS = new Set(['numero', 'número', 'numéro', 'n', 'nº', 'n.º', 'n.o', 'no', 'num', 'nro', 'nr']);
// Short lower-case words that never start a serial read after a label ("serial is on the box").
const NOT_SERIAL_START = wordSet(
  'a an and are as at be box but by can for from has have here i in is it its just me my no not of ok on one or our see says same so that the then this to too was we with yes you your ist es est der die das el la le les mi mein meine ma mon auf sur en im steht esta del du des',
);

function isSerialLabel(pieces: Piece[], i: number): boolean {
  const word = pieces[i] as Word;
  if (SERIAL_LABELS.has(word.lower)) return !(word.stop && word.lower === 'serial');
  if (isHanCode(word.text.charCodeAt(0))) return hanLabel(word.text, HAN_SERIAL_ENDS);
  if (!SERIE_WORDS.has(word.lower)) return false;
  const de = pieces[i - 1];
  let k = i - 2;
  while (k >= 0 && pieces[k]!.kind === 'mark' && i - k < 5) k--;
  const numero = pieces[k];
  return de?.kind === 'word' && de.lower === 'de' && numero?.kind === 'word' && NUMERO_WORDS.has(numero.lower);
}

interface Reading {
  pieces: Piece[];
  /** Order numbers the customer marked as such, in order of appearance. */
  labelledOrders: Array<{ number: string; at: number }>;
  /** Serials read after a label ("S/N: FNS 1732 0ABC"), normalised, with the pieces they used. */
  labelledSerials: Array<{ serial: string; at: number[] }>;
}

/** The number read after an order label or '#': a word holding a digit, 3 to 64 characters. */
function isOrderValue(word: Word): boolean {
  return word.text.length >= 3 && word.text.length <= 64 && hasDigit(word.text) && !isQuantityOrDate(word.text);
}

/** "100-310" -> "9-9", "SO-55821" -> "A-9": list items of one shape ("orders 100234 and 100310"). */
function shapeOf(text: string): string {
  let shape = '';
  for (const ch of text) {
    const kind = /\d/.test(ch) ? '9' : /[A-Z]/i.test(ch) ? 'A' : ch;
    if (!shape.endsWith(kind) || (kind !== '9' && kind !== 'A')) shape += kind;
  }
  return shape;
}

/** Skips the words and marks between a label and its value; the index of the value, if any. */
function skipFillers(pieces: Piece[], from: number, fillers: ReadonlySet<string>): number {
  let j = from;
  for (let skipped = 0; j < pieces.length && skipped < 4; skipped++, j++) {
    const p = pieces[j]!;
    if (p.kind === 'mark' && FILLER_MARKS.has(p.ch)) continue;
    if (p.kind === 'word' && fillers.has(p.lower) && !hasDigit(p.text)) continue;
    break;
  }
  return j;
}

function readSerialAfter(pieces: Piece[], from: number): { serial: string; at: number[] } | null {
  let value = '';
  const at: number[] = [];
  for (let k = from; k < pieces.length && at.length < 8; k++) {
    const p = pieces[k]!;
    if (p.kind !== 'word' || !ALNUM_DASH.test(p.text)) break;
    const upperAsTyped = /[A-Z]/.test(p.text) && !/[a-z]/.test(p.text);
    const fits =
      hasDigit(p.text) || (upperAsTyped && p.text.length <= 8) || (at.length === 0 && p.text.length <= 4 && !NOT_SERIAL_START.has(p.lower));
    if (!fits) break;
    const longer = value + normalizeSerial(p.text);
    if (longer.length > 40) break;
    value = longer;
    at.push(k);
    if (p.stop) break;
  }
  return value.length >= 4 && hasDigit(value) ? { serial: value, at } : null;
}

function read(text: string): Reading {
  const pieces = scan(parseWindow(text));
  const labelledOrders: Reading['labelledOrders'] = [];
  const labelledSerials: Reading['labelledSerials'] = [];
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i]!;
    if (p.kind !== 'word') continue;
    if (isSerialLabel(pieces, i)) {
      const found = readSerialAfter(pieces, skipFillers(pieces, i + 1, NUMBER_FILLERS));
      if (found) {
        labelledSerials.push(found);
        i = found.at.at(-1)!;
      }
      continue;
    }
    let value = -1;
    if (isOrderLabel(p)) {
      const j = skipFillers(pieces, i + 1, NUMBER_FILLERS);
      const next = pieces[j];
      if (next?.kind === 'word' && isOrderValue(next)) value = j;
    } else if (p.hashed && isOrderValue(p)) {
      value = i;
    }
    if (value < 0) continue;
    const first = pieces[value] as Word;
    labelledOrders.push({ number: first.text, at: value });
    // "orders 100234 and 100310": more numbers of the same shape joined by "and", "," or "&".
    let k = value;
    while (!(pieces[k] as Word).stop) {
      const joiner = pieces[k + 1];
      const isJoiner =
        (joiner?.kind === 'word' && LIST_JOINERS.has(joiner.lower)) || (joiner?.kind === 'mark' && LIST_MARKS.has(joiner.ch));
      const next = pieces[k + 2];
      if (!isJoiner || next?.kind !== 'word' || !isOrderValue(next) || shapeOf(next.text) !== shapeOf(first.text)) break;
      labelledOrders.push({ number: next.text, at: k + 2 });
      k += 2;
    }
    i = k;
  }
  return { pieces, labelledOrders, labelledSerials };
}

// ---------------------------------------------------------------------------------------------
// Orders

export interface OrderMention {
  number: string;
  /** The customer marked it as an order number ("order #…", "PO …", "invoice …", "#…"). */
  labelled: boolean;
}

/**
 * Tokens that could be an order number (they hold a digit, 3–64 characters): the ones the customer
 * labelled first, then the others as they appear; at most 5, no duplicates. The caller checks them
 * against the records, and only says "can't find order X" for a labelled X.
 */
export function orderNumberCandidates(text: string): OrderMention[] {
  const { pieces, labelledOrders, labelledSerials } = read(text);
  const mentions: OrderMention[] = [];
  const seen = new Set<string>();
  const add = (number: string, labelled: boolean) => {
    const key = number.toUpperCase();
    if (seen.has(key) || mentions.length >= 5) return;
    seen.add(key);
    mentions.push({ number, labelled });
  };
  for (const o of labelledOrders) add(o.number, true);
  const used = new Set([...labelledOrders.map((o) => o.at), ...labelledSerials.flatMap((s) => s.at)]);
  for (let i = 0; i < pieces.length && mentions.length < 5; i++) {
    const p = pieces[i]!;
    if (p.kind === 'word' && !used.has(i) && ALNUM_DASH.test(p.text) && isOrderValue(p)) add(p.text, false);
  }
  return mentions;
}

/** The forms to try against the records, in order: as typed, upper case, digits only ("100-310" -> "100310"). */
export function orderNumberVariants(number: string): string[] {
  const typed = parseWindow(number).trim();
  const digits = typed.replace(/\D/g, '');
  const variants = [typed, typed.toUpperCase()];
  if (digits.length >= 3) variants.push(digits);
  return [...new Set(variants)].filter((v) => v !== '');
}

// ---------------------------------------------------------------------------------------------
// Serials

function unlabelledSerials(reading: Reading): Array<{ serial: string; at: number }> {
  const used = new Set([...reading.labelledOrders.map((o) => o.at), ...reading.labelledSerials.flatMap((s) => s.at)]);
  const found: Array<{ serial: string; at: number }> = [];
  reading.pieces.forEach((p, i) => {
    if (p.kind !== 'word' || used.has(i) || p.hashed || !ALNUM_DASH.test(p.text) || !hasDigit(p.text) || isQuantityOrDate(p.text)) return;
    const serial = normalizeSerial(p.text);
    if (serial.length >= 4 && serial.length <= 40) found.push({ serial, at: i });
  });
  return found;
}

/**
 * The serial number in a message, normalised like normalizeSerial (upper case, no spaces or dashes),
 * without its label: "S/N: FNS 1732 0ABC" -> "FNS17320ABC". Null when nothing looks like one.
 */
export function serialNumberIn(text: string): string | null {
  const reading = read(text);
  return reading.labelledSerials[0]?.serial ?? unlabelledSerials(reading)[0]?.serial ?? null;
}

/** Normalised tokens that could be serials (labelled ones first), at most 5: for finding an order by serial. */
export function serialCandidates(text: string): string[] {
  const reading = read(text);
  return [...new Set([...reading.labelledSerials.map((s) => s.serial), ...unlabelledSerials(reading).map((s) => s.serial)])].slice(0, 5);
}

// What may surround a serial in a message that says nothing else: "sorry typo, it's FNS17320ABC",
// "oops, the correct serial is …", "my bad: S/N …". Not "not" or "but": in "not X but Y" only a serial
// the order records confirm is taken. (The scanner splits "it's" into "it" and "s".)
const SERIAL_FILLERS = wordSet(
  'sorry typo typos oops oh ah ok okay my bad mistake mistyped wrong correction correct corrected right real proper actual actually i meant mean it its is was should be the a one here that this serial sn s/n number no nr please pls thanks thank you and sent typed new again fixed label says say reads shows on s m d ll ve re' +
    ' entschuldigung tippfehler richtige korrekte meine ist lautet die bitte danke perdón perdon error correcto mi es el la de número numero n nº º por favor gracias désolé desole pardon erreur c est le bon numéro merci 是 码 号',
);

export interface SerialMentions {
  /** Serials in the order they were read: labelled ones first, each normalised; at most 5. */
  serials: Array<{ serial: string; labelled: boolean }>;
  /** The message holds nothing but serials, their labels and a few words of apology or correction. */
  alone: boolean;
}

/**
 * The pieces of the first run of words that, joined without spaces or dashes, spell `known` exactly
 * ("fns 1732-0abc" for FNS17320ABC). Each start reads on only while the join is a prefix of `known`,
 * so the work is at most the pieces times the length of `known`.
 */
function spelled(pieces: Piece[], known: string): number[] | null {
  for (let i = 0; i < pieces.length; i++) {
    let joined = '';
    const at: number[] = [];
    for (let k = i; k < pieces.length; k++) {
      const p = pieces[k]!;
      if (p.kind !== 'word') break;
      joined += normalizeSerial(p.text);
      at.push(k);
      if (joined === known) return at;
      if (!known.startsWith(joined)) break;
    }
  }
  return null;
}

/**
 * The serials a message names and whether it says anything else; linear like the rest of this file.
 * `known`, a serial the order records (normalised), is found however the customer spaced it.
 */
export function serialMentions(text: string, known = ''): SerialMentions {
  const reading = read(text);
  const labelled = reading.labelledSerials.map((s) => ({ serial: s.serial, labelled: true, at: s.at }));
  const unlabelled = unlabelledSerials(reading).map((s) => ({ serial: s.serial, labelled: false, at: [s.at] }));
  const spelledAt = known.length >= 4 ? spelled(reading.pieces, known) : null;
  const all = [...(spelledAt ? [{ serial: known, labelled: false, at: spelledAt }] : []), ...labelled, ...unlabelled];
  const used = new Set(all.flatMap((s) => s.at));
  const alone = reading.pieces.every(
    (p, i) =>
      p.kind !== 'word' || used.has(i) || isSerialLabel(reading.pieces, i) || SERIE_WORDS.has(p.lower) || SERIAL_FILLERS.has(p.lower),
  );
  return { serials: all.slice(0, 5).map(({ serial, labelled: l }) => ({ serial, labelled: l })), alone };
}

// ---------------------------------------------------------------------------------------------
// Tracking numbers

// Words that name a tracking number: one after them is taken before any other ("order 4500012345,
// tracking 9400100000000000000000", "Sendungsnummer …", "numéro de suivi …", "运单号…").
const TRACKING_LABELS = wordSet(
  'tracking tracking-nummer trackingnummer sendungsnummer sendungsverfolgung paketnummer seguimiento localizador suivi',
);

/**
 * A carrier tracking number: 8–40 letters and digits with at least 6 digits; spaces between digits are
 * dropped. One after a tracking label comes first.
 */
export function trackingNumberIn(text: string): string | null {
  const window = parseWindow(text);
  // A UPS number typed in groups ("1Z 999 AA1 01 2345 6784"): 1Z and 16 letters or digits once the spaces go.
  const ups = /1Z(?:\s?[0-9A-Z]){16}(?![0-9A-Z])/i.exec(window)?.[0];
  if (ups) return ups.replace(/\s/g, '').toUpperCase();
  const joined = window.replace(/(\d)\s+(?=\d)/g, '$1');
  let first: string | null = null;
  let labelled = false;
  for (const p of scan(joined)) {
    if (p.kind !== 'word') continue;
    const t = p.text;
    if (TRACKING_LABELS.has(p.lower) || (isHanCode(t.charCodeAt(0)) && hanLabel(t, HAN_TRACKING_ENDS))) labelled = true;
    const digits = t.replace(/\D/g, '').length;
    if (t.length >= 8 && t.length <= 40 && digits >= 6 && /^[A-Z0-9]+$/i.test(t)) {
      if (labelled) return t.toUpperCase();
      first ??= t.toUpperCase();
    }
  }
  return first;
}

// ---------------------------------------------------------------------------------------------
// Answers

// "no longer fails", "no more errors": a fault that went away.
const FAULT_GONE =
  /\b(?:no longer (?:fails?|failing|drops?|dropping|flaps?|flapping|crash(?:es|ing)?|reboots?|rebooting|errors?|dies|dead|alarms?)|no more (?:errors?|drops?|crash(?:es)?|alarms?|problems?|issues?|flaps?|reboots?)|no (?:problems?|issues?|errors?|alarms?) (?:now|anymore|any more|since)|not (?:failing|dead|broken|dropping) (?:anymore|any more))\b/;
const STILL_FAILING =
  /\b(?:still|not fixed|not working|not work|isn't fixed|isnt fixed|hasn't fixed|not resolved|not solved|didn't (?:help|work|fix)|didnt (?:help|work|fix)|did not (?:help|work|fix)|doesn't (?:help|work)|doesnt (?:help|work)|does not (?:help|work)|don't work|dont work|won't work|wont work|isn't working|isnt working|no luck|no change|no difference|no joy|nothing changed|same (?:problem|issue|fault|thing|error|result|again|as before)|fails?|failing|failed|dead|dies|died|broken|no longer works?|no longer working|not better|worse|nope|nah)\b/;
const FIXED =
  /\b(?:fixed|works now|working now|work now|it works|works again|working again|it worked|that worked|this worked|resolved|solved|all good|good now|fine now|ok now|okay now|that did it|did the trick|problem gone|issue gone|back up|up and running|back online|all sorted|sorted now)\b/;

/** "fixed?? no way", "it works in the other switch", "works now but only on port 2": for a person, not a close. */
const DOUBTFUL = /\b(?:no way|but|only|other|another|different|sometimes|intermittent|still)\b/;

/**
 * Did the customer say the troubleshooting fixed it, or that it still fails? In any language the desk
 * speaks: "works now", "funktioniert immer noch nicht", "ya funciona", "ça marche", "还是不行".
 */
export function troubleshootingAnswer(text: string): 'fixed' | 'still_failing' | null {
  const window = parseWindow(text);
  const t = plainWords(window);
  const answer = plainAnswer(t) ?? hanAnswer(window);
  // Closing a case is not undone: a "fixed" with a doubt or a question in it goes to staff instead.
  const doubtful = DOUBTFUL.test(t) || DOUBTFUL_LATIN.test(t) || window.includes('?') || window.includes('\uFF1F');
  return answer === 'fixed' && doubtful ? null : answer;
}

function plainAnswer(t: string): 'fixed' | 'still_failing' | null {
  if (FAULT_GONE.test(t) || FAULT_GONE_LATIN.test(t)) return 'fixed';
  if (STILL_FAILING.test(t) || STILL_FAILING_LATIN.test(t)) return 'still_failing';
  // "no problem", "kein Problem": no answer to "fixed or still failing".
  if (NO_PROBLEM.test(t)) return null;
  if (/^(?:no|n|nah|nope|negative)\b/.test(t) || NO_START_LATIN.test(t)) return 'still_failing';
  if (FIXED.test(t) || FIXED_LATIN.test(t)) return 'fixed';
  if (/^(?:yes|y|yep|yeah|yup|it did|that did|yes it did)$/.test(t) || YES_ALONE_LATIN.test(t)) return 'fixed';
  return null;
}

/** Chinese, in a short message only: its phrases are found as substrings. */
const HAN_ANSWER_MAX = 80;

function hanAnswer(window: string): 'fixed' | 'still_failing' | null {
  if (!hasHan(window)) return null;
  const han = hanText(window);
  return han.length <= HAN_ANSWER_MAX ? hanTroubleshooting(han) : null;
}

const NO_PHRASES =
  /\b(?:don't cancel|dont cancel|do not cancel|not cancel|no cancel|keep it|keep it open|keep the (?:case|claim)|keep my (?:case|claim)|leave it open|leave it)\b/;
const NO_START = /^(?:no|n|nope|nah|negative|not|don't|dont|do not|never)\b/;
const YES_START =
  /^(?:yes|y|yeah|yea|yep|yup|ya|sure|ok|okay|k|confirm|confirmed|correct|right|absolutely|definitely|affirmative|of course|please do|go ahead|do it)\b/;
const YES_PHRASES = /\b(?:cancel it|cancel please|please cancel|go ahead|confirm|confirmed|please do|do it)\b/;

/**
 * A yes or a no, for a question the bot asked ("Cancel case C-1042?"), in any language the desk
 * speaks ("ja", "nein", "sí", "non", "是的", "不要"); null when neither.
 */
export function yesNo(text: string): 'yes' | 'no' | null {
  const trimmed = parseWindow(text).trim();
  if (trimmed.length > 200) return null;
  const t = plainWords(trimmed);
  if (/^(?:not sure|i don't know|i dont know|dunno|maybe|hmm)\b/.test(t) || UNSURE_LATIN.test(t)) return null;
  if (NO_PHRASES.test(t) || NO_PHRASES_LATIN.test(t)) return 'no';
  // "no problem", "kein Problem", "pas de souci": a yes.
  if (NO_PROBLEM.test(t)) return 'yes';
  if (NO_START.test(t) || NO_START_ANSWER_LATIN.test(t)) return 'no';
  if (YES_START.test(t) || YES_PHRASES.test(t) || YES_START_LATIN.test(t) || YES_PHRASES_LATIN.test(t)) return 'yes';
  return hasHan(trimmed) ? hanYesNo(hanText(trimmed)) : null;
}

// ---------------------------------------------------------------------------------------------
// Item choice

export interface ChoosableItem {
  partNumber: string;
  serialNumber: string;
  description: string;
}

// "the second one", "2nd", "two"; "das zweite", "el segundo", "le deuxième" (read without accents).
// "one" ("eins", "uno", "un") is left out: it is a filler ("the first one").
const ORDINALS = new Map(
  [
    'first 1st erste ersten erster erstes primero primera primer premier premiere 1er 1ere',
    'second 2nd two zweite zweiten zweiter zweites zwei segundo segunda dos deuxieme 2e 2eme second seconde deux',
    'third 3rd three dritte dritten dritter drittes drei tercero tercera tercer tres troisieme 3e 3eme trois',
    'fourth 4th four vierte vierten vierter viertes vier cuarto cuarta cuatro quatrieme 4e 4eme quatre',
    'fifth 5th five funfte funften funfter funftes funf quinto quinta cinco cinquieme 5e 5eme cinq',
    'sixth 6th six sechste sechsten sechster sechstes sechs sexto sexta seis sixieme 6e 6eme',
    'seventh 7th seven siebte siebten siebter siebtes sieben septimo septima siete septieme 7e 7eme sept',
    'eighth 8th eight achte achten achter achtes acht octavo octava ocho huitieme 8e 8eme huit',
    'ninth 9th nine neunte neunten neunter neuntes neun noveno novena nueve neuvieme 9e 9eme neuf',
    'tenth 10th ten zehnte zehnten zehnter zehntes zehn decimo decima diez dixieme 10e 10eme dix',
  ].flatMap((words, i) => words.split(' ').map((w) => [w, i + 1] as const)),
);
const LAST_WORDS = wordSet('last letzte letzten letzter letztes ultimo ultima dernier derniere');
// Words around a number that change nothing: "sorry, I meant item #2 please", "ich meinte das zweite".
const CHOICE_FILLERS = wordSet(
  "sorry i i'd i'll meant mean the one please pls item items number no nr it's its it is that option line pick choose want take ok okay oh um uh actually ah yes yeah was thanks thank you a of my choice go with like would on list" +
    ' der die das den dem ein eine einen eins ich meine meinte nehme will mochte bitte artikel position nummer teil ja danke' +
    ' el la lo los uno una me refiero referia al del quiero elijo por favor articulo numero si gracias' +
    " le la l' un une je veux voudrais prends choisis parle c est article numero oui merci svp",
);

const KIND_WORDS = new Map<string, Category>(
  (
    [
      ['power_supply', 'psu psus pwr supply supplies netzteil netzteile stromversorgung fuente alimentation'],
      ['optic', 'sfp sfp+ sfps qsfp qsfp+ qsfp28 qsfps xfp gbic optic optics optical transceiver transceivers cfp optico optique'],
      ['chassis', 'switch switches router routers chassis firewall routeur commutateur conmutador enrutador'],
      ['line_card', 'card cards linecard linecards module modules blade supervisor sup karte tarjeta carte modul modulo'],
    ] as const
  ).flatMap(([category, words]) => words.split(' ').map((w) => [w, category] as const)),
);
// Words too common to tell items apart by description.
const COMMON_WORDS = wordSet(
  'the a an one it is of and or for with to in on my i that this meant mean sorry please item not no yes which other unit part new we me you ok',
);

/** Lower-case words without accents ("deuxième" -> "deuxieme"), split at anything but a-z, 0-9 and +. */
function choiceWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036F]/g, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .split(/[^a-z0-9+]+/)
    .filter((w) => w !== '');
}

// Chinese: "第二个", "我要第三台", "最后一个"; and the kinds by name ("电源", "光模块", "交换机").
const HAN_CHOICE_OPENERS = ['我要', '我选', '我指的是', '我说的是', '应该是', '就是', '是', '要', '选择', '选'];
const HAN_CHOICE_CLOSERS = ['个', '件', '台', '项', '款', '行', '吧', '谢谢', '的', '那个'];
const HAN_NUMERALS = '一二三四五六七八九十';
const HAN_KINDS: ReadonlyArray<readonly [string, Category]> = [
  ['电源', 'power_supply'],
  ['光模块', 'optic'],
  ['光纤模块', 'optic'],
  ['交换机', 'chassis'],
  ['路由器', 'chassis'],
  ['防火墙', 'chassis'],
  ['机箱', 'chassis'],
  ['板卡', 'line_card'],
  ['线卡', 'line_card'],
  ['业务板', 'line_card'],
];

function hanNumber(head: string, count: number): number | null {
  const core = trimHan(hanText(head), HAN_CHOICE_OPENERS, HAN_CHOICE_CLOSERS);
  let n: number | null = null;
  if (core === '最后' || core === '最后一') n = count;
  else if (/^第\d{1,2}$/.test(core)) n = Number(core.slice(1));
  else if (core.length === 2 && core.startsWith('第') && HAN_NUMERALS.includes(core[1]!)) n = HAN_NUMERALS.indexOf(core[1]!) + 1;
  return n !== null && n >= 1 && n <= count ? n - 1 : null;
}

function byNumber(words: string[], count: number): number | null {
  const rest = words.filter((w) => !CHOICE_FILLERS.has(w));
  let n: number | null = null;
  if (rest.length === 1) {
    const w = rest[0]!;
    n = /^\d{1,3}$/.test(w) ? Number(w) : LAST_WORDS.has(w) ? count : (ORDINALS.get(w) ?? null);
  } else if (rest.length === 0 && / (?:item|number|option) one\b/.test(` ${words.join(' ')}`)) {
    n = 1;
  }
  return n !== null && n >= 1 && n <= count ? n - 1 : null;
}

const NOT_WORDS = new Set(['not', 'no', 'nor', 'nicht', 'kein', 'keine', 'keinen', 'ni', 'pas']);
const ARTICLES = new Set(['the', 'der', 'die', 'das', 'den', 'el', 'la', 'le', 'les', 'l']);

function byWords(words: string[], items: ReadonlyArray<ChoosableItem>, han: string): number | null {
  // "not the switch, the psu", "nicht den Switch": a word right after "not"/"no" (and "the") is left out.
  const negated = (i: number) =>
    NOT_WORDS.has(words[i - 1] ?? '') || (ARTICLES.has(words[i - 1] ?? '') && NOT_WORDS.has(words[i - 2] ?? ''));
  const kept = words.filter((_, i) => !negated(i));
  const kinds = new Set([...kept.flatMap((w) => KIND_WORDS.get(w) ?? []), ...HAN_KINDS.filter(([w]) => han.includes(w)).map(([, c]) => c)]);
  const categories = items.map((item) => categoryOf(item));
  let pool = items.map((_, i) => i);
  const ofKind = kinds.size > 0 ? pool.filter((i) => kinds.has(categories[i]!)) : [];
  // "the switch and the psu": two kinds that both have items here.
  if (new Set(ofKind.map((i) => categories[i])).size > 1) return null;
  if (ofKind.length > 0) pool = ofKind;
  const itemWords = items.map((item) => new Set(choiceWords(`${item.partNumber} ${item.description}`)));
  const votes = new Set<number>();
  for (const w of new Set(kept)) {
    if (w.length < 2 || COMMON_WORDS.has(w)) continue;
    const having = pool.filter((i) => itemWords[i]!.has(w));
    if (having.length === 1) votes.add(having[0]!);
  }
  if (votes.size === 1) return [...votes][0]!;
  if (votes.size > 1) return null;
  return ofKind.length === 1 ? ofKind[0]! : null;
}

/**
 * Which of several items the customer means (0-based): by serial, by part number, by 1-based number
 * ("2", "item 2", "#2", "the second one"), or by the kind or a distinctive word of exactly one item
 * ("the power supply", "the SFP", "sorry, I meant the switch", "the 10G one"). Null when unclear.
 */
export function itemChoice(text: string, items: ReadonlyArray<ChoosableItem>): number | null {
  const head = parseWindow(text);
  const squeezed = normalizeSerial(head);
  const longest = (matches: number[], key: (i: number) => string): number | null => {
    const top = Math.max(...matches.map((i) => key(i).length));
    const best = matches.filter((i) => key(i).length === top);
    return best.length === 1 ? best[0]! : null;
  };
  const serialOf = (i: number) => normalizeSerial(items[i]!.serialNumber);
  const bySerial = items.flatMap((_, i) => (serialOf(i).length >= 3 && squeezed.includes(serialOf(i)) ? [i] : []));
  if (bySerial.length > 0) return longest(bySerial, serialOf);
  const partOf = (i: number) => normalizeSerial(items[i]!.partNumber);
  const byPart = items.flatMap((_, i) => (partOf(i).length >= 3 && squeezed.includes(partOf(i)) ? [i] : []));
  if (byPart.length > 0) return longest(byPart, partOf);
  const words = choiceWords(head);
  // Chinese is read in a short message only, where a kind's name is not part of a description.
  const han = hasHan(head) && head.length <= 40 ? hanText(head) : '';
  return byNumber(words, items.length) ?? (han ? hanNumber(head, items.length) : null) ?? byWords(words, items, han);
}
