// The local terminal chat: the embedded default when no platform token is set.
// You are a customer by default; `/as ID` switches identity (staff ids come from CONSOLE_STAFF).
import { readFileSync, writeFileSync } from 'node:fs';
import { parse, resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import type { Readable, Writable } from 'node:stream';
import type { Logger } from 'pino';
import type { Desk } from '../../service/desk.ts';
import { plainText, type Delivery, type FileRef, type Inbound, type Outbound, type OutboundFile } from '../../service/messages.ts';
import { makeDirectorySync } from '../../makeDirectory.ts';

export const CONSOLE_HELP = [
  'You are chatting as a customer. Type a message to open or continue your claim.',
  '  /file NAME [TYPE] [SIZE] [text]  send a file (e.g. /file sn.jpg image/jpeg 204800)',
  '  /press ACTION [REF]              press a button (fixed, still_failing, cancel, confirm_cancel, keep, approve, deny, request_info)',
  '  /as ID                           switch identity (staff: CONSOLE_STAFF, default "staff")',
  '  /new                             start a new claim',
  '  /lang CODE                       answer me in en, de, es, fr or zh (or say "auf Deutsch bitte")',
  '  /rma help                        the /rma commands',
  '  /quit                            leave',
].join('\n');

const TYPES: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  txt: 'text/plain',
  log: 'text/plain',
  pdf: 'application/pdf',
  mp4: 'video/mp4',
};

export function fileFromWords(words: string[]): { file: FileRef; text: string } | null {
  const [name, type, size, ...rest] = words;
  if (!name) return null;
  const ext = name.split('.').pop()?.toLowerCase() ?? '';
  const looksLikeType = type?.includes('/') ?? false;
  return {
    file: {
      name,
      type: looksLikeType ? type! : (TYPES[ext] ?? 'application/octet-stream'),
      size: looksLikeType && size && /^\d+$/.test(size) ? Number(size) : 100_000,
    },
    text: (looksLikeType ? rest : [type, size, ...rest].filter((w): w is string => Boolean(w))).join(' '),
  };
}

/** Terminals mark pasted text with these when bracketed paste is on: a pasted log is one message. */
const PASTE_START = '\x1b[200~';
const PASTE_END = '\x1b[201~';

/**
 * Joins the lines of a bracketed paste into one message; other lines pass through. Returns the next
 * complete message, or null while a paste is still coming.
 */
export function pasteJoiner(): (line: string) => string | null {
  let pasted: string[] | null = null;
  return (line) => {
    if (pasted === null && !line.includes(PASTE_START)) return line;
    const text = line.replace(PASTE_START, '');
    pasted ??= [];
    if (!text.includes(PASTE_END)) {
      pasted.push(text);
      return null;
    }
    pasted.push(text.replace(PASTE_END, ''));
    const message = pasted.join('\n');
    pasted = null;
    return message;
  };
}

export function renderMessage(m: Outbound): string {
  const who = m.to === 'customer' ? `to ${m.user}` : m.user ? `to staff ${m.user}` : 'to #staff';
  const buttons = m.actions.length > 0 ? `\n    [buttons: ${m.actions.map((a) => a.id).join(' | ')}]` : '';
  return `bot ${who}${m.case ? ` [${m.case}]` : ''}: ${plainText(m).replaceAll('\n', '\n    ')}${buttons}`;
}

export interface InteractiveOptions {
  desk: Desk;
  /** Who is staff in the console. */
  staff: ReadonlySet<string>;
  /** Where documents sent with messages (the RMA PDF) are written (src/commands/documentsDir.ts). */
  documentsDir: string;
  input: Readable;
  output: Writable;
  log?: Logger | undefined;
  firstUser?: string;
}

export interface SavedDocument {
  path: string;
  /** A different file of the same name was already there: it was kept, and this one written beside it. */
  keptExisting: string | null;
}

/**
 * Writes a document sent with a message into `documentsDir`. An existing file is never overwritten:
 * the same bytes again (a delivery retried) are left as they are, different bytes under the same name
 * (another database's RMA-26-00001) go to `RMA-26-00001-2.pdf`, and the caller says so.
 */
export function saveDocument(file: OutboundFile | null, documentsDir: string): SavedDocument | null {
  if (!file) return null;
  makeDirectorySync(documentsDir);
  const wanted = resolve(documentsDir, file.fileName);
  const { name, ext } = parse(wanted);
  for (let n = 1; ; n++) {
    const path = n === 1 ? wanted : resolve(documentsDir, `${name}-${n}${ext}`);
    try {
      writeFileSync(path, file.bytes, { flag: 'wx' }); // wx: fails if the file exists
      return { path, keptExisting: n === 1 ? null : wanted };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (readFileSync(path).equals(file.bytes)) return { path, keptExisting: n === 1 ? null : wanted };
    }
  }
}

/** The console's Delivery: every message printed, an attached document written to a file and its path shown. */
export function consoleDelivery(say: (text: string) => void, documentsDir: string): Delivery {
  return {
    platform: 'console',
    async post(m, _attempt, file) {
      const saved = saveDocument(file, documentsDir);
      if (!saved) return say(renderMessage(m));
      const kept = saved.keptExisting ? ` (a different ${saved.keptExisting} was already there and is kept)` : '';
      say(`${renderMessage(m)}\n    [document: ${saved.path}${kept}]`);
    },
  };
}

export async function runInteractive({
  desk,
  staff,
  input,
  output,
  log,
  firstUser = 'customer',
  documentsDir,
}: InteractiveOptions): Promise<void> {
  const rl = createInterface({ input, output, terminal: false });
  const say = (text: string) => output.write(`${text}\n`);
  const tty = 'isTTY' in output && output.isTTY === true;
  // Bracketed paste: the terminal marks a paste, so a pasted log of many lines is sent as one message.
  if (tty) output.write('\x1b[?2004h');
  const joined = pasteJoiner();
  const delivery = consoleDelivery(say, documentsDir);
  let user = firstUser;
  let lastCase: string | undefined;
  say(CONSOLE_HELP);
  const prompt = () => output.write(`[${user}] > `);
  prompt();
  for await (const raw of rl) {
    const message = joined(raw);
    if (message === null) continue;
    const line = message.trim();
    const words = line.split(/\s+/);
    const at = new Date().toISOString();
    const me = { platform: 'console', at, user, staff: staff.has(user) };
    let inbound: Inbound | null = null;
    if (line === '') {
      prompt();
      continue;
    }
    if (message.includes('\n')) inbound = { ...me, text: line };
    else if (line === '/quit' || line === '/exit') break;
    else if (line === '/help') say(CONSOLE_HELP);
    else if (words[0] === '/as' && words[1]) {
      user = words[1];
      say(`You are now ${user}.`);
    } else if (words[0] === '/new') inbound = { ...me, text: words.slice(1).join(' ') || 'I want to open a claim', newCase: true };
    else if (words[0] === '/press' && words[1])
      inbound = { ...me, action: words[1], caseRef: words[2] ?? lastCase, actionText: words.slice(3).join(' ') || undefined };
    else if (words[0] === '/file') {
      const parsed = fileFromWords(words.slice(1));
      if (!parsed) say('Usage: /file NAME [TYPE] [SIZE] [text]');
      else inbound = { ...me, files: [parsed.file], text: parsed.text };
    } else if (words[0] === '/rma') inbound = { ...me, command: line };
    // The customer's own words choose the language, as they would on a platform.
    else if (words[0] === '/lang') inbound = { ...me, text: line };
    else if (line.startsWith('/')) say(`Unknown console command ${words[0]}. /help lists them.`);
    else inbound = { ...me, text: line };
    if (inbound) {
      try {
        const result = await desk.handle(inbound);
        await desk.deliver(result.messages, delivery);
        if (result.caseRef) lastCase = result.caseRef;
      } catch (error) {
        log?.error({ err: error }, 'console message failed');
        say('Sorry, something went wrong on our side; the message was not processed. Please try again.');
      }
    }
    prompt();
  }
  if (tty) output.write('\x1b[?2004l');
  rl.close();
}
