// Slack's text conventions: escaping what we post, decoding what people write, timestamps and
// thread keys.

/**
 * Slack's escaping for text it parses: `&`, `<` and `>` become entities, so `<!channel>`,
 * `<!here>`, `<@U…>` and `<url|label>` written by a customer show as typed and ping nobody.
 */
export function escapeSlack(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/**
 * What a person typed, from Slack's wire format: mentions and links lose their angle brackets,
 * entities are decoded (`<@U123>` → `@U123`, `<https://x|label>` → `label (https://x)`).
 */
export function plainFromSlack(text: string): string {
  return text
    .replace(/<([^<>|]+)\|([^<>]*)>/g, (_m, target: string, label: string) =>
      /^(?:https?|mailto):/.test(target) ? linkText(target, label) : decodeTarget(target, label),
    )
    .replace(/<([^<>]+)>/g, (_m, target: string) => decodeTarget(target, null))
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');
}

/** A link as text: its label, with the address when the label does not already show it. */
function linkText(target: string, label: string): string {
  const bare = target.replace(/^(https?:\/\/|mailto:)/, '').replace(/\/$/, '');
  const address = target.replace(/^mailto:/, '');
  if (label === '') return address;
  return label === target || label === bare ? label : `${label} (${address})`;
}

function decodeTarget(target: string, label: string | null): string {
  if (target.startsWith('@') || target.startsWith('#')) return label ? `${target[0]}${label.replace(/^[@#]/, '')}` : target;
  if (target.startsWith('!')) return `@${(label ?? target.slice(1).split('^')[0] ?? '').replace(/^@/, '')}`;
  if (target.startsWith('mailto:')) return target.slice('mailto:'.length);
  return label ?? target;
}

/** A Slack timestamp (`1763632800.000100`) as an ISO instant. */
export function tsToIso(ts: string): string {
  const seconds = Number(ts);
  if (!Number.isFinite(seconds)) throw new Error(`not a Slack timestamp: ${ts}`);
  return new Date(Math.round(seconds * 1000)).toISOString();
}

/** The case's thread key: the channel and the ts of the thread's root message. */
export function threadKey(channel: string, threadTs: string): string {
  return `${channel}:${threadTs}`;
}

export function parseThreadKey(thread: string | null | undefined): { channel: string; ts: string } | null {
  const match = /^([A-Z0-9]+):(\d+\.\d+)$/.exec(thread ?? '');
  return match ? { channel: match[1]!, ts: match[2]! } : null;
}

/** A link to a message (a thread's root opens the thread), on the workspace's own domain. */
export function messageLink(workspaceUrl: string, channel: string, ts: string): string {
  return `${workspaceUrl.replace(/\/?$/, '/')}archives/${channel}/p${ts.replace('.', '')}`;
}
