// Keeps the App Home of staff who opened it current: after a case changed, their home tab is
// published again when the open cases or their states differ from the last refresh. Changes that
// come while a refresh runs make one more refresh, not one each. Anyone else gets a fresh view
// when they open the tab (homeTab.ts).
import type { webApi } from '@slack/bolt';
import type { Logger } from 'pino';
import type { Desk } from '../../service/desk.ts';
import { staffHomeView } from './appHome.ts';

export const HOME_CASE_LIMIT = 500;

export interface HomeRefresher {
  /** A staff member opened the tab and was shown the cases: keep theirs current from now on. */
  viewed(user: string): void;
  /** A case changed; resolves when the refresh it caused is done. */
  changed(): Promise<void>;
}

export function homeRefresher(options: {
  client: webApi.WebClient;
  cases: Desk['cases'];
  workspaceUrl: string | null;
  now: () => Date;
  log: Logger;
}): HomeRefresher {
  const { client, cases, log } = options;
  const viewers = new Set<string>();
  let shown: string | null = null;
  let running: Promise<void> | null = null;
  let again = false;

  async function refresh(): Promise<void> {
    if (viewers.size === 0) return;
    const rows = await cases.list({ state: 'open', limit: HOME_CASE_LIMIT });
    const key = rows.map((r) => `${r.ref}:${r.state}`).join(',');
    if (key === shown) return;
    const view = staffHomeView(rows, options.workspaceUrl, options.now().toISOString());
    for (const user of viewers) {
      try {
        await client.views.publish({ user_id: user, view });
      } catch (error) {
        // The next change, or opening the tab, shows the cases again.
        log.warn({ err: error, user }, 'could not refresh the App Home of a staff member');
      }
    }
    shown = key;
  }

  /** One refresh at a time; a change during it makes one more, and every caller waits for the last. */
  function changed(): Promise<void> {
    again = true;
    running ??= (async () => {
      try {
        while (again) {
          again = false;
          await refresh().catch((error: unknown) => log.warn({ err: error }, 'App Home refresh failed'));
        }
      } finally {
        running = null;
      }
    })();
    return running;
  }

  return {
    viewed(user) {
      viewers.add(user);
    },
    changed,
  };
}
