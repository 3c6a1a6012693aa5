// "Did you mean …?" for a mistyped word: the closest known word by edit distance, when close enough
// to be a typo rather than another word.
import { distance } from 'fastest-levenshtein';

/**
 * Words longer than this are not compared: no known word is near them, and the distance costs the
 * product of the two lengths, so a hostile 4,000-character "command" must not reach it.
 */
const MAX_COMPARED_CHARS = 24;

/** The closest of `known` to `word` within a third of its length (at least one edit), else null. */
export function closestWord(word: string, known: readonly string[]): string | null {
  if (word.length === 0 || word.length > MAX_COMPARED_CHARS) return null;
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const d = distance(word, candidate);
    if (d < bestDistance && d <= Math.max(1, Math.floor(candidate.length / 3))) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}
