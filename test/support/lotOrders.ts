// Order 100600, a lot of six optics in two shipments, for claims of several units (issue 20): three
// SFP-10G-SR in their DOA window, one sold as-is, one SFP-10G-LR under warranty, one GLC-TE past it.
// Dates are for claims made on 2026-11-20 (UTC).
import type { OrderItem } from '../../src/case/types.ts';
import { upsertOrderItems } from '../../src/store/orderStore.ts';
import { ORDERS, type TestApp } from './testApp.ts';

const sr = (n: number, terms: OrderItem['terms'] = 'standard'): OrderItem => ({
  orderNumber: '100600',
  partNumber: 'SFP-10G-SR',
  serialNumber: `FNS2301000${n}`,
  description: `Cisco 10GBASE-SR SFP+${terms === 'as-is' ? ', sold as-is' : ''}`,
  terms,
  deliveredOn: '2026-11-12',
});

export const LOT: OrderItem[] = [
  sr(1),
  sr(2),
  sr(3),
  sr(4, 'as-is'),
  {
    orderNumber: '100600',
    partNumber: 'SFP-10G-LR',
    serialNumber: 'FNS22110005',
    description: 'Cisco 10GBASE-LR SFP+',
    terms: 'standard',
    deliveredOn: '2026-09-21',
  },
  {
    orderNumber: '100600',
    partNumber: 'GLC-TE',
    serialNumber: 'AGM21000006',
    description: '1000BASE-T SFP',
    terms: 'standard',
    deliveredOn: '2026-07-23',
  },
];

/** The test orders with the lot. */
export const ORDERS_WITH_LOT: OrderItem[] = [...ORDERS, ...LOT];

/**
 * The five units claimed (items 1, 2, 4, 5 and 6 of the order), as the claim numbers them: 1 and 2
 * DOA, 3 sold as-is, 4 under warranty, 5 past its warranty.
 */
export const LOT_CLAIM = {
  choice: '1, 2, 4, 5 and 6',
  covered: ['FNS23010001', 'FNS23010002', 'FNS22110005'],
  notCovered: ['FNS23010004', 'AGM21000006'],
} as const;

/**
 * U1 claims four units of the lot by serial at 2026-11-20 10:00 UTC (SR 1 and 2 and LR 5 covered, SR 4
 * sold as-is), through intake and troubleshooting to review; the lot is loaded first. Returns the ref.
 */
export async function claimFourUnits(app: TestApp): Promise<string> {
  const img = (name: string) => ({ name, type: 'image/jpeg', size: 10 });
  await upsertOrderItems(app.database.db, LOT);
  const first = await app.send({
    user: 'U1',
    text: 'order 100600: FNS23010001, FNS23010002, FNS22110005 and FNS23010004 are dead',
    at: '2026-11-20T10:00:00Z',
  });
  const ref = first.caseRef!;
  await app.send({ user: 'U1', files: [img('a.jpg'), img('b.jpg'), img('c.jpg')] });
  await app.send({ user: 'U1', files: [img('rack.jpg')] });
  await app.send({ user: 'U1', text: 'no link on any of them' });
  await app.send({ user: 'U1', files: [{ name: 'log.txt', type: 'text/plain', size: 10 }] });
  await app.send({ user: 'U1', action: 'still_failing', caseRef: ref });
  return ref;
}
