// Turns what a customer sent (text, files, a button) into case events, given what the case waits for.
// What people say at any step comes first: a request for a person, a cancel, a question the policy
// answers, another item of the order; then what the step itself waits for.
import type { CaseContext, CaseEvent, Expects, FileRef, OrderItem } from '../case/types.ts';
import type { Intent } from './intents.ts';
import { normalizeSerial, sameItem } from '../case/machineHelpers.ts';
import { languageOfTag } from '../i18n/languages.ts';
import { detectLanguage } from './detectLanguage.ts';
import { languageRequest } from './languageRequest.ts';
import { coveredUnits, isMultiUnit, unitsOf } from '../case/units.ts';
import { unitChoice, type UnitChoice } from './unitChoice.ts';
import { itemChoice, parseWindow, serialMentions, serialNumberIn, trackingNumberIn, troubleshootingAnswer, yesNo } from './parse.ts';

/** What the service found for the order numbers (or serial) a message names. */
export type OrderLookup =
  | { kind: 'found'; number: string; items: OrderItem[]; bySerial?: { serial: string; index: number } | undefined }
  | { kind: 'several'; numbers: string[] }
  /** Not on record; `labelled` when the customer called it an order number. */
  | { kind: 'unknown'; number: string; labelled: boolean };

export interface CustomerInput {
  at: string;
  text: string;
  files: FileRef[];
  /** The order the text names, looked up by the service before the case is locked. */
  order: OrderLookup | null;
  /** What the words ask for, beyond the step (intents.ts). */
  intent: Intent | null;
  /** The message opens the case. */
  opening?: boolean | undefined;
  /** The platform's locale for the sender, when it gives one ("de", "es-ES", "zh-CN"). */
  locale?: string | undefined;
}

export const CUSTOMER_ACTIONS = ['fixed', 'still_failing', 'cancel', 'confirm_cancel', 'keep'] as const;
export type CustomerAction = (typeof CUSTOMER_ACTIONS)[number];

export function isImage(file: FileRef): boolean {
  return /^image\//i.test(file.type) || /\.(?:jpe?g|png|gif|webp|heic|heif|bmp|tiff?)$/i.test(file.name);
}

const PHOTO_STEPS: ReadonlySet<Expects> = new Set(['serial_number', 'serial_photo', 'install_photo', 'fault_description', 'evidence']);

/** During intake, photos fill the serial-label slot, then the installation slot; the rest is evidence. */
function fileEvents(context: CaseContext, files: FileRef[], at: string, expects: Expects): CaseEvent[] {
  const events: CaseEvent[] = [];
  const rest: FileRef[] = [];
  // One serial-label photo per unit of the claim still without one.
  let serialFree = PHOTO_STEPS.has(expects) ? coveredUnits(context).filter((u) => u.serialPhoto === null).length : 0;
  let installFree = PHOTO_STEPS.has(expects) && context.installPhoto === null;
  for (const file of files) {
    if (isImage(file) && serialFree > 0) {
      events.push({ type: 'photo.serial', file, at });
      serialFree -= 1;
    } else if (isImage(file) && installFree) {
      events.push({ type: 'photo.install', file, at });
      installFree = false;
    } else {
      rest.push(file);
    }
  }
  if (rest.length > 0) events.push({ type: 'evidence.provided', files: rest, at });
  return events;
}

/** A serial the customer labelled as one ("S/N FNS17320ABC"), given with the order number. */
const SERIAL_LABEL = /\b(?:s\/?n|serial|seriennummer|serien-?nr|serie|série)\b|序列号|机身号/i;

/**
 * The order step: an order on record, which of several, or a try that found nothing. What else the
 * message says of the order is taken too: the item named in words, a labelled serial.
 */
function orderEvents(order: OrderLookup, text: string, at: string): CaseEvent[] {
  switch (order.kind) {
    case 'found': {
      const events: CaseEvent[] = [{ type: 'order.provided', number: order.number, items: order.items, at }];
      if (order.bySerial) {
        // Serials alone found their order: several of its units name a claim for several.
        const units = unitChoice(text, order.items, false);
        if (units) return [...events, unitsEvent(units, at)];
        // A serial alone found its order: the customer has proved the unit, and named the item.
        if (order.items.length > 1) events.push({ type: 'item.chosen', index: order.bySerial.index, at });
        events.push({ type: 'serial.provided', serial: order.bySerial.serial, at });
        return events;
      }
      const words = text.replace(order.number, ' ');
      const units = unitChoice(words, order.items, false);
      if (units) return [...events, unitsEvent(units, at)];
      const index = order.items.length > 1 ? itemChoice(words, order.items) : null;
      if (index !== null) events.push({ type: 'item.chosen', index, at });
      const serial = SERIAL_LABEL.test(parseWindow(words)) ? serialNumberIn(words) : null;
      if (serial && !partNumbersOf(order.items).has(serial)) events.push({ type: 'serial.provided', serial, at });
      return events;
    }
    case 'several':
      return [{ type: 'orders.several', numbers: order.numbers, at }];
    case 'unknown':
      return [{ type: 'order.provided', number: order.number, items: [], labelled: order.labelled, at }];
  }
}

function unitsEvent(units: UnitChoice, at: string): CaseEvent {
  return { type: 'units.chosen', indexes: units.indexes, serials: units.serials, at };
}

/**
 * Units named after the item is known: a new choice when it names an item the claim does not have
 * (naming units already on it, by serial, gives their serials instead).
 */
function newUnitChoice(context: CaseContext, text: string): UnitChoice | null {
  if (context.orderItems.length < 2 || context.item === null) return null;
  const units = unitChoice(text, context.orderItems, false);
  if (!units) return null;
  const claimed = unitsOf(context).flatMap((u) => (u.item ? [u.item] : []));
  const adds = units.indexes.some((i) => !claimed.some((item) => sameItem(item, context.orderItems[i]!)));
  return adds ? units : null;
}

/** Steps where naming several units makes the claim one for several (until staff approve). */
const UNIT_STEPS: ReadonlySet<Expects> = new Set([
  'serial_number',
  'serial_photo',
  'install_photo',
  'fault_description',
  'evidence',
  'troubleshooting',
]);

/** Words that change the claimed item: "sorry, I meant the switch", "actually it's the SFP". */
const CHANGE_OF_MIND = /\b(?:meant|actually|wrong (?:item|one|part)|instead|not the|other one|correction)\b/i;

/** The part numbers of an order, normalised like serials: typed at the serial step, they are not serials. */
function partNumbersOf(items: ReadonlyArray<OrderItem>): Set<string> {
  return new Set(items.map((i) => normalizeSerial(i.partNumber)).filter((p) => p !== ''));
}

type SerialReading = { kind: 'serial'; serial: string } | { kind: 'part_number'; partNumber: string } | null;

/**
 * The serial a message gives for the claimed item: the one the order records if it is there ("not
 * X but Y"), else a labelled one, else the first. A part number of the order is not a serial: alone,
 * it is reported as such (the customer read the wrong line of the label).
 */
function serialReading(context: CaseContext, text: string): SerialReading {
  const sold = context.item ? normalizeSerial(context.item.serialNumber) : '';
  const { serials } = serialMentions(text, sold);
  const parts = partNumbersOf(context.orderItems);
  const candidates = serials.filter((s) => !parts.has(s.serial));
  const chosen = candidates.find((s) => sold !== '' && s.serial === sold) ?? candidates.find((s) => s.labelled) ?? candidates[0];
  if (chosen) return { kind: 'serial', serial: chosen.serial };
  const typed = serials.find((s) => parts.has(s.serial));
  const item = typed && context.orderItems.find((i) => normalizeSerial(i.partNumber) === typed.serial);
  return item ? { kind: 'part_number', partNumber: item.partNumber } : null;
}

/** The serial step's answer: a serial, or a part number typed instead of one; nothing when neither. */
function serialStepEvents(context: CaseContext, text: string, at: string): CaseEvent[] {
  // A claim for several units: every serial of its units typed here is taken, each for its unit.
  if (isMultiUnit(context)) {
    const known = unitChoice(text, context.orderItems, false);
    const single = known?.serials.some(Boolean) ? null : knownSerial(context, text);
    if (known?.serials.some(Boolean))
      return known.serials.flatMap((serial) => (serial ? [{ type: 'serial.provided', serial, at } as const] : []));
    if (single) return [{ type: 'serial.provided', serial: single, at }];
  }
  const reading = serialReading(context, text);
  if (reading?.kind === 'part_number') return [{ type: 'part_number.provided', partNumber: reading.partNumber, at }];
  return reading ? [{ type: 'serial.provided', serial: reading.serial, at }] : [];
}

/** One serial of the claim's units, typed alone or among other words. */
function knownSerial(context: CaseContext, text: string): string | null {
  const sold = new Set(unitsOf(context).flatMap((u) => (u.item ? [normalizeSerial(u.item.serialNumber)] : [])));
  for (const token of parseWindow(text).split(/[\s,;]+/)) {
    if (sold.has(normalizeSerial(token))) return normalizeSerial(token);
  }
  return null;
}

/** Past the serial step a correction is a short message of its own, not a pasted log that names serials. */
const CORRECTION_MAX = 160;
/** Intake steps after the serial, where a serial typed again puts a typo right. */
const AFTER_SERIAL: ReadonlySet<Expects> = new Set(['serial_photo', 'install_photo', 'fault_description', 'evidence']);

/**
 * A serial typed again once one is recorded, during intake: "sorry typo FNS17320ABC", "S/N: …". Taken
 * when the order records it for the item, when labelled, or when the message says nothing else; the
 * order number and part numbers are never serials. `rest`: the message says more than the serial.
 */
function serialCorrection(context: CaseContext, expects: Expects, text: string): { serial: string; rest: boolean } | null {
  const trimmed = text.trim();
  if (context.item === null || context.serialGiven === null || !AFTER_SERIAL.has(expects)) return null;
  if (trimmed.length > CORRECTION_MAX || trimmed.includes('\n')) return null;
  const sold = normalizeSerial(context.item.serialNumber);
  const { serials, alone } = serialMentions(trimmed, sold);
  const excluded = partNumbersOf(context.orderItems);
  if (context.orderNumber) excluded.add(normalizeSerial(context.orderNumber));
  // On a claim for several units, another unit's serial is not a correction of unit 1's.
  if (isMultiUnit(context)) {
    for (const item of context.orderItems) if (!sameItem(item, context.item)) excluded.add(normalizeSerial(item.serialNumber));
  }
  const candidates = serials.filter((s) => !excluded.has(s.serial));
  const chosen =
    candidates.find((s) => sold !== '' && s.serial === sold) ??
    candidates.find((s) => s.labelled) ??
    (alone && candidates.length === 1 ? candidates[0] : undefined);
  if (!chosen) return null;
  // The serial already recorded, named again inside more words (a fault description, say), is part of
  // those words; typed again on its own ("sorry, it is FNS 1732 0ABC") it is the serial, not the step's answer.
  if (chosen.serial === normalizeSerial(context.serialGiven) && !alone) return null;
  return { serial: chosen.serial, rest: !alone };
}

function textEvents(context: CaseContext, expects: Expects, input: CustomerInput): CaseEvent[] {
  const { text, at } = input;
  const trimmed = text.trim();
  if (trimmed === '') return [];
  const said: CaseEvent = { type: 'customer.said', text: trimmed, at, ...(input.opening ? { opening: true } : {}) };
  const units = UNIT_STEPS.has(expects) ? newUnitChoice(context, text) : null;
  if (units) return [unitsEvent(units, at)];
  if (context.item && context.orderItems.length > 1 && expects !== 'item' && CHANGE_OF_MIND.test(text.slice(0, 300))) {
    const index = itemChoice(text, context.orderItems);
    // "sorry, I meant FNS17320ABC" naming the claimed item itself is a serial put right, read below.
    if (index !== null && !sameItem(context.orderItems[index]!, context.item)) return [{ type: 'item.chosen', index, at }];
  }
  const correction = expects === 'serial_number' ? null : serialCorrection(context, expects, text);
  if (correction) {
    const serial: CaseEvent = { type: 'serial.provided', serial: correction.serial, at };
    // Said with more (a fault, a log), the rest is the step's answer too, and an answer to staff's
    // request always is; words around it at a photo step are a caption.
    const more = context.infoRequest !== null || (correction.rest && (expects === 'fault_description' || expects === 'evidence'));
    return more ? [serial, ...stepEvents(context, expects, input, said)] : [serial];
  }
  return stepEvents(context, expects, input, said);
}

/** What the step itself takes from the text. */
function stepEvents(context: CaseContext, expects: Expects, input: CustomerInput, said: CaseEvent): CaseEvent[] {
  const { text, at } = input;
  const trimmed = text.trim();
  switch (expects) {
    case 'order_number':
      return input.order ? orderEvents(input.order, text, at) : [said];
    case 'item': {
      const units = unitChoice(text, context.orderItems, true);
      if (units) return [unitsEvent(units, at)];
      const index = itemChoice(text, context.orderItems);
      if (index === null) return [said];
      // Named by its serial: that serial is the one typed for it, not asked for again.
      const sold = normalizeSerial(context.orderItems[index]!.serialNumber);
      const bySerial = sold.length >= 4 && normalizeSerial(parseWindow(text)).includes(sold);
      return bySerial
        ? [
            { type: 'item.chosen', index, at },
            { type: 'serial.provided', serial: sold, at },
          ]
        : [{ type: 'item.chosen', index, at }];
    }
    case 'serial_number': {
      const events = serialStepEvents(context, text, at);
      return events.length > 0 ? events : [said];
    }
    case 'fault_description':
      // "no link" is a fault; "dead" alone asks for a few more words.
      return trimmed.length >= 10 || trimmed.includes(' ') ? [{ type: 'fault.provided', text: trimmed, at }] : [said];
    case 'evidence':
      // A pasted log or console output counts as evidence; a one-word reply does not.
      return trimmed.length >= 20 ? [{ type: 'evidence.provided', text: trimmed, files: [], at }] : [said];
    case 'troubleshooting': {
      const answer = troubleshootingAnswer(text);
      return answer ? [{ type: answer, at }] : [said];
    }
    case 'tracking_number': {
      const number = trackingNumberIn(text);
      return number ? [{ type: 'tracking.provided', number, at }] : [said];
    }
    default:
      return [said];
  }
}

/** What the words ask beyond the step; null when they are for the step itself. */
function intentEvents(intent: Intent | null, text: string, at: string): CaseEvent[] | null {
  switch (intent?.kind) {
    case 'human':
      return [{ type: 'customer.human', text: text.trim(), at }];
    case 'cancel':
      return [{ type: 'cancel.requested', text: text.trim(), at }];
    case 'question':
      return [{ type: 'customer.asked', topic: intent.topic, text: text.trim(), at }];
    default:
      return null;
  }
}

/** The order, serial or part number a message asking for a person also gives; the rest of it is for that person. */
function answerBesideHuman(context: CaseContext, expects: Expects, input: CustomerInput): CaseEvent[] {
  const { text, at } = input;
  if (expects === 'order_number') return input.order?.kind === 'found' ? orderEvents(input.order, text, at) : [];
  if (expects === 'serial_number') {
    return serialStepEvents(context, text, at);
  }
  const correction = serialCorrection(context, expects, text);
  return correction ? [{ type: 'serial.provided', serial: correction.serial, at }] : [];
}

/**
 * The language the case should speak after this message, as an event: the platform's locale, else the
 * language of the customer's words while the case has none (the machine keeps a choice over both).
 */
function languageEvents(context: CaseContext, input: CustomerInput): CaseEvent[] {
  // An English locale is most platforms' default, not a choice: the customer's words say more.
  const fromLocale = languageOfTag(input.locale);
  if (fromLocale && fromLocale !== 'en') return [{ type: 'language.set', language: fromLocale, source: 'platform', at: input.at }];
  if (context.languageSource !== undefined) return [];
  const detected = detectLanguage(input.text);
  return detected ? [{ type: 'language.set', language: detected, source: 'detected', at: input.at }] : [];
}

/**
 * The events one customer message makes, in order: the language, the answer to a pending cancel
 * question, the text, then files.
 */
export function customerEvents(context: CaseContext, expects: Expects, input: CustomerInput): CaseEvent[] {
  const { at, files } = input;
  // "English please", `/lang de`: the whole message is the choice (the step's question follows, in it).
  const chosen = files.length === 0 ? languageRequest(input.text) : null;
  if (chosen)
    return [
      ...(context.cancelPending ? [{ type: 'keep', silent: true, at } as const] : []),
      { type: 'language.set', language: chosen, source: 'chosen', at },
    ];
  const events: CaseEvent[] = languageEvents(context, input);
  if (context.cancelPending) {
    const answer = files.length === 0 ? yesNo(input.text) : null;
    if (answer === 'yes') return [...events, { type: 'confirm_cancel', at }];
    if (answer === 'no') return [...events, { type: 'keep', at }];
    // Something else: the claim goes on, and the message is read as usual.
    events.push({ type: 'keep', silent: true, at });
  }
  const fromIntent = intentEvents(files.length === 0 || input.intent?.kind === 'human' ? input.intent : null, input.text, at);
  // A person asked for next to the step's answer ("FNS17320ABC, get me a human"): both are taken.
  const withAnswer =
    input.intent?.kind === 'human' && fromIntent ? [...fromIntent, ...answerBesideHuman(context, expects, input)] : fromIntent;
  const fromText = withAnswer ?? textEvents(context, expects, input);
  // While the case waits for photos, a caption ("here is the label") is not news for staff.
  const caption =
    files.length > 0 && fromText.every((e) => e.type === 'customer.said') && (expects === 'serial_photo' || expects === 'install_photo');
  // Photos sent with the order number (a first email with everything attached) fill the photo slots
  // the step after the order would ask for, rather than counting as loose evidence.
  const orderFound = fromText.some((e) => e.type === 'order.provided' && e.items.length > 0);
  const fileStep: Expects = expects === 'order_number' && orderFound ? 'serial_number' : expects;
  return [...events, ...(caption ? [] : fromText), ...fileEvents(context, files, at, fileStep)];
}

export function customerActionEvent(action: CustomerAction, at: string): CaseEvent {
  return { type: action, at };
}
