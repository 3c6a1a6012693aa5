// A message of the case as an email: threaded under the customer's mail (In-Reply-To, References, the
// case reference in the subject), plain text plus a simple HTML part, the RMA document attached, and
// marked as automatic (Auto-Submitted) so that no well-behaved robot answers it.
import { randomUUID } from 'node:crypto';
import { sayIn } from '../../i18n/translate.ts';
import { quoteLines, type EmailThread, type Language, type Outbound, type OutboundFile } from '../../service/messages.ts';

export interface MailIdentity {
  from: { name: string | null; address: string };
  replyTo: string | null;
}

export interface ComposedMail {
  messageId: string;
  subject: string;
  to: string;
  from: { name: string; address: string } | string;
  replyTo?: string;
  inReplyTo?: string;
  references?: string[];
  headers: Record<string, string>;
  text: string;
  html: string;
  attachments: Array<{ filename: string; content: Buffer; contentType: string }>;
}

/** The domain Message-IDs are made in: the From address's. */
function domainOf(address: string): string {
  return address.slice(address.lastIndexOf('@') + 1).toLowerCase();
}

/** An id for a mail the bot sends outside the outbox (a refusal to its sender). */
export function privateMessageId(fromAddress: string): string {
  return `rma-desk.reply.${randomUUID()}@${domainOf(fromAddress)}`;
}

/** The Message-ID of an outbox row's mail: the same on every try, so a repeat is recognisably the same mail. */
export function outboxMessageId(caseRef: string | null, outboxId: number, fromAddress: string): string {
  return `rma-desk.${(caseRef ?? 'desk').toLowerCase()}.${outboxId}@${domainOf(fromAddress)}`;
}

const REPLY_PREFIX = /^(?:(?:re|aw|sv|fwd?|wg)\s?:\s?)+/i;

/** `Re: <the customer's first subject> [C-1042]`; the reference is added once. */
export function replySubject(caseRef: string | null, rootSubject: string | null, language?: Language): string {
  const base = (rootSubject ?? '').replace(REPLY_PREFIX, '').trim();
  // "Re:" is kept in every language: mail clients thread on it whatever their own prefix.
  const say = sayIn(language);
  if (!caseRef) return base ? `Re: ${base}` : say('mail.subject.message');
  if (!base) return say('mail.subject.claim', { ref: caseRef });
  return base.includes(`[${caseRef}]`) ? `Re: ${base}` : `Re: ${base} [${caseRef}]`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

function paragraphs(text: string): string {
  return text
    .split(/\n{2,}/)
    .map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`)
    .join('\n');
}

export interface ComposeInput {
  message: Outbound;
  messageId: string;
  thread: EmailThread;
  file: OutboundFile | null;
  identity: MailIdentity;
  /** The mail this one answers directly (a private reply answers the mail that caused it). */
  answering?: string | null | undefined;
  /** Subject of the mail answered, when the case has no thread yet. */
  subject?: string | null | undefined;
}

export function composeMail(input: ComposeInput): ComposedMail {
  const { message: m, thread, file, identity } = input;
  if (!m.user) throw new Error(`an email of ${m.case ?? 'no case'} has no address to go to`);
  const say = sayIn(m.language);
  const footer = m.case ? say('mail.footer.case', { ref: m.case }) : say('mail.footer');
  // Buttons cannot be pressed in a mail; the words already say what to answer ("fixed" or "still failing").
  const textParts = [m.text, ...(m.quote ? [quoteLines(m.quote)] : []), `--\n${footer}`];
  const html = [
    paragraphs(m.text),
    ...(m.quote ? [`<blockquote>${paragraphs(m.quote)}</blockquote>`] : []),
    `<hr><p style="color:#555;font-size:90%">${escapeHtml(footer)}</p>`,
  ].join('\n');
  const answering = input.answering ?? thread.latestIn ?? thread.root?.messageId ?? null;
  const references = [...new Set([...(thread.root ? [thread.root.messageId] : []), ...thread.recent, ...(answering ? [answering] : [])])];
  return {
    messageId: input.messageId,
    subject: replySubject(m.case, thread.root?.subject ?? input.subject ?? null, m.language),
    to: m.user,
    from: identity.from.name ? { name: identity.from.name, address: identity.from.address } : identity.from.address,
    ...(identity.replyTo ? { replyTo: identity.replyTo } : {}),
    ...(answering ? { inReplyTo: answering } : {}),
    ...(references.length > 0 ? { references } : {}),
    // RFC 3834: written by the bot, so no auto-reply to it; Exchange's own flag asks the same.
    headers: { 'Auto-Submitted': 'auto-replied', 'X-Auto-Response-Suppress': 'All' },
    text: `${textParts.join('\n\n')}\n`,
    html: `<!doctype html><html><body style="font-family:sans-serif">\n${html}\n</body></html>`,
    attachments: file ? [{ filename: file.fileName, content: file.bytes, contentType: file.contentType }] : [],
  };
}
