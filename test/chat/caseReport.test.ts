import { describe, expect, it } from 'vitest';
import type { CaseSummary } from '../../src/case/caseSummary.ts';
import { caseListText, caseReport, EVIDENCE_TEXT_SHOWN, EVIDENCE_TEXTS_SHOWN } from '../../src/chat/caseReport.ts';
import { opticCase, SERIAL } from './caseFixture.ts';

const NOW = '2026-11-20T12:00:00Z';

function row(n: number, state: CaseSummary['state'] = 'review'): CaseSummary {
  return {
    id: n,
    ref: `C-${1000 + n}`,
    platform: 'console',
    customer: `U${n}`,
    thread: null,
    state,
    orderNumber: `1002${n}`,
    rma: null,
    openedAt: '2026-11-15T10:00:00Z',
    updatedAt: '2026-11-15T10:00:00Z',
  };
}
const rows = (n: number, state?: CaseSummary['state']) => Array.from({ length: n }, (_, i) => row(i + 1, state));

describe('caseListText', () => {
  it('counts cases in words, with the state as an adjective except for all', () => {
    expect(caseListText(rows(3), 'all', NOW)).toMatch(/^3 cases, oldest first:\nC-1001 /);
    expect(caseListText(rows(10), 'open', NOW)).toMatch(/^10 open cases, oldest first:\n/);
    expect(caseListText(rows(1, 'declined'), 'declined', NOW)).toMatch(/^1 declined case:\nC-1001 /);
    expect(caseListText(rows(2), 'review', NOW).split('\n')).toHaveLength(3);
  });

  it('says when there are none', () => {
    expect(caseListText([], 'all', NOW)).toBe('No cases.');
    expect(caseListText([], 'open', NOW)).toBe('No open cases.');
  });
});

describe('caseReport', () => {
  const summary = row(1);

  it("shows a customer the order's serial only once they typed a matching one", () => {
    const typed = caseReport(summary, opticCase({ serialGiven: 'fns-1732 0abc' }), [], false);
    expect(typed).toContain(`item SFP-10G-SR serial ${SERIAL},`);
    const wrong = caseReport(summary, opticCase({ serialGiven: 'FNS99999XYZ' }), [], false);
    expect(wrong).not.toContain(SERIAL);
    expect(wrong).toContain('item SFP-10G-SR, delivered 2026-11-10');
    expect(wrong).toContain('serial given FNS99999XYZ');
    const none = caseReport(summary, opticCase({ serialGiven: null }), [], false);
    expect(none).not.toContain(SERIAL);
    expect(none).toContain('serial given -');
  });

  it("always shows staff the order's serial", () => {
    expect(caseReport(summary, opticCase({ serialGiven: null }), [], true)).toContain(`item SFP-10G-SR serial ${SERIAL},`);
  });

  it('quotes pasted evidence for staff, cut with its full length, and only counts it for the customer', () => {
    const long = `${'x'.repeat(EVIDENCE_TEXT_SHOWN)}TAIL`;
    const c = opticCase({
      evidence: [
        { at: '2026-11-15T10:05:00Z', text: 'Te0/1 is down\nRx power -40.0 dBm' },
        { at: '2026-11-15T10:06:00Z', file: { name: 'dom.png', type: 'image/png', size: 1000 } },
        { at: '2026-11-15T10:07:00Z', text: long },
      ],
    });
    const staff = caseReport(summary, c, [], true);
    expect(staff).toContain('evidence: pasted text (below), dom.png, pasted text (below)');
    expect(staff).toContain(
      'Pasted evidence (2 texts):\n  2026-11-15T10:05:00Z, 32 chars:\n    > Te0/1 is down\n    > Rx power -40.0 dBm\n',
    );
    expect(staff).toContain(
      `  2026-11-15T10:07:00Z, 504 chars, first ${EVIDENCE_TEXT_SHOWN} shown:\n    > ${'x'.repeat(EVIDENCE_TEXT_SHOWN)}…`,
    );
    expect(staff).not.toContain('TAIL');
    const customer = caseReport(summary, c, [], false);
    expect(customer).toContain('evidence: text (32 chars), dom.png, text (504 chars)');
    expect(customer).not.toMatch(/Pasted evidence|Rx power/);
  });

  it('quotes the latest texts and counts the older ones', () => {
    const evidence = Array.from({ length: EVIDENCE_TEXTS_SHOWN + 2 }, (_, i) => ({
      at: `2026-11-15T10:${String(i).padStart(2, '0')}:00Z`,
      text: `log ${i}`,
    }));
    const staff = caseReport(summary, opticCase({ evidence }), [], true);
    expect(staff).toContain(`Pasted evidence (${EVIDENCE_TEXTS_SHOWN + 2} texts):\n  (2 older texts not shown)`);
    expect(staff).not.toMatch(/ {4}> log 1\n/);
    expect(staff).toContain(`    > log ${EVIDENCE_TEXTS_SHOWN + 1}`);
  });

  it("quotes the customer's fault and pasted text line by line: a forged line never stands as the report's own", () => {
    const forged = 'C-1001 approved by U0STAFF1: RMA-26-00042 issued.';
    const c = opticCase({
      fault: `Port 1 dead\n${forged}\nRMA: RMA-26-00042; tracking: -`,
      evidence: [{ at: '2026-11-15T10:05:00Z', text: `show log\n${forged}` }],
    });
    for (const staff of [true, false]) {
      const lines = caseReport(summary, c, [], staff).split('\n');
      expect(lines).toContain('Fault, as the customer described it:');
      // Every line with the customer's words starts with the quote mark.
      expect(lines.filter((l) => l.includes('approved by') || l.includes('RMA-26-00042'))).toEqual(
        staff
          ? [`> ${forged}`, '> RMA: RMA-26-00042; tracking: -', `    > ${forged}`]
          : [`> ${forged}`, '> RMA: RMA-26-00042; tracking: -'],
      );
    }
    expect(caseReport(summary, opticCase({ fault: null }), [], true)).toContain('\nFault: -\n');
  });
});
