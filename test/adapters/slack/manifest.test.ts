import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RMA_COMMAND } from '../../../src/adapters/slack/rmaCommand.ts';
import { EVENTS_PATH } from '../../../src/adapters/slack/slackApp.ts';

const dir = new URL('../../../src/adapters/slack/', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('manifest.json', dir), 'utf8')) as {
  features: { app_home: Record<string, boolean>; slash_commands: Array<{ command: string; url: string; should_escape: boolean }> };
  oauth_config: { scopes: { bot: string[] } };
  settings: {
    event_subscriptions: { request_url: string; bot_events: string[] };
    interactivity: { is_enabled: boolean; request_url: string };
  };
};

/** The bot scope each Web API method the adapter calls needs (none: no scope). */
const SCOPE_OF: Record<string, string[]> = {
  'auth.test': [],
  'chat.postMessage': ['chat:write'],
  'chat.postEphemeral': ['chat:write'],
  'chat.update': ['chat:write'],
  'conversations.history': ['channels:history', 'groups:history'],
  // Case threads live in support channels, private channels and DMs with the bot.
  'conversations.replies': ['channels:history', 'groups:history', 'im:history'],
  'files.info': ['files:read'],
  // files.getUploadURLExternal and files.completeUploadExternal under the hood.
  'files.uploadV2': ['files:write'],
  'usergroups.users.list': ['usergroups:read'],
  // A customer's locale (include_locale), for the language of their case.
  'users.info': ['users:read'],
  'views.open': [],
  'views.publish': [],
};

describe('the Slack app manifest', () => {
  it('grants a scope for every Web API method the adapter calls', () => {
    const sources = readdirSync(dir)
      .filter((f) => f.endsWith('.ts'))
      .map((f) => readFileSync(new URL(f, dir), 'utf8'))
      .join('\n');
    const methods = [...new Set([...sources.matchAll(/\b(?:client|probe)\.((?:[a-z]+\.)+[a-zA-Z]+)\(/g)].map((m) => m[1]!))].sort();
    expect(methods.length).toBeGreaterThan(5);
    for (const method of methods) {
      expect(SCOPE_OF, `add ${method} and its scope to this test and to the manifest`).toHaveProperty([method]);
      for (const scope of SCOPE_OF[method]!) expect(manifest.oauth_config.scopes.bot).toContain(scope);
    }
    expect(manifest.oauth_config.scopes.bot).toContain('commands');
  });

  it('subscribes to the events, command and interactivity the adapter listens for, all on one Request URL', () => {
    expect(manifest.settings.event_subscriptions.bot_events.sort()).toEqual([
      'app_home_opened',
      'message.channels',
      'message.groups',
      'message.im',
      'subteam_members_changed',
    ]);
    expect(manifest.features.slash_commands.map((c) => c.command)).toEqual([RMA_COMMAND]);
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    const urls = [
      manifest.settings.event_subscriptions.request_url,
      manifest.settings.interactivity.request_url,
      ...manifest.features.slash_commands.map((c) => c.url),
    ];
    expect(urls.every((u) => new URL(u).pathname === EVENTS_PATH)).toBe(true);
    expect(manifest.features.app_home).toMatchObject({
      home_tab_enabled: true,
      messages_tab_enabled: true,
      messages_tab_read_only_enabled: false,
    });
  });
});
