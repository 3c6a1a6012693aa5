// A serial alone finds its order however the seller's records print it (lower case, dashes, spaces),
// through the index on the normalised serial.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findCaseByRef } from '../../src/store/caseStore.ts';
import { TableOrderSource } from '../../src/store/orderStore.ts';
import { openTestApp, toCustomer, type TestApp } from '../support/testApp.ts';

const PRINTED = {
  orderNumber: '200555',
  partNumber: 'QSFP-40G-SR4',
  serialNumber: 'avm-2214 0xy9',
  description: 'Cisco 40GBASE-SR4 QSFP',
  terms: 'standard' as const,
  deliveredOn: '2026-11-12',
};

describe('finding an order by serial number', () => {
  let app: TestApp;
  beforeEach(async () => {
    app = await openTestApp({ orders: [PRINTED] });
  });
  afterEach(async () => {
    await app.close();
  });

  it('matches the normalised serial against records written with dashes, spaces and lower case', async () => {
    const orders = new TableOrderSource(app.database.db);
    expect((await orders.findOrderBySerial('AVM22140XY9')).map((i) => i.orderNumber)).toEqual(['200555']);
    expect(await orders.findOrderBySerial('AVM22140XY')).toEqual([]);
  });

  it("opens the customer's claim on that order from the serial alone", async () => {
    const opened = await app.send({ user: 'U1', text: 'my QSFP AVM-22140XY9 shows no light', at: '2026-11-20T10:00:00.000Z' });
    const row = await findCaseByRef(app.database.db, opened.caseRef!);
    expect(row).toMatchObject({ orderNumber: '200555' });
    // Found and proved by the serial typed: the next question is the serial-label photo, not the order number.
    expect(toCustomer(opened.messages).join('\n')).toMatch(/photo/i);
  });
});
