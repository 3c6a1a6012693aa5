import { describe, expect, it } from 'vitest';
import { readDiscordConfig } from '../../../src/adapters/discord/config.ts';
import { ConfigError } from '../../../src/config/config.ts';
import { discordEnv } from '../../fakes/discord/fixtures.ts';

describe('Discord configuration', () => {
  it('is off without DISCORD_TOKEN, whatever else is set', () => {
    expect(readDiscordConfig({})).toBeNull();
    expect(readDiscordConfig({ DISCORD_TOKEN: '  ', DISCORD_GUILD_ID: 'x' })).toBeNull();
  });

  it('names every missing or invalid variable at once', () => {
    const read = () =>
      readDiscordConfig({
        DISCORD_TOKEN: 't',
        DISCORD_GUILD_ID: 'my-server',
        DISCORD_SUPPORT_CHANNELS: ' , ',
        DISCORD_API_URL: 'discord.com',
      });
    expect(read).toThrow(ConfigError);
    expect(read).toThrow(
      'Discord: DISCORD_APPLICATION_ID is missing; DISCORD_GUILD_ID must be a Discord id (17 to 20 digits; copy it with Developer Mode on); ' +
        'DISCORD_SUPPORT_CHANNELS is missing; DISCORD_STAFF_CHANNEL is missing; DISCORD_STAFF_ROLE is missing; ' +
        'DISCORD_API_URL must be an http(s) URL such as https://discord.com/api',
    );
    expect(() =>
      readDiscordConfig({ ...discordEnv('http://127.0.0.1:1/api'), DISCORD_SUPPORT_CHANNELS: '900000000000000010,general' }),
    ).toThrow('Discord: DISCORD_SUPPORT_CHANNELS must be comma-separated Discord channel ids');
  });

  it('reads a complete setting, with several support channels and the API base without its trailing slash', () => {
    const config = readDiscordConfig({
      ...discordEnv('http://127.0.0.1:8080/api/'),
      DISCORD_SUPPORT_CHANNELS: '900000000000000010, 900000000000000012',
    });
    expect(config).toEqual({
      token: 'dummy-bot-token',
      applicationId: '900000000000000002',
      guildId: '900000000000000001',
      supportChannels: ['900000000000000010', '900000000000000012'],
      staffChannel: '900000000000000011',
      staffRole: '900000000000000020',
      apiUrl: 'http://127.0.0.1:8080/api',
      limits: { inFlight: 50, perUser: 5, queued: 500 },
    });
    expect(readDiscordConfig({ ...discordEnv(''), DISCORD_API_URL: undefined })?.apiUrl).toBeUndefined();
  });

  it('reads the bounds on work under way, and refuses one that is not a whole number of at least 1', () => {
    const limits = readDiscordConfig({
      ...discordEnv(''),
      DISCORD_MAX_IN_FLIGHT: '8',
      DISCORD_MAX_PER_USER: ' 2 ',
      DISCORD_MAX_QUEUED: '40',
    })?.limits;
    expect(limits).toEqual({ inFlight: 8, perUser: 2, queued: 40 });
    expect(() => readDiscordConfig({ ...discordEnv(''), DISCORD_MAX_QUEUED: '0' })).toThrow(
      'Discord: DISCORD_MAX_QUEUED must be a whole number of at least 1',
    );
    expect(() => readDiscordConfig({ ...discordEnv(''), DISCORD_MAX_IN_FLIGHT: 'lots' })).toThrow(
      /DISCORD_MAX_IN_FLIGHT must be a whole number/,
    );
  });
});
