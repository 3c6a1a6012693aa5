// One raw message from the mailbox, read: who sent it, which messages it answers, its new text (quotes
// and signature dropped, replyText.ts), its attachments, and whether a person wrote it at all.
import { createHash } from 'node:crypto';
import { simpleParser, type Attachment, type ParsedMail } from 'mailparser';
import { automaticReason } from './automaticMail.ts';
import { replyText } from './replyText.ts';

export interface MailFile {
  name: string;
  type: string;
  bytes: Buffer;
}

export interface IncomingMail {
  /** The Message-ID without angle brackets; a hash of the message when it has none. */
  messageId: string;
  /** The sender's address in lower case; null when the From header names none. */
  from: string | null;
  fromName: string | null;
  subject: string;
  /** In-Reply-To first, then References newest first: the messages it answers. */
  answers: string[];
  date: Date | null;
  text: string;
  files: MailFile[];
  /** Why no person wrote it (an auto-reply, a bounce, a list), or null. */
  automatic: string | null;
}

/** Inline images smaller than this are logos and icons of a signature, not evidence. */
const SIGNATURE_IMAGE_BYTES = 16 * 1024;

const EXTENSIONS: Record<string, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/gif': 'gif',
  'image/heic': 'heic',
  'text/plain': 'txt',
  'application/pdf': 'pdf',
  'video/mp4': 'mp4',
  'video/quicktime': 'mov',
};

/** `<a@b>` → `a@b`; ids are compared as sent, so nothing else changes. */
export function bareId(id: string): string {
  const trimmed = id.trim();
  return trimmed.startsWith('<') && trimmed.endsWith('>') ? trimmed.slice(1, -1).trim() : trimmed;
}

/** The ids of `<a@b> <c@d>` as one header value or several. */
function idsOf(value: string | string[] | undefined): string[] {
  const all = Array.isArray(value) ? value : value ? [value] : [];
  return all
    .flatMap((v) => v.split(/[\s,]+/))
    .map(bareId)
    .filter((id) => id.length > 0 && id.length <= 500);
}

function fileName(attachment: Attachment, index: number): string {
  const given = attachment.filename?.trim();
  if (given) return given;
  return `attachment-${index + 1}.${EXTENSIONS[attachment.contentType] ?? 'bin'}`;
}

/** Attachments that are evidence: not the small inline images of a signature. */
function evidenceFiles(mail: ParsedMail): MailFile[] {
  return mail.attachments
    .filter((a) => !(a.related && a.contentType.startsWith('image/') && a.size < SIGNATURE_IMAGE_BYTES))
    .filter((a) => a.contentType !== 'message/delivery-status')
    .map((a, i) => ({ name: fileName(a, i), type: a.contentType, bytes: a.content }));
}

export async function readMail(raw: Buffer): Promise<IncomingMail> {
  // keepCidLinks: an inline photo stays an attachment instead of being copied into the HTML as well.
  const mail = await simpleParser(raw, { keepCidLinks: true, skipImageLinks: true });
  const sender =
    mail.from?.value
      .find((a) => a.address)
      ?.address?.trim()
      .toLowerCase() ?? null;
  const inReplyTo = idsOf(mail.inReplyTo);
  const references = idsOf(mail.references).reverse();
  return {
    messageId: mail.messageId ? bareId(mail.messageId) : `sha256-${createHash('sha256').update(raw).digest('hex')}`,
    from: sender,
    fromName: mail.from?.value.find((a) => a.address)?.name?.trim() || null,
    subject: (mail.subject ?? '').trim(),
    answers: [...new Set([...inReplyTo, ...references])],
    date: mail.date ?? null,
    text: replyText(mail.text ?? ''),
    files: evidenceFiles(mail),
    automatic: automaticReason(mail, sender),
  };
}
