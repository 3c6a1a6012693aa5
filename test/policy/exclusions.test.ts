import { describe, expect, it } from 'vitest';
import { flagsInText } from '../../src/policy/exclusions.ts';

const details = (text: string) => flagsInText(text).map((f) => `${f.code}:${f.detail}`);

describe('exclusions read from customer text (policy section 3)', () => {
  it.each([
    ['I dropped it and the ear is bent', 'damage_reported:physical_damage'],
    ['coffee was spilled on the chassis', 'damage_reported:liquid'],
    ['smoke came out and the board looks burnt', 'damage_reported:fire'],
    ['it died during a lightning storm', 'damage_reported:lightning'],
    ['after a power surge it will not boot', 'damage_reported:power_surge'],
    ['our tech opened the case and re-soldered a capacitor', 'damage_reported:unauthorized_repair'],
    ['the switch says %PHY-4-UNSUPPORTED_TRANSCEIVER', 'compatibility_claim:vendor_lock'],
    ['port goes err-disabled with gbic-invalid', 'compatibility_claim:vendor_lock'],
    ['it stopped working after the firmware upgrade', 'compatibility_claim:firmware'],
    ['the module is not supported by our chassis', 'compatibility_claim:compatibility'],
  ])('"%s" raises %s', (text, expected) => {
    expect(details(text)).toContain(expected);
  });

  it('flags, never declines: the result is a list of flags for staff', () => {
    expect(flagsInText('water damage').every((f) => f.code === 'damage_reported' || f.code === 'compatibility_claim')).toBe(true);
  });

  it('does not flag a denial such as "no physical damage, never wet"', () => {
    expect(details('There is no physical damage and it was never wet; no link light at all')).toEqual([]);
  });

  it('does not flag an ordinary fault description', () => {
    expect(details('Port 1 shows no link, LEDs are amber, console shows POST failure on the PHY')).toEqual([]);
  });
});
