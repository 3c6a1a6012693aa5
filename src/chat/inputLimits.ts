// What the bot takes in one message: long texts, many or huge files, or file types it does not keep
// are refused with a message saying what to do instead, and nothing of that message is recorded.
import type { FileRef, Language } from '../case/types.ts';
import { sayIn, type Say } from '../i18n/translate.ts';
import { fileKind, LIMITS, megabytes, sizeLimit } from '../policy/fileLimits.ts';

export { fileKind, LIMITS, type FileKind } from '../policy/fileLimits.ts';

/**
 * Why the message cannot be taken, in words for its sender (in the language `languageOf` gives, asked
 * only when there is a problem); null when it is fine.
 */
export function inputProblem(
  text: string,
  files: readonly FileRef[],
  options: { sizesLater?: boolean; languageOf?: () => Language | undefined } = {},
): string | null {
  const say: Say = (key, values) => sayIn(options.languageOf?.())(key, values);
  if (text.length > LIMITS.textChars) return say('refusal.text_too_long', { length: text.length, limit: LIMITS.textChars });
  if (files.length > LIMITS.files) return say('refusal.too_many_files', { count: files.length, limit: LIMITS.files });
  // The evidence vault refuses a file of the wrong type or size on its own, and the case says so.
  if (options.sizesLater) return null;
  for (const file of files) {
    const kind = fileKind(file);
    if (!kind) return say('refusal.file_type', { name: file.name, type: file.type || say('refusal.unknown_type') });
    if (file.size <= 0) return say('refusal.file_empty', { name: file.name });
    const limit = sizeLimit(kind);
    if (file.size > limit)
      return say('refusal.file_too_large', { name: file.name, size: megabytes(file.size), kind, limit: megabytes(limit) });
  }
  return null;
}
