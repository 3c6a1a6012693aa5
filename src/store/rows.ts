// The row types of every table, read from the schema beside it: `…Row` is what a select returns,
// `New…` what an insert takes. Timestamp fields of rows the store returns are ISO strings (timestamps.ts).
import type { attachments, caseEvents, cases, evidence, orderItems, orders, outbox, processedEvents, timers } from './schema.ts';

export type CaseRow = typeof cases.$inferSelect;
export type NewCase = typeof cases.$inferInsert;

export type CaseEventRow = typeof caseEvents.$inferSelect;
export type NewCaseEvent = typeof caseEvents.$inferInsert;

export type AttachmentRow = typeof attachments.$inferSelect;
export type NewAttachment = typeof attachments.$inferInsert;

export type EvidenceRow = typeof evidence.$inferSelect;
export type NewEvidence = typeof evidence.$inferInsert;

export type OutboxRow = typeof outbox.$inferSelect;
export type NewOutbox = typeof outbox.$inferInsert;

export type TimerRow = typeof timers.$inferSelect;
export type NewTimer = typeof timers.$inferInsert;

export type ProcessedEventRow = typeof processedEvents.$inferSelect;

export type OrderRow = typeof orders.$inferSelect;
export type OrderItemRow = typeof orderItems.$inferSelect;
export type NewOrderItem = typeof orderItems.$inferInsert;
