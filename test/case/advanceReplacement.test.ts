// Advance replacement (issue 20): the replacement ships before the faulty unit comes back; the unit has
// `advanceReturnDays` (policy, default 14) to arrive, with a reminder before the deadline and the
// `return_overdue` flag after it; an unshipped RMA's expiry does not cancel such a case.
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { caseMachine } from '../../src/case/caseMachine.ts';
import { stateOf, type CaseSnapshot } from '../../src/case/caseState.ts';
import { wantedTimers } from '../../src/case/timers.ts';
import type { CaseEvent, CaseInput, Notice, OrderItem } from '../../src/case/types.ts';
import { DEFAULT_POLICY, parsePolicy } from '../../src/policy/policy.ts';

const at = '2026-11-20T10:00:00Z';
const by = 'S1';
const unit: OrderItem = {
  orderNumber: '1',
  partNumber: 'SFP-10G-SR',
  serialNumber: 'SN1',
  description: '',
  terms: 'standard',
  deliveredOn: '2026-11-15',
};
const file = { name: 'f.jpg', type: 'image/jpeg', size: 1 };

function approvedCase(policy = DEFAULT_POLICY, items: OrderItem[] = [unit]) {
  const input: CaseInput = { ref: 'C-1', platform: 'console', customer: 'U1', openedAt: at, policy };
  const notices: Notice[] = [];
  const actor = createActor(caseMachine, { input });
  actor.on('*', (n) => notices.push(n as Notice));
  actor.start();
  const send = (...events: CaseEvent[]) => events.forEach((e) => actor.send(e));
  send(
    { type: 'order.provided', number: '1', items, at },
    ...(items.length > 1 ? [{ type: 'units.chosen', indexes: items.map((_, i) => i), at } as CaseEvent] : []),
    ...items.map((i): CaseEvent => ({ type: 'serial.provided', serial: i.serialNumber, at })),
    ...items.map((): CaseEvent => ({ type: 'photo.serial', file, at })),
    { type: 'photo.install', file, at },
    { type: 'fault.provided', text: 'no link light at all', at },
    { type: 'evidence.provided', files: [file], at },
    { type: 'still_failing', at },
    { type: 'staff.approve', rma: 'RMA-26-00001', at, by },
  );
  return { actor, notices, send, snapshot: () => actor.getSnapshot() as CaseSnapshot };
}

const timersOf = (s: CaseSnapshot, stateSince = at) =>
  wantedTimers(s.context, { state: stateOf(s), lastCustomerAt: at, stateSince }).map((t) => `${t.kind} ${new Date(t.dueAt).toISOString()}`);

describe('advance replacement', () => {
  it('gives the faulty unit 14 days, reminds 3 days before, flags it the day after, and never lets the RMA expire meanwhile', () => {
    const c = approvedCase();
    expect(timersOf(c.snapshot())).toEqual(['tracking_reminder 2026-11-27T10:00:00.000Z', 'rma_expiry 2026-12-20T10:00:00.000Z']);
    c.send({ type: 'staff.advance', tracking: '1Z777', at: '2026-11-21T15:00:00Z', by });
    const outcome = c.snapshot().context.outcomes[0]!;
    expect(outcome).toMatchObject({
      decision: 'approved',
      resolution: 'replacement',
      advance: { tracking: '1Z777', returnBy: '2026-12-05', overdue: false },
    });
    expect(c.notices.at(-1)).toEqual({ type: 'advance_shipped', units: [1], tracking: '1Z777', returnBy: '2026-12-05' });
    // The RMA's expiry gives way to the unit's deadline.
    expect(timersOf(c.snapshot())).toEqual([
      'tracking_reminder 2026-11-27T10:00:00.000Z',
      'return_reminder 2026-12-02T09:00:00.000Z',
      'return_overdue 2026-12-06T00:00:00.000Z',
    ]);
    c.send({ type: 'timer.fired', kind: 'rma_expiry', at: '2026-12-20T10:00:00Z' });
    expect(stateOf(c.snapshot())).toBe('awaiting_return');
    c.send({ type: 'timer.fired', kind: 'return_reminder', at: '2026-12-02T09:00:00Z' });
    expect(c.notices.at(-1)).toEqual({ type: 'return_reminder', units: [1], returnBy: '2026-12-05' });
    c.send({ type: 'timer.fired', kind: 'return_overdue', at: '2026-12-06T00:00:00Z' });
    expect(c.notices.at(-1)).toEqual({ type: 'return_overdue', units: [1], returnBy: '2026-12-05' });
    expect(c.snapshot().context.flags.map((f) => f.code)).toContain('return_overdue');
    expect(c.snapshot().context.outcomes[0]!.advance!.overdue).toBe(true);
    // Flagged once: no more advance timers until the unit is back.
    expect(timersOf(c.snapshot()).filter((t) => t.startsWith('return_'))).toEqual([]);
    // The faulty unit arrives: its replacement already went out, so the case closes.
    c.send({ type: 'staff.received', at: '2026-12-08T10:00:00Z', by });
    expect(stateOf(c.snapshot())).toBe('resolved');
    expect(c.snapshot().context.resolution).toBe('replacement');
    expect(c.notices.map((n) => n.type).slice(-2)).toEqual(['received', 'resolved']);
  });

  it('takes the deadline from the policy, in the policy time zone', () => {
    const policy = parsePolicy({ advanceReturnDays: 30, timeZone: 'Asia/Tokyo' });
    const c = approvedCase(policy);
    // 2026-11-21 23:30 UTC is already the 22nd in Tokyo.
    c.send({ type: 'staff.advance', tracking: '1Z777', at: '2026-11-21T23:30:00Z', by });
    expect(c.snapshot().context.outcomes[0]!.advance!.returnBy).toBe('2026-12-22');
    expect(timersOf(c.snapshot())).toContain('return_overdue 2026-12-22T15:00:00.000Z');
  });

  it('ships ahead for some units of a claim; the case closes once every unit has its outcome', () => {
    const two = [unit, { ...unit, serialNumber: 'SN2' }];
    const c = approvedCase(DEFAULT_POLICY, two);
    c.send({ type: 'staff.advance', tracking: '1Z777', units: [2], at, by });
    // A replacement cannot ship twice for the same unit, nor for a unit the claim does not have.
    expect(c.snapshot().can({ type: 'staff.advance', tracking: '1Z778', units: [2], at, by })).toBe(false);
    expect(c.snapshot().can({ type: 'staff.advance', tracking: '1Z778', units: [3], at, by })).toBe(false);
    c.send({ type: 'staff.received', serials: ['SN2'], at, by });
    // Unit 2 is back, unit 1 is still out and has no outcome: the case waits in inspection.
    expect(stateOf(c.snapshot())).toBe('inspection');
    expect(c.snapshot().can({ type: 'staff.resolve', resolution: 'refund', units: [1], at, by })).toBe(false);
    c.send({ type: 'staff.received', serials: ['SN1'], at, by });
    c.send({ type: 'staff.resolve', resolution: 'refund', units: [1], at, by });
    expect(stateOf(c.snapshot())).toBe('resolved');
    expect(c.snapshot().context.outcomes.map((o) => o.resolution)).toEqual(['refund', 'replacement']);
    expect(c.notices.at(-1)).toEqual({ type: 'units_summary' });
  });
});
