// A platform file host on 127.0.0.1 for the evidence tests: serves bytes under paths, and can expire a
// link (404/410), redirect, fail (503), answer in chunks without a length, or never answer at all; a large
// file is made while it is sent (never held whole), and can pause half-way.
import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** The start of an MP4 file (an `ftyp` box): enough for the type check to know a video. */
export const MP4_HEAD = Buffer.concat([
  Buffer.from([0, 0, 0, 0x18]),
  Buffer.from('ftypisom'),
  Buffer.from([0, 0, 2, 0]),
  Buffer.from('isomiso2avc1mp41'),
]);

export interface FakeFile {
  body?: Buffer | undefined;
  contentType?: string | undefined;
  /** Answer with this status (and no body) instead. */
  status?: number | undefined;
  /** Answer 302 to this location. */
  redirect?: string | undefined;
  /** Send the body in 16 KB chunks without a content-length. */
  chunked?: boolean | undefined;
  /** Accept the request and never answer. */
  hang?: boolean | undefined;
  /** Instead of `body`: `head`, then `fill` bytes up to `size` in all, made as they are sent (with a content-length). */
  generated?: GeneratedBody | undefined;
}

export interface GeneratedBody {
  size: number;
  head: Buffer;
  fill?: number | undefined;
  /** After this many bytes, wait for `resume` before sending the rest. */
  pauseAt?: number | undefined;
  resume?: Promise<void> | undefined;
}

export interface HostRequest {
  path: string;
  headers: IncomingHttpHeaders;
}

export interface FakeFileHost {
  /** `127.0.0.1:PORT`, as a file source's host. */
  host: string;
  /** The link of `path` on this host. */
  url(path: string): string;
  serve(path: string, file: FakeFile): string;
  /** The link stops working: the platform deleted or expired it. */
  expire(path: string, status?: 404 | 410): void;
  requests: HostRequest[];
  requestsFor(path: string): number;
  /** Requests whose response was cut off before it was complete (the client stopped reading). */
  abortedResponses: number;
  close(): Promise<void>;
}

function sendGenerated(res: ServerResponse, contentType: string | undefined, g: GeneratedBody): void {
  res.writeHead(200, { 'content-type': contentType ?? 'application/octet-stream', 'content-length': g.size });
  const block = Buffer.alloc(64 * 1024, g.fill ?? 0);
  let sent = 0;
  let paused = false;
  const next = () => {
    while (sent < g.size && !res.destroyed) {
      if (g.pauseAt !== undefined && !paused && sent >= g.pauseAt) {
        paused = true;
        void g.resume?.then(next);
        return;
      }
      const chunk = sent < g.head.length ? g.head.subarray(sent) : block.subarray(0, Math.min(block.length, g.size - sent));
      sent += chunk.length;
      if (!res.write(chunk)) {
        res.once('drain', next);
        return;
      }
    }
    if (!res.destroyed) res.end();
  };
  next();
}

export async function startFakeFileHost(): Promise<FakeFileHost> {
  const files = new Map<string, FakeFile>();
  const requests: HostRequest[] = [];
  let aborted = 0;
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    requests.push({ path, headers: req.headers });
    // No keep-alive: a pooled connection the server closes while idle would make a test fail by timing.
    res.shouldKeepAlive = false;
    const file = files.get(path);
    if (!file) {
      res.writeHead(404).end();
      return;
    }
    if (file.hang) return;
    if (file.redirect) {
      res.writeHead(302, { location: file.redirect }).end();
      return;
    }
    if (file.status) {
      res.writeHead(file.status).end();
      return;
    }
    res.on('close', () => {
      if (!res.writableFinished) aborted++;
    });
    if (file.generated) {
      sendGenerated(res, file.contentType, file.generated);
      return;
    }
    const body = file.body ?? Buffer.alloc(0);
    if (!file.chunked) {
      res.writeHead(200, { 'content-type': file.contentType ?? 'application/octet-stream', 'content-length': body.length }).end(body);
      return;
    }
    res.writeHead(200, { 'content-type': file.contentType ?? 'application/octet-stream' });
    let offset = 0;
    const next = () => {
      while (offset < body.length && !res.destroyed) {
        const chunk = body.subarray(offset, offset + 16 * 1024);
        offset += chunk.length;
        if (!res.write(chunk)) {
          res.once('drain', next);
          return;
        }
      }
      if (!res.destroyed) res.end();
    };
    next();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  const url = (path: string) => `http://${host}${path}`;
  return {
    host,
    url,
    serve: (path, file) => {
      files.set(path, file);
      return url(path);
    },
    expire: (path, status = 410) => void files.set(path, { status }),
    requests,
    requestsFor: (path) => requests.filter((r) => r.path === path).length,
    get abortedResponses() {
      return aborted;
    },
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
}
