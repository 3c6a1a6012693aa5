// Checks that fit the item and its maker, in the order support desks for network gear ask them
// (../shared/domain-notes.md). Most returned network gear has no fault.
import type { CaseContext, OrderItem } from '../case/types.ts';

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

const CLI: Record<Vendor, Cli> = {
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
  other: {
    inventory: 'the hardware inventory (for example `show inventory`, or `show chassis hardware` on Juniper)',
    optics: 'the optic diagnostics (for example `show interfaces transceiver detail`, or `show interfaces diagnostics optics` on Juniper)',
    environment: 'the environment status (for example `show environment`, or `show chassis environment` on Juniper)',
    log: 'the device log (for example `show logging`, or `show log messages` on Juniper)',
  },
};

const VENDOR_LOCK_MESSAGES: Record<Vendor, (cli: Cli) => string> = {
  cisco: (cli) => `Look in ${cli.log} for vendor-lock messages (\`%PHY-4-UNSUPPORTED_TRANSCEIVER\`, \`gbic-invalid\` err-disable).`,
  juniper: (cli) => `Look in ${cli.inventory} and ${cli.log} for messages that the optic is unsupported.`,
  arista: (cli) => `Look in ${cli.log} for messages that the transceiver is unsupported or not qualified.`,
  other: (cli) => `Look in ${cli.log} for messages that the optic is unsupported or not genuine (vendor lock).`,
};

// Each list follows the numbered order of the domain notes: serial and inventory, power and fans, boot,
// optics, vendor lock, software and licence, another port or slot.
const CHECKS: Record<Category, (cli: Cli, vendor: Vendor) => string[]> = {
  optic: (cli, vendor) => [
    `Check the device recognises the optic: ${cli.inventory} should list it with the serial number printed on its label.`,
    'Clean both fibre ends and the optic, and check the fibre type and wavelength match the optic (SM/MM, 1310/1550 nm).',
    `Read the DOM values with ${cli.optics}: Tx/Rx power, bias, temperature and voltage against the alarm thresholds.`,
    'Try the optic in another port, or swap it with a known-good one; a loopback test helps.',
    VENDOR_LOCK_MESSAGES[vendor](cli),
  ],
  power_supply: (cli) => [
    `Check the LED colours, and ${cli.environment} for the supply and the fans; ${cli.log} shows power alarms.`,
    'Try another outlet or power feed and another power cord.',
    'Reseat the supply in its bay, or try it in the other bay.',
  ],
  line_card: (cli) => [
    'Reseat the card firmly and check it is in a slot the chassis supports.',
    `Check the card appears in ${cli.inventory}, and look in ${cli.log} for POST or power errors.`,
    'Check the software version (`show version`) supports this card, and its licence state.',
    'Try another slot or another chassis if you have one.',
  ],
  chassis: (cli) => [
    `Check the power and fan LEDs and ${cli.environment}; try another outlet or feed.`,
    `Connect to the console port and capture the boot log: POST result, ROMMON, boot loops or crash files; ${cli.log} shows errors since boot.`,
    'Check the software version (`show version`) and licence state, and any recent upgrade or downgrade.',
    'Try another port or cable; look at interface error counters (CRC).',
  ],
};

const COMPATIBILITY_RULE =
  'Note: under our policy, compatibility problems (firmware or software, unsupported configurations, vendor lock) are not functional defects unless compatibility was promised in writing.';

const VENDOR_LOCK_TIP: Record<Vendor, string> = {
  cisco: 'On Cisco, `service unsupported-transceiver` with `no errdisable detect cause gbic-invalid` often lets third-party optics work.',
  juniper: `On Juniper, third-party optics may be logged as unsupported: check ${CLI.juniper.inventory} and ${CLI.juniper.log} for unsupported-optic messages; whether a workaround exists depends on the platform.`,
  arista:
    "Some platforms accept third-party optics only after a configuration change; your platform's documentation says whether yours does.",
  other:
    "Some platforms accept third-party optics only after a configuration change; your platform's documentation says whether yours does.",
};

export function troubleshootingChecks(context: Pick<CaseContext, 'item' | 'flags'>): string[] {
  const vendor = vendorOf(context.item);
  const category = categoryOf(context.item);
  const checks = CHECKS[category](CLI[vendor], vendor);
  const compatibility = context.flags.filter((f) => f.code === 'compatibility_claim');
  if (compatibility.length > 0) {
    // The vendor-lock workaround is about optics; a firmware question on a chassis gets the rule alone.
    const aboutOptics = category === 'optic' || compatibility.some((f) => f.detail === 'vendor_lock');
    checks.push(aboutOptics ? `${COMPATIBILITY_RULE} ${VENDOR_LOCK_TIP[vendor]}` : COMPATIBILITY_RULE);
  }
  return checks;
}
