import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { caseHistory } from '../../../src/store/caseStore.ts';
import { failingService } from '../../support/failingService.ts';
import { eventCallback, messageEvent, sendToApp, slackTs } from '../../fakes/slack/slackRequests.ts';
import { IDS, openSlackHarness, SIGNING_SECRET, type SlackHarness } from './slackHarness.ts';
import { listCases } from '../../../src/store/caseStore.ts';

describe('requests reaching the Slack adapter', () => {
  let h: SlackHarness;
  beforeEach(async () => {
    h = await openSlackHarness();
  });
  afterEach(async () => {
    await h.close();
  });

  /** Web API calls beyond the start-up ones (auth.test). */
  const work = () => h.api.calls.filter((c) => c.method !== 'auth.test');
  const claim = () =>
    eventCallback(
      messageEvent({ channel: IDS.support, user: IDS.customer, text: 'Order 100234 is dead', ts: slackTs('2026-11-20T10:00:00Z') }),
    );

  it('rejects a bad signature and a stale timestamp with 401, doing nothing', async () => {
    const forged = await sendToApp(h.url, SIGNING_SECRET, { json: claim() }, { secret: 'not-the-signing-secret' });
    // Signed correctly, but six minutes old: a replay.
    const stale = await sendToApp(h.url, SIGNING_SECRET, { json: claim() }, { timestamp: Math.floor(Date.now() / 1000) - 6 * 60 });
    await h.slack.idle();

    expect([forged.status, stale.status]).toEqual([401, 401]);
    expect(work()).toEqual([]);
    expect(await listCases(h.app.database.db, { state: 'all', limit: 10 })).toEqual([]);
    // The same request, properly signed and fresh, is taken: the rejections were about the signature alone.
    expect((await sendToApp(h.url, SIGNING_SECRET, { json: claim() })).status).toBe(200);
    await h.slack.idle();
    expect(await listCases(h.app.database.db, { state: 'all', limit: 10 })).toHaveLength(1);
  });

  it('refuses a correctly signed request dated an hour ahead with 401, doing nothing; a little clock skew is fine', async () => {
    const nowSec = Math.floor(Date.now() / 1000);
    const ahead = await sendToApp(h.url, SIGNING_SECRET, { json: claim() }, { timestamp: nowSec + 60 * 60 });
    const justOver = await sendToApp(h.url, SIGNING_SECRET, { json: claim() }, { timestamp: nowSec + 5 * 60 + 30 });
    await h.slack.idle();

    expect([ahead.status, justOver.status]).toEqual([401, 401]);
    expect(work()).toEqual([]);
    expect(await listCases(h.app.database.db, { state: 'all', limit: 10 })).toEqual([]);
    // The operator reads why, without the signature or the secret.
    const warnings = h.problems.filter((line) => line.includes('more than 5 minutes from now'));
    expect(warnings).toHaveLength(2);
    expect(warnings.join('\n')).not.toMatch(/v0=|test-signing-secret/);

    // Two minutes ahead (a Slack clock a little off ours) is taken.
    expect((await sendToApp(h.url, SIGNING_SECRET, { json: claim() }, { timestamp: nowSec + 2 * 60 })).status).toBe(200);
    await h.slack.idle();
    expect(await listCases(h.app.database.db, { state: 'all', limit: 10 })).toHaveLength(1);
  });

  it('processes an event Slack retries (same event_id, x-slack-retry-num) once', async () => {
    const first = await h.message({ channel: IDS.support, user: IDS.customer, text: 'Order 100234 is dead' });
    const postsAfterFirst = work().length;
    expect(postsAfterFirst).toBeGreaterThan(0);

    const retry = await h.message(
      { channel: IDS.support, user: IDS.customer, text: 'Order 100234 is dead', ts: first.ts },
      { eventId: first.eventId, retryNum: 1, retryReason: 'http_timeout' },
    );

    expect(retry.status).toBe(200);
    expect(work()).toHaveLength(postsAfterFirst);
    const cases = await listCases(h.app.database.db, { state: 'all', limit: 10 });
    expect(cases).toHaveLength(1);
    expect((await caseHistory(h.app.database.db, cases[0]!.id)).map((e) => e.type)).toEqual([
      'case.opened',
      'language.set',
      'order.provided',
    ]);
  });

  it('ignores bot posts, edits, other channels, and staff talking in the support channel', async () => {
    await h.message({ channel: IDS.support, user: IDS.customer, text: 'Order 100234 is dead <@UBOT01>', botId: 'B0OTHER' });
    await h.message({ channel: IDS.support, user: IDS.customer, text: 'Order 100234', subtype: 'message_changed' });
    await h.message({ channel: 'C0RANDOM', user: IDS.customer, text: 'Order 100234 is dead' });
    await h.message({ channel: IDS.staffChannel, user: IDS.customer, text: 'Order 100234 is dead' });
    await h.message({ channel: IDS.support, user: IDS.staff, text: 'Hi all, we are closed on Friday' });

    expect(work().filter((c) => c.method !== 'usergroups.users.list')).toEqual([]);
    expect(await listCases(h.app.database.db, { state: 'all', limit: 10 })).toEqual([]);

    // A direct message with the bot is a support conversation too.
    await h.message({ channel: 'D0CUST01', channelType: 'im', user: IDS.customer, text: 'Order 100234 is dead' });
    expect(await listCases(h.app.database.db, { state: 'all', limit: 10 })).toHaveLength(1);
    expect(h.api.callsOf('chat.postMessage').every((c) => c.args.channel === 'D0CUST01')).toBe(true);
  });
});

describe('an event the bot could not record (the database away)', () => {
  let h: SlackHarness;
  const failing = failingService();
  beforeEach(async () => {
    h = await openSlackHarness({ wrapDesk: failing.wrap });
  });
  afterEach(async () => {
    await h.close();
  });
  const apologies = () =>
    h.api.calls.filter((c) => c.method === 'chat.postEphemeral' && JSON.stringify(c.args).includes('something went wrong'));

  it('is answered 500, without a word to the customer, and recorded once when Slack retries it', async () => {
    failing.failNext(1);
    const first = await h.message({ channel: IDS.support, user: IDS.customer, text: 'Order 100234 is dead' });
    expect(first.status).toBe(500);
    expect(apologies()).toEqual([]);
    expect(await listCases(h.app.database.db, { state: 'all', limit: 10 })).toEqual([]);

    const retry = await h.message(
      { channel: IDS.support, user: IDS.customer, text: 'Order 100234 is dead', ts: first.ts },
      { eventId: first.eventId, retryNum: 1, retryReason: 'http_error' },
    );
    expect(retry.status).toBe(200);
    const cases = await listCases(h.app.database.db, { state: 'all', limit: 10 });
    expect(cases).toHaveLength(1);
    expect((await caseHistory(h.app.database.db, cases[0]!.id)).map((e) => e.type)).toEqual([
      'case.opened',
      'language.set',
      'order.provided',
    ]);
  });

  it("asks the customer to send it again when Slack's last retry fails too", async () => {
    failing.failNext(1);
    const last = await h.message(
      { channel: IDS.support, user: IDS.customer, text: 'Order 100234 is dead' },
      { retryNum: 3, retryReason: 'http_error' },
    );
    expect(last.status).toBe(500);
    expect(apologies()).toHaveLength(1);
  });
});
