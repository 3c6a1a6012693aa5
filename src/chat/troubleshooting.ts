// Checks that fit the item, in the order support desks for network gear ask them
// (../shared/domain-notes.md). Most returned network gear has no fault.
import type { CaseContext, OrderItem } from '../case/types.ts';

export type Category = 'optic' | 'power_supply' | 'line_card' | 'chassis';

export function categoryOf(item: Pick<OrderItem, 'partNumber' | 'description'> | null): Category {
  const text = `${item?.partNumber ?? ''} ${item?.description ?? ''}`.toUpperCase();
  if (/\b(?:Q?SFP(?:28|56|-?DD|\+)?|XFP|GBIC|CFP\d?|OSFP|TRANSCEIVER|OPTIC)/.test(text)) return 'optic';
  if (/\b(?:PWR|PSU|POWER SUPPLY|PS-|AC POWER|DC POWER)/.test(text)) return 'power_supply';
  if (/\b(?:LINE ?CARD|MODULE|BLADE|SUPERVISOR|SUP\b|NIM|MPC|MIC|PIC)/.test(text)) return 'line_card';
  return 'chassis';
}

const CHECKS: Record<Category, string[]> = {
  optic: [
    'Clean both fibre ends and the optic, and check the fibre type and wavelength match the optic (SM/MM, 1310/1550 nm).',
    'Read the DOM values (`show interfaces transceiver detail`; Juniper `show interfaces diagnostics optics`): Tx/Rx power, bias, temperature and voltage against the alarm thresholds.',
    'Try the optic in another port, or swap it with a known-good one; a loopback test helps.',
    'Look for vendor-lock messages (`%PHY-4-UNSUPPORTED_TRANSCEIVER`, `gbic-invalid` err-disable).',
  ],
  power_supply: [
    'Check the LED colours and `show environment` for the supply and the fans.',
    'Try another outlet or power feed and another power cord.',
    'Reseat the supply in its bay, or try it in the other bay.',
  ],
  line_card: [
    'Reseat the card firmly and check it is in a slot the chassis supports.',
    'Check `show inventory`, `show module` / `show chassis hardware` and the logs for POST or power errors.',
    'Check the software version supports this card and its licence state.',
    'Try another slot or another chassis if you have one.',
  ],
  chassis: [
    'Check the power and fan LEDs and `show environment`; try another outlet or feed.',
    'Connect to the console port and capture the boot log: POST result, ROMMON, boot loops or crash files.',
    'Check the software version and licence state, and any recent upgrade or downgrade.',
    'Try another port or cable; look at interface error counters (CRC).',
  ],
};

export function troubleshootingChecks(context: Pick<CaseContext, 'item' | 'flags'>): string[] {
  const checks = [...CHECKS[categoryOf(context.item)]];
  if (context.flags.some((f) => f.code === 'compatibility_claim')) {
    checks.push(
      'Note: under our policy, compatibility problems (firmware or software, unsupported configurations, vendor lock) are not functional defects unless compatibility was promised in writing. On Cisco, `service unsupported-transceiver` with `no errdisable detect cause gbic-invalid` often helps third-party optics.',
    );
  }
  return checks;
}
