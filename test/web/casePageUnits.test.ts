// The case page of a claim for several units (issue 20): staff see every unit with the serial on record
// and the one typed, its cover, staff's decision, whether it arrived and its outcome.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderCase } from '../../src/web/casePage.ts';
import { loadCaseView } from '../../src/web/caseView.ts';
import { upsertOrderItems } from '../../src/store/orderStore.ts';
import { LOT } from '../support/lotOrders.ts';
import { openTestApp, type TestApp } from '../support/testApp.ts';

const img = (name: string) => ({ name, type: 'image/jpeg', size: 10 });
const text = (markup: string) =>
  markup
    .replace(/<[^<>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

describe('the case page of a claim for several units', () => {
  let app: TestApp;
  let ref: string;
  beforeAll(async () => {
    app = await openTestApp();
    await upsertOrderItems(app.database.db, LOT);
    ref = (
      await app.send({ user: 'U1', text: 'order 100600: FNS23010001, FNS23010002 and FNS23010004 are dead', at: '2026-11-20T10:00:00Z' })
    ).caseRef!;
    await app.send({ user: 'U1', files: [img('a.jpg'), img('b.jpg')] });
    await app.send({ user: 'U1', files: [img('rack.jpg')] });
    await app.send({ user: 'U1', text: 'no link on either' });
    await app.send({ user: 'U1', files: [{ name: 'log.txt', type: 'text/plain', size: 10 }] });
    await app.send({ user: 'U1', action: 'still_failing', caseRef: ref });
    await app.send({ user: 'S1', command: `/rma approve ${ref} units 1,2` });
    await app.send({ user: 'S1', command: `/rma advance ${ref} 1Z999AA10123456999 units 2` });
    await app.send({ user: 'S1', command: `/rma received ${ref} FNS23010001` });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('lists each unit with its serials, cover, decision, arrival and outcome', async () => {
    const view = (await loadCaseView(app.database.db, ref))!;
    const page = renderCase(view, { now: '2026-11-22T09:00:00.000Z', timeZone: 'UTC' }).value;
    const start = page.indexOf('Units on this claim (3)');
    expect(start).toBeGreaterThan(0);
    const rows = [...page.slice(start, page.indexOf('</table>', start)).matchAll(/<tr>(.*?)<\/tr>/gs)].map((m) => text(m[1]!));
    expect(rows).toEqual([
      'Unit Part number Serial on record Serial typed Cover Decision Arrived Outcome',
      '1 SFP-10G-SR FNS23010001 FNS23010001 doa approved yes -',
      '2 SFP-10G-SR FNS23010002 FNS23010002 doa approved no replacement replacement shipped ahead (1Z999AA10123456999), due back 2026-12-04',
      '3 SFP-10G-SR FNS23010004 FNS23010004 not covered (non_returnable) denied no -',
    ]);
  });
});
