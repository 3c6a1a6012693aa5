// Mail no person wrote: auto-replies (out of office), bounces, mailing lists and bulk mail. The bot
// never answers them (RFC 3834): an out-of-office answering the bot's reply answering the out-of-office
// is the classic mail loop. Read from the headers only.
import type { ParsedMail } from 'mailparser';

const ROBOT_SENDERS = /^(?:mailer-daemon|postmaster|no-?reply|do-?not-?reply)(?:[+@]|$)/i;

function header(mail: ParsedMail, name: string): string | null {
  const value = mail.headers.get(name);
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'object' && 'value' in value && typeof value.value === 'string') return value.value;
  if (typeof value === 'object' && 'text' in value && typeof value.text === 'string') return value.text;
  return String(value);
}

/** Why no person wrote this mail (for the log), or null when a person did. */
export function automaticReason(mail: ParsedMail, sender: string | null): string | null {
  const autoSubmitted = header(mail, 'auto-submitted')?.trim().toLowerCase();
  if (autoSubmitted && autoSubmitted !== 'no') return `Auto-Submitted: ${autoSubmitted}`;
  const precedence = header(mail, 'precedence')?.trim().toLowerCase();
  if (precedence && ['bulk', 'list', 'junk', 'auto_reply'].includes(precedence)) return `Precedence: ${precedence}`;
  const names = new Set(mail.headerLines.map((l) => l.key));
  if (names.has('list-id') || names.has('list-unsubscribe')) return 'a mailing list message';
  for (const name of ['x-autoreply', 'x-autorespond', 'x-auto-reply']) if (names.has(name)) return name;
  // The envelope sender of a bounce is empty; the delivering server writes it into the topmost Return-Path.
  const returnPath = mail.headerLines.find((l) => l.key === 'return-path')?.line;
  if (returnPath && /^return-path:\s*<\s*>\s*$/i.test(returnPath)) return 'a null sender (a bounce)';
  const contentType = mail.headers.get('content-type');
  if (contentType && typeof contentType === 'object' && 'value' in contentType && contentType.value === 'multipart/report')
    return 'a delivery report';
  if (sender === null) return 'no sender address';
  if (ROBOT_SENDERS.test(sender)) return `sent by ${sender}`;
  return null;
}
