// Cases live for months: a snapshot persisted by an earlier version of the machine must still load.
// Each step upgrades a persisted snapshot by one machine version.
import { CASE_MACHINE_VERSION } from './caseMachine.ts';

type Persisted = Record<string, unknown>;

const STEPS: Record<number, (snapshot: Persisted) => Persisted> = {
  // 1 → 2 goes here when the context or state names change, e.g. adding a field with its default.
};

export function upgradeSnapshot(snapshot: Persisted, fromVersion: number): Persisted {
  if (fromVersion > CASE_MACHINE_VERSION) {
    throw new Error(`case snapshot is from machine version ${fromVersion}, newer than this build (${CASE_MACHINE_VERSION})`);
  }
  let current = snapshot;
  for (let v = fromVersion; v < CASE_MACHINE_VERSION; v++) {
    const step = STEPS[v];
    if (!step) throw new Error(`no snapshot migration from machine version ${v}`);
    current = step(current);
  }
  return current;
}
