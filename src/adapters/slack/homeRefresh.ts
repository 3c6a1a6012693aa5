// Keeps the App Home of staff who opened it current: after a case changed, their home tab is
// published again when the open cases or their states differ from the last refresh. Changes that
// come while a refresh runs make one more refresh, not one each. Anyone else gets a fresh view
// when they open the tab (homeTab.ts).
//
// Staff standing is decided at each refresh, not when the tab was opened: someone who has left the
// staff user group since is dropped and shown the customer view, so case refs, customers and orders
// stop reaching them.
import type { webApi } from '@slack/bolt';
import type { Logger } from 'pino';
import type { Desk } from '../../service/desk.ts';
import { customerHomeView, staffHomeView } from './appHome.ts';
import type { StaffDirectory } from './staffDirectory.ts';

export const HOME_CASE_LIMIT = 500;

export interface HomeRefresher {
  /** A staff member opened the tab and was shown the cases: keep theirs current from now on. */
  viewed(user: string): void;
  /** Someone who is not staff opened the tab: they get no more staff views. */
  forget(user: string): void;
  /** A case changed, or who is staff did; resolves when the refresh it caused is done. */
  changed(): Promise<void>;
}

export function homeRefresher(options: {
  client: webApi.WebClient;
  cases: Desk['cases'];
  /** The open case of a Slack user, for the customer view. */
  ownCase: (user: string) => ReturnType<Desk['cases']['openCaseOf']>;
  staff: StaffDirectory;
  workspaceUrl: string | null;
  now: () => Date;
  log: Logger;
}): HomeRefresher {
  const { client, cases, log } = options;
  const viewers = new Set<string>();
  let shown: string | null = null;
  let running: Promise<void> | null = null;
  let again = false;

  async function publish(user: string, view: Parameters<webApi.WebClient['views']['publish']>[0]['view']): Promise<void> {
    try {
      await client.views.publish({ user_id: user, view });
    } catch (error) {
      // The next change, or opening the tab, shows the cases again.
      log.warn({ err: error, user }, 'could not refresh the App Home');
    }
  }

  /** Drops viewers who are no longer staff and shows them what any customer sees. */
  async function dropFormerStaff(): Promise<void> {
    for (const user of [...viewers]) {
      if (await options.staff.isStaff(user)) continue;
      viewers.delete(user);
      log.info({ user }, 'no longer staff: App Home shows the customer view');
      await publish(user, customerHomeView(await options.ownCase(user), options.workspaceUrl));
    }
  }

  async function refresh(): Promise<void> {
    if (viewers.size === 0) return;
    await dropFormerStaff();
    if (viewers.size === 0) return;
    const rows = await cases.list({ state: 'open', limit: HOME_CASE_LIMIT });
    const key = rows.map((r) => `${r.ref}:${r.state}`).join(',');
    if (key === shown) return;
    const view = staffHomeView(rows, options.workspaceUrl, options.now().toISOString());
    for (const user of viewers) await publish(user, view);
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
    forget(user) {
      viewers.delete(user);
    },
    changed,
  };
}
