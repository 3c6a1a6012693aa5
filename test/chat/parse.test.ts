import { describe, expect, it } from 'vitest';
import { intentOf } from '../../src/chat/intents.ts';
import { languageRequest } from '../../src/chat/languageRequest.ts';
import {
  itemChoice,
  orderNumberCandidates,
  orderNumberVariants,
  PARSE_WINDOW,
  serialCandidates,
  serialNumberIn,
  trackingNumberIn,
  troubleshootingAnswer,
  yesNo,
} from '../../src/chat/parse.ts';

describe('order numbers', () => {
  it.each([
    ['Order no. 100-310', '100-310'],
    ['order #100234 arrived dead', '100234'],
    ['Order #100234 arrived dead', '100234'],
    ['my order number is SO-55821, the optic fails', 'SO-55821'],
    ['po: 7781-22 please help', '7781-22'],
    ['PO#7781-22', '7781-22'],
    ['purchase order 4500012345', '4500012345'],
    ['invoice INV-2024-0012 says 2 units', 'INV-2024-0012'],
    ['ord. 100234', '100234'],
    ['#100234', '100234'],
    ['the SFP-10G-SR from order: 100234 is dead', '100234'],
    ['order nr 100234', '100234'],
  ])('reads "%s" as labelled order %s, first', (text, number) => {
    expect(orderNumberCandidates(text)[0]).toEqual({ number, labelled: true });
  });

  it.each([
    ['100234', '100234'],
    ['PWR-C1-715WAC is dead', 'PWR-C1-715WAC'],
    ['it came in the box with 100234 on it', '100234'],
  ])('reads "%s" as an unlabelled candidate %s', (text, number) => {
    expect(orderNumberCandidates(text)).toEqual([{ number, labelled: false }]);
  });

  it('reads a list of orders', () => {
    expect(orderNumberCandidates('orders 100234 and 100310')).toEqual([
      { number: '100234', labelled: true },
      { number: '100310', labelled: true },
    ]);
    expect(orderNumberCandidates('order 100234, 100310 & 100400')).toHaveLength(3);
  });

  it('puts labelled numbers first, without duplicates, at most five', () => {
    expect(orderNumberCandidates('the WS-C3850-48P from order 100310')).toEqual([
      { number: '100310', labelled: true },
      { number: 'WS-C3850-48P', labelled: false },
    ]);
    expect(orderNumberCandidates('order 100234, again: order 100234 and #100234')).toEqual([{ number: '100234', labelled: true }]);
    expect(orderNumberCandidates('a1b 2c3 d4e 5f6 g7h 8i9 j0k')).toHaveLength(5);
  });

  it.each([
    'hello, my switch is broken',
    'my order was cancelled by the courier',
    'the 48-port switch with 2x 715W supplies, 10G optics',
    'delivered on 2026-11-20 at 10:30',
    '%PHY-4-UNSUPPORTED_TRANSCEIVER: Unsupported transceiver found on Gi1/0/1',
    'ip 10.0.0.1 version 16.12.4',
  ])('finds no order number in "%s"', (text) => {
    expect(orderNumberCandidates(text)).toEqual([]);
  });

  it('does not take a labelled serial for an order number', () => {
    expect(orderNumberCandidates('S/N: FNS17320ABC')).toEqual([]);
    expect(orderNumberCandidates('order 100234 S/N FNS17320ABC')).toEqual([{ number: '100234', labelled: true }]);
  });

  it.each([
    ['100-310', ['100-310', '100310']],
    ['100234', ['100234']],
    ['so-55821', ['so-55821', 'SO-55821', '55821']],
    ['SO-55821', ['SO-55821', '55821']],
    ['A-12', ['A-12']],
  ])('tries %s as %j', (number, variants) => {
    expect(orderNumberVariants(number)).toEqual(variants);
  });
});

describe('serial numbers', () => {
  it.each([
    ['S/N: FNS 1732 0ABC', 'FNS17320ABC'],
    ['S/N: FNS 1732 0ABC is the one that died', 'FNS17320ABC'],
    ['sn fns-1732-0abc', 'FNS17320ABC'],
    ['SN:FNS17320ABC', 'FNS17320ABC'],
    ['SN# FOC2101X0AB', 'FOC2101X0AB'],
    ['S/N: FOC2101X0AB', 'FOC2101X0AB'],
    ['serial number FNS17320ABC', 'FNS17320ABC'],
    ['serial no. FNS17320ABC', 'FNS17320ABC'],
    ['Serial #: LIT2101AAAA', 'LIT2101AAAA'],
    ['my serial is FOC2101X0AB.', 'FOC2101X0AB'],
    ['LIT2101AAAA', 'LIT2101AAAA'],
    ['lit2101aaaa', 'LIT2101AAAA'],
    ['it is FOC2101X0AB, thanks', 'FOC2101X0AB'],
    ['serial on the box: FDO2210R1AB', 'FDO2210R1AB'],
  ])('reads "%s" as %s', (text, serial) => {
    expect(serialNumberIn(text)).toBe(serial);
  });

  it.each([
    'the label is unreadable',
    'serial cable 2 meters',
    'my serial is on the box',
    'the 48-port switch',
    'it has 2x 715W supplies',
    '',
  ])('finds no serial in "%s"', (text) => {
    expect(serialNumberIn(text)).toBeNull();
  });

  it('lists serial candidates, labelled first, normalised, at most five', () => {
    expect(serialCandidates('the psu LIT2101AAAA and S/N: FNS 1732 0ABC')).toEqual(['FNS17320ABC', 'LIT2101AAAA']);
    expect(serialCandidates('order 100234, serial FOC2101X0AB')).toEqual(['FOC2101X0AB']);
    expect(serialCandidates('AB1234 CD1234 EF1234 GH1234 IJ1234 KL1234')).toHaveLength(5);
    expect(serialCandidates('hello')).toEqual([]);
  });
});

describe('tracking numbers', () => {
  it('reads tracking numbers with or without spaces', () => {
    expect(trackingNumberIn('sent with UPS 1Z999AA10123456784 today')).toBe('1Z999AA10123456784');
    expect(trackingNumberIn('USPS 9400 1000 0000 0000 0000 00')).toBe('9400100000000000000000');
    expect(trackingNumberIn('dhl jd014600006540301832')).toBe('JD014600006540301832');
    expect(trackingNumberIn('not yet shipped')).toBeNull();
    expect(trackingNumberIn('order 100234')).toBeNull();
  });
});

describe('troubleshooting answers', () => {
  it.each([
    'Still failing after cleaning the fibre',
    "didn't help",
    'nope, same thing',
    'still dead',
    'no change',
    'not fixed',
    'it is not fixed',
    'no',
    'No luck, same error',
    'it worked for an hour, then it died again',
  ])('"%s" is still failing', (text) => {
    expect(troubleshootingAnswer(text)).toBe('still_failing');
  });

  it.each([
    'works now, thanks!',
    'yes it works now',
    'working again',
    'all good now',
    'fixed',
    'That did it, thank you',
    'yes',
    'cleaned the fibre, no more errors now',
    'the port no longer flaps',
  ])('"%s" is fixed', (text) => {
    expect(troubleshootingAnswer(text)).toBe('fixed');
  });

  it.each(['what does DOM mean?', 'where is the console port', ''])('"%s" is neither', (text) => {
    expect(troubleshootingAnswer(text)).toBeNull();
  });
});

describe('yes and no', () => {
  it.each(['yes', 'y', 'Yes please', 'yep', 'sure', 'ok cancel it', 'confirm', 'OK', 'go ahead', 'yes, cancel it'])(
    '"%s" is yes',
    (text) => {
      expect(yesNo(text)).toBe('yes');
    },
  );

  it.each(['no', 'n', 'nope', 'keep it', "don't cancel", 'no keep it open', 'No, leave it open please', 'do not cancel'])(
    '"%s" is no',
    (text) => {
      expect(yesNo(text)).toBe('no');
    },
  );

  it.each(['maybe', 'not sure', 'what happens then?', 'the psu is dead', ''])('"%s" is neither', (text) => {
    expect(yesNo(text)).toBeNull();
  });
});

describe('item choice', () => {
  const items = [
    { partNumber: 'WS-C3850-48P', serialNumber: 'FOC2101X0AB', description: 'Catalyst 3850 48-port PoE switch' },
    { partNumber: 'PWR-C1-715WAC', serialNumber: 'LIT2101AAAA', description: '715W AC power supply' },
    { partNumber: 'SFP-10G-SR', serialNumber: 'FNS17320ABC', description: 'Cisco 10GBASE-SR SFP+ module' },
  ];

  it.each([
    ['2', 1],
    ['item 2', 1],
    ['#2', 1],
    ['the second one', 1],
    ['second', 1],
    ['the 3rd', 2],
    ['1.', 0],
    ['sorry, I meant item 3', 2],
    ['the last one', 2],
    ['the pwr-c1-715wac one', 1],
    ['PWR-C1-715WAC', 1],
    ['FOC2101X0AB', 0],
    ['serial fns 1732 0abc', 2],
    ['psu', 1],
    ['power supply', 1],
    ['the power supply', 1],
    ['the SFP', 2],
    ['optic', 2],
    ['the transceiver', 2],
    ['the switch', 0],
    ['sorry, I meant the switch', 0],
    ['chassis', 0],
    ['the 10G one', 2],
    ['the 715W one', 1],
    ['the catalyst', 0],
    ['not the switch, the psu', 1],
    ['module', 2],
  ])('"%s" picks item %i', (text, index) => {
    expect(itemChoice(text, items)).toBe(index);
  });

  it.each(['4', 'item 0', 'the other one', 'both', 'the switch and the psu', 'no idea', 'line card', ''])('"%s" picks nothing', (text) => {
    expect(itemChoice(text, items)).toBeNull();
  });

  it('picks nothing when two items fit', () => {
    const twoSupplies = [
      items[0]!,
      { partNumber: 'PWR-C1-715WAC', serialNumber: 'LIT2101AAAA', description: '715W AC power supply' },
      { partNumber: 'PWR-C1-1100WAC', serialNumber: 'LIT2101BBBB', description: '1100W AC power supply' },
    ];
    expect(itemChoice('the power supply', twoSupplies)).toBeNull();
    expect(itemChoice('the 1100W power supply', twoSupplies)).toBe(2);
    expect(itemChoice('PWR-C1-1100WAC', twoSupplies)).toBe(2);
    const sameParts = [items[1]!, { ...items[1]!, serialNumber: 'LIT2101CCCC' }];
    expect(itemChoice('PWR-C1-715WAC', sameParts)).toBeNull();
    expect(itemChoice('LIT2101CCCC', sameParts)).toBe(1);
  });

  it('reads a line card', () => {
    const withCard = [items[0]!, { partNumber: 'C9400-LC-48U', serialNumber: 'JAE1', description: 'Catalyst 9400 48-port line card' }];
    expect(itemChoice('the line card', withCard)).toBe(1);
    expect(itemChoice('module', withCard)).toBe(1);
  });
});

describe('hostile input', () => {
  const items = [
    { partNumber: 'WS-C3850-48P', serialNumber: 'FOC2101X0AB', description: 'Catalyst 3850 48-port PoE switch' },
    { partNumber: 'PWR-C1-715WAC', serialNumber: 'LIT2101AAAA', description: '715W AC power supply' },
  ];
  const hostile = [
    '#' + ' '.repeat(8000) + '!',
    'order '.repeat(8000),
    'S/N: '.repeat(8000),
    '1'.repeat(8000),
    '1 -'.repeat(3000),
    '#'.repeat(8000),
    'order #'.repeat(2000) + '!',
    'serial number is '.repeat(1000),
    'a.'.repeat(4000) + '!',
    '-'.repeat(8000) + 'x',
    '/'.repeat(8000) + 'x',
    'cancel '.repeat(2000),
    'talk to '.repeat(2000),
    ' '.repeat(8000) + '1',
    '1' + ' '.repeat(8000) + 'x',
    '取消'.repeat(4000),
    '请'.repeat(8000) + '中文',
    '第'.repeat(8000),
    '订单号'.repeat(2000) + '1',
    'nº de '.repeat(1300) + 'série',
  ];

  it.each(hostile.map((text) => [`${JSON.stringify(text.slice(0, 12))}… (${text.length} chars)`, text]))(
    'every reader returns on %s',
    (_label, text) => {
      expect(Array.isArray(orderNumberCandidates(text))).toBe(true);
      expect(orderNumberVariants(text).length).toBeGreaterThanOrEqual(0);
      expect(serialNumberIn(text) === null || typeof serialNumberIn(text) === 'string').toBe(true);
      expect(serialCandidates(text).length).toBeLessThanOrEqual(5);
      expect(trackingNumberIn(text) === null || typeof trackingNumberIn(text) === 'string').toBe(true);
      expect([null, 'fixed', 'still_failing']).toContain(troubleshootingAnswer(text));
      expect([null, 'yes', 'no']).toContain(yesNo(text));
      const choice = itemChoice(text, items);
      expect(choice === null || typeof choice === 'number').toBe(true);
      const intent = intentOf(text);
      expect(intent === null || typeof intent.kind === 'string').toBe(true);
      expect(languageRequest(text)).toBeNull();
    },
  );

  it('reads only the first PARSE_WINDOW characters', () => {
    expect(PARSE_WINDOW).toBe(2000);
    const far = `${'x '.repeat(PARSE_WINDOW)}order 100234 S/N FNS17320ABC 1Z999AA10123456784`;
    expect(orderNumberCandidates(far)).toEqual([]);
    expect(serialNumberIn(far)).toBeNull();
    expect(trackingNumberIn(far)).toBeNull();
    expect(orderNumberCandidates(`${'x '.repeat(900)}order 100234`)).toEqual([{ number: '100234', labelled: true }]);
  });
});
