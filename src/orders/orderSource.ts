// Where the case service reads the seller's order records. The default reads the imported table;
// a shop's API can stand in for it by implementing this interface.
import type { OrderItem } from '../case/types.ts';

export interface OrderSource {
  /** The items of an order, or an empty list when the seller has no such order. */
  findOrder(orderNumber: string): Promise<OrderItem[]>;
}
