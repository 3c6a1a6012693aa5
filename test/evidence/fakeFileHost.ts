// A platform file host on 127.0.0.1 for the evidence tests: serves bytes under paths, and can expire a
// link (404/410), redirect, fail (503), answer in chunks without a length, or never answer at all.
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

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
    const body = file.body ?? Buffer.alloc(0);
    res.on('close', () => {
      if (!res.writableFinished) aborted++;
    });
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
