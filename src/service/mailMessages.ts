// How a case speaks by email: what one event tells the customer goes out as one mail. In chat the
// greeting, the eligibility and the next question are three short messages; by mail they would be
// three mails a minute apart in the customer's inbox. So the customer messages of one case write are
// joined into one outbox row (a message with a document, the RMA approval, stays a mail of its own).
import { plainText, type Outbound } from './messages.ts';

export const EMAIL_PLATFORM = 'email';

/**
 * `messages` with the customer messages joined into one, where the first of them stood; a customer
 * message with a document ends a run (the next ones join after it). Staff messages are left as they are.
 */
export function oneCustomerMessage(messages: readonly Outbound[]): Outbound[] {
  const out: Outbound[] = [];
  let run: Outbound[] = [];
  let at = -1;
  const flush = () => {
    if (run.length > 1) {
      const last = run[run.length - 1]!;
      out[at] = { ...last, text: run.map((m) => plainText(m)).join('\n\n'), quote: undefined };
    }
    run = [];
  };
  for (const m of messages) {
    if (m.to !== 'customer' || m.private) {
      out.push(m);
      continue;
    }
    if (m.attachment) {
      flush();
      out.push(m);
      continue;
    }
    if (run.length === 0) at = out.push(m) - 1;
    run.push(m);
  }
  flush();
  return out;
}
