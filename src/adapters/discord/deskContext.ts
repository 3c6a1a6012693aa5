// What the Discord handlers share: the logged-in client, the settings, the desk and the
// adapter's small in-process state.
import type { Client } from 'discord.js';
import type { Logger } from 'pino';
import type { Desk } from '../../service/desk.ts';
import type { DiscordConfig } from './config.ts';
import type { KeyedQueue } from './keyedQueue.ts';
import type { RecentIds } from './recentIds.ts';
import type { Shedding } from './shedding.ts';
import type { StaffDirectory } from './staffDirectory.ts';
import type { WorkGate } from './workGate.ts';

export const PLATFORM = 'discord';

export interface DeskContext {
  client: Client<true>;
  config: DiscordConfig;
  desk: Desk;
  log: Logger;
  staff: StaffDirectory;
  /** One task at a time per user, in arrival order. */
  queue: KeyedQueue;
  /** The bound on events handled at once; past it interactions are answered "busy" and messages wait or are shed. */
  gate: WorkGate;
  /** Counts and logs what the gate refused. */
  shedding: Shedding;
  /** Message and interaction ids already handled by this process. */
  seen: RecentIds;
  supportChannels: ReadonlySet<string>;
  /** Claim threads opened with the button whose case starts with the customer's first message, by customer. */
  pendingClaims: Map<string, string>;
}

/** The instant a message or interaction was created: Discord ids carry it, so a redelivery keeps it. */
export function instantOf(createdTimestamp: number): string {
  return new Date(createdTimestamp).toISOString();
}
