// Case contexts for the tests of what chat/ says about a case: built by hand, no machine, no database.
import { newCaseContext } from '../../src/case/caseMachine.ts';
import type { CaseContext, OrderItem } from '../../src/case/types.ts';
import { DEFAULT_POLICY } from '../../src/policy/policy.ts';

export const SERIAL = 'FNS17320ABC';
export const OPTIC: OrderItem = {
  orderNumber: '100234',
  partNumber: 'SFP-10G-SR',
  serialNumber: SERIAL,
  description: 'Cisco 10GBASE-SR SFP+',
  terms: 'standard',
  deliveredOn: '2026-11-10',
};
const PHOTO = { name: 'sn.jpg', type: 'image/jpeg', size: 1000 };

/** A case with nothing gathered yet; `overrides` fill in what a test needs. */
export function caseWith(overrides: Partial<CaseContext> = {}): CaseContext {
  return {
    ...newCaseContext({ ref: 'C-1001', platform: 'console', customer: 'U1', openedAt: '2026-11-15T10:00:00Z', policy: DEFAULT_POLICY }),
    ...overrides,
  };
}

/** The optic's claim, opened on day 5, everything gathered. */
export function opticCase(overrides: Partial<CaseContext> = {}): CaseContext {
  return caseWith({
    orderNumber: OPTIC.orderNumber,
    orderItems: [OPTIC],
    item: OPTIC,
    kind: 'doa',
    windowEndsOn: '2026-11-24',
    serialGiven: SERIAL,
    serialPhoto: PHOTO,
    installPhoto: { ...PHOTO, name: 'rack.jpg' },
    fault: 'No light on the port',
    evidence: [{ at: '2026-11-15T10:05:00Z', text: 'show interfaces transceiver detail ...' }],
    ...overrides,
  });
}
