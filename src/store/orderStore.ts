// The imported order records, and the default OrderSource (the case service's port, case/types.ts) that reads them.
import { eq, sql } from 'drizzle-orm';
import type { OrderItem, OrderSource } from '../case/types.ts';
import type { SaleTerms } from '../policy/policy.ts';
import type { Db, Q } from './database.ts';
import { orderItems, orders, serialKey } from './schema.ts';

/** Inserts or updates every item in one transaction; returns how many rows were written. */
export async function upsertOrderItems(db: Db, items: readonly OrderItem[]): Promise<number> {
  if (items.length === 0) return 0;
  await db.transaction(async (tx) => {
    const numbers = [...new Set(items.map((i) => i.orderNumber))];
    for (let i = 0; i < numbers.length; i += 1000) {
      await tx
        .insert(orders)
        .values(numbers.slice(i, i + 1000).map((orderNumber) => ({ orderNumber })))
        .onConflictDoNothing();
    }
    for (let i = 0; i < items.length; i += 1000) {
      await tx
        .insert(orderItems)
        .values(
          items.slice(i, i + 1000).map(({ orderNumber, partNumber, serialNumber, description, terms, deliveredOn }) => ({
            orderNumber,
            partNumber,
            serialNumber,
            description,
            terms,
            deliveredOn,
          })),
        )
        .onConflictDoUpdate({
          target: [orderItems.orderNumber, orderItems.partNumber, orderItems.serialNumber],
          set: { description: sql`excluded.description`, terms: sql`excluded.terms`, deliveredOn: sql`excluded.delivered_on` },
        });
    }
  });
  return items.length;
}

/** Whether any order was imported (the console seeds demo orders into an empty table). */
export async function hasAnyOrder(q: Q): Promise<boolean> {
  const [any] = await q.select({ id: orderItems.id }).from(orderItems).limit(1);
  return any !== undefined;
}

export class TableOrderSource implements OrderSource {
  // A customer's first message looks its order up: prepared once (a named statement on node-postgres).
  private readonly byNumber;
  private readonly bySerial;

  constructor(db: Db) {
    this.byNumber = db
      .select()
      .from(orderItems)
      .where(eq(orderItems.orderNumber, sql.placeholder('orderNumber')))
      .orderBy(orderItems.id)
      .prepare('rma_order_items');
    this.bySerial = db
      .select({ orderNumber: orderItems.orderNumber })
      .from(orderItems)
      .where(eq(serialKey(orderItems.serialNumber), sql.placeholder('serial')))
      .limit(1)
      .prepare('rma_order_of_serial');
  }

  async findOrder(orderNumber: string): Promise<OrderItem[]> {
    return (await this.byNumber.execute({ orderNumber })).map(orderItem);
  }

  /** `serial` as normalizeSerial gives it; the records' serials are compared the same way. */
  async findOrderBySerial(serial: string): Promise<OrderItem[]> {
    const [sold] = await this.bySerial.execute({ serial });
    return sold ? this.findOrder(sold.orderNumber) : [];
  }
}

function orderItem(r: typeof orderItems.$inferSelect): OrderItem {
  return {
    orderNumber: r.orderNumber,
    partNumber: r.partNumber,
    serialNumber: r.serialNumber,
    description: r.description,
    terms: r.terms as SaleTerms,
    deliveredOn: r.deliveredOn,
  };
}
