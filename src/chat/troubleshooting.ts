// Checks that fit the item and its maker, in the order support desks for network gear ask them
// (../shared/domain-notes.md). Most returned network gear has no fault.
import type { CaseContext, OrderItem } from '../case/types.ts';
import { sayIn, type MessageKey, type Say } from '../i18n/translate.ts';

export type Category = 'optic' | 'power_supply' | 'line_card' | 'chassis';
export type Vendor = 'cisco' | 'juniper' | 'arista' | 'other';

type ItemText = Pick<OrderItem, 'partNumber' | 'description'> | null;

export function categoryOf(item: ItemText): Category {
  const text = `${item?.partNumber ?? ''} ${item?.description ?? ''}`.toUpperCase();
  if (/\b(?:Q?SFP(?:28|56|-?DD|\+)?|XFP|GBIC|CFP\d?|OSFP|TRANSCEIVER|OPTIC|GLC-)/.test(text)) return 'optic';
  if (/\b(?:PWR|PSU|POWER SUPPLY|PS-|AC POWER|DC POWER)/.test(text)) return 'power_supply';
  if (/\b(?:LINE ?CARD|MODULE|BLADE|SUPERVISOR|SUP\b|NIM|MPC|MIC|PIC)/.test(text)) return 'line_card';
  return 'chassis';
}

/** Part-number prefixes that name their maker. */
const PART_PREFIXES: Array<[Exclude<Vendor, 'other'>, RegExp]> = [
  ['juniper', /^(EX[\d-]|QFX|MX\d|SRX\d|ACX\d|PTX\d|JNP)/],
  ['arista', /^DCS-/],
  ['cisco', /^(SFP-10G-|GLC-|WS-C|C9\d|N\dK-|ASR|ISR|PWR-C)/],
];
/** Makers named in the description; Meraki gear is managed from the cloud, without the Cisco CLI. */
const DESCRIPTION_NAMES: Array<[Vendor, RegExp]> = [
  ['other', /\bMERAKI\b/],
  ['cisco', /\b(CISCO|CATALYST|NEXUS)\b/],
  ['juniper', /\b(JUNIPER|JUNOS)\b/],
  ['arista', /\bARISTA\b/],
];

/**
 * Whose commands fit the item: a maker named in the description wins (an "SFP-10G-SR" is sold by Cisco
 * and Arista alike), then the part number's prefix; otherwise 'other'.
 */
export function vendorOf(item: ItemText): Vendor {
  const description = (item?.description ?? '').toUpperCase();
  const named = DESCRIPTION_NAMES.filter(([, pattern]) => pattern.test(description)).map(([vendor]) => vendor);
  if (named.length === 1) return named[0]!;
  const partNumber = (item?.partNumber ?? '').trim().toUpperCase();
  return PART_PREFIXES.find(([, pattern]) => pattern.test(partNumber))?.[0] ?? 'other';
}

/** The commands each maker's CLI uses for the checks; 'other' describes them with Cisco- and Juniper-style examples. */
interface Cli {
  inventory: string;
  optics: string;
  environment: string;
  log: string;
}

const CLI: Record<Exclude<Vendor, 'other'>, Cli> = {
  cisco: {
    inventory: '`show inventory`',
    optics: '`show interfaces transceiver detail`',
    environment: '`show environment`',
    log: '`show logging`',
  },
  juniper: {
    inventory: '`show chassis hardware`',
    optics: '`show interfaces diagnostics optics`',
    environment: '`show chassis environment`',
    log: '`show log messages`',
  },
  arista: {
    inventory: '`show inventory`',
    optics: '`show interfaces transceiver`',
    environment: '`show environment all`',
    log: '`show logging`',
  },
};

function cliOf(say: Say, vendor: Vendor): Cli {
  if (vendor !== 'other') return CLI[vendor];
  return {
    inventory: say('check.cli.other.inventory'),
    optics: say('check.cli.other.optics'),
    environment: say('check.cli.other.environment'),
    log: say('check.cli.other.log'),
  };
}

// Each list follows the numbered order of the domain notes: serial and inventory, power and fans, boot,
// optics, vendor lock, software and licence, another port or slot.
const CHECKS: Record<Category, MessageKey[]> = {
  optic: ['check.optic.recognised', 'check.optic.clean', 'check.optic.dom', 'check.optic.swap'],
  power_supply: ['check.psu.leds', 'check.psu.outlet', 'check.psu.reseat'],
  line_card: ['check.card.reseat', 'check.card.inventory', 'check.card.software', 'check.card.slot'],
  chassis: ['check.chassis.power', 'check.chassis.console', 'check.chassis.software', 'check.chassis.ports'],
};

/** The checks for the case's item, in the case's language; commands stay as the maker's CLI writes them. */
export function troubleshootingChecks(context: Pick<CaseContext, 'item' | 'flags' | 'language'>): string[] {
  const say = sayIn(context.language);
  const vendor = vendorOf(context.item);
  const category = categoryOf(context.item);
  const cli = { ...cliOf(say, vendor) };
  const checks = CHECKS[category].map((key) => say(key, cli));
  if (category === 'optic') checks.push(say(`check.lock.${vendor}`, cli));
  const compatibility = context.flags.filter((f) => f.code === 'compatibility_claim');
  if (compatibility.length > 0) {
    // The vendor-lock workaround is about optics; a firmware question on a chassis gets the rule alone.
    const aboutOptics = category === 'optic' || compatibility.some((f) => f.detail === 'vendor_lock');
    const rule = say('check.compatibility');
    const tip =
      vendor === 'arista' ? say('check.tip.other') : say(`check.tip.${vendor}`, { inventory: CLI.juniper.inventory, log: CLI.juniper.log });
    checks.push(aboutOptics ? `${rule} ${tip}` : rule);
  }
  return checks;
}
