import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { eventCallback, sendToApp } from '../../fakes/slack/slackRequests.ts';
import { claimInReview, IDS, openSlackHarness, postedTs, SIGNING_SECRET, type SlackHarness } from './slackHarness.ts';
import { findCaseByRef } from '../../../src/store/caseStore.ts';

const NO_ADDRESS = ` ${IDS.customer} has no return address yet (none is set in the policy): send it with /rma reply C-1001 TEXT.`;

type Block = { type: string; text?: { text: string }; elements?: Array<{ action_id?: string; text?: unknown }> };
const blocksOf = (args: Record<string, unknown>) => (args.blocks ?? (args.view as { blocks?: unknown })?.blocks) as Block[];
const buttonIds = (args: Record<string, unknown>) =>
  blocksOf(args).flatMap((b) => (b.type === 'actions' ? (b.elements ?? []).map((e) => e.action_id) : []));
const allText = (args: Record<string, unknown>) => JSON.stringify(blocksOf(args));
const stateOf = async (h: SlackHarness) => (await findCaseByRef(h.app.database.db, 'C-1001'))?.state;

describe('staff on Slack', () => {
  let h: SlackHarness;
  beforeEach(async () => {
    h = await openSlackHarness();
  });
  afterEach(async () => {
    await h.close();
  });

  it('approve a case with the button in the staff channel (a member of the staff user group)', async () => {
    const { rootTs, review } = await claimInReview(h);
    const customerPosts = h.postsIn(IDS.support).length;

    expect((await h.press(IDS.groupStaff, review, 'rma_approve')).status).toBe(200);

    expect(await stateOf(h)).toBe('awaiting_return');
    const instructions = h.postsIn(IDS.support).slice(customerPosts);
    expect(instructions).toHaveLength(1);
    expect(instructions[0]!.args).toMatchObject({ thread_ts: rootTs });
    expect(instructions[0]!.args.text).toMatch(/RMA number: RMA-26-00001/);
    // No return address in the policy: staff are told the customer waits for it.
    expect(h.postsIn(IDS.staffChannel).at(-1)!.args.text).toBe(`C-1001 approved by ${IDS.groupStaff}: RMA-26-00001 issued.${NO_ADDRESS}`);
    const update = h.api.callsOf('chat.update', (a) => a.ts === postedTs(review) && a.channel === IDS.staffChannel)[0]!;
    expect(buttonIds(update.args)).toEqual([]);
    expect(allText(update.args)).toContain(`<@${IDS.groupStaff}> chose *Approve*`);
    expect(h.api.callsOf('usergroups.users.list', (a) => a.usergroup === IDS.usergroup).length).toBeGreaterThan(0);
    expect(h.problems).toEqual([]);
  });

  it('approve a case with /rma; a customer running the same command is refused, privately', async () => {
    const { rootTs } = await claimInReview(h);
    const responses = () => h.api.callsOf('response_url');

    await h.command(IDS.customer, 'approve C-1001', IDS.support);
    expect(responses().at(-1)!.args).toMatchObject({ response_type: 'ephemeral', text: 'Only staff can use /rma approve.' });
    expect(await stateOf(h)).toBe('review');

    await h.command(IDS.staff, 'aprove c-1001', 'D0STAFF1');
    expect(responses().at(-1)!.args).toMatchObject({
      response_type: 'ephemeral',
      text: "Unknown command 'aprove'. Did you mean `/rma approve`? Try /rma help.",
    });
    expect(await stateOf(h)).toBe('review');

    await h.command(IDS.staff, 'approve c-1001', 'D0STAFF1');
    expect(await stateOf(h)).toBe('awaiting_return');
    expect(h.postsIn(IDS.support).at(-1)!.args).toMatchObject({ thread_ts: rootTs, text: expect.stringMatching(/RMA-26-00001/) });
    // Run outside the staff channel, the command confirms to its caller alone what staff were told.
    expect(responses().at(-1)!.args).toMatchObject({ response_type: 'ephemeral' });
    expect(String(responses().at(-1)!.args.text)).toBe(
      `Done: /rma approve c-1001\nC-1001 approved by ${IDS.staff}: RMA-26-00001 issued.${NO_ADDRESS}`,
    );

    await h.command(IDS.customer, 'list');
    expect(String(responses().at(-1)!.args.text)).toMatch(/^1 open case:\n[\s\S]*C-1001\s+awaiting_return/);
  });

  it('refuses a button to someone it is not for, telling only them', async () => {
    const { review, troubleshoot } = await claimInReview(h);
    const ephemerals = () => h.api.callsOf('chat.postEphemeral');

    await h.press(IDS.customer, review, 'rma_approve');
    expect(ephemerals().at(-1)!.args).toMatchObject({
      user: IDS.customer,
      channel: IDS.staffChannel,
      text: 'Only staff can approve a case.',
    });
    await h.press(IDS.customer, review, 'rma_deny');
    expect(ephemerals().at(-1)!.args).toMatchObject({ user: IDS.customer, text: 'Only staff can deny a case.' });
    expect(h.api.callsOf('views.open')).toEqual([]);
    // Another customer in the shared channel presses the claimant's button.
    await h.press(IDS.otherCustomer, troubleshoot, 'rma_cancel');
    expect(ephemerals().at(-1)!.args).toMatchObject({
      user: IDS.otherCustomer,
      channel: IDS.support,
      thread_ts: troubleshoot.args.thread_ts,
      text: 'C-1001 is not your case.',
    });

    // …or writes in the claimant's thread.
    const historyBefore = await findCaseByRef(h.app.database.db, 'C-1001');
    await h.message({
      channel: IDS.support,
      user: IDS.otherCustomer,
      threadTs: String(troubleshoot.args.thread_ts),
      text: 'FNS17320ABC is mine, cancel it',
    });
    expect(ephemerals().at(-1)!.args).toMatchObject({
      user: IDS.otherCustomer,
      text: expect.stringMatching(/another customer's claim \(C-1001\)/),
    });
    expect((await findCaseByRef(h.app.database.db, 'C-1001'))?.version).toBe(historyBefore?.version);

    expect(await stateOf(h)).toBe('review');
    expect(h.api.callsOf('chat.update', (a) => a.ts === postedTs(review))).toEqual([]);
  });

  it('deny through the reason modal; the customer reads the reason in their thread', async () => {
    const { rootTs, review } = await claimInReview(h);

    await h.press(IDS.staff, review, 'rma_deny');
    const opened = h.api.callsOf('views.open')[0]!;
    expect(opened.args.trigger_id).toEqual(expect.any(String));
    expect(opened.args.view).toMatchObject({ type: 'modal', callback_id: 'rma_reason', title: { text: 'Deny C-1001' } });
    expect(await stateOf(h)).toBe('review');

    const blank = await h.submit(IDS.staff, opened, { reason: { text: '   ' } });
    expect(JSON.parse(blank.body)).toMatchObject({ response_action: 'errors', errors: { reason: expect.any(String) } });
    expect(await stateOf(h)).toBe('review');

    await h.submit(IDS.staff, opened, { reason: { text: 'The label photo shows a different serial number.' } });
    expect(await stateOf(h)).toBe('declined');
    expect(h.postsIn(IDS.support).at(-1)!.args).toMatchObject({
      thread_ts: rootTs,
      text: expect.stringContaining('declined by our staff: The label photo shows a different serial number.'),
    });
    const update = h.api.callsOf('chat.update', (a) => a.ts === postedTs(review))[0]!;
    expect(allText(update.args)).toContain(`<@${IDS.staff}> chose *Deny*`);
    expect(h.problems).toEqual([]);
  });

  it('see open cases by state on App Home, linked to their threads; customers see only their own', async () => {
    const { rootTs } = await claimInReview(h);
    const openHome = async (user: string) => {
      await sendToApp(h.url, SIGNING_SECRET, {
        json: eventCallback({ type: 'app_home_opened', user, channel: 'D0HOME', tab: 'home', event_ts: '1795000000.000001' }),
      });
      await h.slack.idle();
      return h.api.callsOf('views.publish', (a) => a.user_id === user).at(-1)!.args;
    };

    const staffHome = allText(await openHome(IDS.staff));
    expect(staffHome).toContain('Needs review* (1)');
    expect(staffHome).toContain(`<https://rma-test.slack.com/archives/${IDS.support}/p${rootTs.replace('.', '')}|C-1001>`);
    expect(allText(await openHome(IDS.customer))).toContain('Your open claim is *<https://rma-test.slack.com/archives/');
    const strangerHome = allText(await openHome(IDS.otherCustomer));
    expect(strangerHome).not.toContain('C-1001');
  });

  it('shows the customer view to someone who left the staff group, and no more cases', async () => {
    const { review } = await claimInReview(h);
    const homes = (user: string) => h.api.callsOf('views.publish', (a) => a.user_id === user);
    const send = async (event: Record<string, unknown>) => {
      await sendToApp(h.url, SIGNING_SECRET, { json: eventCallback(event) });
      await h.slack.idle();
    };
    await send({ type: 'app_home_opened', user: IDS.groupStaff, channel: 'D0HOME', tab: 'home', event_ts: '1795000000.000001' });
    expect(allText(homes(IDS.groupStaff).at(-1)!.args)).toContain('Needs review* (1)');

    // Removed from the staff user group: Slack says so, and their tab no longer lists cases.
    h.api.usergroups[IDS.usergroup] = [];
    await send({
      type: 'subteam_members_changed',
      subteam_id: IDS.usergroup,
      team_id: 'T0RMA',
      date_previous_update: 1795000000,
      date_update: 1795000100,
      removed_users: [IDS.groupStaff],
      removed_users_count: 1,
      event_ts: '1795000100.000001',
    });
    const after = allText(homes(IDS.groupStaff).at(-1)!.args);
    expect(after).not.toContain('C-1001');
    expect(after).toContain('To open a DOA or warranty claim');
    const published = homes(IDS.groupStaff).length;

    // Later case changes are not published to them.
    await h.press(IDS.staff, review, 'rma_approve');
    await h.slack.idle();
    expect(await stateOf(h)).toBe('awaiting_return');
    expect(homes(IDS.groupStaff)).toHaveLength(published);
    expect(h.problems).toEqual([]);
  });

  it('keeps the App Home of staff who opened it current as cases change state', async () => {
    const { review } = await claimInReview(h);
    await sendToApp(h.url, SIGNING_SECRET, {
      json: eventCallback({ type: 'app_home_opened', user: IDS.staff, channel: 'D0HOME', tab: 'home', event_ts: '1795000000.000001' }),
    });
    await h.slack.idle();
    const homes = (user: string) => h.api.callsOf('views.publish', (a) => a.user_id === user);
    expect(allText(homes(IDS.staff).at(-1)!.args)).toContain('Needs review* (1)');

    await h.press(IDS.groupStaff, review, 'rma_approve');
    expect(homes(IDS.staff)).toHaveLength(2);
    const refreshed = allText(homes(IDS.staff).at(-1)!.args);
    expect(refreshed).toContain('Approved, awaiting the return* (1)');
    expect(refreshed).not.toContain('Needs review');
    // Only those who looked get a new view; the staff member who pressed the button never opened the tab.
    expect(homes(IDS.groupStaff)).toEqual([]);

    // A change that leaves every open case in its state publishes nothing new.
    await h.command(IDS.staff, 'note C-1001 customer called about the label');
    expect(homes(IDS.staff)).toHaveLength(2);
    expect(h.problems).toEqual([]);
  });
});
