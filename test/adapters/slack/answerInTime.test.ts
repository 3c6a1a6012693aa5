// Slack wants a slash command, a button press or a modal submission answered within 3 seconds, or the
// person sees "operation_timeout" (and the Events API an unanswered event as lost). With a service that
// takes 4 s to record and 4 s to post, the adapter still answers those in time and does the work after;
// an event is still answered only once it is recorded.
import { afterEach, describe, expect, it } from 'vitest';
import { findCaseByRef, listCases } from '../../../src/store/caseStore.ts';
import {
  blockActions,
  eventCallback,
  interactionForm,
  messageEvent,
  sendToApp,
  slackTs,
  slashCommand,
  viewSubmission,
} from '../../fakes/slack/slackRequests.ts';
import { failingService } from '../../support/failingService.ts';
import { slowService } from '../../support/slowService.ts';
import { claimInReview, IDS, openSlackHarness, postedTs, SIGNING_SECRET, type SlackHarness } from './slackHarness.ts';

const SLOW_MS = 4_000;
/** Slack's deadline is 3 s including the network: answers must come well before it. */
const ANSWERED_WITHIN_MS = 2_500;

async function timed<T>(work: Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await work;
  return { ms: performance.now() - start, value };
}

const stateOf = async (h: SlackHarness) => (await findCaseByRef(h.app.database.db, 'C-1001'))?.state;

describe('answering Slack in time with a slow service (HTTP)', () => {
  let h: SlackHarness;
  const slow = slowService();
  afterEach(async () => {
    slow.slowDown(0);
    await h.close();
  });

  it('answers /rma help well within 3 s, then sends the help to the response_url', async () => {
    h = await openSlackHarness({ wrapDesk: slow.wrap });
    slow.slowDown(SLOW_MS);
    const form = slashCommand({ user: IDS.customer, channel: IDS.support, text: 'help', responseUrl: h.api.responseUrl('help') });

    const { ms, value } = await timed(sendToApp(h.url, SIGNING_SECRET, { form }));
    expect(value.status).toBe(200);
    expect(ms).toBeLessThan(ANSWERED_WITHIN_MS);

    await h.slack.idle();
    expect(String(h.api.callsOf('response_url').at(-1)?.args.text)).toMatch(/\/rma/);
    expect(h.problems).toEqual([]);
  });

  it('answers a button press well within 3 s; the approval is recorded and posted after', async () => {
    h = await openSlackHarness({ wrapDesk: slow.wrap });
    const { rootTs, review } = await claimInReview(h);
    slow.slowDown(SLOW_MS);
    const press = blockActions({
      user: IDS.staff,
      posted: review,
      postedTs: postedTs(review),
      actionId: 'rma_approve',
      responseUrl: h.api.responseUrl('approve'),
      actionTs: slackTs('2026-11-20T11:30:00Z'),
    });

    const { ms, value } = await timed(sendToApp(h.url, SIGNING_SECRET, interactionForm(press)));
    expect(value.status).toBe(200);
    expect(ms).toBeLessThan(ANSWERED_WITHIN_MS);

    await h.slack.idle();
    expect(await stateOf(h)).toBe('awaiting_return');
    expect(h.postsIn(IDS.support).at(-1)!.args).toMatchObject({ thread_ts: rootTs, text: expect.stringMatching(/RMA-26-00001/) });
    expect(h.api.callsOf('chat.update', (a) => a.ts === postedTs(review))).toHaveLength(1);
    expect(h.problems).toEqual([]);
  });

  it('answers a reason modal submission well within 3 s; the denial is recorded and posted after', async () => {
    h = await openSlackHarness({ wrapDesk: slow.wrap });
    const { rootTs, review } = await claimInReview(h);
    await h.press(IDS.staff, review, 'rma_deny');
    const opened = h.api.callsOf('views.open')[0]!;
    slow.slowDown(SLOW_MS);
    const submission = viewSubmission({ user: IDS.staff, opened, values: { reason: { text: 'Serial does not match.' } } });

    const { ms, value } = await timed(sendToApp(h.url, SIGNING_SECRET, interactionForm(submission)));
    expect(value.status).toBe(200);
    expect(ms).toBeLessThan(ANSWERED_WITHIN_MS);

    await h.slack.idle();
    expect(await stateOf(h)).toBe('declined');
    expect(String(h.postsIn(IDS.support).at(-1)!.args.text)).toContain('Serial does not match.');
    expect(h.postsIn(IDS.support).at(-1)!.args.thread_ts).toBe(rootTs);
    expect(h.problems).toEqual([]);
  });

  it('with a quick service, a button press is answered once its change is recorded', async () => {
    h = await openSlackHarness({ wrapDesk: slow.wrap });
    const { review } = await claimInReview(h);
    const press = blockActions({
      user: IDS.staff,
      posted: review,
      postedTs: postedTs(review),
      actionId: 'rma_approve',
      responseUrl: h.api.responseUrl('approve'),
      actionTs: slackTs('2026-11-20T11:30:00Z'),
    });

    expect((await sendToApp(h.url, SIGNING_SECRET, interactionForm(press))).status).toBe(200);
    // Not waiting for the adapter to be idle: the answer itself means the approval is in the database.
    expect(await stateOf(h)).toBe('awaiting_return');
    await h.slack.idle();
  });

  it('still answers a message event only once it is recorded, however long that takes', async () => {
    h = await openSlackHarness({ wrapDesk: slow.wrap });
    slow.slowDown(SLOW_MS);
    const event = eventCallback(
      messageEvent({ channel: IDS.support, user: IDS.customer, text: 'Order 100234: dead optic', ts: slackTs('2026-11-20T10:00:00Z') }),
    );

    const { ms, value } = await timed(sendToApp(h.url, SIGNING_SECRET, { json: event }));
    expect(value.status).toBe(200);
    expect(ms).toBeGreaterThanOrEqual(SLOW_MS - 50);
    expect(await listCases(h.app.database.db, { state: 'all', limit: 10 })).toHaveLength(1);
    await h.slack.idle();
  });
});

describe('answering Slack in time with a slow service (Socket Mode)', () => {
  let h: SlackHarness;
  const slow = slowService();
  afterEach(async () => {
    slow.slowDown(0);
    await h.close();
  });

  it('acknowledges a slash command well within 3 s, then sends its reply', async () => {
    h = await openSlackHarness({ mode: 'socket', wrapDesk: slow.wrap });
    await h.socket!.connected();
    slow.slowDown(SLOW_MS);

    const { ms, value } = await timed(
      h.socket!.send(
        'slash_commands',
        slashCommand({ user: IDS.customer, channel: IDS.support, text: 'help', responseUrl: h.api.responseUrl('sock') }),
      ),
    );
    expect(value.envelope_id).toMatch(/^env-/);
    expect(ms).toBeLessThan(ANSWERED_WITHIN_MS);

    await h.slack.idle();
    expect(String(h.api.callsOf('response_url').at(-1)?.args.text)).toMatch(/\/rma/);
    expect(h.problems).toEqual([]);
  });

  it('acknowledges a slash command whose recording failed, and tells the person to try again', async () => {
    const failing = failingService();
    h = await openSlackHarness({ mode: 'socket', wrapDesk: failing.wrap });
    await h.socket!.connected();
    failing.failNext(1);

    const ack = await h.socket!.send(
      'slash_commands',
      slashCommand({ user: IDS.customer, channel: IDS.support, text: 'help', responseUrl: h.api.responseUrl('sock') }),
      ANSWERED_WITHIN_MS,
    );
    expect(ack.envelope_id).toMatch(/^env-/);
    await h.slack.idle();
    expect(String(h.api.callsOf('response_url').at(-1)?.args.text)).toMatch(/try again/);
  });
});
