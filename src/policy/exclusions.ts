// Policy section 3 exclusions and the compatibility rule, read from what a customer writes.
// A match is never a silent decline: it raises a flag so staff look at the case with the reason.

export type FlagCode =
  | 'serial_mismatch'
  | 'damage_reported'
  | 'compatibility_claim'
  | 'over_cost_cap'
  | 'unverified_order'
  /** A unit arrived whose serial is not on the claim's approved list. */
  | 'unit_mismatch'
  /** The faulty unit of an advance replacement did not come back by its deadline. */
  | 'return_overdue'
  /** The customer asked for a person (or the bot could not place their words); cleared when staff answer. */
  | 'human_requested';

export interface TextFlag {
  code: 'damage_reported' | 'compatibility_claim';
  /** Which exclusion the text touched, e.g. `liquid` or `vendor_lock`. */
  detail: string;
  /** The words that matched, for the staff message. */
  matched: string;
}

const DAMAGE: Array<[string, RegExp]> = [
  [
    'physical_damage',
    /\b(dropped|drop(?:ped)? it|cracked|crack|bent|broken (?:pin|pins|connector|latch|port|ear|bracket|housing)|physical(?:ly)? damaged?|dent(?:ed)?|smashed|crushed|damaged)\b/i,
  ],
  ['liquid', /\b(water|liquid|spill(?:ed)?|wet|coffee|flood(?:ed)?|moisture|condensation|rain)\b/i],
  ['fire', /\b(fire|burn(?:t|ed|ing)?|smoke|smoking|scorch(?:ed)?|melt(?:ed)?|charred)\b/i],
  ['lightning', /\b(lightning|thunder ?storm)\b/i],
  ['power_surge', /\b((?:power )?surge|voltage spike|power spike|brown-?out)\b/i],
  [
    'unauthorized_repair',
    /\b(repaired|re-?soldered|soldered|modified|opened (?:it|the (?:case|unit|chassis|lid))|third[- ]party repair|replaced (?:the )?(?:fan|capacitor|caps|chip|eeprom))\b/i,
  ],
];

const COMPATIBILITY: Array<[string, RegExp]> = [
  [
    'vendor_lock',
    /\b(vendor[- ]?lock(?:ed)?|unsupported[_ -]transceiver|gbic[- ]invalid|not (?:a )?genuine|third[- ]party (?:optic|transceiver|sfp|module)s?|coded for|non[- ]?(?:cisco|juniper|arista|oem))\b/i,
  ],
  ['firmware', /\b(firmware|software version|ios[- ]?xe|ios version|junos version|os version|image version|downgraded?|upgraded?)\b/i],
  [
    'compatibility',
    /\b(compatib(?:le|ility)|incompatib(?:le|ility)|unsupported|not supported|not recogni[sz]ed|err-?disabled?|licen[cs]e)\b/i,
  ],
];

// "no damage", "not wet", "without any liquid": a denial is not a report.
const NEGATION = /\b(?:no|not|never|without|nor|zero)(?:\s+\w+){0,2}\s*$/i;

function negated(text: string, index: number): boolean {
  return NEGATION.test(text.slice(Math.max(0, index - 40), index));
}

function scan(text: string, patterns: Array<[string, RegExp]>, code: TextFlag['code']): TextFlag[] {
  const found: TextFlag[] = [];
  for (const [detail, pattern] of patterns) {
    const global = new RegExp(pattern.source, 'gi');
    for (const match of text.matchAll(global)) {
      if (negated(text, match.index)) continue;
      found.push({ code, detail, matched: match[0] });
      break;
    }
  }
  return found;
}

/** Flags that the text raises under the policy's exclusions (damage) and its compatibility rule. */
export function flagsInText(text: string): TextFlag[] {
  return [...scan(text, DAMAGE, 'damage_reported'), ...scan(text, COMPATIBILITY, 'compatibility_claim')];
}
