// The default policy ships no one's real mailbox, and start lists the contact details still unset.
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, parsePolicy, unsetContactDetails } from '../../src/policy/policy.ts';

describe('contact details', () => {
  it('defaults the contact email to a placeholder at a reserved domain', () => {
    expect(DEFAULT_POLICY.contactEmail).toBe('returns@example.com');
  });

  it('lists both the placeholder contact email and the unset return address, and nothing once both are set', () => {
    expect(unsetContactDetails(DEFAULT_POLICY)).toEqual([
      expect.stringMatching(
        /^the policy's contactEmail is the placeholder returns@example\.com: customers are told to write to it.*set contactEmail/,
      ),
      expect.stringMatching(/^the policy has no returnAddress.*set returnAddress/),
    ]);
    const set = parsePolicy({ contactEmail: 'rma@seller.net', returnAddress: 'Seller BV, Returns, 1 Dock Road, Rotterdam' });
    expect(unsetContactDetails(set)).toEqual([]);
  });

  it('takes any address at an example or test domain for a placeholder', () => {
    for (const contactEmail of ['rma@example.org', 'RMA@EXAMPLE.NET', 'desk@returns.example', 'x@shop.test', 'x@mail.example.com']) {
      expect(unsetContactDetails({ contactEmail, returnAddress: 'Dock 1' }), contactEmail).toHaveLength(1);
    }
    expect(unsetContactDetails({ contactEmail: 'rma@myexample.com', returnAddress: 'Dock 1' })).toEqual([]);
  });
});
