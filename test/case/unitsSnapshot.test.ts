// Cases stored before claims could hold several units (machine version 4 and older) load as one-unit
// claims: unit 1 is the case's own item, and what staff decided for it becomes its outcome.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CASE_MACHINE_VERSION } from '../../src/case/caseMachine.ts';
import { upgradeSnapshot } from '../../src/case/snapshot.ts';
import { unitsOf } from '../../src/case/units.ts';
import type { CaseContext } from '../../src/case/types.ts';

const fixture = (name: string) => JSON.parse(readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8'));

describe('snapshot version 5 (units)', () => {
  it('is the version this build writes', () => {
    expect(CASE_MACHINE_VERSION).toBe(5);
  });

  it('a version-2 case in inspection becomes one approved, received unit, nothing else lost', () => {
    const v2 = fixture('snapshot-v2-inspection.json');
    const up = upgradeSnapshot(v2, 2) as { value: unknown; context: CaseContext };
    expect(up.value).toBe('inspection');
    const c = up.context;
    expect(c.moreUnits).toEqual([]);
    expect(c.outcomes).toEqual([{ decision: 'approved', note: null, received: true, resolution: null, advance: null }]);
    // Everything the case had is still there.
    for (const key of Object.keys(v2.context)) {
      if (key !== 'policy') expect((c as unknown as Record<string, unknown>)[key]).toEqual(v2.context[key]);
    }
    const [unit] = unitsOf(c);
    expect(unit).toMatchObject({ number: 1, serialGiven: 'FNS17320ABC', fault: 'no link light', kind: 'doa' });
    expect(unit!.item?.partNumber).toBe('SFP-10G-SR');
  });

  it('a version-4 case: pending in review, denied, resolved by refund, declined at inspection', () => {
    const v1 = fixture('snapshot-v1-review.json');
    const v4 = upgradeSnapshot(v1, 1) as { value: unknown; context: Record<string, unknown> };
    const at = (value: string, change: Record<string, unknown>) =>
      (upgradeSnapshot({ ...v4, value, context: { ...v4.context, ...change } }, 4) as { context: CaseContext }).context.outcomes;
    expect(at('review', {})).toEqual([]);
    expect(at('declined', { reasons: ['denied_by_staff'], declineNote: 'no fault found' })).toEqual([
      { decision: 'denied', note: 'no fault found', received: false, resolution: null, advance: null },
    ]);
    expect(at('resolved', { rma: 'RMA-1', receivedAt: '2026-11-25T10:00:00Z', resolution: 'refund' })).toEqual([
      { decision: 'approved', note: null, received: true, resolution: 'refund', advance: null },
    ]);
    expect(
      at('declined', { rma: 'RMA-1', receivedAt: '2026-11-25T10:00:00Z', reasons: ['denied_by_staff'], declineNote: 'water damage' }),
    ).toEqual([{ decision: 'approved', note: 'water damage', received: true, resolution: 'declined', advance: null }]);
  });
});
