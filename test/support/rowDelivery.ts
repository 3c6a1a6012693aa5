// Test platforms that post outbox rows by id: a Delivery made of a function of the row's id.
import type { Delivery, Outbound } from '../../src/service/messages.ts';

export type PostRow = (message: Outbound, outboxId: number, attempt: number) => Promise<void>;

export function rowDelivery(post: PostRow): Delivery {
  return { post: (message, attempt) => post(message, message.outboxId!, attempt) };
}
