// What a platform adapter is given: one call per inbound event, the outbox to post its answers
// through the adapter's own Delivery, and case look-ups as views. Nothing else of the service.
import type { CaseQueries } from './caseQueries.ts';
import type { CustomerLimits } from './customerLimits.ts';
import type { MailLedger } from './mailLedger.ts';
import type { Delivery, HandleResult, Inbound, Outbound } from './messages.ts';
import type { SystemEvents } from './systemEvents.ts';

export interface Desk {
  /** Records the event (one transaction) and returns what to post. */
  handle(inbound: Inbound): Promise<HandleResult>;
  /**
   * Counts an event of a customer against their message limit before the adapter does any work for
   * it (then handle it with `admitted: true`); handle counts events that did not come through here.
   */
  admit: CustomerLimits['admit'];
  /** Posts a result's messages now through `delivery`; what fails is left to the outbox relay. */
  deliver(messages: Outbound[], delivery: Delivery): Promise<void>;
  cases: Pick<CaseQueries, 'openCaseOf' | 'list' | 'byRef' | 'withContext'>;
  /** Fires the timers due by `now`: for the scripted console's clock (platforms have the timer worker). */
  fireDueTimers: SystemEvents['fireDueTimers'];
  /** The Message-IDs of each case's mail, for the email adapter. */
  mail: MailLedger;
}
