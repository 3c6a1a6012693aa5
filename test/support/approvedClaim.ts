// A JSONL script (rma-desk chat --jsonl) of a DOA claim on order 100234 of test/fixtures/orders.csv
// taken through the whole intake to approval by staff S1: the approval sends RMA-26-00001.pdf.
export const APPROVED_CLAIM_SCRIPT = `${[
  { at: '2026-11-20T10:00:00Z', user: 'U1', text: 'order 100234 is dead' },
  { user: 'U1', text: 'FNS17320ABC' },
  {
    user: 'U1',
    files: [
      { name: 'a.jpg', type: 'image/jpeg', size: 1 },
      { name: 'b.jpg', type: 'image/jpeg', size: 1 },
    ],
  },
  { user: 'U1', text: 'no link light at all on the port' },
  { user: 'U1', files: [{ name: 'log.txt', type: 'text/plain', size: 1 }] },
  { user: 'U1', action: 'still_failing', case: 'C-1001' },
  { user: 'S1', command: '/rma approve C-1001' },
]
  .map((l) => JSON.stringify(l))
  .join('\n')}\n`;
