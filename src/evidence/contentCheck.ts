// Is a downloaded file what it claims to be? The type comes from the bytes (magic numbers), never from
// the name or the platform's content type; the name and type only say what the bytes must turn out to be.
import { fileTypeFromBuffer } from 'file-type';
import { fileKind, megabytes, sizeLimit, type FileKind, type Limits } from '../policy/fileLimits.ts';

export { megabytes, sizeLimit, type Limits };

/** `text`: the file must be UTF-8 text throughout; the bytes after the head are checked with `utf8Check`. */
export type ContentVerdict = { ok: true; kind: FileKind; type: string; text: boolean } | { ok: false; reason: string };

/** How many bytes of a download `checkContent` looks at before anything is stored (all of a smaller file). */
export const HEAD_BYTES = 1024 * 1024;

const NOT_TEXT = 'the file is not plain text (its content is binary or not UTF-8)';

// The formats the bot keeps (src/chat/inputLimits.ts), as `file-type` names them.
const IMAGE_FORMATS = new Set(['jpg', 'png', 'gif', 'webp', 'heic', 'tif', 'bmp']);
const VIDEO_FORMATS = new Set(['mp4', 'mov', 'm4v', 'webm', 'mkv', 'avi']);
/** Text has no magic number: these are kept when the bytes are UTF-8 text. */
const TEXT_TYPES: Record<string, string> = {
  txt: 'text/plain',
  log: 'text/plain',
  cfg: 'text/plain',
  conf: 'text/plain',
  csv: 'text/csv',
  json: 'application/json',
  xml: 'application/xml',
};
const BINARY_FORMATS: Record<string, readonly string[]> = {
  pdf: ['pdf'],
  pcap: ['pcap'],
  pcapng: ['pcapng'],
  zip: ['zip'],
  gz: ['gz', 'tar.gz'],
  tgz: ['gz', 'tar.gz'],
  tar: ['tar'],
  '7z': ['7z'],
};

interface Detected {
  ext: string;
  mime: string;
}

/** pcapng (not known to `file-type`): a section header block, then the byte-order magic. */
function pcapng(bytes: Buffer): Detected | undefined {
  if (bytes.length < 12 || bytes.readUInt32BE(0) !== 0x0a0d0d0a) return undefined;
  const magic = bytes.readUInt32BE(8);
  return magic === 0x1a2b3c4d || magic === 0x4d3c2b1a ? { ext: 'pcapng', mime: 'application/x-pcapng' } : undefined;
}

async function detect(bytes: Buffer): Promise<Detected | undefined> {
  return pcapng(bytes) ?? (await fileTypeFromBuffer(bytes));
}

/** Thrown while a file streams into the store when its bytes turn out not to be what the head promised. */
export class ContentRefused extends Error {
  override name = 'ContentRefused';
}

/**
 * Checks that chunks, fed in order, are UTF-8 text without NUL bytes (a character may span two
 * chunks); `push` and `end` throw ContentRefused at the first bad byte.
 */
export function utf8Check(): { push(chunk: Buffer): void; end(): void } {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const decode = (chunk?: Buffer) => {
    try {
      if (chunk) decoder.decode(chunk, { stream: true });
      else decoder.decode();
    } catch (error) {
      if (error instanceof TypeError) throw new ContentRefused(NOT_TEXT);
      throw error;
    }
  };
  return {
    push(chunk) {
      if (chunk.includes(0)) throw new ContentRefused(NOT_TEXT);
      decode(chunk);
    },
    end: () => decode(),
  };
}

function isUtf8Text(bytes: Buffer, whole: boolean): boolean {
  try {
    const check = utf8Check();
    check.push(bytes);
    if (whole) check.end();
    return true;
  } catch (error) {
    if (error instanceof ContentRefused) return false;
    throw error;
  }
}

function content(found: Detected | undefined, fallback: string): string {
  return found ? `its content is ${found.ext.toUpperCase()}` : fallback;
}

/**
 * Checks the bytes of a file posted as `name` with the platform's content type `claimedType`: all of
 * them, or (`whole: false`) the first HEAD_BYTES of a longer download, whose type is known from them.
 */
export async function checkContent(
  file: { name: string; claimedType: string },
  bytes: Buffer,
  options: { whole: boolean } = { whole: true },
): Promise<ContentVerdict> {
  const kind = fileKind({ name: file.name, type: file.claimedType });
  if (!kind) return { ok: false, reason: `files of type ${file.claimedType || 'unknown'} are not kept` };
  if (bytes.length === 0) return { ok: false, reason: 'the file is empty' };
  const found = await detect(bytes);
  if (kind === 'image') {
    if (found && IMAGE_FORMATS.has(found.ext)) return { ok: true, kind, type: found.mime, text: false };
    return { ok: false, reason: `the file is not a photo (${content(found, 'its content is not a known image format')})` };
  }
  if (kind === 'video') {
    if (found && VIDEO_FORMATS.has(found.ext)) return { ok: true, kind, type: found.mime, text: false };
    return { ok: false, reason: `the file is not a video (${content(found, 'its content is not a known video format')})` };
  }
  const ext = /\.([a-z0-9]+)$/i.exec(file.name)?.[1]?.toLowerCase() ?? '';
  const textType = TEXT_TYPES[ext];
  if (textType) {
    if (found?.ext === 'xml' && ext === 'xml') return { ok: true, kind, type: found.mime, text: false };
    // A known binary format is not text even when its bytes happen to decode.
    if (found && found.ext !== 'xml') return { ok: false, reason: `the file is not plain text (${content(found, '')})` };
    if (!isUtf8Text(bytes, options.whole)) return { ok: false, reason: NOT_TEXT };
    return { ok: true, kind, type: textType, text: true };
  }
  const expected = BINARY_FORMATS[ext];
  if (expected && found && expected.includes(found.ext)) return { ok: true, kind, type: found.mime, text: false };
  return { ok: false, reason: `the file is not a valid .${ext} file (${content(found, 'its content is not a known format')})` };
}
