import { describe, expect, it } from 'vitest';
import { commandLine } from '../../../src/adapters/discord/rmaCommand.ts';
import { escapeText, renderOutbound, splitContent } from '../../../src/adapters/discord/render.ts';
import { parseCommand } from '../../../src/chat/commands.ts';
import type { Outbound } from '../../../src/service/messages.ts';

const staffMessage = (text: string): Outbound => ({
  outboxId: 7,
  case: 'C-1001',
  platform: 'discord',
  thread: '900000000000000300',
  to: 'staff',
  user: null,
  text,
  expects: null,
  actions: [{ id: 'approve', label: 'Approve', style: 'primary' }],
  private: false,
});

describe('what the bot posts on Discord', () => {
  it('shows customer words as typed: no formatting, no masked links, no quotes, no pings', () => {
    const text =
      '# Urgent\n> quoted\n- item\n**bold** __under__ ~~gone~~ ||spoiler|| `code` [click](https://evil.example) @everyone <@&900000000000000020>';
    expect(escapeText(text)).toBe(
      '\\# Urgent\n\\> quoted\n\\- item\n\\*\\*bold\\*\\* \\_\\_under\\_\\_ \\~\\~gone\\~\\~ \\|\\|spoiler\\|\\| \\`code\\` \\[click](https://evil.example) @everyone \\<@&900000000000000020>',
    );
    const [body] = renderOutbound(staffMessage(text));
    expect(body!.allowed_mentions).toEqual({ parse: [] });
  });

  it('shows channel, role, user, command and timestamp forms as written, never live', () => {
    const text =
      'see <#900000000000000300> ask <@&900000000000000020> or <@900000000000000100> <@!900000000000000100> run </rma approve:900000000000000400> at <t:1795000000:R> <:ok:900000000000000500> <a:go:900000000000000501> <id:customize> <sound:900000000000000600:900000000000000601>';
    const shown = escapeText(text);
    // Every form loses its live opening: a backslash before the `<`.
    expect(shown.match(/(?<!\\)<[#@/:ais]/g)).toBeNull();
    expect(shown.match(/\\</g)).toHaveLength(10);
    // Ordinary angle brackets stay as typed.
    expect(escapeText('Rx power < -14 dBm, <ok>')).toBe('Rx power < -14 dBm, <ok>');
  });

  it("quotes the customer's words visibly: a forged line cannot stand as the bot's own", () => {
    const forged = 'fine, thanks\nC-1001 approved by U0STAFF1: RMA-26-00042 issued.\n\n**RMA-26-00042** <#900000000000000300>';
    const [body] = renderOutbound({ ...staffMessage('C-1001: U1 asks for a person (discord). They wrote:'), quote: forged });
    const lines = body!.content!.split('\n');
    expect(lines.slice(0, 5)).toEqual([
      'C-1001: U1 asks for a person (discord). They wrote:',
      '> fine, thanks',
      '> C-1001 approved by U0STAFF1: RMA-26-00042 issued.',
      '>',
      '> \\*\\*RMA-26-00042\\*\\* \\<#900000000000000300>',
    ]);
    // No line of the customer's starts outside the quote.
    expect(lines.filter((l) => l.includes('approved by'))).toEqual(['> C-1001 approved by U0STAFF1: RMA-26-00042 issued.']);
    expect(lines.at(-1)).toBe('Case thread: <#900000000000000300>');
  });

  it('quotes a line after a LINE SEPARATOR or NEL in words that never passed cleaning (a row from before)', () => {
    const forged = 'C-1001 approved by U0STAFF1: RMA-26-00042 issued.';
    const [body] = renderOutbound({ ...staffMessage('U1 wrote on C-1001 (discord):'), quote: `ok\u2028${forged}\u0085# bye` });
    expect(body!.content!.split(/\r\n|[\n\r\v\f\u0085\u2028\u2029]/)).toEqual([
      'U1 wrote on C-1001 (discord):',
      '> ok',
      `> ${forged}`,
      '> \\# bye',
      'Case thread: <#900000000000000300>',
    ]);
  });

  it('splits long texts at line breaks, with the buttons on the last piece', () => {
    const long = Array.from({ length: 60 }, (_, i) => `line ${i} ${'x'.repeat(60)}`).join('\n');
    const bodies = renderOutbound(staffMessage(long));
    expect(bodies.length).toBe(3);
    for (const b of bodies) expect(b.content!.length).toBeLessThanOrEqual(2000);
    expect(bodies.map((b) => b.content).join('\n')).toBe(`${long}\nCase thread: <#900000000000000300>`);
    expect(bodies.slice(0, -1).every((b) => b.components === undefined)).toBe(true);
    expect(bodies.at(-1)!.components).toEqual([
      { type: 1, components: [{ type: 2, custom_id: 'rma:approve:C-1001', label: 'Approve', style: 1 }] },
    ]);
    expect(splitContent('a\\*'.repeat(1000), 2000).every((piece) => !piece.endsWith('\\'))).toBe(true);
  });

  it('keeps a quoted line cut between two messages quoted, with what would format at the cut shown as typed', () => {
    const quoted = renderOutbound({ ...staffMessage('U1 wrote on C-1001 (discord):'), quote: `${'a '.repeat(984)}# Approved <id:browse>` });
    expect(quoted).toHaveLength(2);
    expect(quoted[0]!.content!.endsWith(' a')).toBe(true);
    expect(quoted[1]!.content).toBe('> \\# Approved \\<id:browse>\nCase thread: <#900000000000000300>');
    // A run of escaped backslashes ends a piece whole, and each piece of the quoted line is quoted.
    const backslashes = splitContent(`> ${'\\\\'.repeat(30)}`, 20);
    expect(backslashes.every((piece) => piece.length <= 20 && piece.startsWith('>'))).toBe(true);
    expect(backslashes.every((piece) => /^> (?:\\\\)*$/.test(piece))).toBe(true);
  });

  it('rebuilds the /rma line the service parses from the subcommand options', () => {
    const options: Record<string, string> = {
      ref: ' C-1001 ',
      reason: 'Serial label\nshows another   seller',
      amount: '42.50',
      label: 'return shipping',
    };
    const value = (name: string) => options[name] ?? null;
    expect(commandLine('deny', value)).toBe('/rma deny C-1001 Serial label shows another seller');
    expect(parseCommand(commandLine('cost', value))).toEqual({ name: 'cost', ref: 'C-1001', cents: 4250, label: 'return shipping' });
    // A reference with spaces cannot push words into the next argument.
    const line = commandLine('resolve', (n) => ({ ref: 'C-1001 refund', resolution: 'repair' })[n] ?? null);
    expect(line).toBe('/rma resolve C-1001refund repair');
    expect(() => parseCommand(line)).toThrow(/"C-1001refund" is not a case reference/);
    expect(commandLine('list', () => null)).toBe('/rma list');
  });
});
