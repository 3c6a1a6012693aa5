// What staff read when a case is approved: without a return address in the policy the customer was
// told staff would send it, so the staff message says the customer waits for it.
import { describe, expect, it } from 'vitest';
import { word } from '../../src/chat/wording.ts';
import { casePolicy, DEFAULT_POLICY, parsePolicy } from '../../src/policy/policy.ts';
import { opticCase } from './caseFixture.ts';

const approved = (returnAddress: string | undefined) =>
  word(
    { type: 'approved' },
    opticCase({
      customer: 'U1',
      rma: 'RMA-26-00001',
      approvedBy: 'S1',
      policy: casePolicy(returnAddress ? parsePolicy({ returnAddress }) : DEFAULT_POLICY),
    }),
    'awaiting_return',
  ).filter((s) => s.to === 'staff');

describe('the approval, as staff read it', () => {
  it('reminds staff to send the return address when the policy has none', () => {
    expect(approved(undefined).map((s) => s.text)).toEqual([
      'C-1001 approved by S1: RMA-26-00001 issued. U1 has no return address yet (none is set in the policy): send it with /rma reply C-1001 TEXT.',
    ]);
  });

  it('says only what was issued when the policy has the address', () => {
    expect(approved('RMA Dept., 1 Dock Road, Hamburg').map((s) => s.text)).toEqual(['C-1001 approved by S1: RMA-26-00001 issued.']);
  });
});
