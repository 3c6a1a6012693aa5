// Which case states take which events, read from the machine itself, so that no adapter or command
// table keeps a copy of the transition table (a guard may still refuse an event in such a state).
import { caseMachine } from './caseMachine.ts';
import { CASE_STATES, type CaseState } from './caseState.ts';
import type { CaseEvent } from './types.ts';

const accepted = new Map<CaseState, ReadonlySet<string>>(
  CASE_STATES.map((state) => {
    const node = caseMachine.states[state];
    return [state, new Set([...Object.keys(caseMachine.root.on), ...(node?.events ?? [])].map(String))];
  }),
);

/** The states in which the machine has a transition for `type` (root-level ones count everywhere). */
export function statesAccepting(type: CaseEvent['type']): CaseState[] {
  return CASE_STATES.filter((state) => accepted.get(state)!.has(type));
}
