// The real Slack adapter on a fresh database, with its Web API client pointed at the fake Slack API
// and, in HTTP mode, listening on 127.0.0.1 for signed requests. Staff checks are wired the way the
// CLI wires them: the service asks the adapter.
import { Writable } from 'node:stream';
import pino from 'pino';
import { openApp, type App } from '../../../src/app.ts';
import { readSlackConfig, type SlackConfig } from '../../../src/adapters/slack/slackConfig.ts';
import type { EvidenceStore } from '../../../src/evidence/storage.ts';
import type { Desk } from '../../../src/service/desk.ts';
import { EVENTS_PATH, startSlack, type SlackHandle } from '../../../src/adapters/slack/slackApp.ts';
import { DEFAULT_POLICY } from '../../../src/policy/policy.ts';
import { upsertOrderItems } from '../../../src/store/orderStore.ts';
import { startFakeSlackApi, type FakeSlackApi, type RecordedCall } from '../../fakes/slack/fakeSlackApi.ts';
import { startFakeSocketMode, type FakeSocketMode } from '../../fakes/slack/fakeSocketMode.ts';
import {
  blockActions,
  eventCallback,
  interactionForm,
  messageEvent,
  sendToApp,
  slackFile,
  slackTs,
  slashCommand,
  viewSubmission,
  type MessageEventInput,
  type SendOptions,
} from '../../fakes/slack/slackRequests.ts';
import { ORDERS } from '../../support/testApp.ts';
import { freshDatabaseUrl } from '../../support/testDb.ts';

export const IDS = {
  support: 'C0SUPPORT',
  staffChannel: 'G0STAFF',
  customer: 'UCUST01',
  otherCustomer: 'UCUST02',
  staff: 'USTAFF1',
  groupStaff: 'USTAFF2',
  usergroup: 'S0STAFF',
} as const;
export const SIGNING_SECRET = 'test-signing-secret-0123456789';
/** The clock of slash commands and modal submissions. */
export const NOW = new Date('2026-11-20T12:00:00Z');

export interface SlackHarness {
  app: App;
  api: FakeSlackApi;
  slack: SlackHandle;
  config: SlackConfig;
  socket: FakeSocketMode | null;
  /** The Request URL (HTTP mode). */
  url: string;
  /** Log lines at warn and above, to show why a test failed. */
  problems: string[];
  /** Sends a message event and waits until the adapter has handled it. */
  message(
    input: Omit<MessageEventInput, 'ts'> & { ts?: string; at?: string },
    options?: SendOptions & { eventId?: string },
  ): Promise<{ status: number; ts: string; eventId: string }>;
  command(user: string, text: string, channel?: string): Promise<{ status: number }>;
  press(user: string, posted: RecordedCall, actionId: string, at?: string): Promise<{ status: number }>;
  submit(user: string, opened: RecordedCall, values: Record<string, Record<string, string>>): Promise<{ status: number; body: string }>;
  /** Outbound posts (chat.postMessage) in one channel, in order. */
  postsIn(channel: string): RecordedCall[];
  close(): Promise<void>;
}

/** The ts Slack gave a message the bot posted. */
export function postedTs(call: RecordedCall): string {
  const ts = call.response?.ts;
  if (typeof ts !== 'string') throw new Error(`${call.method} call has no ts in its answer`);
  return ts;
}

export interface SlackHarnessOptions {
  mode?: 'http' | 'socket';
  /** The service as the adapter sees it (a test may make it fail). */
  wrapDesk?: (desk: Desk) => Desk;
  /** The evidence vault's store, as `start` hands it to the app (for photo previews). */
  evidenceStore?: EvidenceStore;
}

export async function openSlackHarness(options: SlackHarnessOptions = {}): Promise<SlackHarness> {
  const mode = options.mode ?? 'http';
  const socket = mode === 'socket' ? await startFakeSocketMode() : null;
  const api = await startFakeSlackApi({
    usergroups: { [IDS.usergroup]: [IDS.groupStaff] },
    ...(socket ? { socketUrl: () => socket.url } : {}),
  });
  const target = await freshDatabaseUrl();
  // The adapter's clock is the outbox's too, as it is the system clock for both in the bot.
  const app = await openApp({ databaseUrl: target.url, policy: DEFAULT_POLICY, evidenceStore: options.evidenceStore, now: () => NOW });
  await upsertOrderItems(app.database.db, ORDERS);

  const config = readSlackConfig({
    SLACK_BOT_TOKEN: 'xoxb-test-bot-token',
    ...(mode === 'http' ? { SLACK_SIGNING_SECRET: SIGNING_SECRET, PORT: '0' } : { SLACK_APP_TOKEN: 'xapp-test-app-token' }),
    SLACK_SUPPORT_CHANNELS: IDS.support,
    SLACK_STAFF_CHANNEL: IDS.staffChannel,
    SLACK_STAFF_USERS: IDS.staff,
    SLACK_STAFF_USERGROUP: IDS.usergroup,
    SLACK_API_URL: api.apiUrl,
  })!;
  const problems: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      problems.push(chunk.toString('utf8').trim());
      done();
    },
  });
  const log = pino({ level: 'warn' }, sink);
  const slack = await startSlack({ config, desk: options.wrapDesk?.(app.desk) ?? app.desk, log, host: '127.0.0.1', now: () => NOW });
  const url = `http://127.0.0.1:${slack.port ?? 0}${EVENTS_PATH}`;

  async function deliver(content: Parameters<typeof sendToApp>[2], options?: SendOptions): Promise<{ status: number; body: string }> {
    const response = await sendToApp(url, SIGNING_SECRET, content, options);
    await slack.idle();
    return response;
  }

  return {
    app,
    api,
    slack,
    config,
    socket,
    url,
    problems,
    async message(input, sendOptions = {}) {
      const ts = input.ts ?? slackTs(input.at ?? '2026-11-20T10:00:00Z');
      const body = eventCallback(messageEvent({ ...input, ts }), sendOptions.eventId);
      const { status } = await deliver({ json: body }, sendOptions);
      return { status, ts, eventId: String(body.event_id) };
    },
    command(user, text, channel = IDS.staffChannel) {
      return deliver({ form: slashCommand({ user, channel, text, responseUrl: api.responseUrl(`cmd-${user}`) }) });
    },
    press(user, posted, actionId, at = '2026-11-20T11:00:00Z') {
      return deliver(
        interactionForm(
          blockActions({
            user,
            posted,
            postedTs: postedTs(posted),
            actionId,
            responseUrl: api.responseUrl(`act-${user}`),
            actionTs: slackTs(at),
          }),
        ),
      );
    },
    submit(user, opened, values) {
      return deliver(interactionForm(viewSubmission({ user, opened, values })));
    },
    postsIn: (channel) => api.callsOf('chat.postMessage', (a) => a.channel === channel),
    async close() {
      await slack.stop();
      await app.close();
      await target.drop();
      await api.close();
      await socket?.close();
    },
  };
}

/** A DOA claim by the customer, through Slack, up to the staff review message with its buttons. */
export async function claimInReview(h: SlackHarness): Promise<{ rootTs: string; review: RecordedCall; troubleshoot: RecordedCall }> {
  const root = await h.message({ channel: IDS.support, user: IDS.customer, text: 'My optic from order #100234 is dead' });
  const reply = (input: Omit<MessageEventInput, 'ts' | 'channel' | 'user'>) =>
    h.message({ channel: IDS.support, user: IDS.customer, threadTs: root.ts, ...input });
  await reply({ text: 'SN FNS17320ABC' });
  await reply({ files: [slackFile('F0LABEL', 'label.jpg', 'image/jpeg', 48_000)] });
  await reply({ files: [slackFile('F0RACK', 'rack.png', 'image/png', 96_000)] });
  await reply({ text: 'No light on the port, interface down', files: [slackFile('F0LOG', 'log.txt', 'text/plain', 300)] });
  const troubleshoot = h.postsIn(IDS.support).at(-1)!;
  await h.press(IDS.customer, troubleshoot, 'rma_still_failing');
  const review = h.postsIn(IDS.staffChannel).at(-1);
  if (!review) throw new Error(`no review message in the staff channel; problems: ${h.problems.join('\n')}`);
  return { rootTs: root.ts, review, troubleshoot };
}
