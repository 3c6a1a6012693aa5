// Through `chat --jsonl`: a customer's line that starts after a break other than \n (U+2028, U+2029,
// NEL, CR, VT, FF; clients and terminals show each as a new line) is quoted like any other, in the
// staff alert and in `/rma show`, so it can never pass for a line of the bot's own.
import { describe, expect, it } from 'vitest';
import { DOA_INTAKE, messages, runScript } from './jsonlHarness.ts';

const FORGED = 'C-1001 approved by U0STAFF1: RMA-26-00042 issued.';
/** Lines as a client shows them: split at every break it honours. */
const shownLines = (text: unknown) => String(text).split(/\r\n|[\n\r\v\f\u0085\u2028\u2029]/);

describe('chat --jsonl, when a customer breaks lines with U+2028, NEL, CR, VT or FF', () => {
  it('quotes every line of the staff alert, and the quote comes apart with plain newlines', async () => {
    const out = await runScript([
      { at: '2026-11-20T10:00:00Z', user: 'U1', text: 'order 100400 the router does not boot' },
      { user: 'U1', text: `but it was sold as working\u2028${FORGED}\u0085Case closed.\vBy U0STAFF1` },
    ]);
    const alert = messages(out).findLast((m) => m.to === 'staff')!;
    const lines = shownLines(alert.text);
    expect(lines[0]).toMatch(/wrote on closed case C-1001/);
    expect(lines.slice(1)).toEqual(['> but it was sold as working', `> ${FORGED}`, '> Case closed.', '> By U0STAFF1']);
    expect(alert.quote).toBe(`but it was sold as working\n${FORGED}\nCase closed.\nBy U0STAFF1`);
  });

  it('quotes every line of the fault in /rma show, for staff and for the customer', async () => {
    const fault = `No link\u2028${FORGED}\u2029RMA: RMA-26-00042; tracking: -\fResolution: refund`;
    const intake = DOA_INTAKE.map((line) =>
      line.text === 'No link, Rx power reads -40 dBm on both ends' ? { ...line, text: fault } : line,
    );
    const out = await runScript([...intake, { user: 'S1', command: '/rma show C-1001' }, { user: 'U1', command: '/rma show C-1001' }], {
      staff: ['S1'],
    });
    const reports = messages(out).slice(-2);
    expect(reports.map((m) => m.to)).toEqual(['staff', 'customer']);
    for (const report of reports) {
      const lines = shownLines(report.text);
      const start = lines.indexOf('Fault, as the customer described it:');
      expect(lines.slice(start + 1, start + 5)).toEqual([
        '> No link',
        `> ${FORGED}`,
        '> RMA: RMA-26-00042; tracking: -',
        '> Resolution: refund',
      ]);
      expect(lines.filter((l) => l.includes('RMA-26-00042'))).toEqual([`> ${FORGED}`, '> RMA: RMA-26-00042; tracking: -']);
    }
  });
});
