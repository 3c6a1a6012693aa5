import { describe, expect, it } from 'vitest';
import { chunkText, renderOutbound } from '../../../src/adapters/slack/outboundBlocks.ts';
import { escapeSlack, plainFromSlack } from '../../../src/adapters/slack/slackText.ts';
import type { Outbound } from '../../../src/service/messages.ts';

const outbound = (text: string, extra: Partial<Outbound> = {}): Outbound => ({
  outboxId: 1,
  case: 'C-1001',
  platform: 'slack',
  thread: 'C0SUPPORT:1795000000.000100',
  to: 'staff',
  user: null,
  text,
  expects: null,
  actions: [],
  private: false,
  ...extra,
});

describe('Slack text', () => {
  it('reads what people typed out of Slack markup', () => {
    expect(plainFromSlack('SN &lt;FNS17320ABC&gt; &amp; <@U0ANNA> <!channel> <!subteam^S0STAFF|@staff> <#C0SUPPORT|support>')).toBe(
      'SN <FNS17320ABC> & @U0ANNA @channel @staff #support',
    );
    expect(
      plainFromSlack('log at <https://paste.example.com/x|paste> and <https://example.com> mail <mailto:ops@example.com|ops@example.com>'),
    ).toBe('log at paste (https://paste.example.com/x) and https://example.com mail ops@example.com');
  });

  it('escapes what the bot posts, so customer text cannot ping or link', () => {
    expect(escapeSlack('<!here> & <@U0ANNA> <https://evil.example.com|click>')).toBe(
      '&lt;!here&gt; &amp; &lt;@U0ANNA&gt; &lt;https://evil.example.com|click&gt;',
    );
    const rendered = renderOutbound(outbound('Fault: <!channel> *bold* `code`'));
    expect(rendered.text).toBe('Fault: &lt;!channel&gt; *bold* `code`');
    expect(rendered.blocks).toEqual([
      { type: 'section', text: { type: 'plain_text', text: 'Fault: <!channel> *bold* `code`', emoji: false } },
    ]);
  });

  it('splits long messages into sections Slack accepts, at line breaks', () => {
    const lines = Array.from({ length: 120 }, (_, i) => `${String(i).padStart(3, '0')} ${'x'.repeat(60)}`);
    const chunks = chunkText(lines.join('\n'));
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.every((c) => c.length <= 3000)).toBe(true);
    expect(chunks.join('\n')).toBe(lines.join('\n'));
    expect(chunkText('y'.repeat(7000)).map((c) => c.length)).toEqual([3000, 3000, 1000]);
  });

  it('quotes a line after a LINE SEPARATOR or NEL in words that never passed cleaning (a row from before)', () => {
    const forged = 'C-1001 approved by U0STAFF1: RMA-26-00042 issued.';
    const rendered = renderOutbound(outbound('U1 wrote on C-1001 (slack):', { quote: `ok\u2028${forged}\u0085bye` }));
    expect(rendered.text.split(/\r\n|[\n\r\v\f\u0085\u2028\u2029]/)).toEqual([
      'U1 wrote on C-1001 (slack):',
      '&gt; ok',
      `&gt; ${forged}`,
      '&gt; bye',
    ]);
    expect(rendered.blocks.at(-1)).toEqual({
      type: 'rich_text',
      elements: [{ type: 'rich_text_quote', elements: [{ type: 'text', text: `ok\n${forged}\nbye` }] }],
    });
  });
});
