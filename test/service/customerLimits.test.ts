import { describe, expect, it } from 'vitest';
import { customerLimits } from '../../src/service/customerLimits.ts';

const at = (seconds: number) => new Date(Date.UTC(2026, 10, 20, 10, 0, seconds)).toISOString();

describe('customer limits', () => {
  it('admits the limit per minute and customer, answers the first refusal only, and admits again a minute later', () => {
    const limits = customerLimits({ maxMessagesPerMinute: 3 }, 'desk@example.com');
    for (let i = 0; i < 3; i++) expect(limits.admit('slack', 'U1', at(i))).toEqual({ admitted: true });
    const refused = [limits.admit('slack', 'U1', at(10)), limits.admit('slack', 'U1', at(59))];
    expect(refused.map((r) => !r.admitted && r.first)).toEqual([true, false]);
    expect(refused[0]).toMatchObject({ notice: expect.stringContaining('desk@example.com') });
    // Other customers, and the same id on another platform, have their own count.
    expect(limits.admit('slack', 'U2', at(10))).toEqual({ admitted: true });
    expect(limits.admit('discord', 'U1', at(10))).toEqual({ admitted: true });
    expect(limits.refused()).toBe(2);
    // The window is a minute of the events' own time.
    expect(limits.admit('slack', 'U1', at(60))).toEqual({ admitted: true });
  });

  it('keeps only the last minute of customers however many write once', () => {
    const limits = customerLimits({ maxMessagesPerMinute: 1 }, 'desk@example.com');
    for (let i = 0; i < 50_000; i++) limits.admit('discord', `u${i}`, new Date(Date.UTC(2026, 10, 20) + i * 10).toISOString());
    // Each still counts: a customer from the last minute is over the limit at once.
    expect(limits.admit('discord', 'u49999', new Date(Date.UTC(2026, 10, 20) + 499_995).toISOString()).admitted).toBe(false);
  });
});
