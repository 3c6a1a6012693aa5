// Turns what a customer sent (text, files, a button) into case events, given what the case waits for.
import type { CaseContext, CaseEvent, Expects, FileRef, OrderItem } from '../case/types.ts';
import { isCancel, itemChoice, serialNumberIn, trackingNumberIn, troubleshootingAnswer } from './parse.ts';

export interface CustomerInput {
  at: string;
  text: string;
  files: FileRef[];
  /** The order the text names, looked up by the service before the case is locked. */
  order: { number: string; items: OrderItem[] } | null;
}

export const CUSTOMER_ACTIONS = ['fixed', 'still_failing', 'cancel'] as const;
export type CustomerAction = (typeof CUSTOMER_ACTIONS)[number];

export function isImage(file: FileRef): boolean {
  return /^image\//i.test(file.type) || /\.(?:jpe?g|png|gif|webp|heic|heif|bmp|tiff?)$/i.test(file.name);
}

const PHOTO_STEPS: ReadonlySet<Expects> = new Set(['serial_number', 'serial_photo', 'install_photo', 'fault_description', 'evidence']);

/** During intake, photos fill the serial-label slot, then the installation slot; the rest is evidence. */
function fileEvents(context: CaseContext, files: FileRef[], at: string, expects: Expects): CaseEvent[] {
  const events: CaseEvent[] = [];
  const rest: FileRef[] = [];
  let serialFree = PHOTO_STEPS.has(expects) && context.serialPhoto === null;
  let installFree = PHOTO_STEPS.has(expects) && context.installPhoto === null;
  for (const file of files) {
    if (isImage(file) && serialFree) {
      events.push({ type: 'photo.serial', file, at });
      serialFree = false;
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

function textEvent(context: CaseContext, expects: Expects, input: CustomerInput): CaseEvent | null {
  const { text, at } = input;
  if (text.trim() === '') return null;
  switch (expects) {
    case 'order_number':
      if (input.order) return { type: 'order.provided', number: input.order.number, items: input.order.items, at };
      break;
    case 'item': {
      const index = itemChoice(text, context.orderItems);
      if (index !== null) return { type: 'item.chosen', index, at };
      break;
    }
    case 'serial_number': {
      const serial = serialNumberIn(text);
      if (serial) return { type: 'serial.provided', serial, at };
      break;
    }
    case 'fault_description':
      if (text.trim().length >= 10) return { type: 'fault.provided', text: text.trim(), at };
      break;
    case 'evidence':
      // A pasted log or console output counts as evidence; a one-word reply does not.
      if (text.trim().length >= 20) return { type: 'evidence.provided', text: text.trim(), files: [], at };
      break;
    case 'troubleshooting': {
      const answer = troubleshootingAnswer(text);
      if (answer) return { type: answer, at };
      break;
    }
    case 'tracking_number': {
      const number = trackingNumberIn(text);
      if (number) return { type: 'tracking.provided', number, at };
      break;
    }
    case null:
      break;
  }
  return { type: 'customer.said', text: text.trim(), at };
}

/** The events one customer message makes, in order: text first, then files. */
export function customerEvents(context: CaseContext, expects: Expects, input: CustomerInput): CaseEvent[] {
  if (isCancel(input.text) && input.files.length === 0) return [{ type: 'cancel', at: input.at }];
  const fromText = textEvent(context, expects, input);
  // While the case waits for photos, a caption ("here is the label") is not news for staff.
  const caption =
    fromText?.type === 'customer.said' && input.files.length > 0 && (expects === 'serial_photo' || expects === 'install_photo');
  const events = fromText && !caption ? [fromText] : [];
  return [...events, ...fileEvents(context, input.files, input.at, expects)];
}

export function customerActionEvent(action: CustomerAction, at: string): CaseEvent {
  return { type: action, at };
}
