// `rma-desk chat --jsonl`: the scripted console, a public contract other tools drive.
// In: one JSON object per line. Out: the bot's messages, then an ack per line; at the end one line per case.
import { basename } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { Logger } from 'pino';
import { z } from 'zod';
import { DEFAULT_LANGUAGE } from '../../i18n/languages.ts';
import type { Desk } from '../../service/desk.ts';
import {
  coveredCents,
  pendingCents,
  plainText,
  type CaseContext,
  type CaseSummary,
  type Delivery,
  type Inbound,
  type Outbound,
  unitRecord,
  unitsOf,
} from '../../service/messages.ts';
import { saveDocument } from './interactiveChat.ts';

const isoInstant = z
  .string()
  .refine((s) => /^\d{4}-\d{2}-\d{2}T/.test(s) && !Number.isNaN(Date.parse(s)), { message: 'not an ISO date-time' });

const fileSchema = z.object({
  id: z.string().max(200).optional(),
  name: z.string().min(1).max(255),
  type: z.string().max(127).default('application/octet-stream'),
  size: z.number().int().min(0),
  url: z.string().max(2000).optional(),
});

export const lineSchema = z
  .object({
    at: isoInstant.optional(),
    user: z.string().min(1).max(200),
    text: z.string().max(40_000).optional(),
    files: z.array(fileSchema).max(20).optional(),
    command: z.string().max(4_000).optional(),
    action: z.string().max(64).optional(),
    case: z.string().max(32).optional(),
    /** Extension: the reason or request a modal would collect with deny / request_info. */
    reason: z.string().max(4_000).optional(),
    /** Extension: a platform event id; a line repeating one is acknowledged and not processed again. */
    event_id: z.string().max(200).optional(),
    /** Extension: open a new case even if the user has one open. */
    new_case: z.boolean().optional(),
    /** Extension: the sender's locale as a platform would give it (BCP 47: "de-DE", "zh-CN"). */
    locale: z.string().max(35).optional(),
  })
  .refine(
    (l) => [l.text !== undefined || l.files !== undefined, l.command !== undefined, l.action !== undefined].filter(Boolean).length === 1,
    {
      message: 'a line needs exactly one of text/files, command or action',
    },
  );

export type JsonlLine = z.output<typeof lineSchema>;

export function toInbound(line: JsonlLine, at: string, staff: ReadonlySet<string>): Inbound {
  return {
    platform: 'console',
    eventId: line.event_id,
    at,
    user: line.user,
    staff: staff.has(line.user),
    caseRef: line.case,
    text: line.text,
    files: line.files,
    command: line.command,
    action: line.action,
    actionText: line.reason,
    newCase: line.new_case,
    locale: line.locale,
  };
}

export function messageLine(m: Outbound): Record<string, unknown> {
  return {
    type: 'message',
    case: m.case,
    to: m.to,
    user: m.user,
    // The customer's words, when the message quotes them, end the text as `> ` lines and are given
    // apart as `quote` too.
    text: plainText(m),
    expects: m.expects,
    actions: m.actions.map(({ id, label }) => ({ id, label })),
    ...(m.quote ? { quote: m.quote } : {}),
  };
}

export function caseLine(row: CaseSummary, c: CaseContext): Record<string, unknown> {
  return {
    type: 'case',
    ref: row.ref,
    customer: row.customer,
    order: c.orderNumber,
    part_number: c.item?.partNumber ?? null,
    serial_number: c.item?.serialNumber ?? c.serialGiven,
    kind: c.kind,
    state: row.state,
    rma: c.rma,
    resolution: c.resolution,
    reasons: c.reasons,
    flags: [...new Set(c.flags.map((f) => f.code))],
    covered_cents: coveredCents(c.costs),
    pending_cost_cents: pendingCents(c.costs),
    // Extension (issue 19): the language the customer is answered in.
    language: c.language ?? DEFAULT_LANGUAGE,
    // Extension (issue 20): every unit of the claim; a one-unit claim has one, matching the fields above.
    units: unitsOf(c).map(unitRecord),
  };
}

export interface JsonlOptions {
  desk: Desk;
  staff: ReadonlySet<string>;
  /** Where documents sent with messages (the RMA PDF) are written; the message line names the file. */
  documentsDir: string;
  input: Readable;
  output: Writable;
  /** The clock before the first line that gives `at`. */
  now: () => string;
  log?: Logger | undefined;
}

function describe(error: z.ZodError): string {
  return error.issues.map((i) => (i.path.length > 0 ? `${i.path.join('.')}: ${i.message}` : i.message)).join('; ');
}

export async function runJsonl({ desk, staff, input, output, now, log, documentsDir }: JsonlOptions): Promise<void> {
  const write = (value: unknown) => output.write(`${JSON.stringify(value)}\n`);
  const delivery: Delivery = {
    async post(m: Outbound, _attempt, file) {
      const saved = saveDocument(file, documentsDir);
      if (saved?.keptExisting)
        log?.warn({ kept: saved.keptExisting, written: saved.path }, 'a different document of that name was already there: kept it');
      write(
        saved ? { ...messageLine(m), files: [{ name: basename(saved.path), type: 'application/pdf', path: saved.path }] } : messageLine(m),
      );
    },
  };
  const touched: string[] = [];
  let clock = now();
  let lineNumber = 0;
  for await (const raw of createInterface({ input, crlfDelay: Infinity })) {
    lineNumber++;
    if (raw.trim() === '') continue;
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      write({ type: 'ack', line: lineNumber, ok: false, error: 'not valid JSON' });
      continue;
    }
    const parsed = lineSchema.safeParse(json);
    if (!parsed.success) {
      write({ type: 'ack', line: lineNumber, ok: false, error: describe(parsed.error) });
      continue;
    }
    try {
      if (parsed.data.at) {
        clock = new Date(parsed.data.at).toISOString();
        // Timers that fall due by this line's clock fire first, as a worker would have fired them.
        const reminders = await desk.fireDueTimers(clock);
        await desk.deliver(reminders, delivery);
        for (const m of reminders) if (m.case && !touched.includes(m.case)) touched.push(m.case);
      }
      const result = await desk.handle(toInbound(parsed.data, clock, staff));
      await desk.deliver(result.messages, delivery);
      if (result.ok && result.caseRef && !touched.includes(result.caseRef)) touched.push(result.caseRef);
      write(
        result.ok
          ? { type: 'ack', line: lineNumber, ok: true, ...(result.duplicate ? { duplicate: true } : {}) }
          : { type: 'ack', line: lineNumber, ok: false, error: result.error },
      );
    } catch (error) {
      log?.error({ err: error, line: lineNumber }, 'jsonl line failed');
      write({ type: 'ack', line: lineNumber, ok: false, error: 'internal error; see the log' });
    }
  }
  for (const c of await desk.cases.withContext(touched)) write(caseLine(c, c.context));
}
