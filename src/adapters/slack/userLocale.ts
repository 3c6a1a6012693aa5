// A customer's Slack locale ("de-DE"), so the case can answer in their language (issue 19). Slack
// gives it through users.info with include_locale; it is read the first time a user writes and kept
// for an hour, for a bounded number of users (the oldest read dropped first). A lookup that fails or
// takes too long gives no locale: the message goes on without it, and the lookup is tried again
// after a minute, not at every message.
import type { webApi } from '@slack/bolt';
import type { Logger } from 'pino';

const KEEP_MS = 60 * 60_000;
const KEEP_FAILED_MS = 60_000;
const MAX_USERS = 10_000;
/** How long a message may wait for the locale; Slack wants its event answered within 3 s. */
export const LOOKUP_TIMEOUT_MS = 1_500;

export interface UserLocales {
  /** The user's Slack locale, or undefined when Slack did not give one (in time). */
  localeOf(user: string): Promise<string | undefined>;
}

interface Entry {
  locale: string | undefined;
  until: number;
}

export function userLocales(options: {
  /** A client that neither retries nor waits out a rate limit (see slackApp.ts). */
  client: webApi.WebClient;
  log?: Logger | undefined;
  now?: () => number;
  maxUsers?: number;
  timeoutMs?: number;
}): UserLocales {
  const now = options.now ?? Date.now;
  const maxUsers = options.maxUsers ?? MAX_USERS;
  const timeoutMs = options.timeoutMs ?? LOOKUP_TIMEOUT_MS;
  // A Map iterates in insertion order: its first key is the oldest entry.
  const known = new Map<string, Entry>();
  const pending = new Map<string, Promise<string | undefined>>();

  function remember(user: string, locale: string | undefined, keepMs: number): void {
    known.delete(user);
    known.set(user, { locale, until: now() + keepMs });
    for (const oldest of known.keys()) {
      if (known.size <= maxUsers) break;
      known.delete(oldest);
    }
  }

  async function lookUp(user: string): Promise<string | undefined> {
    let timer: NodeJS.Timeout | undefined;
    const call = options.client.users.info({ user, include_locale: true });
    const late = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => reject(new Error(`users.info took more than ${timeoutMs} ms`)), timeoutMs);
    });
    try {
      const result = await Promise.race([call, late]);
      const locale = result.user?.locale || undefined;
      remember(user, locale, KEEP_MS);
      return locale;
    } catch (error) {
      // The call may still end after the time box: its outcome is no longer wanted.
      call.catch(() => {});
      options.log?.warn({ err: error, user }, 'could not read the Slack locale of a user; answering without it');
      remember(user, undefined, KEEP_FAILED_MS);
      return undefined;
    } finally {
      clearTimeout(timer);
    }
  }

  return {
    localeOf(user) {
      const entry = known.get(user);
      if (entry && entry.until > now()) return Promise.resolve(entry.locale);
      // Two messages of one user at once make one lookup.
      let lookup = pending.get(user);
      if (!lookup) {
        lookup = lookUp(user).finally(() => pending.delete(user));
        pending.set(user, lookup);
      }
      return lookup;
    },
  };
}
