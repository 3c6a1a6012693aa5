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
    ['/rma frobnicate C-1', /^Unknown command 'frobnicate'\. Try \/rma help\.$/],
    ['/rma constructor C-1', /Unknown command 'constructor'/],
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

  it.each([
    ['/rma aprove C-1001', 'approve'],
    ['/rma APROVE C-1001', 'approve'],
    ['/rma lst', 'list'],
    ['/rma recieved C-1001', 'received'],
    ['/rma approvecost C-1001', 'approve-cost'],
    ['/rma reopne C-1001', 'reopen'],
  ])('answers "%s" with the command it was probably meant to be', (line, meant) => {
    expect(() => parseCommand(line)).toThrow(`Did you mean \`/rma ${meant}\`? Try /rma help.`);
  });

  it('answers a mistyped command with one suggestion and the help pointer', () => {
    expect(() => parseCommand('/rma aprove C-1001')).toThrow(
      new CommandError("Unknown command 'aprove'. Did you mean `/rma approve`? Try /rma help."),
    );
  });

  it('suggests nothing for a word far from every command, however long', () => {
    expect(() => parseCommand('/rma shipit C-1')).toThrow(/^Unknown command 'shipit'\. Try \/rma help\.$/);
    // Echoed cut short (and, past 24 characters, not compared with the commands at all).
    const hostile = `approve${'x'.repeat(100_000)}`;
    expect(() => parseCommand(`/rma ${hostile} C-1`)).toThrow(`Unknown command '${hostile.slice(0, 40)}…'. Try /rma help.`);
  });

  it('shows customers only the commands they may use', () => {
    expect(helpText(false)).not.toMatch(/approve/);
    expect(helpText(false)).toMatch(/\/rma cancel REF/);
    expect(helpText(true)).toMatch(/\/rma approve-cost REF/);
    expect(helpText(true)).toMatch(/\/rma show REF\n {2}\/rma evidence REF\n/);
    expect(helpText(false)).not.toMatch(/evidence/);
  });
});
