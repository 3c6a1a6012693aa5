// Requests as Slack sends them to an app's Request URL: Events API callbacks (JSON), slash commands
// and interactivity payloads (form-encoded), each signed with the signing secret (v0 HMAC-SHA256 of
// `v0:timestamp:body`). Payload shapes follow Slack's documented formats.
import { createHmac, randomUUID } from 'node:crypto';
import { FAKE_TEAM, type RecordedCall } from './fakeSlackApi.ts';

export function slackSignature(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export interface SendOptions {
  /** Seconds since the epoch for x-slack-request-timestamp; now by default. */
  timestamp?: number;
  /** Sign with this secret instead of the app's (a forged request). */
  secret?: string;
  /** Slack's retry headers on a redelivery. */
  retryNum?: number;
  retryReason?: string;
}

let counter = 0;
const nextId = (prefix: string) => `${prefix}${Date.now().toString(36).toUpperCase()}${(++counter).toString().padStart(4, '0')}`;

/** A Slack timestamp (`seconds.micro`) for an ISO instant, unique per call. */
export function slackTs(isoInstant: string): string {
  return `${Math.floor(Date.parse(isoInstant) / 1000)}.${String(++counter).padStart(6, '0')}`;
}

export interface SlackFileObject {
  id: string;
  name: string;
  mimetype: string;
  size: number;
  [key: string]: unknown;
}

export function slackFile(id: string, name: string, mimetype: string, size: number): SlackFileObject {
  return {
    id,
    created: 1795000000,
    timestamp: 1795000000,
    name,
    title: name,
    mimetype,
    filetype: name.split('.').pop() ?? 'binary',
    pretty_type: mimetype,
    user: 'UCUST01',
    editable: false,
    size,
    mode: 'hosted',
    is_external: false,
    external_type: '',
    is_public: true,
    public_url_shared: false,
    display_as_bot: false,
    url_private: `https://files.slack.com/files-pri/${FAKE_TEAM.id}-${id}/${name}`,
    url_private_download: `https://files.slack.com/files-pri/${FAKE_TEAM.id}-${id}/download/${name}`,
    permalink: `https://rma-test.slack.com/files/UCUST01/${id}/${name}`,
    permalink_public: `https://slack-files.com/${FAKE_TEAM.id}-${id}-abc123`,
    has_rich_preview: false,
  };
}

export interface MessageEventInput {
  channel: string;
  user: string;
  text?: string;
  ts: string;
  threadTs?: string;
  channelType?: 'channel' | 'group' | 'im';
  files?: SlackFileObject[];
  subtype?: string;
  botId?: string;
}

export function messageEvent(m: MessageEventInput): Record<string, unknown> {
  return {
    type: 'message',
    ...(m.subtype ? { subtype: m.subtype } : m.files ? { subtype: 'file_share' } : {}),
    channel: m.channel,
    user: m.user,
    text: m.text ?? '',
    ts: m.ts,
    event_ts: m.ts,
    channel_type: m.channelType ?? 'channel',
    team: FAKE_TEAM.id,
    ...(m.threadTs ? { thread_ts: m.threadTs, parent_user_id: m.user } : {}),
    ...(m.files ? { files: m.files, upload: false, display_as_bot: false } : { client_msg_id: randomUUID() }),
    ...(m.botId ? { bot_id: m.botId } : {}),
  };
}

export function eventCallback(event: Record<string, unknown>, eventId = nextId('Ev')): Record<string, unknown> {
  return {
    token: 'legacy-verification-token',
    team_id: FAKE_TEAM.id,
    context_team_id: FAKE_TEAM.id,
    api_app_id: 'A0RMA',
    event,
    type: 'event_callback',
    event_id: eventId,
    event_time: Math.floor(Number(event.ts ?? Date.now() / 1000)),
    authorizations: [
      { enterprise_id: null, team_id: FAKE_TEAM.id, user_id: FAKE_TEAM.botUserId, is_bot: true, is_enterprise_install: false },
    ],
    is_ext_shared_channel: true,
    event_context: `4-${eventId}`,
  };
}

export function slashCommand(input: { user: string; channel: string; text: string; responseUrl: string }): Record<string, string> {
  return {
    token: 'legacy-verification-token',
    team_id: FAKE_TEAM.id,
    team_domain: 'rma-test',
    channel_id: input.channel,
    channel_name: 'privategroup',
    user_id: input.user,
    user_name: input.user.toLowerCase(),
    command: '/rma',
    text: input.text,
    api_app_id: 'A0RMA',
    is_enterprise_install: 'false',
    response_url: input.responseUrl,
    trigger_id: nextId('trig.'),
  };
}

/** A button press on a message the bot posted (as the fake API recorded it). */
export function blockActions(input: {
  user: string;
  posted: RecordedCall;
  postedTs: string;
  actionId: string;
  responseUrl: string;
  actionTs: string;
}): Record<string, unknown> {
  const channel = String(input.posted.args.channel);
  const blocks = input.posted.args.blocks as Array<Record<string, unknown>>;
  const actionsBlock = blocks.find((b) => b.type === 'actions');
  const button = (actionsBlock?.elements as Array<Record<string, unknown>> | undefined)?.find((e) => e.action_id === input.actionId);
  if (!button) throw new Error(`the posted message has no button ${input.actionId}`);
  return {
    type: 'block_actions',
    user: { id: input.user, username: input.user.toLowerCase(), name: input.user.toLowerCase(), team_id: FAKE_TEAM.id },
    api_app_id: 'A0RMA',
    token: 'legacy-verification-token',
    container: {
      type: 'message',
      message_ts: input.postedTs,
      channel_id: channel,
      is_ephemeral: false,
      ...(input.posted.args.thread_ts ? { thread_ts: input.posted.args.thread_ts } : {}),
    },
    trigger_id: nextId('trig.'),
    team: { id: FAKE_TEAM.id, domain: 'rma-test' },
    enterprise: null,
    is_enterprise_install: false,
    channel: { id: channel, name: 'privategroup' },
    message: {
      type: 'message',
      user: FAKE_TEAM.botUserId,
      bot_id: FAKE_TEAM.botId,
      ts: input.postedTs,
      text: input.posted.args.text,
      blocks,
      ...(input.posted.args.thread_ts ? { thread_ts: input.posted.args.thread_ts } : {}),
    },
    state: { values: {} },
    response_url: input.responseUrl,
    actions: [{ ...button, block_id: actionsBlock?.block_id, action_ts: input.actionTs }],
  };
}

/** Submitting a modal the bot opened (as views.open recorded it), with `values` typed in by block id and action id. */
export function viewSubmission(input: {
  user: string;
  opened: RecordedCall;
  values: Record<string, Record<string, string>>;
}): Record<string, unknown> {
  const view = input.opened.args.view as Record<string, unknown>;
  const state: Record<string, Record<string, unknown>> = {};
  for (const [blockId, actions] of Object.entries(input.values)) {
    state[blockId] = Object.fromEntries(
      Object.entries(actions).map(([actionId, value]) => [actionId, { type: 'plain_text_input', value }]),
    );
  }
  return {
    type: 'view_submission',
    team: { id: FAKE_TEAM.id, domain: 'rma-test' },
    user: { id: input.user, username: input.user.toLowerCase(), name: input.user.toLowerCase(), team_id: FAKE_TEAM.id },
    api_app_id: 'A0RMA',
    token: 'legacy-verification-token',
    trigger_id: nextId('trig.'),
    view: {
      ...view,
      id: nextId('V'),
      team_id: FAKE_TEAM.id,
      state: { values: state },
      hash: nextId('h.'),
      app_id: 'A0RMA',
      bot_id: FAKE_TEAM.botId,
    },
    response_urls: [],
    is_enterprise_install: false,
    enterprise: null,
  };
}

/** Posts to the app's Request URL as Slack does; resolves with the HTTP status and body. */
export async function sendToApp(
  url: string,
  secret: string,
  content: { json: Record<string, unknown> } | { form: Record<string, string> },
  options: SendOptions = {},
): Promise<{ status: number; body: string }> {
  const body = 'json' in content ? JSON.stringify(content.json) : new URLSearchParams(content.form).toString();
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const headers: Record<string, string> = {
    'content-type': 'json' in content ? 'application/json' : 'application/x-www-form-urlencoded',
    'user-agent': 'Slackbot 1.0 (+https://api.slack.com/robots)',
    'x-slack-request-timestamp': String(timestamp),
    'x-slack-signature': slackSignature(options.secret ?? secret, timestamp, body),
  };
  if (options.retryNum !== undefined) {
    headers['x-slack-retry-num'] = String(options.retryNum);
    headers['x-slack-retry-reason'] = options.retryReason ?? 'http_timeout';
  }
  const response = await fetch(url, { method: 'POST', headers, body, signal: AbortSignal.timeout(5_000) });
  return { status: response.status, body: await response.text() };
}

/** An interactivity payload is sent form-encoded as `payload=<json>`. */
export function interactionForm(payload: Record<string, unknown>): { form: Record<string, string> } {
  return { form: { payload: JSON.stringify(payload) } };
}
