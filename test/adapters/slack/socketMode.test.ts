import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { eventCallback, messageEvent, slackTs, slashCommand } from '../../fakes/slack/slackRequests.ts';
import { IDS, openSlackHarness, type SlackHarness } from './slackHarness.ts';
import { findCaseByRef } from '../../../src/store/caseStore.ts';

describe('the Slack adapter in Socket Mode', () => {
  let h: SlackHarness;
  beforeEach(async () => {
    h = await openSlackHarness({ mode: 'socket' });
  });
  afterEach(async () => {
    await h.close();
  });

  it('connects with the app-level token, acknowledges an event and opens the case thread', async () => {
    const socket = h.socket!;
    await socket.connected();
    expect(h.slack.port).toBeUndefined();
    expect(h.api.callsOf('apps.connections.open')[0]?.token).toBe('xapp-test-app-token');

    const ts = slackTs('2026-11-20T10:00:00Z');
    const ack = await socket.send(
      'events_api',
      eventCallback(messageEvent({ channel: IDS.support, user: IDS.customer, text: 'Order 100234: dead optic', ts })),
    );
    expect(ack.envelope_id).toMatch(/^env-/);
    await h.slack.idle();

    const posts = h.postsIn(IDS.support);
    expect(posts.map((p) => p.args.thread_ts)).toEqual(posts.map(() => ts));
    expect(posts.map((p) => p.args.text).join('\n')).toMatch(/opened case C-1001/);
    expect(posts.every((p) => p.token === 'xoxb-test-bot-token')).toBe(true);
    expect((await findCaseByRef(h.app.database.db, 'C-1001'))?.thread).toBe(`${IDS.support}:${ts}`);

    // A slash command over the socket is acknowledged, and its private reply goes to its response_url.
    await socket.send(
      'slash_commands',
      slashCommand({ user: IDS.customer, channel: IDS.support, text: 'list', responseUrl: h.api.responseUrl('sock') }),
    );
    await h.slack.idle();
    expect(String(h.api.callsOf('response_url').at(-1)?.args.text)).toMatch(/C-1001/);
    expect(h.problems).toEqual([]);
  });
});
