// Reading a case snapshot: its top-level state, what it waits for, whether it is still open.
import type { SnapshotFrom } from 'xstate';
import type { caseMachine } from './caseMachine.ts';
import type { Expects } from './types.ts';

export const CASE_STATES = [
  'intake',
  'troubleshooting',
  'review',
  'awaiting_return',
  'in_transit',
  'inspection',
  'resolved',
  'declined',
  'cancelled',
] as const;
export type CaseState = (typeof CASE_STATES)[number];
export const CLOSED_STATES: ReadonlySet<CaseState> = new Set(['resolved', 'declined', 'cancelled']);

export type CaseSnapshot = SnapshotFrom<typeof caseMachine>;

export function stateOf(snapshot: Pick<CaseSnapshot, 'value'>): CaseState {
  const value = snapshot.value;
  return (typeof value === 'string' ? value : Object.keys(value)[0]) as CaseState;
}

export function isOpen(state: CaseState): boolean {
  return !CLOSED_STATES.has(state);
}

const INTAKE_EXPECTS: Record<string, Expects> = {
  order_number: 'order_number',
  item: 'item',
  serial_number: 'serial_number',
  serial_photo: 'serial_photo',
  install_photo: 'install_photo',
  fault_description: 'fault_description',
  evidence: 'evidence',
  info: 'evidence',
};

/** What the case now waits for from the customer (a yes or no to a cancel first); null when it waits for staff or is closed. */
export function expectsOf(snapshot: Pick<CaseSnapshot, 'value' | 'context'>): Expects {
  return snapshot.context.cancelPending ? 'confirm_cancel' : stepExpectsOf(snapshot);
}

/** What the case's step waits for, whatever question is pending. */
export function stepExpectsOf(snapshot: Pick<CaseSnapshot, 'value'>): Expects {
  const value = snapshot.value;
  if (typeof value === 'object' && 'intake' in value) return INTAKE_EXPECTS[String(value.intake)] ?? null;
  if (value === 'troubleshooting') return 'troubleshooting';
  if (value === 'awaiting_return') return 'tracking_number';
  return null;
}
