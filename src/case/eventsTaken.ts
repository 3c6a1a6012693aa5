// Whether a stored case would take events now: the machine's own answer (its transitions and their
// guards), asked as the service asks it before it sends an event (see `runEvents`). What a page offers
// is read here, so no page keeps a copy of the rules.
import { createActor } from 'xstate';
import { caseMachine } from './caseMachine.ts';
import type { CaseSnapshot } from './caseState.ts';
import type { CaseEvent } from './types.ts';

/** For each event, whether the case as stored takes it now; nothing is sent and nothing changes. */
export function eventsTaken(stored: CaseSnapshot, events: readonly CaseEvent[]): boolean[] {
  // On restore the input is not read again; the snapshot's context carries it.
  const actor = createActor(caseMachine, { snapshot: stored, input: stored.context });
  actor.start();
  const now = actor.getSnapshot();
  const taken = events.map((event) => now.can(event));
  actor.stop();
  return taken;
}
