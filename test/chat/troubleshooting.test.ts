import { describe, expect, it } from 'vitest';
import type { FlagEntry, OrderItem } from '../../src/case/types.ts';
import { categoryOf, troubleshootingChecks, vendorOf } from '../../src/chat/troubleshooting.ts';

type Part = Pick<OrderItem, 'partNumber' | 'description'>;
const item = (partNumber: string, description = ''): OrderItem => ({
  orderNumber: '1',
  partNumber,
  serialNumber: 'X1',
  description,
  terms: 'standard',
  deliveredOn: '2026-11-01',
});
const VENDOR_LOCK: FlagEntry = { code: 'compatibility_claim', detail: 'vendor_lock', at: '2026-11-02T00:00:00Z' };
const FIRMWARE: FlagEntry = { code: 'compatibility_claim', detail: 'firmware', at: '2026-11-02T00:00:00Z' };

const CISCO_COMMANDS =
  /show interfaces transceiver detail|`show environment`|show logging|service unsupported-transceiver|gbic-invalid|%PHY-4/;
const JUNIPER_COMMANDS = /show chassis hardware|show interfaces diagnostics optics|show chassis environment|show log messages/;

describe('vendorOf', () => {
  it.each<[Part, string]>([
    [{ partNumber: 'SFP-10G-SR', description: '' }, 'cisco'],
    [{ partNumber: 'GLC-LH-SMD', description: '' }, 'cisco'],
    [{ partNumber: 'WS-C3850-48P', description: 'Catalyst 3850 48P' }, 'cisco'],
    [{ partNumber: 'C9300-48P', description: '' }, 'cisco'],
    [{ partNumber: 'N9K-C93180YC-EX', description: '' }, 'cisco'],
    [{ partNumber: 'ASR1001-X', description: '' }, 'cisco'],
    [{ partNumber: 'ISR4331/K9', description: '' }, 'cisco'],
    [{ partNumber: 'PWR-C1-715WAC', description: '715W AC PSU' }, 'cisco'],
    [{ partNumber: 'XYZ-100', description: 'Cisco compatible 10G optic' }, 'cisco'],
    [{ partNumber: 'EX4300-48T', description: '' }, 'juniper'],
    [{ partNumber: 'QFX5100-48S', description: '' }, 'juniper'],
    [{ partNumber: 'MX204', description: '' }, 'juniper'],
    [{ partNumber: 'SRX345', description: '' }, 'juniper'],
    [{ partNumber: 'EX-SFP-10GE-LR', description: '' }, 'juniper'],
    [{ partNumber: 'QFX-SFP-10GE-SR', description: '' }, 'juniper'],
    [{ partNumber: 'JNP-QSFP-100G-SR4', description: '' }, 'juniper'],
    [{ partNumber: 'ABC-1', description: 'Juniper 10G SFP+' }, 'juniper'],
    [{ partNumber: 'DCS-7050SX-64', description: '' }, 'arista'],
    [{ partNumber: 'SFP-10G-SR', description: 'Arista 10GBASE-SR SFP+' }, 'arista'],
    [{ partNumber: 'FS-SFP-10G', description: 'generic optic' }, 'other'],
    [{ partNumber: 'MX64-HW', description: 'Meraki MX64 security appliance' }, 'other'],
  ])('%o is %s', (part, vendor) => {
    expect(vendorOf(part)).toBe(vendor);
  });

  it('is other without an item', () => {
    expect(vendorOf(null)).toBe('other');
  });
});

describe('categoryOf', () => {
  it('knows optics, power supplies, line cards and chassis', () => {
    expect(categoryOf({ partNumber: 'GLC-LH-SMD', description: '' })).toBe('optic');
    expect(categoryOf({ partNumber: 'QFX-SFP-10GE-SR', description: '' })).toBe('optic');
    expect(categoryOf({ partNumber: 'PWR-C1-715WAC', description: '715W AC PSU' })).toBe('power_supply');
    expect(categoryOf({ partNumber: 'EX4300-48T', description: 'Juniper EX4300 switch' })).toBe('chassis');
    expect(categoryOf(null)).toBe('chassis');
  });
});

describe('troubleshootingChecks', () => {
  it('gives a Juniper optic Juniper commands, never a Cisco one', () => {
    const checks = troubleshootingChecks({ item: item('QFX-SFP-10GE-SR', 'Juniper 10GBASE-SR SFP+'), flags: [VENDOR_LOCK] });
    const text = checks.join('\n');
    expect(text).not.toMatch(CISCO_COMMANDS);
    expect(text).not.toMatch(/service unsupported-transceiver/);
    expect(text).toContain('`show interfaces diagnostics optics`');
    expect(text).toContain('`show chassis hardware`');
    expect(checks.at(-1)).toMatch(/not functional defects unless compatibility was promised in writing/);
    expect(checks.at(-1)).toMatch(/On Juniper, third-party optics may be logged as unsupported/);
  });

  it('gives a Cisco optic the Cisco commands and the Cisco vendor-lock tip', () => {
    const checks = troubleshootingChecks({ item: item('GLC-LH-SMD', '1000BASE-LX/LH SFP'), flags: [VENDOR_LOCK] });
    const text = checks.join('\n');
    expect(text).toContain('`show interfaces transceiver detail`');
    expect(text).toContain('%PHY-4-UNSUPPORTED_TRANSCEIVER');
    expect(text).not.toMatch(JUNIPER_COMMANDS);
    expect(checks.at(-1)).toMatch(/not functional defects unless compatibility was promised in writing/);
    expect(checks.at(-1)).toContain('`service unsupported-transceiver` with `no errdisable detect cause gbic-invalid`');
  });

  it('gives no vendor-lock tip without a compatibility flag', () => {
    const text = troubleshootingChecks({ item: item('GLC-LH-SMD'), flags: [] }).join('\n');
    expect(text).not.toMatch(/service unsupported-transceiver|promised in writing/);
  });

  it('treats a PWR-C1-715WAC as a Cisco power supply', () => {
    const checks = troubleshootingChecks({ item: item('PWR-C1-715WAC', '715W AC PSU'), flags: [] });
    expect(checks[0]).toContain('`show environment`');
    expect(checks[0]).toContain('`show logging`');
    expect(checks.join('\n')).toMatch(/another outlet or power feed/);
    expect(checks.join('\n')).not.toMatch(JUNIPER_COMMANDS);
  });

  it('gives an Arista switch Arista commands', () => {
    const text = troubleshootingChecks({ item: item('DCS-7050SX-64', 'Arista 7050 switch'), flags: [] }).join('\n');
    expect(text).toContain('`show environment all`');
    expect(text).not.toMatch(JUNIPER_COMMANDS);
  });

  it('describes the checks for an unknown maker with Cisco- and Juniper-style examples, and a generic vendor-lock note', () => {
    const checks = troubleshootingChecks({ item: item('FS-SFP-10G', 'generic 10G optic'), flags: [VENDOR_LOCK] });
    const text = checks.join('\n');
    expect(text).toContain('`show interfaces transceiver detail`, or `show interfaces diagnostics optics` on Juniper');
    expect(text).not.toMatch(/service unsupported-transceiver/);
    expect(checks.at(-1)).toMatch(/promised in writing\. Some platforms accept third-party optics only after a configuration change/);
  });

  it('keeps the order of the domain notes: inventory, fibre and DOM, swap, vendor lock for optics', () => {
    const checks = troubleshootingChecks({ item: item('SFP-10G-SR', 'Cisco 10GBASE-SR SFP+'), flags: [] });
    expect(checks.map((c) => /show inventory|Clean both fibre|DOM values|another port|vendor-lock/.exec(c)?.[0])).toEqual([
      'show inventory',
      'Clean both fibre',
      'DOM values',
      'another port',
      'vendor-lock',
    ]);
    const chassis = troubleshootingChecks({ item: item('EX4300-48T', 'Juniper EX4300'), flags: [] });
    expect(chassis.map((c) => /LEDs|console port|software version|another port/.exec(c)?.[0])).toEqual([
      'LEDs',
      'console port',
      'software version',
      'another port',
    ]);
    expect(chassis[0]).toContain('`show chassis environment`');
  });

  it('gives a firmware question on a chassis the policy rule without the optic workaround', () => {
    const checks = troubleshootingChecks({ item: item('WS-C3850-48P', 'Catalyst 3850 48P'), flags: [FIRMWARE] });
    expect(checks.at(-1)).toMatch(/promised in writing\.$/);
  });
});
