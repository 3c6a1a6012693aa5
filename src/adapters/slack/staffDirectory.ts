// Who is staff on Slack: the configured user ids, plus the members of the staff user group. The
// group's members are read from Slack and kept for a minute, so a button press costs no API call.
import type { webApi } from '@slack/bolt';
import type { Logger } from 'pino';

const GROUP_TTL_MS = 60_000;

export interface StaffDirectory {
  isStaff(user: string): Promise<boolean>;
  /** The group's members changed: read them again at the next question. */
  forget(): void;
}

export function staffDirectory(options: {
  client: webApi.WebClient;
  users: string[];
  usergroup: string | null;
  log?: Logger | undefined;
  now?: () => number;
}): StaffDirectory {
  const users = new Set(options.users);
  const now = options.now ?? Date.now;
  let members = new Set<string>();
  let fetchedAt = -Infinity;
  let pending: Promise<void> | null = null;
  // Bumped by forget(), so that a read begun before a change cannot store the members as they were.
  let generation = 0;

  async function refresh(usergroup: string): Promise<void> {
    const started = generation;
    try {
      const result = await options.client.usergroups.users.list({ usergroup });
      if (started !== generation) return;
      members = new Set(result.users ?? []);
      fetchedAt = now();
    } catch (error) {
      // Keep the last known members; an outage at Slack should not lock staff out or let others in.
      options.log?.warn({ err: error, usergroup }, 'could not read the staff user group; using the last known members');
      fetchedAt = now() - GROUP_TTL_MS / 2;
    }
  }

  function read(usergroup: string): Promise<void> {
    if (!pending) {
      const started = refresh(usergroup).finally(() => {
        if (pending === started) pending = null;
      });
      pending = started;
    }
    return pending;
  }

  return {
    forget() {
      generation += 1;
      fetchedAt = -Infinity;
      pending = null;
    },
    async isStaff(user: string): Promise<boolean> {
      if (users.has(user)) return true;
      const usergroup = options.usergroup;
      if (!usergroup) return false;
      // A read that a change overtook leaves the members stale: read again.
      while (now() - fetchedAt > GROUP_TTL_MS) await read(usergroup);
      return members.has(user);
    },
  };
}
