import { describe, expect, it } from 'vitest';
import { readSlackConfig } from '../../../src/adapters/slack/slackConfig.ts';
import { ConfigError } from '../../../src/config/config.ts';

const HTTP_ENV = {
  SLACK_BOT_TOKEN: 'xoxb-1-2-abc',
  SLACK_SIGNING_SECRET: '8f742231b10e8888abcd99yyyzzz85a5',
  SLACK_SUPPORT_CHANNELS: 'C0SUPPORT, C0CONNECT',
  SLACK_STAFF_CHANNEL: 'G0STAFF',
  SLACK_STAFF_USERS: 'U0ANNA,U0BEN',
};

function problemsOf(env: NodeJS.ProcessEnv): string {
  try {
    readSlackConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected a ConfigError');
}

describe('Slack configuration', () => {
  it('is off (null) without SLACK_BOT_TOKEN, whatever else is set', () => {
    expect(readSlackConfig({ ...HTTP_ENV, SLACK_BOT_TOKEN: undefined })).toBeNull();
    expect(readSlackConfig({ SLACK_BOT_TOKEN: '  ' })).toBeNull();
  });

  it('reads HTTP mode with its port, or Socket Mode when an app-level token is set', () => {
    expect(readSlackConfig({ ...HTTP_ENV, PORT: '8080' })).toEqual({
      botToken: 'xoxb-1-2-abc',
      mode: { kind: 'http', signingSecret: HTTP_ENV.SLACK_SIGNING_SECRET, port: 8080 },
      supportChannels: ['C0SUPPORT', 'C0CONNECT'],
      staffChannel: 'G0STAFF',
      staffUsers: ['U0ANNA', 'U0BEN'],
      staffUsergroup: null,
      apiUrl: undefined,
    });
    const socket = readSlackConfig({
      ...HTTP_ENV,
      SLACK_SIGNING_SECRET: '',
      SLACK_APP_TOKEN: 'xapp-1-A0-1-abc',
      SLACK_STAFF_USERS: '',
      SLACK_STAFF_USERGROUP: 'S0STAFF',
      SLACK_API_URL: 'https://proxy.example.com/api/',
    });
    expect(socket).toMatchObject({
      mode: { kind: 'socket', appToken: 'xapp-1-A0-1-abc' },
      staffUsers: [],
      staffUsergroup: 'S0STAFF',
      apiUrl: 'https://proxy.example.com/api/',
    });
    expect(readSlackConfig(HTTP_ENV)?.mode).toMatchObject({ port: 3000 });
  });

  it('names every missing variable at once', () => {
    const message = problemsOf({ SLACK_BOT_TOKEN: 'xoxb-1' });
    for (const name of [
      'SLACK_SIGNING_SECRET',
      'SLACK_APP_TOKEN',
      'SLACK_SUPPORT_CHANNELS',
      'SLACK_STAFF_CHANNEL',
      'SLACK_STAFF_USERS',
      'SLACK_STAFF_USERGROUP',
    ]) {
      expect(message).toContain(name);
    }
  });

  it('names every invalid value, and refuses a staff channel that customers can read', () => {
    const message = problemsOf({
      ...HTTP_ENV,
      SLACK_BOT_TOKEN: 'xoxp-user-token',
      SLACK_SUPPORT_CHANNELS: 'C0SUPPORT,#support',
      SLACK_STAFF_USERS: 'anna',
      PORT: 'eighty',
      SLACK_API_URL: 'ftp://x',
    });
    for (const name of ['SLACK_BOT_TOKEN', 'SLACK_SUPPORT_CHANNELS', 'SLACK_STAFF_USERS', 'PORT', 'SLACK_API_URL'])
      expect(message).toContain(name);
    expect(problemsOf({ ...HTTP_ENV, SLACK_STAFF_CHANNEL: 'C0CONNECT' })).toMatch(/SLACK_STAFF_CHANNEL must not also be a support channel/);
  });
});
