import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openApp, type App } from '../../src/app.ts';
import { importOrderCsv } from '../../src/orders/importOrders.ts';
import { OrderCsvError, parseOrderCsv } from '../../src/orders/orderCsv.ts';
import { DEFAULT_POLICY } from '../../src/policy/policy.ts';
import { TableOrderSource } from '../../src/store/orderStore.ts';
import { freshDatabaseUrl, type TestDatabaseUrl } from '../support/testDb.ts';

const HEADER = 'order_number,delivered_on,part_number,serial_number,description,terms';

describe('order CSV', () => {
  it('reads rows, normalizes terms and ignores unknown columns', () => {
    const parsed = parseOrderCsv(
      `${HEADER},warehouse\n100234,2026-11-10,SFP-10G-SR,FNS1,"10G, SR optic",As-Is,W1\n100235,,X,S2,,\n100236,2026-11-10,Y,S3,,for parts,\n100237,2026-11-10,Z,S4,,NO RETURNS,\n`,
    );
    expect(parsed.bad).toEqual([]);
    expect(parsed.items.map((i) => [i.orderNumber, i.terms, i.deliveredOn, i.description])).toEqual([
      ['100234', 'as-is', '2026-11-10', '10G, SR optic'],
      ['100235', 'standard', null, ''],
      ['100236', 'for-parts', '2026-11-10', ''],
      ['100237', 'no-returns', '2026-11-10', ''],
    ]);
  });

  it('reports each bad row with its line number and what is wrong', () => {
    const parsed = parseOrderCsv(
      `${HEADER}\n1,2026-02-30,A,S1,,\n2,11/20/2026,B,S2,,\n,2026-11-01,C,S3,,\n4,2026-11-01,D,S4,,refurb\n5,2026-11-01,E,S5,,\n5,2026-11-01,E,S5,,\n`,
    );
    expect(parsed.bad).toEqual([
      { line: 2, problem: 'delivered_on "2026-02-30" is not a real date' },
      { line: 3, problem: 'delivered_on "11/20/2026" is not a YYYY-MM-DD date' },
      { line: 4, problem: 'order_number is empty' },
      { line: 5, problem: 'terms "refurb" is not one of standard, as-is, for-parts, no-returns' },
      { line: 7, problem: 'repeats line 6' },
    ]);
    expect(parsed.items.map((i) => i.orderNumber)).toEqual(['5']);
  });

  it('refuses a file whose header lacks a required column', () => {
    expect(() => parseOrderCsv('order,delivered,part\n1,2,3\n')).toThrow(OrderCsvError);
    expect(() => parseOrderCsv('order_number,part_number,serial_number\n1,2,3\n')).toThrow(/lacks column\(s\): delivered_on/);
  });
});

describe('orders import into the database', () => {
  let target: TestDatabaseUrl;
  let app: App;
  beforeEach(async () => {
    target = await freshDatabaseUrl();
    app = await openApp({ databaseUrl: target.url, policy: DEFAULT_POLICY });
  });
  afterEach(async () => {
    await app.close();
    await target.drop();
  });

  it('imports nothing from a file with a bad row, unless --skip-bad', async () => {
    const text = `${HEADER}\n100234,2026-11-10,SFP-10G-SR,FNS1,,\n100235,not-a-date,X,S2,,\n`;
    const orders = new TableOrderSource(app.database.db);
    const refused = await importOrderCsv(app.database.db, text, { skipBad: false });
    expect(refused).toMatchObject({ ok: false, imported: 0, bad: [{ line: 3 }] });
    expect(await orders.findOrder('100234')).toEqual([]);
    const skipped = await importOrderCsv(app.database.db, text, { skipBad: true });
    expect(skipped).toMatchObject({ ok: true, imported: 1 });
    expect(await orders.findOrder('100234')).toHaveLength(1);
  });

  it('upserts: a second import updates the delivery date and terms instead of duplicating', async () => {
    const orders = new TableOrderSource(app.database.db);
    await importOrderCsv(app.database.db, `${HEADER}\n100234,,SFP-10G-SR,FNS1,old,\n100234,2026-11-10,SFP-10G-SR,FNS2,,\n`, {
      skipBad: false,
    });
    await importOrderCsv(app.database.db, `${HEADER}\n100234,2026-11-12,SFP-10G-SR,FNS1,new,as-is\n`, { skipBad: false });
    expect(await orders.findOrder('100234')).toEqual([
      {
        orderNumber: '100234',
        partNumber: 'SFP-10G-SR',
        serialNumber: 'FNS1',
        description: 'new',
        terms: 'as-is',
        deliveredOn: '2026-11-12',
      },
      {
        orderNumber: '100234',
        partNumber: 'SFP-10G-SR',
        serialNumber: 'FNS2',
        description: '',
        terms: 'standard',
        deliveredOn: '2026-11-10',
      },
    ]);
  });
});
