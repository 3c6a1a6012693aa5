// Small values of the inbound path: an event made safe to store, the answer to a replayed event, a
// reply only its sender sees, and the refusal that carries one.
import { cleanOptional, cleanText } from '../chat/cleanText.ts';
import type { HandleResult, Inbound, Outbound } from './messages.ts';

/** The event is not allowed now; the sender is told why and nothing is written. */
export class Refusal extends Error {}

/** Everything a person typed, made safe to store (see cleanText). */
export function cleanInbound(inbound: Inbound): Inbound {
  return {
    ...inbound,
    user: cleanText(inbound.user),
    text: cleanOptional(inbound.text),
    command: cleanOptional(inbound.command),
    actionText: cleanOptional(inbound.actionText),
    caseRef: cleanOptional(inbound.caseRef),
    // A file name is one line wherever it is shown: a name cannot start a line of its own in a message.
    // cleanText has made every line break (U+2028, NEL, CR, …) a `\n`.
    files: inbound.files?.map((f) => ({
      ...f,
      name: cleanText(f.name).replace(/\n+/g, ' '),
      type: cleanText(f.type),
    })),
  };
}

export function duplicateOf(inbound: Inbound): HandleResult {
  return { ok: true, duplicate: true, caseRef: inbound.caseRef ?? null, messages: [] };
}

/** A reply only the sender sees; it changes nothing and is not in the outbox. */
export function privateReply(inbound: Inbound, text: string, caseRef: string | null = null): Outbound {
  return {
    outboxId: null,
    case: caseRef,
    platform: inbound.platform,
    thread: inbound.thread ?? null,
    to: inbound.staff ? 'staff' : 'customer',
    user: inbound.user,
    text,
    expects: null,
    actions: [],
    private: true,
  };
}
