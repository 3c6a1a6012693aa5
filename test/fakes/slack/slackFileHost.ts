// Stands in for files.slack.com in this process's fetch (the evidence worker's only way out): serves
// files by path to a request with the bot token, 403 without it; every other request goes out as usual.
import { vi } from 'vitest';
import { FAKE_TEAM } from './fakeSlackApi.ts';

export interface FileRequest {
  path: string;
  authorization: string | null;
}

/** The path of a file's url_private_download (see slackFile in slackRequests.ts). */
export const slackDownloadPath = (id: string, name: string): string => `/files-pri/${FAKE_TEAM.id}-${id}/download/${name}`;

/** Until vi.unstubAllGlobals(); returns the requests made to the file host. */
export function fakeSlackFileHost(files: Map<string, Buffer>, botToken: string): FileRequest[] {
  const requests: FileRequest[] = [];
  const realFetch = globalThis.fetch;
  vi.stubGlobal('fetch', async (input: string | URL | Request, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (url.hostname !== 'files.slack.com') return realFetch(input, init);
    const authorization = new Headers(init?.headers).get('authorization');
    requests.push({ path: url.pathname, authorization });
    if (authorization !== `Bearer ${botToken}`) return new Response(null, { status: 403 });
    const body = files.get(url.pathname);
    return body
      ? new Response(body, { status: 200, headers: { 'content-length': String(body.length) } })
      : new Response(null, { status: 404 });
  });
  return requests;
}
