// Database schema (drizzle-orm). Migrations in drizzle/ are generated from this file by `npm run db:generate`.
import { sql, type SQL } from 'drizzle-orm';
import {
  type AnyPgColumn,
  bigint,
  bigserial,
  date,
  index,
  integer,
  jsonb,
  pgSequence,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { CLOSED_STATES } from '../case/caseState.ts';

/**
 * "The case is open", as SQL on the `cases` table. Constants inlined and spelled exactly as the
 * cases_open_opened index predicate (migration 0003): a query that writes the same text uses that index.
 */
export const OPEN_CASE_TEXT = `state not in (${[...CLOSED_STATES].map((s) => `'${s}'`).join(', ')})`;
export const OPEN_CASE_SQL = sql.raw(OPEN_CASE_TEXT);

/** Case references count up from C-1001. */
export const caseRefSeq = pgSequence('case_ref_seq', { startWith: 1001 });
/** RMA numbers count up from 1 within the `RMA-YY-NNNNN` format. */
export const rmaSeq = pgSequence('rma_seq', { startWith: 1 });

export const orders = pgTable('orders', {
  orderNumber: text('order_number').primaryKey(),
  importedAt: timestamp('imported_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
});

/**
 * A serial number without spaces or dashes, in capitals: the SQL of normalizeSerial (case/machineHelpers.ts),
 * indexed, so that `fns1732-0abc` in the seller's records is found as `FNS17320ABC`.
 */
export function serialKey(column: AnyPgColumn | SQL): SQL {
  return sql`upper(regexp_replace(${column}, '[[:space:]-]', '', 'g'))`;
}

export const orderItems = pgTable(
  'order_items',
  {
    id: serial('id').primaryKey(),
    orderNumber: text('order_number')
      .notNull()
      .references(() => orders.orderNumber, { onDelete: 'cascade' }),
    partNumber: text('part_number').notNull(),
    serialNumber: text('serial_number').notNull(),
    description: text('description').notNull().default(''),
    terms: text('terms').notNull().default('standard'),
    deliveredOn: date('delivered_on', { mode: 'string' }),
  },
  (t) => [
    uniqueIndex('order_items_identity').on(t.orderNumber, t.partNumber, t.serialNumber),
    // A serial as customers type it and the seller's records print it alike (see serialKey).
    index('order_items_serial_key').on(serialKey(t.serialNumber)),
  ],
);

export const cases = pgTable(
  'cases',
  {
    id: serial('id').primaryKey(),
    ref: text('ref').notNull().unique(),
    platform: text('platform').notNull(),
    customer: text('customer').notNull(),
    /** Platform conversation the case lives in (Slack thread ts, Discord thread id); null in the console. */
    thread: text('thread'),
    state: text('state').notNull(),
    orderNumber: text('order_number'),
    rma: text('rma').unique(),
    snapshot: jsonb('snapshot').notNull(),
    machineVersion: integer('machine_version').notNull(),
    version: integer('version').notNull().default(1),
    openedAt: timestamp('opened_at', { withTimezone: true, mode: 'string' }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'string' }).notNull(),
    closedAt: timestamp('closed_at', { withTimezone: true, mode: 'string' }),
    /** When the customer last sent anything; intake reminders count from here. */
    lastCustomerAt: timestamp('last_customer_at', { withTimezone: true, mode: 'string' }),
    /** When the case entered its current state; review and RMA timers count from here. */
    stateSince: timestamp('state_since', { withTimezone: true, mode: 'string' }),
    // What the web desk's queue shows, filters and searches by, read from the snapshot by the database
    // itself (generated columns: every write of the row fills them, whoever writes it, and the migration
    // that added them filled them for the cases stored before), so the queue reads no snapshot.
    /** The claimed item's serial number as serialKey makes it (`FNS17320ABC`); null before the item is known. */
    itemSerial: text('item_serial').generatedAlwaysAs(serialKey(sql`(snapshot #>> '{context,item,serialNumber}')`)),
    /** The claimed item's part number in capitals. */
    itemPart: text('item_part').generatedAlwaysAs(sql`upper(snapshot #>> '{context,item,partNumber}')`),
    /** `doa` or `warranty` once the claim was checked against the order. */
    claimKind: text('claim_kind').generatedAlwaysAs(sql`(snapshot #>> '{context,kind}')`),
    /** The codes of the case's flags as a JSON array (`["human_requested"]`), in the order they were raised. */
    flagCodes: jsonb('flag_codes').generatedAlwaysAs(sql`jsonb_path_query_array(snapshot, '$.context.flags[*].code')`),
  },
  (t) => [
    index('cases_state_opened').on(t.state, t.openedAt),
    index('cases_customer').on(t.platform, t.customer),
    index('cases_thread').on(t.platform, t.thread),
    // `/rma list` (open cases, oldest first) among many closed ones; queries for open cases use OPEN_CASE_SQL too.
    index('cases_open_opened').on(t.openedAt, t.id).where(OPEN_CASE_SQL),
    // The web desk's search by order number (beside ref and rma, both unique): one bitmap OR of three indexes.
    index('cases_order_number').on(t.orderNumber),
    // ... and by the claimed item's serial or part number (one bitmap OR of the two).
    index('cases_item_serial').on(t.itemSerial),
    index('cases_item_part').on(t.itemPart),
    // The desk's queue of every case, closed too, oldest first (and how many there are).
    index('cases_opened').on(t.openedAt, t.id),
  ],
);

/** Append-only audit trail: every event a case took, who sent it and what it changed. */
export const caseEvents = pgTable(
  'case_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    caseId: integer('case_id')
      .notNull()
      .references(() => cases.id),
    at: timestamp('at', { withTimezone: true, mode: 'string' }).notNull(),
    actorKind: text('actor_kind').notNull(),
    actorId: text('actor_id').notNull(),
    type: text('type').notNull(),
    data: jsonb('data')
      .notNull()
      .default(sql`'{}'::jsonb`),
    stateBefore: text('state_before'),
    stateAfter: text('state_after').notNull(),
    version: integer('version').notNull(),
  },
  (t) => [index('case_events_case').on(t.caseId, t.id)],
);

export const attachments = pgTable(
  'attachments',
  {
    id: serial('id').primaryKey(),
    caseId: integer('case_id')
      .notNull()
      .references(() => cases.id),
    platform: text('platform').notNull(),
    fileId: text('file_id'),
    name: text('name').notNull(),
    type: text('type').notNull(),
    size: integer('size').notNull(),
    url: text('url'),
    purpose: text('purpose').notNull(),
    postedBy: text('posted_by').notNull(),
    at: timestamp('at', { withTimezone: true, mode: 'string' }).notNull(),
  },
  (t) => [index('attachments_case').on(t.caseId)],
);

/** Messages to send, written in the same transaction as the case change that caused them. */
export const outbox = pgTable(
  'outbox',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    caseId: integer('case_id').references(() => cases.id),
    platform: text('platform').notNull(),
    payload: jsonb('payload').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull(),
    deliveredAt: timestamp('delivered_at', { withTimezone: true, mode: 'string' }),
    attempts: integer('attempts').notNull().default(0),
    /** Not before this time (backoff after a failure, or a platform's retry-after). */
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true, mode: 'string' }),
    /** A relay is delivering it until then; after that another relay may take it over. */
    leaseUntil: timestamp('lease_until', { withTimezone: true, mode: 'string' }),
    lastError: text('last_error'),
  },
  (t) => [
    index('outbox_pending')
      .on(t.id)
      .where(sql`delivered_at is null`),
    // "No earlier undelivered row of this case" (leasing keeps a case's messages in order): without it
    // that check reads every pending row for each one, and a backlog of thousands stalls the relay.
    index('outbox_pending_by_case')
      .on(t.caseId, t.id)
      .where(sql`delivered_at is null`),
  ],
);

/** Platform event ids already handled, so a retried or replayed delivery is processed once. */
export const processedEvents = pgTable(
  'processed_events',
  {
    platform: text('platform').notNull(),
    eventId: text('event_id').notNull(),
    at: timestamp('at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.platform, t.eventId] })],
);

/** Durable timers: reminders and expiries, fired by the worker as `timer.fired` case events. */
export const timers = pgTable(
  'timers',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    caseId: integer('case_id')
      .notNull()
      .references(() => cases.id),
    kind: text('kind').notNull(),
    dueAt: timestamp('due_at', { withTimezone: true, mode: 'string' }).notNull(),
    firedAt: timestamp('fired_at', { withTimezone: true, mode: 'string' }),
  },
  (t) => [
    uniqueIndex('timers_identity').on(t.caseId, t.kind, t.dueAt),
    index('timers_due')
      .on(t.dueAt)
      .where(sql`fired_at is null`),
  ],
);

/**
 * Evidence vault: each file posted to a case, copied once into the seller's storage. A row is written
 * pending in the same transaction as the case event that brought the file, so a crash between the
 * acknowledgement and the copy loses nothing; the evidence worker fills in the rest.
 */
export const evidence = pgTable(
  'evidence',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    caseId: integer('case_id')
      .notNull()
      .references(() => cases.id),
    attachmentId: integer('attachment_id')
      .notNull()
      .references(() => attachments.id),
    platform: text('platform').notNull(),
    fileId: text('file_id'),
    url: text('url').notNull(),
    name: text('name').notNull(),
    claimedType: text('claimed_type').notNull(),
    claimedSize: integer('claimed_size').notNull(),
    purpose: text('purpose').notNull(),
    /** pending, stored, refused (the file will not be kept), failed (gave up after retries). */
    status: text('status').notNull().default('pending'),
    sha256: text('sha256'),
    size: integer('size'),
    detectedType: text('detected_type'),
    storageKey: text('storage_key'),
    previewKey: text('preview_key'),
    error: text('error'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true, mode: 'string' }),
    leaseUntil: timestamp('lease_until', { withTimezone: true, mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull(),
    storedAt: timestamp('stored_at', { withTimezone: true, mode: 'string' }),
  },
  (t) => [
    index('evidence_case').on(t.caseId),
    index('evidence_pending')
      .on(t.id)
      .where(sql`status = 'pending'`),
  ],
);

/**
 * Leases of roles only one process may play at a time (the Discord gateway). The holder renews its
 * row on the connection that holds the role's advisory lock; `expires_at` is on the database's clock,
 * so a new holder waits out the old lease whatever the processes' own clocks say.
 */
export const roleLeases = pgTable('role_leases', {
  name: text('name').primaryKey(),
  holder: text('holder').notNull(),
  expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'string' }).notNull(),
});

/**
 * Signed-in staff of the web desk. `id` is the SHA-256 of the cookie's token (a stolen database
 * holds no usable session); `csrf` is the token every form of the session carries.
 */
export const deskSessions = pgTable('desk_sessions', {
  id: text('id').primaryKey(),
  staffPlatform: text('staff_platform').notNull(),
  staffId: text('staff_id').notNull(),
  staffName: text('staff_name').notNull(),
  csrf: text('csrf').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull(),
  expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'string' }).notNull(),
  /** When the staffer's standing on their platform was last confirmed (re-checked every 10 minutes). */
  checkedAt: timestamp('checked_at', { withTimezone: true, mode: 'string' }).notNull(),
  revokedAt: timestamp('revoked_at', { withTimezone: true, mode: 'string' }),
});

/** One-time sign-in links (`rma-desk desk-link`): the SHA-256 of the token, single use, short-lived. */
export const deskSignInLinks = pgTable('desk_sign_in_links', {
  id: text('id').primaryKey(),
  staffPlatform: text('staff_platform').notNull(),
  staffId: text('staff_id').notNull(),
  staffName: text('staff_name').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull(),
  expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'string' }).notNull(),
  usedAt: timestamp('used_at', { withTimezone: true, mode: 'string' }),
});

/** What happened on the web desk outside a case (sign-ins, refusals, sign-outs), with the staffer's platform identity. */
export const deskAudit = pgTable(
  'desk_audit',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true, mode: 'string' }).notNull(),
    staffPlatform: text('staff_platform').notNull(),
    staffId: text('staff_id').notNull(),
    action: text('action').notNull(),
    detail: jsonb('detail')
      .notNull()
      .default(sql`'{}'::jsonb`),
  },
  (t) => [index('desk_audit_at').on(t.at)],
);

/**
 * The email messages of cases, both ways: how a reply finds its case (its In-Reply-To / References
 * name one of these ids), how the bot's mail threads under the customer's (the root and the latest
 * message of the case), and the proof that an outbox row was already sent (a retry after a crash
 * between the SMTP server's acceptance and the row's mark sends nothing again).
 */
export const emailMessages = pgTable(
  'email_messages',
  {
    /** The Message-ID without angle brackets, as the header carries it. */
    messageId: text('message_id').primaryKey(),
    caseRef: text('case_ref').notNull(),
    direction: text('direction').notNull().$type<'in' | 'out'>(),
    /** The outbox row a sent message was; null for the customer's messages and the bot's private replies. */
    outboxId: bigint('outbox_id', { mode: 'number' }),
    /** The subject as sent or received (the bot's replies keep the customer's first subject). */
    subject: text('subject'),
    at: timestamp('at', { withTimezone: true, mode: 'string' }).notNull(),
  },
  (t) => [index('email_messages_case').on(t.caseRef, t.at), uniqueIndex('email_messages_outbox').on(t.outboxId)],
);
