// What the Slack listeners share: configuration, the desk, the Web API client, delivery,
// the staff directory and the clock. Built once in startSlack.
import type { webApi } from '@slack/bolt';
import type { Logger } from 'pino';
import type { Desk } from '../../service/desk.ts';
import type { PrivateTarget, SlackDelivery } from './delivery.ts';
import type { HomeRefresher } from './homeRefresh.ts';
import type { SlackConfig } from './slackConfig.ts';
import type { StaffDirectory } from './staffDirectory.ts';
import type { UserLocales } from './userLocale.ts';

export const PLATFORM = 'slack';

export interface SlackContext {
  config: SlackConfig;
  desk: Desk;
  client: webApi.WebClient;
  delivery: SlackDelivery;
  staff: StaffDirectory;
  /** Customers' Slack locales, so their cases answer in their language. */
  locales: UserLocales;
  /** Keeps the App Home of staff who opened it current. */
  home: HomeRefresher;
  log: Logger;
  /** The clock for what carries no Slack timestamp (slash commands, modal submissions). */
  now: () => Date;
  /** `https://team.slack.com/`, for links to threads; null when Slack did not say. */
  workspaceUrl: string | null;
  /** Runs work after the listener has returned (and Slack has its answer); `idle()` waits for it. */
  background(what: string, work: Promise<unknown>): void;
}

/** A reply only `user` should see, in the conversation where they acted. */
export function privateTargetIn(channel: string | undefined, threadTs?: string): PrivateTarget {
  if (!channel) return { kind: 'direct' };
  // D… is a direct message with the bot: nobody else reads it, so an ordinary reply will do.
  return channel.startsWith('D') ? { kind: 'dm', channel, threadTs } : { kind: 'ephemeral', channel, threadTs };
}

/** Runs the work of a listener; when it fails, tells the person and lets Bolt's error handler log it. */
export async function apologizingOnFailure(
  ctx: SlackContext,
  user: string,
  where: PrivateTarget,
  work: () => Promise<void>,
): Promise<void> {
  try {
    await work();
  } catch (error) {
    try {
      await ctx.delivery.postPrivate(user, 'Sorry, something went wrong on our side. Please try again in a minute.', where);
    } catch (notifyError) {
      ctx.log.warn({ err: notifyError, user }, 'could not tell the user about a failure');
    }
    throw error;
  }
}
