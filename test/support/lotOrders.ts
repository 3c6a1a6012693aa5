// Order 100600, a lot of six optics in two shipments, for claims of several units (issue 20): three
// SFP-10G-SR in their DOA window, one sold as-is, one SFP-10G-LR under warranty, one GLC-TE past it.
// Dates are for claims made on 2026-11-20 (UTC).
import type { OrderItem } from '../../src/case/types.ts';
import { ORDERS } from './testApp.ts';

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
