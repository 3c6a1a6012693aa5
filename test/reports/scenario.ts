// A small desk history for the export and report tests: several units of three part numbers and cases
// that end in different ways, every step at a fixed time so that durations are exact.
import { expect } from 'vitest';
import type { OrderItem } from '../../src/case/types.ts';
import { openTestApp, type TestApp } from '../support/testApp.ts';

function units(
  prefix: string,
  count: number,
  partNumber: string,
  description: string,
  deliveredOn: string,
  serialPrefix: string,
): OrderItem[] {
  return Array.from({ length: count }, (_, i) => ({
    orderNumber: `${prefix}${String(i + 1).padStart(2, '0')}`,
    partNumber,
    serialNumber: `${serialPrefix}${String(i + 1).padStart(4, '0')}`,
    description,
    terms: 'standard' as const,
    deliveredOn,
  }));
}

/** 10 optics (delivered 2026-11-10: DOA window), 4 PSUs and 5 switches (2026-09-01: warranty), 1 order without a delivery date. */
export const SCENARIO_ORDERS: OrderItem[] = [
  ...units('3000', 10, 'SFP-10G-SR', 'Cisco 10GBASE-SR SFP+', '2026-11-10', 'FNS'),
  ...units('4000', 4, 'PWR-C1-715WAC', '715W AC PSU', '2026-09-01', 'LIT'),
  ...units('5000', 5, 'WS-C3850-48P', 'Catalyst 3850 48P', '2026-09-01', 'FOC'),
  {
    orderNumber: '600001',
    partNumber: 'SFP-10G-SR',
    serialNumber: 'FNS9999',
    description: 'Cisco 10GBASE-SR SFP+',
    terms: 'standard',
    deliveredOn: null,
  },
];

const HOUR = 3_600_000;
export const T0 = '2026-11-20T10:00:00.000Z';
export const NOW = '2026-12-01T10:00:00.000Z';

export function at(hoursAfterT0: number): string {
  return new Date(Date.parse(T0) + hoursAfterT0 * HOUR).toISOString();
}

/** Runs a claim through intake and troubleshooting into review; `hours` is when it opens. */
export async function claim(app: TestApp, user: string, order: string, serial: string, fault: string, hours: number): Promise<string> {
  const opened = await app.send({ user, text: `order ${order}`, at: at(hours), newCase: true });
  const ref = opened.caseRef!;
  await app.send({ user, text: serial, caseRef: ref });
  await app.send({
    user,
    caseRef: ref,
    files: [
      { name: 'sn.jpg', type: 'image/jpeg', size: 10 },
      { name: 'rack.jpg', type: 'image/jpeg', size: 10 },
    ],
  });
  await app.send({ user, caseRef: ref, text: fault, at: at(hours + 0.5) });
  await app.send({ user, caseRef: ref, files: [{ name: 'log.txt', type: 'text/plain', size: 10 }] });
  const review = await app.send({ user, action: 'still_failing', caseRef: ref, at: at(hours + 1.5) });
  expect(review.ok, review.error).toBe(true);
  return ref;
}

async function staff(app: TestApp, command: string, hours: number): Promise<void> {
  const result = await app.send({ user: 'S1', command, at: at(hours) });
  expect(result.ok, `${command}: ${result.error}`).toBe(true);
}

/** Approve, tracking, received, resolved: each at the given hour. */
export async function returnAndResolve(
  app: TestApp,
  ref: string,
  user: string,
  hours: { approve: number; ship: number; receive: number; resolve: number },
): Promise<void> {
  await staff(app, `/rma approve ${ref}`, hours.approve);
  await app.send({ user, caseRef: ref, text: 'tracking 1Z999AA10123456784', at: at(hours.ship) });
  await staff(app, `/rma received ${ref}`, hours.receive);
  await staff(app, `/rma resolve ${ref} refund`, hours.resolve);
}

export interface Scenario {
  app: TestApp;
  /** Customer `Doe, "J"` (a name that needs CSV quoting): DOA optic, refunded after 4 days. */
  refunded: string;
  /** Second optic, DOA with a vendor-lock complaint, resolved after 2 days. */
  vendorLock: string;
  /** Third optic, DOA, still in review. */
  inReview: string;
  /** A PSU under warranty, costs above the USD 500 cap, in transit. */
  overCap: string;
  /** A claim on the order without a delivery date, cancelled. */
  cancelled: string;
  /** A case that has not named its order yet. */
  noOrder: string;
}

export async function openScenario(): Promise<Scenario> {
  const app = await openTestApp({ orders: SCENARIO_ORDERS });
  const customer = 'Doe, "J"';
  const refunded = await claim(app, customer, '300001', 'FNS0001', 'no link light at all', 0);
  await returnAndResolve(app, refunded, customer, { approve: 2.5, ship: 24, receive: 72, resolve: 96 });
  const vendorLock = await claim(app, 'U2', '300002', 'FNS0002', 'the switch says unsupported transceiver', 1);
  await returnAndResolve(app, vendorLock, 'U2', { approve: 3, ship: 10, receive: 30, resolve: 49 });
  const inReview = await claim(app, 'U3', '300003', 'FNS0003', 'port flaps every few minutes', 2);
  const overCap = await claim(app, 'U4', '400001', 'LIT0001', 'fan never spins and no output power', 3);
  await staff(app, `/rma approve ${overCap}`, 5);
  await app.send({ user: 'U4', caseRef: overCap, text: '1Z999AA10123456785', at: at(6) });
  await staff(app, `/rma cost ${overCap} 320 return shipping`, 7);
  await staff(app, `/rma cost ${overCap} 250 import duties`, 8);
  const opened = await app.send({ user: 'U5', text: 'order 600001', at: at(4), newCase: true });
  const cancelled = opened.caseRef!;
  expect((await app.send({ user: 'U5', caseRef: cancelled, action: 'cancel', at: at(5) })).ok).toBe(true);
  const noOrder = (await app.send({ user: 'U6', text: 'hello, my switch is broken', at: at(6), newCase: true })).caseRef!;
  return { app, refunded, vendorLock, inReview, overCap, cancelled, noOrder };
}
