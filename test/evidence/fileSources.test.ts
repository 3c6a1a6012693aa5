// Which links the evidence vault may request, and what it sends with them.
import { describe, expect, it } from 'vitest';
import { FileSources, platformFileSources } from '../../src/evidence/fileSources.ts';

describe('platform file hosts', () => {
  const sources = platformFileSources({ slackBotToken: 'xoxb-1-2-abc', discord: true });

  it('sends the Slack bot token to files.slack.com only', () => {
    expect(sources.resolve('slack', 'https://files.slack.com/files-pri/T1-F1/download/sn.jpg')).toMatchObject({
      ok: true,
      headers: { authorization: 'Bearer xoxb-1-2-abc' },
    });
    expect(sources.resolve('slack', 'https://acme.slack.com/files/U1/F1/sn.jpg')).toEqual({
      ok: false,
      reason: 'acme.slack.com is not a slack file host',
    });
    expect(sources.resolve('slack', 'https://files.slack.com.evil.example/x')).toMatchObject({ ok: false });
    expect(sources.resolve('slack', 'https://files.slack.com@evil.example/x')).toMatchObject({ ok: false });
    expect(sources.resolve('slack', 'https://user:pw@files.slack.com/x')).toEqual({
      ok: false,
      reason: 'the file link carries credentials (files.slack.com)',
    });
    expect(sources.resolve('slack', 'http://files.slack.com/x')).toEqual({ ok: false, reason: 'the file link is not https (http:)' });
  });

  it("takes Discord's CDN links as they are, with no header", () => {
    expect(sources.resolve('discord', 'https://cdn.discordapp.com/attachments/1/2/sn.jpg?ex=1&is=2&hm=3')).toMatchObject({
      ok: true,
      headers: {},
    });
    expect(sources.resolve('discord', 'https://media.discordapp.net/attachments/1/2/sn.jpg')).toMatchObject({ ok: true, headers: {} });
    // A Discord link in a Slack case (or the other way round) is not that platform's file.
    expect(sources.resolve('slack', 'https://cdn.discordapp.com/attachments/1/2/sn.jpg')).toMatchObject({ ok: false });
    expect(sources.resolve('discord', 'https://files.slack.com/x')).toMatchObject({ ok: false });
  });

  it('knows only the platforms that run, and nothing for links that are not URLs', () => {
    expect(sources.platforms()).toEqual(['slack', 'discord']);
    const none = platformFileSources({});
    expect(none.platforms()).toEqual([]);
    expect(none.resolve('slack', 'https://files.slack.com/x')).toEqual({ ok: false, reason: 'files.slack.com is not a slack file host' });
    expect(none.resolve('console', 'not a link')).toEqual({ ok: false, reason: 'the file link is not a URL' });
  });

  it('takes an extra source through the same API: a wildcard or an exact host and port', () => {
    const extra = new FileSources([
      { platform: 'test', hosts: ['127.0.0.1:4000'], allowHttp: true },
      { platform: 'edge', hosts: ['*.slack-edge.com'] },
    ]);
    expect(extra.resolve('test', 'http://127.0.0.1:4000/f')).toMatchObject({ ok: true });
    expect(extra.resolve('test', 'http://127.0.0.1:4001/f')).toMatchObject({ ok: false });
    expect(extra.resolve('edge', 'https://a.slack-edge.com/f')).toMatchObject({ ok: true });
    expect(extra.resolve('edge', 'https://slack-edge.com/f')).toMatchObject({ ok: false });
    expect(extra.resolve('edge', 'https://a.slack-edge.com:8443/f')).toMatchObject({ ok: false });
    expect(extra.resolve('edge', 'https://evilslack-edge.com/f')).toMatchObject({ ok: false });
  });
});
