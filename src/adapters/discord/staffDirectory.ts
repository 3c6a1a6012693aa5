// Who is staff: members holding the configured role. Every message and interaction carries the
// author's roles, so those fill a short-lived cache; anyone else is looked up once over REST.
import { DiscordAPIError, RESTJSONErrorCodes, Routes, type REST } from 'discord.js';

const TTL_MS = 60_000;
const MAX_ENTRIES = 10_000;

export class StaffDirectory {
  private readonly known = new Map<string, { staff: boolean; until: number }>();

  constructor(
    private readonly rest: REST,
    private readonly guildId: string,
    private readonly roleId: string,
    private readonly now: () => number = Date.now,
  ) {}

  /** Records what an event just said about a member's roles. */
  note(user: string, roleIds: Iterable<string>): boolean {
    const staff = [...roleIds].includes(this.roleId);
    this.known.delete(user);
    if (this.known.size >= MAX_ENTRIES) this.known.delete(this.known.keys().next().value!);
    this.known.set(user, { staff, until: this.now() + TTL_MS });
    return staff;
  }

  async isStaff(user: string): Promise<boolean> {
    const cached = this.known.get(user);
    if (cached && cached.until > this.now()) return cached.staff;
    try {
      const member = (await this.rest.get(Routes.guildMember(this.guildId, user))) as { roles: string[] };
      return this.note(user, member.roles);
    } catch (error) {
      // Someone who is not (or no longer) in the server is not staff; other failures are not a "no".
      if (
        error instanceof DiscordAPIError &&
        (error.code === RESTJSONErrorCodes.UnknownMember || error.code === RESTJSONErrorCodes.UnknownUser)
      ) {
        return this.note(user, []);
      }
      throw error;
    }
  }
}
