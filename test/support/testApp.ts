// A case service on a fresh database with orders loaded: the setup most service tests share.
import { openApp, type App } from '../../src/app.ts';
import type { OrderItem } from '../../src/case/types.ts';
import { DEFAULT_POLICY, type Policy } from '../../src/policy/policy.ts';
import type { Inbound, Outbound } from '../../src/service/messages.ts';
import { upsertOrderItems } from '../../src/store/orderStore.ts';
import { freshDatabaseUrl } from './testDb.ts';

export interface TestApp extends App {
  /** Sends an inbound event with defaults (console platform, staff from the staff list) filled in. */
  send(partial: Partial<Inbound> & { user: string }): ReturnType<App['service']['handle']>;
  /** Who is staff in this app's tests. */
  staff: ReadonlySet<string>;
}

export const ORDERS: OrderItem[] = [
  {
    orderNumber: '100234',
    partNumber: 'SFP-10G-SR',
    serialNumber: 'FNS17320ABC',
    description: 'Cisco 10GBASE-SR SFP+',
    terms: 'standard',
    deliveredOn: '2026-11-10',
  },
  {
    orderNumber: '100310',
    partNumber: 'WS-C3850-48P',
    serialNumber: 'FOC2101X0AB',
    description: 'Catalyst 3850 48P',
    terms: 'standard',
    deliveredOn: '2026-09-01',
  },
  {
    orderNumber: '100310',
    partNumber: 'PWR-C1-715WAC',
    serialNumber: 'LIT2101AAAA',
    description: '715W AC PSU',
    terms: 'standard',
    deliveredOn: '2026-09-01',
  },
  {
    orderNumber: '100400',
    partNumber: 'ASR1001-X',
    serialNumber: 'FXS1933Q2AB',
    description: 'ASR 1001-X',
    terms: 'as-is',
    deliveredOn: '2026-11-18',
  },
  {
    orderNumber: '100500',
    partNumber: 'QSFP-40G-SR4',
    serialNumber: 'AVM21340XYZ',
    description: '40G QSFP',
    terms: 'standard',
    deliveredOn: null,
  },
  {
    orderNumber: '100120',
    partNumber: 'N9K-C93180YC-EX',
    serialNumber: 'FDO2210R1AB',
    description: 'Nexus 93180YC-EX',
    terms: 'standard',
    deliveredOn: '2026-05-01',
  },
];

export async function openTestApp(options: { staff?: string[]; policy?: Policy; orders?: OrderItem[] } = {}): Promise<TestApp> {
  const target = await freshDatabaseUrl();
  const staff = new Set(options.staff ?? ['S1', 'S2']);
  const app = await openApp({ databaseUrl: target.url, policy: options.policy ?? DEFAULT_POLICY });
  await upsertOrderItems(app.database.db, options.orders ?? ORDERS);
  let clock = '2026-11-20T10:00:00.000Z';
  return {
    ...app,
    staff,
    send: (partial) => {
      clock = partial.at ?? clock;
      return app.service.handle({ platform: 'console', at: clock, staff: staff.has(partial.user), ...partial });
    },
    close: async () => {
      await app.close();
      await target.drop();
    },
  };
}

/** The texts of the messages to the customer, in order. */
export const toCustomer = (messages: Outbound[]) => messages.filter((m) => m.to === 'customer').map((m) => m.text);
/** The messages to staff. */
export const toStaff = (messages: Outbound[]) => messages.filter((m) => m.to === 'staff');
