// Whether a Discord user is staff, asked over REST with the bot token and no gateway: every process can
// answer it, the standby ones too, so the web desk's sign-in and standing checks work wherever it runs.
import { REST } from 'discord.js';
import type { DiscordConfig } from './config.ts';
import { StaffDirectory } from './staffDirectory.ts';

export function restStaffCheck(config: DiscordConfig): (user: string) => Promise<boolean> {
  const rest = new REST(config.apiUrl ? { api: config.apiUrl } : {}).setToken(config.token);
  const directory = new StaffDirectory(rest, config.guildId, config.staffRole);
  return (user) => directory.isStaff(user);
}
