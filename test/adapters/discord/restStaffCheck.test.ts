// A process without the Discord gateway (a standby) still tells who is staff for the web desk: the
// guild member's roles over REST with the bot token.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDiscordConfig } from '../../../src/adapters/discord/config.ts';
import { restStaffCheck } from '../../../src/adapters/discord/restStaffCheck.ts';
import { FakeDiscord } from '../../fakes/discord/fakeDiscord.ts';
import { BEN, discordEnv, SAM, serverOptions } from '../../fakes/discord/fixtures.ts';

describe('Discord staff over REST, without the gateway', () => {
  const fake = new FakeDiscord(serverOptions());
  beforeAll(() => fake.start());
  afterAll(() => fake.stop());

  it('says yes for the staff role, no for a member without it or someone not in the server', async () => {
    const isStaff = restStaffCheck(readDiscordConfig(discordEnv(fake.apiUrl))!);
    expect(await isStaff(SAM.user.id)).toBe(true);
    expect(await isStaff(BEN.user.id)).toBe(false);
    expect(await isStaff('900000000000000999')).toBe(false);
    expect(fake.identifies).toEqual([]);
    expect(fake.calls.filter((c) => c.path.startsWith('/guilds/')).map((c) => `${c.method} ${c.path} ${c.status}`)).toEqual([
      `GET /guilds/${serverOptions().guildId}/members/${SAM.user.id} 200`,
      `GET /guilds/${serverOptions().guildId}/members/${BEN.user.id} 200`,
      `GET /guilds/${serverOptions().guildId}/members/900000000000000999 404`,
    ]);
  });
});
