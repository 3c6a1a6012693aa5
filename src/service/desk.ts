// What a platform adapter is given: one call per inbound event, the outbox to post its answers
// through the adapter's own Delivery, and case look-ups as views. Nothing else of the service.
import type { CaseQueries } from './caseQueries.ts';
import type { Delivery, HandleResult, Inbound, Outbound } from './messages.ts';
import type { SystemEvents } from './systemEvents.ts';

export interface Desk {
  /** Records the event (one transaction) and returns what to post. */
  handle(inbound: Inbound): Promise<HandleResult>;
  /** Posts a result's messages now through `delivery`; what fails is left to the outbox relay. */
  deliver(messages: Outbound[], delivery: Delivery): Promise<void>;
  cases: Pick<CaseQueries, 'openCaseOf' | 'list' | 'byRef' | 'withContext'>;
  /** Fires the timers due by `now`: for the scripted console's clock (platforms have the timer worker). */
  fireDueTimers: SystemEvents['fireDueTimers'];
}
