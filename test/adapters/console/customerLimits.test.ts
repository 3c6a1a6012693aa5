// One customer writing faster than the policy's messages per minute: refused before anything is
// recorded, told once, nothing posted to staff; other customers and staff are not slowed.
import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../../../src/policy/policy.ts';
import { acks, cases, messages, runScript } from './jsonlHarness.ts';

const T0 = '2026-11-20T10:00:00Z';

describe('messages per minute, per customer', () => {
  it('refuses a flood politely once, records none of it, and leaves staff and other customers alone', async () => {
    const policy = parsePolicy({ maxMessagesPerMinute: 5 });
    const flood = Array.from({ length: 12 }, (_, i) => ({ user: 'U1', text: `is anyone there? (${i + 1})` }));
    const out = await runScript(
      [
        { at: T0, user: 'U1', text: 'order 100234, the SFP is dead' },
        ...flood,
        { user: 'U2', text: 'order 100310, one unit is dead' },
        { user: 'S1', command: '/rma note C-1001 customer is in a hurry' },
      ],
      { policy, staff: ['S1'] },
    );
    const all = acks(out);
    // The opening message and four more are taken; the rest of the minute is refused.
    expect(all.slice(0, 5).every((a) => a.ok)).toBe(true);
    expect(all.slice(5, 13).every((a) => a.ok === false && a.error === 'over the message limit')).toBe(true);
    const notices = messages(out).filter((m) => String(m.text).includes('faster than I can read them'));
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ to: 'customer', user: 'U1', case: null });
    expect(String(notices[0]!.text)).toMatch(/send it again.*email/);
    // Nothing of the flood reached staff or the case.
    expect(messages(out).filter((m) => m.to === 'staff' && /anyone there\? \((?:[5-9]|1\d)\)/.test(String(m.text)))).toEqual([]);
    // Another customer and staff are not limited.
    expect(all[13]).toMatchObject({ ok: true });
    expect(all[14]).toMatchObject({ ok: true });
    expect(cases(out).map((c) => c.ref)).toEqual(['C-1001', 'C-1002']);
  });
});
