// Downloads one platform file as a stream: only from the platform's own hosts (redirects included), with
// a time limit for the whole transfer and a size limit enforced while the bytes arrive. The bytes are
// never gathered here: the caller reads them chunk by chunk on their way into the store.
import type { FileSources, ResolvedSource } from './fileSources.ts';

export type DownloadProblem =
  /** More bytes than the limit (announced or streamed): the file will not be kept. */
  | { kind: 'too_large'; announcedBytes?: number | undefined }
  /** The platform no longer has the file (404, 410): the link expired or the message was deleted. */
  | { kind: 'gone' }
  /** Anything else; `retry` when it may work later (network, timeout, 429, 5xx). */
  | { kind: 'failed'; retry: boolean };

export class DownloadError extends Error {
  override name = 'DownloadError';
  constructor(
    readonly problem: DownloadProblem,
    message: string,
  ) {
    super(message);
  }
}

export interface DownloadLimits {
  maxBytes: number;
  timeoutMs: number;
  maxRedirects?: number | undefined;
}

export interface Download {
  /** The content-length the host announced (already checked against the limit), or null. */
  announcedBytes: number | null;
  /**
   * The bytes, read once. Throws a DownloadError (too large, network, time limit) while reading;
   * stopping early (break, return) cancels the transfer.
   */
  chunks: AsyncIterable<Buffer>;
}

function failed(retry: boolean, message: string): DownloadError {
  return new DownloadError({ kind: 'failed', retry }, message);
}

/** The link without its query (Discord signs links there) for messages and logs. */
function shown(url: URL): string {
  return `${url.host}${url.pathname}`;
}

function networkFailure(error: unknown, url: URL, limits: DownloadLimits): DownloadError {
  const e = error as Error & { cause?: { code?: string; message?: string } };
  if (e.name === 'TimeoutError') {
    const limit = limits.timeoutMs >= 1000 ? `${Math.round(limits.timeoutMs / 1000)} s` : `${limits.timeoutMs} ms`;
    return failed(true, `${url.host}: no complete answer within ${limit}`);
  }
  return failed(true, `${url.host}: ${e.cause?.code ?? e.cause?.message ?? e.message}`);
}

function statusFailure(status: number, url: URL): DownloadError {
  if (status === 404 || status === 410) return new DownloadError({ kind: 'gone' }, `${shown(url)}: HTTP ${status}`);
  const retry = status === 408 || status === 425 || status === 429 || status >= 500;
  const hint = status === 401 || status === 403 ? ' (check the bot token and its scopes)' : '';
  return failed(retry, `${shown(url)}: HTTP ${status}${hint}`);
}

async function* limitedChunks(body: ReadableStream<Uint8Array> | null, url: URL, limits: DownloadLimits): AsyncGenerator<Buffer> {
  if (!body) return;
  const reader = body.getReader();
  let total = 0;
  let done = false;
  try {
    for (;;) {
      let read: Awaited<ReturnType<typeof reader.read>>;
      try {
        read = await reader.read();
      } catch (error) {
        done = true;
        throw networkFailure(error, url, limits);
      }
      if (read.done) {
        done = true;
        return;
      }
      total += read.value.byteLength;
      if (total > limits.maxBytes) {
        // Stop reading at once: a host that lies about the size must not fill memory or the disk.
        throw new DownloadError({ kind: 'too_large' }, `${shown(url)}: more than ${limits.maxBytes} bytes`);
      }
      yield Buffer.from(read.value.buffer, read.value.byteOffset, read.value.byteLength);
    }
  } finally {
    // Too large, a refused type, a store that failed: the host stops sending.
    if (!done) await reader.cancel().catch(() => {});
  }
}

/** Starts the download of `link`, a file posted on `platform`; throws a DownloadError saying what went wrong. */
export async function openDownload(sources: FileSources, platform: string, link: string, limits: DownloadLimits): Promise<Download> {
  const own = sources.opener(platform);
  if (own) return own(link, limits);
  const signal = AbortSignal.timeout(limits.timeoutMs);
  let target: ResolvedSource = sources.resolve(platform, link);
  for (let hop = 0; ; hop++) {
    if (!target.ok) throw failed(false, hop === 0 ? target.reason : `redirected off the platform: ${target.reason}`);
    const { url } = target;
    let response: Response;
    try {
      // Redirects are followed here, one at a time, so that each hop is checked against the hosts.
      response = await fetch(url, { headers: target.headers, redirect: 'manual', signal });
    } catch (error) {
      throw networkFailure(error, url, limits);
    }
    if (response.status >= 300 && response.status < 400) {
      await response.body?.cancel();
      const location = response.headers.get('location');
      if (!location) throw failed(false, `${shown(url)}: HTTP ${response.status} without a location`);
      if (hop >= (limits.maxRedirects ?? 3)) throw failed(false, `${shown(url)}: too many redirects`);
      target = sources.resolve(platform, new URL(location, url).toString());
      continue;
    }
    if (!response.ok) {
      await response.body?.cancel();
      throw statusFailure(response.status, url);
    }
    const announced = Number(response.headers.get('content-length') ?? Number.NaN);
    if (announced > limits.maxBytes) {
      await response.body?.cancel();
      throw new DownloadError({ kind: 'too_large', announcedBytes: announced }, `${shown(url)}: ${announced} bytes announced`);
    }
    return { announcedBytes: Number.isFinite(announced) ? announced : null, chunks: limitedChunks(response.body, url, limits) };
  }
}
