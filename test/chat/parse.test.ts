import { describe, expect, it } from 'vitest';
import { itemChoice, orderNumberCandidates, serialNumberIn, trackingNumberIn, troubleshootingAnswer } from '../../src/chat/parse.ts';

describe('reading what customers type', () => {
  it.each([
    ['Order #100234 arrived dead', '100234'],
    ['my order number is SO-55821, the optic fails', 'SO-55821'],
    ['100234', '100234'],
    ['po: 7781-22 please help', '7781-22'],
  ])('finds the order number in "%s"', (text, expected) => {
    expect(orderNumberCandidates(text)[0]).toBe(expected);
  });

  it('finds no order number in a greeting', () => {
    expect(orderNumberCandidates('hello, my switch is broken')).toEqual([]);
  });

  it.each([
    ['S/N: FOC2101X0AB', 'FOC2101X0AB'],
    ['serial number FNS17320ABC', 'FNS17320ABC'],
    ['LIT2101AAAA', 'LIT2101AAAA'],
  ])('finds the serial in "%s"', (text, expected) => {
    expect(serialNumberIn(text)).toBe(expected);
  });

  it('reads tracking numbers with or without spaces', () => {
    expect(trackingNumberIn('sent with UPS 1Z999AA10123456784 today')).toBe('1Z999AA10123456784');
    expect(trackingNumberIn('USPS 9400 1000 0000 0000 0000 00')).toBe('9400100000000000000000');
    expect(trackingNumberIn('not yet shipped')).toBeNull();
  });

  it('reads troubleshooting answers', () => {
    expect(troubleshootingAnswer('Still failing after cleaning the fibre')).toBe('still_failing');
    expect(troubleshootingAnswer("didn't help")).toBe('still_failing');
    expect(troubleshootingAnswer('works now, thanks!')).toBe('fixed');
    expect(troubleshootingAnswer('what does DOM mean?')).toBeNull();
  });

  it('picks an item by number, part number or serial', () => {
    const items = [
      { partNumber: 'WS-C3850-48P', serialNumber: 'FOC1' },
      { partNumber: 'PWR-C1-715WAC', serialNumber: 'LIT2' },
    ];
    expect(itemChoice('2', items)).toBe(1);
    expect(itemChoice('the pwr-c1-715wac one', items)).toBe(1);
    expect(itemChoice('FOC1', items)).toBe(0);
    expect(itemChoice('3', items)).toBeNull();
    expect(itemChoice('the other one', items)).toBeNull();
  });
});
