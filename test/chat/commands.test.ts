import { describe, expect, it } from 'vitest';
import { CommandError, helpText, parseCommand } from '../../src/chat/commands.ts';

describe('the /rma grammar', () => {
  it.each([
    ['/rma list', { name: 'list', state: 'open' }],
    ['/rma list review', { name: 'list', state: 'review' }],
    ['/rma show c-1042', { name: 'show', ref: 'C-1042' }],
    ['/rma evidence c-1042', { name: 'evidence', ref: 'C-1042' }],
    ['/rma EVIDENCE #1042', { name: 'evidence', ref: 'C-1042' }],
    ['/rma approve C-1042', { name: 'approve', ref: 'C-1042' }],
    ['/rma deny C-1042 sold as-is, see invoice', { name: 'deny', ref: 'C-1042', reason: 'sold as-is, see invoice' }],
    ['/rma info C-1042 a photo of the label', { name: 'info', ref: 'C-1042', what: 'a photo of the label' }],
    ['/rma received 1042', { name: 'received', ref: 'C-1042' }],
    ['/rma resolve C-1042 Replacement', { name: 'resolve', ref: 'C-1042', resolution: 'replacement' }],
    ['/rma cost C-1042 $1,020.50 DHL return + duties', { name: 'cost', ref: 'C-1042', cents: 102_050, label: 'DHL return + duties' }],
    ['/rma approve-cost C-1042', { name: 'approve-cost', ref: 'C-1042' }],
    ['/rma note C-1042 called customer', { name: 'note', ref: 'C-1042', text: 'called customer' }],
    ['/rma reopen C-1042', { name: 'reopen', ref: 'C-1042' }],
    ['/rma help', { name: 'help' }],
    ['/rma', { name: 'help' }],
    ['approve C-7', { name: 'approve', ref: 'C-7' }],
  ])('parses "%s"', (line, expected) => {
    expect(parseCommand(line)).toEqual(expected);
  });

  it.each([
    ['/rma frobnicate C-1', /Unknown command "frobnicate"/],
    ['/rma approve', /Usage: \/rma approve REF/],
    ['/rma evidence', /Usage: \/rma evidence REF/],
    ['/rma evidence sn.jpg', /"sn.jpg" is not a case reference/],
    ['/rma approve ABC', /"ABC" is not a case reference/],
    ['/rma deny C-1', /needs a reason/],
    ['/rma resolve C-1 store-credit', /replacement, repair or refund/],
    ['/rma cost C-1 12.345 shipping', /not an amount in USD/],
    ['/rma cost C-1 0 shipping', /not an amount in USD/],
    ['/rma cost C-1 12', /what the cost is for/],
    ['/rma list shipped', /Unknown state "shipped"/],
  ])('refuses "%s" with a usable message', (line, message) => {
    expect(() => parseCommand(line)).toThrow(CommandError);
    expect(() => parseCommand(line)).toThrow(message);
  });

  it('shows customers only the commands they may use', () => {
    expect(helpText(false)).not.toMatch(/approve/);
    expect(helpText(false)).toMatch(/\/rma cancel REF/);
    expect(helpText(true)).toMatch(/\/rma approve-cost REF/);
    expect(helpText(true)).toMatch(/\/rma show REF\n {2}\/rma evidence REF\n/);
    expect(helpText(false)).not.toMatch(/evidence/);
  });
});
