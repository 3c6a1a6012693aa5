import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPolicy } from '../../src/config/policyFile.ts';
import { DEFAULT_POLICY } from '../../src/policy/policy.ts';

function file(name: string, text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'rma-policy-')), name);
  writeFileSync(path, text);
  return path;
}

describe('policy file', () => {
  it("defaults to the published policy's values", () => {
    expect(DEFAULT_POLICY).toEqual({
      timeZone: 'UTC',
      doaDays: 14,
      warrantyDays: 90,
      costCapCents: 50_000,
      contactEmail: 'returns@example.com',
      returnAddress: expect.any(String),
      timers: {
        remindIntakeAfterDays: 2,
        closeSilentIntakeAfterDays: 7,
        remindTrackingAfterDays: 7,
        expireRmaAfterDays: 30,
        reviewOverdueBusinessDays: 1,
        warnDoaWindowDaysBefore: 2,
        advanceReturnDays: 14,
      },
      conversation: { closedConversationDays: 30, maxNewClaimsPerDay: 5, maxOrderAttempts: 5 },
      limits: { maxMessagesPerMinute: 20, evidenceQuotaMb: 2048 },
    });
  });

  it('reads YAML overrides and keeps the other defaults', () => {
    const policy = loadPolicy(
      file('p.yaml', 'timeZone: Europe/Berlin\ncostCapUsd: 750.5\nreturnAddress: "RMA Dept, 1 Dock Rd, Hamburg"\n'),
    );
    expect(policy).toMatchObject({
      timeZone: 'Europe/Berlin',
      costCapCents: 75_050,
      returnAddress: 'RMA Dept, 1 Dock Rd, Hamburg',
      doaDays: 14,
    });
  });

  it('reads JSON overrides', () => {
    expect(loadPolicy(file('p.json', '{"doaDays": 7, "warrantyDays": 30}'))).toMatchObject({ doaDays: 7, warrantyDays: 30 });
    expect(loadPolicy(file('q.json', '{"evidenceQuotaMb": 500}'))).toMatchObject({ limits: { evidenceQuotaMb: 500 } });
  });

  it.each([
    ['{"warrantyDayz": 90}', /unknown key\(s\) "warrantyDayz"/],
    ['{"timeZone": "Mars/Olympus"}', /"timeZone": not an IANA time zone name/],
    ['{"doaDays": -1}', /"doaDays"/],
    ['{"doaDays": 1.5}', /"doaDays"/],
    ['{"costCapUsd": "500"}', /"costCapUsd"/],
    ['{"evidenceQuotaMb": 0}', /"evidenceQuotaMb"/],
    ['{"contactEmail": "not-an-address"}', /"contactEmail"/],
    ['{"doaDays": 30, "warrantyDays": 14}', /warrantyDays must not be shorter than doaDays/],
    ['[1, 2]', /expected a mapping/],
    ['{"remindIntakeAfterDays": 7, "closeSilentIntakeAfterDays": 7}', /closeSilentIntakeAfterDays must be later/],
    ['{"a": [', /not valid JSON or YAML/],
  ])('refuses %s with a message naming the problem', (text, message) => {
    const path = file('bad.json', text);
    expect(() => loadPolicy(path)).toThrow(message);
    expect(() => loadPolicy(path)).toThrow(path);
  });

  it('names a file it cannot read', () => {
    expect(() => loadPolicy('/nonexistent/policy.yaml')).toThrow(/policy file \/nonexistent\/policy.yaml: cannot read it \(ENOENT\)/);
  });
});
