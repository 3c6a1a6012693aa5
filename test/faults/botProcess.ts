// A bot process for the fault tests to kill: the app on a given database, inbound events as JSON
// lines on stdin, an acknowledgement on stdout only once `handle` resolved (the event is committed),
// and an outbox relay whose "platform" is an append-only delivery log. Test-only; run it with
//   node --import tsx test/faults/botProcess.ts --db URL --delivery-log FILE [--name A] [--lease-ms N] [--poll-ms N] [--open-at EPOCH_MS]
// --open-at holds the opening of the app (and its migrations) until that instant, so that several
// processes open a database at the same moment whatever their module loading took.
// Out: {"ready":NAME,"pid":N} once, then per event {"ack":ID,"ok":…,"duplicate":…,"case":…} or
// {"nack":ID,"error":…} when handle threw (nothing was acknowledged; the sender sends it again).
import { appendFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { lineSchema, toInbound } from '../../src/adapters/console/jsonlRunner.ts';
import { openApp } from '../../src/app.ts';
import { createLogger } from '../../src/logger.ts';
import { DEFAULT_POLICY } from '../../src/policy/policy.ts';
import { Outbox } from '../../src/service/outbox.ts';
import { rowDelivery, type PostRow } from '../support/rowDelivery.ts';
import { STAFF } from './claimScript.ts';

const { values } = parseArgs({
  options: {
    db: { type: 'string' },
    'delivery-log': { type: 'string' },
    name: { type: 'string', default: 'bot' },
    'lease-ms': { type: 'string', default: '2000' },
    'poll-ms': { type: 'string', default: '250' },
    'open-at': { type: 'string' },
  },
});
const databaseUrl = values.db;
const deliveryLog = values['delivery-log'];
if (!databaseUrl || !deliveryLog) {
  process.stderr.write('usage: botProcess.ts --db URL --delivery-log FILE [--name A] [--lease-ms N] [--poll-ms N]\n');
  process.exit(2);
}
const name = values.name;

// Sync writes: once an ack line is written it is in the pipe, whatever happens to this process next.
const write = (value: unknown) => process.stdout.write(`${JSON.stringify(value)}\n`);

const log = createLogger(process.env.LOG_LEVEL ?? 'warn');
const staff = new Set(STAFF);
if (values['open-at']) await sleep(Math.max(0, Number(values['open-at']) - Date.now()));
const app = await openApp({ databaseUrl, policy: DEFAULT_POLICY, log });

// The platform: a message is posted once its line is in the log. appendFileSync is one write(2) on an
// O_APPEND file, so a SIGKILL leaves whole lines only, and the kernel keeps what was written.
const deliver: PostRow = async (message, outboxId) => {
  appendFileSync(deliveryLog, `${outboxId} ${message.case ?? '-'} ${name}\n`);
};
const relay = new Outbox({
  db: app.database.db,
  deliveries: new Map([['console', rowDelivery(deliver)]]),
  log,
  leaseMs: Number(values['lease-ms']),
});
relay.start(Number(values['poll-ms']));

/** drizzle wraps driver errors as "Failed query: <the SQL>"; the driver's own message is the cause. */
function describeError(error: unknown): string {
  const message = String((error as Error)?.message ?? error).split('\n')[0]!;
  const cause = (error as Error)?.cause as Error | undefined;
  return cause?.message ? `${cause.message} (${message.slice(0, 60)})` : message;
}

async function handleLine(raw: string): Promise<void> {
  let eventId: string | undefined;
  try {
    const parsed = lineSchema.parse(JSON.parse(raw));
    eventId = parsed.event_id;
    if (!eventId || !parsed.at) throw new Error('a fault-test event needs event_id and at');
    const result = await app.service.handle(toInbound(parsed, parsed.at, staff));
    write({
      ack: eventId,
      ok: result.ok,
      duplicate: result.duplicate === true,
      case: result.caseRef,
      ...(result.error ? { error: result.error } : {}),
    });
    void relay.kick();
  } catch (error) {
    log.warn({ err: error, eventId }, 'event not handled; not acknowledged');
    write({ nack: eventId ?? null, error: describeError(error) });
  }
}

// Events are handled concurrently, as a platform adapter would; the sender keeps each customer's in order.
const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
lines.on('line', (raw) => {
  if (raw.trim() !== '') void handleLine(raw);
});

let stopping: Promise<void> | null = null;
function shutdown(): Promise<void> {
  stopping ??= (async () => {
    await relay.stop();
    await app.close();
    process.exit(0);
  })();
  return stopping;
}
// The end of stdin (the test closed it, or the test process died) stops the bot: none is left behind.
lines.on('close', () => void shutdown());
process.once('SIGTERM', () => void shutdown());

write({ ready: name, pid: process.pid });
