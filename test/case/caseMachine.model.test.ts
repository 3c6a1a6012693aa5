// Model-based test of the case machine: explore it with @xstate/graph using a representative event
// alphabet, then check that every state node and every declared transition (each guarded branch) was
// reached, and that invariants hold on every explored state.
import { getShortestPaths, getStateNodes } from '@xstate/graph';
import { describe, expect, it } from 'vitest';
import { createActor, type AnyStateNode } from 'xstate';
import { caseMachine } from '../../src/case/caseMachine.ts';
import { CASE_STATES, stateOf, type CaseSnapshot } from '../../src/case/caseState.ts';
import { TIMER_KINDS, type CaseEvent, type CaseInput, type OrderItem } from '../../src/case/types.ts';
import { pendingCents } from '../../src/policy/costs.ts';
import { allUnitsDone, approvedUnits, awaitedAdvanceUnits, isMultiUnit, unitCount, unitsOf } from '../../src/case/units.ts';
import { DEFAULT_POLICY } from '../../src/policy/policy.ts';

const at = '2026-11-20T10:00:00Z';
const by = 'S1';
const input: CaseInput = { ref: 'C-1', platform: 'console', customer: 'U1', openedAt: at, policy: DEFAULT_POLICY };
const item = (o: Partial<OrderItem>): OrderItem => ({
  orderNumber: '1',
  partNumber: 'SFP-10G-SR',
  serialNumber: 'SN1',
  description: '',
  terms: 'standard',
  deliveredOn: '2026-11-15',
  ...o,
});
const file = { name: 'f.jpg', type: 'image/jpeg', size: 1 };

const EVENTS: CaseEvent[] = [
  { type: 'order.provided', number: '0', items: [], at },
  { type: 'order.provided', number: '1', items: [item({})], at },
  { type: 'order.provided', number: '2', items: [item({}), item({ serialNumber: 'SN2', partNumber: 'PWR-1' })], at },
  { type: 'order.provided', number: '3', items: [item({ terms: 'as-is' })], at },
  { type: 'order.provided', number: '4', items: [item({ deliveredOn: '2026-01-01' })], at },
  { type: 'order.provided', number: '5', items: [item({ deliveredOn: null })], at },
  { type: 'item.chosen', index: 0, at },
  { type: 'item.chosen', index: 7, at },
  { type: 'serial.provided', serial: 'SN1', at },
  { type: 'serial.provided', serial: 'OTHER', at },
  { type: 'photo.serial', file, at },
  { type: 'photo.install', file, at },
  { type: 'fault.provided', text: 'port dead after water spill', at },
  { type: 'evidence.provided', files: [file], at },
  { type: 'customer.said', text: 'hello', at },
  { type: 'fixed', at },
  { type: 'still_failing', at },
  { type: 'cancel', at },
  { type: 'tracking.provided', number: '1Z999', at },
  { type: 'staff.approve', rma: 'RMA-26-00001', at, by },
  { type: 'staff.deny', reason: 'no fault found', at, by },
  { type: 'staff.request_info', what: 'a video', at, by },
  { type: 'staff.received', at, by },
  { type: 'staff.resolve', resolution: 'replacement', at, by },
  { type: 'staff.cost', cents: 60_000, label: 'return shipping', at, by },
  { type: 'staff.approve_cost', at, by },
  { type: 'staff.note', text: 'called the customer', at, by },
  { type: 'staff.contact', contact: 'bob@other.example', at, by },
  { type: 'staff.reopen', at, by },
  ...TIMER_KINDS.map((kind): CaseEvent => ({ type: 'timer.fired', kind, at })),
  { type: 'evidence.refused', file, reason: 'the content is not an image', at },
];

// States that differ only in amounts or texts are the same node of the model.
function serialize(s: CaseSnapshot): string {
  const c = s.context;
  return JSON.stringify([
    s.value,
    c.orderNumber !== null,
    c.orderItems.length,
    c.item !== null,
    c.kind,
    c.reasons,
    c.serialGiven !== null,
    c.serialPhoto !== null,
    c.installPhoto !== null,
    c.fault !== null,
    c.evidence.length > 0,
    c.troubleshootingDone,
    c.infoRequest !== null,
    c.rma !== null,
    c.tracking !== null,
    c.resolution,
    pendingCents(c.costs) > 0,
    c.costs.length > 0,
    c.receivedAt !== null,
  ]);
}

/**
 * The conversation around the steps (a person, questions, cancelling in words, another item, staff
 * replies), explored apart from two starting points with small alphabets: with the alphabet above its
 * state space is too large to walk.
 */
const TALK: CaseEvent[] = [
  { type: 'customer.said', text: 'hello', at },
  { type: 'customer.human', text: 'a person please', at },
  { type: 'customer.asked', topic: 'warranty_window', text: 'how long is the warranty?', at },
  { type: 'cancel.requested', text: 'never mind, cancel', at },
  { type: 'confirm_cancel', at },
  { type: 'keep', at },
  { type: 'item.chosen', index: 0, at },
  { type: 'item.chosen', index: 1, at },
  { type: 'staff.reply', text: 'Hi, Sam here', posted: false, at, by },
  { type: 'staff.review', at, by },
  { type: 'language.set', language: 'de', source: 'chosen', at },
];
const TALK_IN_INTAKE: CaseEvent[] = [
  ...TALK,
  { type: 'order.provided', number: '0', items: [], at },
  { type: 'order.provided', number: '2', items: [item({}), item({ serialNumber: 'SN2', partNumber: 'PWR-1' })], at },
  { type: 'orders.several', numbers: ['1', '2'], at },
  { type: 'serial.provided', serial: 'SN1', at },
  { type: 'part_number.provided', partNumber: 'SFP-10G-SR', at },
];
const TALK_AFTER_INTAKE: CaseEvent[] = [
  ...TALK,
  { type: 'evidence.provided', files: [file], at },
  { type: 'still_failing', at },
  { type: 'fixed', at },
  { type: 'staff.approve', rma: 'RMA-26-00001', at, by },
  { type: 'tracking.provided', number: '1Z999', at },
  { type: 'staff.received', at, by },
  { type: 'staff.deny', reason: 'no fault found', at, by },
  { type: 'staff.reopen', at, by },
];
const talkInput: CaseInput = {
  ...input,
  policy: { ...DEFAULT_POLICY, conversation: { ...DEFAULT_POLICY.conversation, maxOrderAttempts: 2 } },
};

/** A case of a two-item order whose intake is complete: it waits in troubleshooting. */
function inTroubleshooting(): CaseSnapshot {
  const actor = createActor(caseMachine, { input: talkInput }).start();
  for (const event of [
    TALK_IN_INTAKE.find((e) => e.type === 'order.provided' && e.number === '2')!,
    { type: 'item.chosen', index: 0, at },
    { type: 'serial.provided', serial: 'SN1', at },
    { type: 'photo.serial', file, at },
    { type: 'photo.install', file, at },
    { type: 'fault.provided', text: 'the port stays down', at },
    { type: 'evidence.provided', files: [file], at },
  ] as CaseEvent[])
    actor.send(event);
  const snapshot = actor.getSnapshot();
  actor.stop();
  return snapshot;
}

/**
 * Claims for several units (issue 20), explored from a one-unit claim of a four-item order waiting in
 * troubleshooting: units named, their intake, per-unit decisions, check-in by serial, per-unit outcomes,
 * advance replacements and their deadline.
 */
const lot = [item({}), item({ serialNumber: 'SN2' }), item({ serialNumber: 'SN3', terms: 'as-is' }), item({ serialNumber: 'SN4' })];
const UNITS: CaseEvent[] = [
  { type: 'units.chosen', indexes: [0, 1, 2], serials: [null, 'SN2', null], at },
  { type: 'units.chosen', indexes: [0, 9], at },
  { type: 'serial.provided', serial: 'SN2', at },
  { type: 'photo.serial', file, at },
  { type: 'fault.provided', text: 'no light on either', at },
  { type: 'still_failing', at },
  { type: 'staff.approve', rma: 'RMA-26-00001', at, by },
  { type: 'staff.approve', rma: 'RMA-26-00001', units: [2], at, by },
  { type: 'staff.approve', rma: 'RMA-26-00001', units: [3], at, by },
  { type: 'staff.deny', reason: 'no fault found', units: [2], at, by },
  { type: 'staff.deny', reason: 'no fault found', units: [1, 2], at, by },
  { type: 'staff.deny', reason: 'no fault found', units: [7], at, by },
  { type: 'staff.deny', reason: 'no fault found', at, by },
  { type: 'tracking.provided', number: '1Z999', at },
  { type: 'staff.received', at, by },
  { type: 'staff.received', serials: ['SN2'], at, by },
  { type: 'staff.received', serials: ['ZZZ9'], at, by },
  { type: 'staff.resolve', resolution: 'refund', at, by },
  { type: 'staff.resolve', resolution: 'repair', units: [1], at, by },
  { type: 'staff.advance', tracking: '1Z777', units: [1], at, by },
  { type: 'staff.advance', tracking: '1Z778', at, by },
  { type: 'timer.fired', kind: 'return_reminder', at },
  { type: 'timer.fired', kind: 'return_overdue', at },
  { type: 'timer.fired', kind: 'rma_expiry', at },
  { type: 'staff.reopen', at, by },
];

/** A one-unit claim of the four-item order, intake done: it waits in troubleshooting. */
function lotInTroubleshooting(): CaseSnapshot {
  const actor = createActor(caseMachine, { input }).start();
  for (const event of [
    { type: 'order.provided', number: '9', items: lot, at },
    { type: 'item.chosen', index: 0, at },
    { type: 'serial.provided', serial: 'SN1', at },
    { type: 'photo.serial', file, at },
    { type: 'photo.install', file, at },
    { type: 'fault.provided', text: 'the port stays down', at },
    { type: 'evidence.provided', files: [file], at },
  ] as CaseEvent[])
    actor.send(event);
  const snapshot = actor.getSnapshot();
  actor.stop();
  return snapshot;
}

function serializeUnits(s: CaseSnapshot): string {
  const c = s.context;
  return JSON.stringify([
    s.value,
    c.moreUnits.map((u) => [u.serialGiven !== null, u.serialPhoto !== null, u.fault !== null, u.reason]),
    c.outcomes.map((o) => [o.decision, o.received, o.resolution, o.advance?.overdue ?? null]),
    c.rma !== null,
    c.reasons,
    c.troubleshootingDone,
    c.tracking !== null,
    c.receivedAt !== null,
  ]);
}

function serializeTalk(s: CaseSnapshot): string {
  const c = s.context;
  return JSON.stringify([
    s.value,
    c.orderNumber !== null,
    c.item?.serialNumber ?? null,
    c.serialGiven !== null,
    c.troubleshootingDone,
    c.rma !== null,
    c.tracking !== null,
    c.reasons,
    c.receivedAt !== null,
    c.orderAttempts,
    c.misses > 0,
    c.cancelPending,
    c.flags.some((f) => f.code === 'human_requested'),
  ]);
}

function explore(events: CaseEvent[], key: (s: CaseSnapshot) => string, start: CaseInput, fromState?: CaseSnapshot) {
  // One snapshot per model state: the graph serializes each state many times.
  const byKey = new Map<string, CaseSnapshot>();
  const taken = new Set<string>();
  const paths = getShortestPaths(caseMachine, {
    input: start,
    ...(fromState ? { fromState } : {}),
    events,
    serializeState: (s) => {
      const k = key(s as CaseSnapshot);
      if (!byKey.has(k)) byKey.set(k, s as CaseSnapshot);
      return k;
    },
  });
  const visited = [...byKey.values()];
  // Which declared transition each (state, event) pair takes.
  for (const s of visited) {
    for (const event of events) {
      for (const t of caseMachine.getTransitionData(s, event) ?? []) {
        const alternatives = t.source.transitions.get(t.eventType) ?? [];
        taken.add(`${t.source.id}|${t.eventType}|${alternatives.indexOf(t)}`);
      }
    }
  }
  return { paths, visited, taken };
}

function declaredTransitions(): string[] {
  const nodes: AnyStateNode[] = [caseMachine.root, ...getStateNodes(caseMachine.root)];
  return [...new Set(nodes)].flatMap((node) =>
    [...node.transitions.entries()].flatMap(([eventType, alternatives]) => alternatives.map((_t, i) => `${node.id}|${eventType}|${i}`)),
  );
}

describe('case machine (model-based)', () => {
  const steps = explore(EVENTS, serialize, input);
  const seed = inTroubleshooting();
  const talkIntake = explore(TALK_IN_INTAKE, serializeTalk, talkInput);
  const talkLater = explore(TALK_AFTER_INTAKE, serializeTalk, talkInput, seed);
  const units = explore(UNITS, serializeUnits, input, lotInTroubleshooting());
  const { paths } = steps;
  const visited = [...steps.visited, ...talkIntake.visited, ...talkLater.visited, ...units.visited];
  const taken = new Set([...steps.taken, ...talkIntake.taken, ...talkLater.taken, ...units.taken]);

  it('reaches every state node', () => {
    const resting = getStateNodes(caseMachine.root).filter((n) => n.always === undefined || n.always.length === 0);
    const valueOf = (path: string[]) => (path.length === 1 ? path[0] : { [path[0]!]: path[1] }) as Parameters<CaseSnapshot['matches']>[0];
    const unreached = resting.filter((node) => !visited.some((s) => s.matches(valueOf(node.path))));
    expect(unreached.map((n) => n.id)).toEqual([]);
    expect(new Set(visited.map((s) => stateOf(s)))).toEqual(new Set(CASE_STATES));
  });

  it('takes every declared transition, each guarded branch included', () => {
    const declared = declaredTransitions();
    expect(declared.length).toBeGreaterThan(60);
    expect(declared.filter((key) => !taken.has(key))).toEqual([]);
  });

  it('keeps the invariants on every reachable state', () => {
    for (const s of visited) {
      const c = s.context;
      const state = stateOf(s);
      if (['awaiting_return', 'in_transit', 'inspection'].includes(state)) expect(c.rma, state).not.toBeNull();
      if (state === 'in_transit') expect(c.tracking).not.toBeNull();
      if (state === 'declined') expect(c.reasons.length).toBeGreaterThan(0);
      if (state === 'troubleshooting' || (state === 'review' && c.troubleshootingDone)) {
        // Nothing reaches staff before the intake the policy requires is complete, unless staff took
        // the case to review themselves (/rma review).
        expect([c.orderNumber, c.item, c.serialPhoto, c.installPhoto, c.fault]).not.toContain(null);
        expect(c.evidence.length).toBeGreaterThan(0);
      }
      if (c.reasons.includes('non_returnable') || c.reasons.includes('outside_window'))
        expect([
          'declined',
          'intake',
          'review',
          'troubleshooting',
          'cancelled',
          'awaiting_return',
          'in_transit',
          'inspection',
          'resolved',
        ]).toContain(state);
      if (state === 'resolved') expect(c.resolution).not.toBeNull();
      // Units: one outcome per unit once staff decide; a unit the policy does not cover is never approved;
      // an RMA has at least one approved unit; a resolved claim of several units has every approved one done.
      expect([0, unitCount(c)]).toContain(c.outcomes.length);
      for (const u of unitsOf(c)) if (u.reason !== null) expect(u.outcome.decision, state).not.toBe('approved');
      if (['awaiting_return', 'in_transit', 'inspection'].includes(state)) expect(approvedUnits(c).length).toBeGreaterThan(0);
      if (state === 'resolved' && isMultiUnit(c) && c.rma !== null) expect(allUnitsDone(c)).toBe(true);
      if (state === 'cancelled') expect(awaitedAdvanceUnits(c)).toEqual([]);
      // The serial mismatch flag speaks of the serial recorded now: one at most, and only while it differs.
      const mismatches = c.flags.filter((f) => f.code === 'serial_mismatch');
      expect(mismatches.length).toBeLessThanOrEqual(1);
      if (c.item && c.serialGiven !== null) expect(mismatches.length === 1).toBe(c.serialGiven !== c.item.serialNumber);
      // A cancel question is only pending while the case can still be cancelled.
      if (c.cancelPending) expect(['intake', 'troubleshooting', 'review', 'awaiting_return']).toContain(state);
      for (const line of c.costs) expect(line.coveredCents + line.pendingCents + line.approvedCents).toBe(line.cents);
      expect(c.costs.reduce((sum, l) => sum + l.coveredCents, 0)).toBeLessThanOrEqual(c.policy.costCapCents);
    }
  });

  it('replays each shortest path on a real actor to the same state', () => {
    expect(paths.length).toBeGreaterThan(20);
    for (const [all, key, from] of [
      [paths, serialize, null],
      [talkIntake.paths, serializeTalk, null],
      [talkLater.paths, serializeTalk, seed],
    ] as const) {
      for (const path of all) {
        const actor = (
          from ? createActor(caseMachine, { snapshot: from, input: talkInput }) : createActor(caseMachine, { input: talkInput })
        ).start();
        for (const step of path.steps.slice(1)) actor.send(step.event);
        expect(key(actor.getSnapshot())).toBe(key(path.state as CaseSnapshot));
        actor.stop();
      }
    }
  });
});
