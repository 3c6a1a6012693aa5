// Which hosts the evidence vault may download a platform's files from, and with which headers. A link
// on any other host is never requested: a file link is customer-influenced input, and the bot token
// must only ever travel to the platform that issued it.

export interface FileSource {
  platform: string;
  /** `host` or `host:port` matched exactly, or `*.example.com` for its subdomains on the default port. */
  hosts: readonly string[];
  /** Sent with every request to these hosts (Slack: the bot token). */
  headers?: Readonly<Record<string, string>> | undefined;
  /** Plain http is refused unless a source allows it (a loopback test host). */
  allowHttp?: boolean | undefined;
  /**
   * Reads the platform's files itself instead of over HTTP (email: the attachment was put in the store
   * from the message); throws a DownloadError (download.ts) as a download would.
   */
  open?: FileOpener | undefined;
}

/** A source's own reader: the file behind `link`, at most `limits.maxBytes` of it. */
export type FileOpener = (
  link: string,
  limits: { maxBytes: number },
) => Promise<{ announcedBytes: number | null; chunks: AsyncIterable<Buffer> }>;

export type ResolvedSource = { ok: true; url: URL; headers: Record<string, string> } | { ok: false; reason: string };

function hostMatches(pattern: string, url: URL): boolean {
  const p = pattern.toLowerCase();
  if (p.startsWith('*.')) return url.port === '' && url.hostname.endsWith(p.slice(1)) && url.hostname.length > p.length - 1;
  return url.host.toLowerCase() === p;
}

export class FileSources {
  private readonly sources: FileSource[] = [];

  constructor(sources: readonly FileSource[] = []) {
    for (const source of sources) this.register(source);
  }

  register(source: FileSource): this {
    this.sources.push(source);
    return this;
  }

  /** The platforms with a source: the worker takes only their files (another process may serve the rest). */
  platforms(): string[] {
    return [...new Set(this.sources.map((s) => s.platform))];
  }

  /** The reader of a platform whose files are not downloaded over HTTP, if it is one. */
  opener(platform: string): FileOpener | null {
    return this.sources.find((s) => s.platform === platform && s.open)?.open ?? null;
  }

  /** The request to make for `link` of a file posted on `platform`, or why none may be made. */
  resolve(platform: string, link: string): ResolvedSource {
    let url: URL;
    try {
      url = new URL(link);
    } catch (error) {
      if (error instanceof TypeError) return { ok: false, reason: 'the file link is not a URL' };
      throw error;
    }
    if (url.username || url.password) return { ok: false, reason: `the file link carries credentials (${url.host})` };
    const source = this.sources.find((s) => s.platform === platform && s.hosts.some((h) => hostMatches(h, url)));
    if (!source) return { ok: false, reason: `${url.host} is not a ${platform} file host` };
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && source.allowHttp))
      return { ok: false, reason: `the file link is not https (${url.protocol})` };
    return { ok: true, url, headers: { ...source.headers } };
  }
}

export interface PlatformSourceOptions {
  /** Set when the Slack adapter runs: files.slack.com wants it as a bearer token. */
  slackBotToken?: string | undefined;
  /** True when the Discord adapter runs: its CDN links are signed, so no header goes with them. */
  discord?: boolean | undefined;
}

/** The file hosts of the platforms that are running. */
export function platformFileSources(options: PlatformSourceOptions): FileSources {
  const sources = new FileSources();
  if (options.slackBotToken) {
    // `url_private` / `url_private_download` links; Slack needs the bot token (files:read) for them.
    sources.register({ platform: 'slack', hosts: ['files.slack.com'], headers: { authorization: `Bearer ${options.slackBotToken}` } });
  }
  if (options.discord) sources.register({ platform: 'discord', hosts: ['cdn.discordapp.com', 'media.discordapp.net'] });
  return sources;
}
