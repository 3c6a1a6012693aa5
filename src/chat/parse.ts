// Reading what customers type: order numbers, serials, tracking numbers, yes/no answers.
// Loose on purpose: people write "order #100234", "S/N: FOC1234X0AB", "it works now".

const TOKEN = /[A-Za-z0-9][A-Za-z0-9._/-]*[A-Za-z0-9]|[A-Za-z0-9]/g;

function tokens(text: string): string[] {
  return (text.match(TOKEN) ?? []).map((t) => t.replace(/^[#:]+/, ''));
}

/** Tokens that could be an order number (they hold a digit), most likely first. */
export function orderNumberCandidates(text: string): string[] {
  const found = tokens(text).filter((t) => /\d/.test(t) && t.length >= 3 && t.length <= 64);
  // "order 100234" or "#100234": the token right after the word "order" or a hash comes first.
  const after = /(?:order|ord|po|#)\s*(?:no\.?|number|num|nr)?\s*[:#]?\s*([A-Za-z0-9][A-Za-z0-9-]*)/i.exec(text)?.[1];
  const ordered = after && /\d/.test(after) ? [after, ...found.filter((t) => t !== after)] : found;
  return [...new Set(ordered)].slice(0, 5);
}

/** A serial number as typed, without a leading "SN:" label; null when nothing looks like one. */
export function serialNumberIn(text: string): string | null {
  const labelled = /\b(?:s\/?n|serial(?:\s*(?:no\.?|number|#))?)\s*[:#]?\s*([A-Za-z0-9][A-Za-z0-9-]{2,39})/i.exec(text)?.[1];
  if (labelled) return labelled;
  const candidates = tokens(text).filter((t) => t.length >= 4 && t.length <= 40 && /\d/.test(t) && /^[A-Za-z0-9-]+$/.test(t));
  return candidates[0] ?? null;
}

/** A carrier tracking number: 8–40 letters and digits with at least 6 digits; spaces inside are dropped. */
export function trackingNumberIn(text: string): string | null {
  for (const t of tokens(text.replace(/(\d)\s+(?=\d)/g, '$1'))) {
    const digits = t.replace(/\D/g, '').length;
    if (t.length >= 8 && t.length <= 40 && digits >= 6 && /^[A-Za-z0-9]+$/.test(t)) return t.toUpperCase();
  }
  return null;
}

/** Did the customer say the troubleshooting fixed it, or that it still fails? */
export function troubleshootingAnswer(text: string): 'fixed' | 'still_failing' | null {
  const t = text.toLowerCase();
  if (
    /\b(still|not fixed|didn'?t (help|work|fix)|did not (help|work|fix)|no luck|same (problem|issue|fault)|still[_ ]failing|fails?|failing|dead|doesn'?t work|does not work)\b/.test(
      t,
    )
  ) {
    return 'still_failing';
  }
  if (/\b(fixed|works now|working now|it works|resolved|solved|all good|that did it|problem gone)\b/.test(t)) return 'fixed';
  return null;
}

/** The 1-based item number, part number or serial that picks one item of several. */
export function itemChoice(text: string, items: ReadonlyArray<{ partNumber: string; serialNumber: string }>): number | null {
  const upper = text.toUpperCase();
  const bySerial = items.findIndex((i) => i.serialNumber && upper.includes(i.serialNumber.toUpperCase()));
  if (bySerial >= 0) return bySerial;
  const byPart = items.map((i, index) => ({ i, index })).filter(({ i }) => upper.includes(i.partNumber.toUpperCase()));
  if (byPart.length === 1) return byPart[0]!.index;
  const number = /^\s*(?:item\s*)?#?(\d{1,3})\s*$/i.exec(text)?.[1];
  if (number) {
    const index = Number(number) - 1;
    if (index >= 0 && index < items.length) return index;
  }
  return null;
}

export function isCancel(text: string): boolean {
  return /^\s*(cancel|cancel (my|the|this) (case|claim|request))\s*[.!]?\s*$/i.test(text);
}
