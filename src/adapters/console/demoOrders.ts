// A few orders for trying the bot on the embedded default, dated relative to today so that each
// policy window can be tried: DOA, warranty, outside the window, sold as-is, no delivery date.
import type { Temporal } from '@js-temporal/polyfill';
import type { OrderItem } from '../../service/messages.ts';

export function demoOrders(today: Temporal.PlainDate): OrderItem[] {
  const daysAgo = (n: number) => today.subtract({ days: n }).toString();
  return [
    {
      orderNumber: '100234',
      partNumber: 'SFP-10G-SR',
      serialNumber: 'FNS17320ABC',
      description: 'Cisco 10GBASE-SR SFP+ module',
      terms: 'standard',
      deliveredOn: daysAgo(5),
    },
    {
      orderNumber: '100310',
      partNumber: 'WS-C3850-48P',
      serialNumber: 'FOC2101X0AB',
      description: 'Catalyst 3850 48-port PoE switch',
      terms: 'standard',
      deliveredOn: daysAgo(40),
    },
    {
      orderNumber: '100310',
      partNumber: 'PWR-C1-715WAC',
      serialNumber: 'LIT2101AAAA',
      description: '715W AC power supply',
      terms: 'standard',
      deliveredOn: daysAgo(40),
    },
    {
      orderNumber: '100120',
      partNumber: 'N9K-C93180YC-EX',
      serialNumber: 'FDO2210R1AB',
      description: 'Nexus 93180YC-EX switch',
      terms: 'standard',
      deliveredOn: daysAgo(200),
    },
    {
      orderNumber: '100400',
      partNumber: 'ASR1001-X',
      serialNumber: 'FXS1933Q2AB',
      description: 'ASR 1001-X router, sold as-is',
      terms: 'as-is',
      deliveredOn: daysAgo(3),
    },
    // A lot of optics delivered in two shipments, one sold as-is: a claim for several units with mixed cover.
    ...[1, 2, 3].map((n) => ({
      orderNumber: '100600',
      partNumber: 'SFP-10G-SR',
      serialNumber: `FNS2301000${n}`,
      description: 'Cisco 10GBASE-SR SFP+ module',
      terms: 'standard' as const,
      deliveredOn: daysAgo(8),
    })),
    {
      orderNumber: '100600',
      partNumber: 'SFP-10G-SR',
      serialNumber: 'FNS23010004',
      description: 'Cisco 10GBASE-SR SFP+ module, sold as-is',
      terms: 'as-is',
      deliveredOn: daysAgo(8),
    },
    {
      orderNumber: '100600',
      partNumber: 'SFP-10G-LR',
      serialNumber: 'FNS22110005',
      description: 'Cisco 10GBASE-LR SFP+ module',
      terms: 'standard',
      deliveredOn: daysAgo(60),
    },
    {
      orderNumber: '100600',
      partNumber: 'GLC-TE',
      serialNumber: 'AGM21000006',
      description: '1000BASE-T SFP module',
      terms: 'standard',
      deliveredOn: daysAgo(120),
    },
    {
      orderNumber: '100500',
      partNumber: 'QSFP-40G-SR4',
      serialNumber: 'AVM21340XYZ',
      description: '40GBASE-SR4 QSFP module',
      terms: 'standard',
      deliveredOn: null,
    },
  ];
}
