// The words of a message as the phrase readers (parse.ts, intents.ts) compare them: lower case, no
// accents, typographic apostrophes straightened, everything but letters, digits and apostrophes inside a
// word turned into single spaces; German, Spanish and French lose their accents ("funktioniert nicht",
// "ça marche" -> "ca marche"). Chinese is dropped here: hanPhrases.ts reads it. Linear in the text;
// callers cut the text to PARSE_WINDOW first.

/** "Can’t   talk to a HUMAN?!" -> "can't talk to a human". */
export function plainWords(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036F]/g, '')
      .toLowerCase()
      // Letters NFKD leaves whole: "weiß" -> "weiss", "œuvre" -> "oeuvre".
      .replace(/ß/g, 'ss')
      .replace(/œ/g, 'oe')
      .replace(/æ/g, 'ae')
      .replace(/[\u2018\u2019\u02BC`\u00B4]/g, "'")
      .replace(/[^a-z0-9']+/g, ' ')
      .replace(/(?<![a-z])'|'(?![a-z])/g, ' ')
      .replace(/ {2,}/g, ' ')
      .trim()
  );
}

/** Splits a text into clauses at sentence punctuation and line breaks, each as plainWords. */
export function plainClauses(text: string): string[] {
  return text
    .split(/[.,;:!?\n\r()]+|\s[-\u2013\u2014]+\s/)
    .map(plainWords)
    .filter((c) => c !== '');
}

/** wordSet("a b c"): a set of single words, written as one line. */
export function wordSet(words: string): ReadonlySet<string> {
  return new Set(words.split(' '));
}

/** phraseSet("real person, agent"): a set of words and phrases, separated by commas. */
export function phraseSet(phrases: string): ReadonlySet<string> {
  return new Set(phrases.split(', '));
}
