// A case's conversation as one list in time order: what the customer sent (from the audit trail's
// customer events), what the bot posted to them (the outbox) and what staff did (their events).
//
// The audit trail keeps what each customer event meant, not always the sentence it came from: the
// customer's own words where the case keeps them (what they said, the fault, pasted evidence, a
// question, a request for a person or to cancel), and otherwise what was taken from the message
// (an order number, a serial number, a button). One customer message is one line, however many
// events it made. The bot's messages to the staff channel are not part of the conversation.
import { LANGUAGE_NAMES, type Language } from '../i18n/languages.ts';
import { formatUsd } from '../policy/costs.ts';
import type { CaseEventEntry, CaseMessage, CaseView, ShownFile } from './caseView.ts';

export interface TranscriptLine {
  from: 'customer' | 'bot' | 'staff';
  /** Who, as the page names them: `Customer U1`, `rma-desk`, `Staff S1`. */
  who: string;
  /** An ISO instant. */
  at: string;
  /** Words as written (customer, staff) or as posted (bot); empty when the line has none. */
  text: string;
  /**
   * What the line did, in a few words: what the case took from a customer's message when their words
   * are not kept ("order number 100234"), a staff decision ("approved; RMA number RMA-26-00001").
   */
  details: string[];
  files: ShownFile[];
  /** The customer did not see this line (notes, staff decisions; the bot told them what followed). */
  staffOnly: boolean;
  /** For what the bot posted (a bot line, a staff reply it relayed): whether it reached the platform. */
  delivery: { deliveredAt: string | null; attempts: number; lastError: string | null } | null;
  /** The audit rows and outbox rows this line stands for. */
  auditIds: number[];
  messageIds: number[];
}

export const BOT_NAME = 'rma-desk';

/** One write of the case: the audit rows recorded together (one inbound event, or a timer). */
interface Batch {
  version: number;
  rows: CaseEventEntry[];
  /** The time of its last row: the outbox rows of the write carry it. */
  lastAt: string;
}

function batchesOf(history: CaseEventEntry[]): Batch[] {
  const batches: Batch[] = [];
  for (const row of history) {
    const last = batches[batches.length - 1];
    if (last && last.version === row.version) {
      last.rows.push(row);
      last.lastAt = row.at;
    } else {
      batches.push({ version: row.version, rows: [row], lastAt: row.at });
    }
  }
  return batches;
}

/**
 * Which write each outbox row came from. Both lists are in the order the case was written; an outbox
 * row names the case version of its write (caseWrite.ts). Rows written before it did carry only the
 * time of their write's last event: they go with the next write (from the one of the row before) with
 * that time, and writes that share a time cannot be told apart (their messages go with the first).
 */
function batchOfMessages(batches: Batch[], messages: CaseMessage[]): Map<number, number> {
  const out = new Map<number, number>();
  let p = 0;
  for (const m of messages) {
    let found = -1;
    for (let j = p; j < batches.length; j++) {
      if (m.version !== null ? batches[j]!.version === m.version : batches[j]!.lastAt === m.at) {
        found = j;
        break;
      }
    }
    if (found === -1) {
      // No write with that time (the trail is cut short, or rows of an older build): the last write before it.
      found = p;
      const t = Date.parse(m.at);
      for (let j = p; j < batches.length; j++) if (Date.parse(batches[j]!.lastAt) <= t) found = j;
    }
    p = Math.min(found, Math.max(0, batches.length - 1));
    out.set(m.id, p);
  }
  return out;
}

function str(data: Record<string, unknown>, key: string): string {
  const value = data[key];
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
}

function fileOf(data: Record<string, unknown>): ShownFile[] {
  const one = data.file as ShownFile | undefined;
  const many = Array.isArray(data.files) ? (data.files as ShownFile[]) : [];
  return one ? [one] : many;
}

const QUESTION_TOPIC: Record<string, string> = {
  warranty_window: 'the warranty window',
  doa_window: 'the DOA window',
  intake_needs: 'what is needed for a claim',
  shipping_cost: 'shipping costs',
  return_address: 'the return address',
  refund_timing: 'refund timing',
  as_is: 'items sold as-is',
  not_covered: 'what is not covered',
  status: 'the status of the case',
};

/** What one customer event adds to the line of its message: their words, a few words of what it was, files. */
function customerPart(
  row: CaseEventEntry,
  orderItems: Array<{ partNumber?: string }>,
): { words?: string; detail?: string; files?: ShownFile[] } {
  const d = row.data;
  switch (row.type) {
    case 'case.opened':
      return { detail: 'opened the case' };
    case 'customer.said':
      return { words: str(d, 'text') };
    case 'customer.human':
      return { words: str(d, 'text'), detail: 'asked for a person' };
    case 'customer.asked':
      return d.topic === 'thanks'
        ? { words: str(d, 'text') }
        : { words: str(d, 'text'), detail: `asked about ${QUESTION_TOPIC[str(d, 'topic')] ?? str(d, 'topic')}` };
    case 'cancel.requested':
      return { words: str(d, 'text'), detail: 'asked to cancel' };
    case 'fault.provided':
      return { words: str(d, 'text'), detail: 'fault description' };
    case 'evidence.provided':
      return { words: str(d, 'text'), detail: 'evidence', files: fileOf(d) };
    case 'photo.serial':
      return { detail: 'serial-label photo', files: fileOf(d) };
    case 'photo.install':
      return { detail: 'installation photo', files: fileOf(d) };
    case 'order.provided': {
      const found = Array.isArray(d.items) && d.items.length > 0;
      return { detail: `order number ${str(d, 'number')}${found ? '' : ' (not on record)'}` };
    }
    case 'orders.several':
      return { detail: `order numbers ${Array.isArray(d.numbers) ? d.numbers.join(', ') : ''}` };
    case 'item.chosen': {
      const index = Number(d.index);
      const part = orderItems[index]?.partNumber;
      return { detail: `item ${index + 1} of the order${part ? ` (${part})` : ''}` };
    }
    case 'serial.provided':
      return { detail: `serial number ${str(d, 'serial')}` };
    case 'part_number.provided':
      return { detail: `part number ${str(d, 'partNumber')} where the serial number was asked` };
    case 'tracking.provided':
      return { detail: `tracking number ${str(d, 'number')}` };
    case 'fixed':
      return { detail: 'the checks fixed it' };
    case 'still_failing':
      return { detail: 'still failing after the checks' };
    case 'cancel':
      return { detail: 'cancelled the claim' };
    case 'confirm_cancel':
      return { detail: 'yes, cancel the claim' };
    case 'language.set': {
      const language = LANGUAGE_NAMES[str(d, 'language') as Language] ?? str(d, 'language');
      // An English desk's usual case says nothing new; another language, or any choice, is worth a word.
      if (d.source === 'chosen') return { detail: `asked for ${language}` };
      if (d.language === 'en') return {};
      return { detail: d.source === 'platform' ? `writes in ${language} (platform locale)` : `writes in ${language}` };
    }
    case 'keep':
      // Silent: the customer went on with something else, which the rest of the line shows.
      return d.silent ? {} : { detail: 'no, keep the claim open' };
    default:
      return { detail: row.type };
  }
}

/** A staff event as a line: the staffer's words (a reply, a note, a reason) and what they did. */
function staffLine(row: CaseEventEntry): TranscriptLine {
  const d = row.data;
  const base: TranscriptLine = {
    from: 'staff',
    who: `Staff ${row.actorId}`,
    at: row.at,
    text: '',
    details: [],
    files: [],
    staffOnly: true,
    delivery: null,
    auditIds: [row.id],
    messageIds: [],
  };
  const set = (text: string, detail: string, staffOnly = true): TranscriptLine => ({ ...base, text, details: [detail], staffOnly });
  switch (row.type) {
    case 'staff.reply':
      return d.posted
        ? set(str(d, 'text'), 'wrote in the case thread', false)
        : set(str(d, 'text'), 'reply to the customer, posted by the bot', false);
    case 'staff.note':
      return set(str(d, 'text'), 'note, staff only');
    case 'staff.deny':
      return set(str(d, 'reason'), 'denied the claim; the reason, as the customer reads it');
    case 'staff.request_info':
      return set(str(d, 'what'), 'asked the customer for information');
    case 'staff.approve':
      return set('', `approved the claim; RMA number ${str(d, 'rma')}`);
    case 'staff.cost':
      return set('', `recorded a cost: ${formatUsd(Number(d.cents) || 0)} for ${str(d, 'label')}`);
    case 'staff.approve_cost':
      return set('', 'approved the costs above the cap in writing');
    case 'staff.received':
      return set('', 'recorded the parcel as received');
    case 'staff.resolve':
      return set('', `resolved the case: ${str(d, 'resolution')}`);
    case 'staff.reopen':
      return set('', 'reopened the case');
    case 'staff.review':
      return set('', 'took the case to review');
    default:
      return set('', row.type);
  }
}

/** A message the bot posted to the customer, as a line of the conversation. */
function botLine(m: CaseMessage, details: string[]): TranscriptLine {
  return {
    from: 'bot',
    who: BOT_NAME,
    at: m.at,
    text: m.text,
    details,
    files: [],
    staffOnly: false,
    delivery: delivery(m),
    auditIds: [],
    messageIds: [m.id],
  };
}

function delivery(m: CaseMessage): TranscriptLine['delivery'] {
  return { deliveredAt: m.deliveredAt, attempts: m.attempts, lastError: m.lastError };
}

const ATTACHMENT: Record<string, string> = {
  rma_document: 'with the RMA document (PDF)',
  serial_preview: 'with a preview of the serial-label photo',
};

interface Keyed {
  line: TranscriptLine;
  /** Within one time: the write it came from, then what came in before what went out, then its row id. */
  batch: number;
  phase: number;
  seq: number;
}

/** The whole conversation of a case in time order; nothing of it twice. */
export function transcriptOf(view: Pick<CaseView, 'history' | 'messages'>): TranscriptLine[] {
  const batches = batchesOf(view.history);
  const toCustomer = view.messages.filter((m) => m.to === 'customer');
  const batchOf = batchOfMessages(batches, toCustomer);
  const relayed = new Set<number>();
  const keyed: Keyed[] = [];
  let orderItems: Array<{ partNumber?: string }> = [];

  batches.forEach((batch, b) => {
    const messages = toCustomer.filter((m) => batchOf.get(m.id) === b);
    const customerRows = batch.rows.filter((r) => r.actorKind === 'customer');
    if (customerRows.length > 0) {
      const words: string[] = [];
      const details: string[] = [];
      const files: ShownFile[] = [];
      for (const row of customerRows) {
        if (row.type === 'order.provided' && Array.isArray(row.data.items) && row.data.items.length > 0) {
          orderItems = row.data.items as Array<{ partNumber?: string }>;
        }
        const part = customerPart(row, orderItems);
        if (part.words?.trim() && !words.includes(part.words)) words.push(part.words);
        if (part.detail) details.push(part.detail);
        if (part.files) files.push(...part.files);
      }
      keyed.push({
        line: {
          from: 'customer',
          who: `Customer ${customerRows[0]!.actorId}`,
          at: customerRows[0]!.at,
          text: words.join('\n\n'),
          details,
          files,
          staffOnly: false,
          delivery: null,
          auditIds: customerRows.map((r) => r.id),
          messageIds: [],
        },
        batch: b,
        phase: 0,
        seq: customerRows[0]!.id,
      });
    }
    for (const row of batch.rows.filter((r) => r.actorKind === 'staff')) {
      const line = staffLine(row);
      if (row.type === 'staff.reply' && !row.data.posted) {
        // The bot posted the reply to the customer: one line, the staffer's, with how it was delivered.
        const sent = messages.find((m) => !relayed.has(m.id) && line.text !== '' && m.text.includes(line.text));
        if (sent) {
          relayed.add(sent.id);
          line.messageIds = [sent.id];
          line.delivery = delivery(sent);
        }
      }
      keyed.push({ line, batch: b, phase: 0, seq: row.id });
    }
    for (const m of messages) {
      if (relayed.has(m.id)) continue;
      keyed.push({
        line: botLine(m, m.attachment ? [ATTACHMENT[m.attachment] ?? `with ${m.attachment}`] : []),
        batch: b,
        phase: 1,
        seq: m.id,
      });
    }
  });
  // Messages of no write at all (a case without audit rows): after everything, in their order.
  for (const m of toCustomer) {
    if (batchOf.has(m.id) && batches.length > 0) continue;
    keyed.push({
      line: botLine(m, []),
      batch: batches.length,
      phase: 1,
      seq: m.id,
    });
  }
  return keyed
    .sort((a, b) => Date.parse(a.line.at) - Date.parse(b.line.at) || a.batch - b.batch || a.phase - b.phase || a.seq - b.seq)
    .map((k) => k.line);
}
