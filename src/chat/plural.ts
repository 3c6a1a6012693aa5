// Counted words in English ("1 day", "5 days"), chosen by the language's plural rules rather than "(s)".
const RULES = new Intl.PluralRules('en-US');

/**
 * The form of `singular` that goes with `n`: `plural` (default: `singular` + "s") unless the rules call
 * `n` singular. `pluralWord(2, 'business day')` is "business days"; pass irregular plurals yourself.
 */
export function pluralWord(n: number, singular: string, plural = `${singular}s`): string {
  return RULES.select(n) === 'one' ? singular : plural;
}

/** `n` with the word that goes with it: `counted(1, 'day')` is "1 day", `counted(1500, 'case')` "1,500 cases". */
export function counted(n: number, singular: string, plural?: string): string {
  return `${n.toLocaleString('en-US')} ${pluralWord(n, singular, plural)}`;
}
