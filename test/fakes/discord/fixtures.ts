// The server the Discord tests run in: one support channel, a staff channel, a staff role, a
// customer, a second customer and a staff member.
import type { FakeDiscordOptions, FakeMember } from './fakeDiscord.ts';

export const TOKEN = 'dummy-bot-token';
export const GUILD = '900000000000000001';
export const APP = '900000000000000002';
export const SUPPORT = '900000000000000010';
export const STAFF_CHANNEL = '900000000000000011';
export const STAFF_ROLE = '900000000000000020';

export const BOT = { id: APP, username: 'rma-desk', bot: true };
export const ANA: FakeMember = { user: { id: '900000000000000100', username: 'ana' }, roles: [] };
export const BEN: FakeMember = { user: { id: '900000000000000101', username: 'ben' }, roles: [] };
export const SAM: FakeMember = { user: { id: '900000000000000200', username: 'sam' }, roles: [STAFF_ROLE] };

export function serverOptions(overrides: Partial<FakeDiscordOptions> = {}): FakeDiscordOptions {
  return {
    token: TOKEN,
    applicationId: APP,
    guildId: GUILD,
    bot: BOT,
    channels: [
      { id: SUPPORT, name: 'returns' },
      { id: STAFF_CHANNEL, name: 'rma-staff' },
    ],
    roles: [{ id: STAFF_ROLE, name: 'RMA staff' }],
    members: [ANA, BEN, SAM],
    ...overrides,
  };
}

export function discordEnv(apiUrl: string): NodeJS.ProcessEnv {
  return {
    DISCORD_TOKEN: TOKEN,
    DISCORD_APPLICATION_ID: APP,
    DISCORD_GUILD_ID: GUILD,
    DISCORD_SUPPORT_CHANNELS: SUPPORT,
    DISCORD_STAFF_CHANNEL: STAFF_CHANNEL,
    DISCORD_STAFF_ROLE: STAFF_ROLE,
    DISCORD_API_URL: apiUrl,
  };
}
