// The load the fault tests send: each customer runs one DOA claim from first message to refund,
// with staff approving, receiving and resolving it. Every event has an event id and a time of its
// own, so each audit row and outbox row can be traced back to the one event that wrote it.
import type { JsonlLine } from '../../src/adapters/console/jsonlRunner.ts';

/** One inbound event as the bot process reads it (the JSONL runner's line, id and time required). */
export type ScriptEvent = JsonlLine & { event_id: string; at: string };

type Body = Omit<ScriptEvent, 'event_id' | 'at'>;

export interface ClaimStep {
  name: string;
  /** The event, given the customer and (after the first step) the case reference. */
  body(customer: string, ref: string): Body;
}

export const STAFF = ['S1', 'S2'];

export const CLAIM_STEPS: readonly ClaimStep[] = [
  { name: 'order', body: (user) => ({ user, text: 'Hi, the SFP from order 100234 has no link' }) },
  { name: 'serial', body: (user) => ({ user, text: 'FNS17320ABC' }) },
  { name: 'serial_photo', body: (user) => ({ user, files: [{ name: 'sn.jpg', type: 'image/jpeg', size: 204_800 }] }) },
  { name: 'install_photo', body: (user) => ({ user, files: [{ name: 'rack.jpg', type: 'image/jpeg', size: 312_000 }] }) },
  { name: 'fault', body: (user) => ({ user, text: 'No light on the port, DOM shows Rx -40 dBm' }) },
  { name: 'evidence', body: (user) => ({ user, files: [{ name: 'show-interfaces.txt', type: 'text/plain', size: 1_200 }] }) },
  { name: 'still_failing', body: (user, ref) => ({ user, action: 'still_failing', case: ref }) },
  { name: 'approve', body: (_user, ref) => ({ user: 'S1', action: 'approve', case: ref }) },
  { name: 'tracking', body: (user) => ({ user, text: 'tracking 1Z999AA10123456784' }) },
  { name: 'received', body: (_user, ref) => ({ user: 'S1', command: `/rma received ${ref}` }) },
  { name: 'resolve', body: (_user, ref) => ({ user: 'S1', command: `/rma resolve ${ref} refund` }) },
];

export const APPROVE_STEP = CLAIM_STEPS.findIndex((s) => s.name === 'approve');

const BASE = Date.parse('2026-11-20T10:00:00.000Z');

/** Customer `index` (0-based), step `step`: times never collide while there are fewer than 1000 customers. */
export function eventAt(index: number, step: number, offsetMs = 0): string {
  return new Date(BASE + step * 3_600_000 + index * 1_000 + offsetMs).toISOString();
}

export function customerId(index: number): string {
  return `U${String(index + 1).padStart(3, '0')}`;
}

export function buildEvent(tag: string, index: number, step: number, ref: string): ScriptEvent {
  const claimStep = CLAIM_STEPS[step];
  if (!claimStep) throw new Error(`no step ${step}`);
  return { ...claimStep.body(customerId(index), ref), event_id: `${tag}-${customerId(index)}-${claimStep.name}`, at: eventAt(index, step) };
}

/** A second staff member pressing Approve on the same case at (almost) the same moment. */
export function secondApprove(tag: string, index: number, ref: string): ScriptEvent {
  return {
    user: 'S2',
    action: 'approve',
    case: ref,
    event_id: `${tag}-${customerId(index)}-approve-S2`,
    at: eventAt(index, APPROVE_STEP, 1),
  };
}
