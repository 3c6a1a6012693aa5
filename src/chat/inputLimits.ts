// What the bot takes in one message: long texts, many or huge files, or file types it does not keep
// are refused with a message saying what to do instead, and nothing of that message is recorded.
import type { FileRef } from '../case/types.ts';
import { fileKind, LIMITS, megabytes, sizeLimit } from '../policy/fileLimits.ts';

export { fileKind, LIMITS, type FileKind } from '../policy/fileLimits.ts';

/** Why the message cannot be taken, in words for its sender; null when it is fine. */
export function inputProblem(text: string, files: readonly FileRef[], options: { sizesLater?: boolean } = {}): string | null {
  if (text.length > LIMITS.textChars) {
    return `Your message is ${text.length.toLocaleString('en-US')} characters long; the limit is ${LIMITS.textChars.toLocaleString('en-US')}. Please send long logs as a .txt or .log file instead.`;
  }
  if (files.length > LIMITS.files) return `That is ${files.length} files in one message; please send at most ${LIMITS.files} at a time.`;
  // The evidence vault refuses a file of the wrong type or size on its own, and the case says so.
  if (options.sizesLater) return null;
  for (const file of files) {
    const kind = fileKind(file);
    if (!kind) {
      return `I can't keep "${file.name}" (${file.type || 'unknown type'}). Please send photos (JPEG, PNG, HEIC), videos (MP4, MOV), logs and captures (TXT, LOG, PCAP), PDFs, or a ZIP of them.`;
    }
    if (file.size <= 0) return `"${file.name}" is empty; please send it again.`;
    const limit = sizeLimit(kind);
    if (file.size > limit)
      return `"${file.name}" is ${megabytes(file.size)}; the limit for ${kind === 'other' ? 'files of this type' : `${kind}s`} is ${megabytes(limit)}. Please send a smaller or shorter one.`;
  }
  return null;
}
