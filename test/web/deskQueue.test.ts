// The queue page: open cases oldest first, a state and platform filter, search by case, RMA or order number.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSignInLink } from '../../src/store/deskSessionStore.ts';
import { createDeskApp } from '../../src/web/deskApp.ts';
import { openTestApp, type TestApp } from '../support/testApp.ts';

describe('web desk queue', () => {
  let app: TestApp;
  beforeEach(async () => {
    app = await openTestApp({ staff: ['S1'] });
  });
  afterEach(async () => {
    await app.close();
  });

  const queue = async () => {
    const web = createDeskApp({ db: app.database.db, staffCheck: async () => true, publicUrl: null, timeZone: 'UTC', desk: app.desk });
    const token = await createSignInLink(app.database.db, { platform: 'console', id: 'S1', name: 'Sam' }, new Date(), 600_000);
    const signedIn = await web.request('http://localhost/desk/sign-in/link', { method: 'POST', body: new URLSearchParams({ token }) });
    const cookie = (signedIn.headers.get('set-cookie') ?? '').split(';')[0]!;
    return async (query: string) => {
      const page = await (await web.request(`http://localhost/desk/?${query}`, { headers: { cookie } })).text();
      return [...page.matchAll(/<tr data-ref="([^"]+)"/g)].map((m) => m[1]);
    };
  };

  it('lists open cases oldest first and finds one by case ref, RMA number or order number', async () => {
    const first = (await app.send({ user: 'U1', text: 'order 100234 the SFP is dead', at: '2026-11-20T10:00:00Z' })).caseRef!;
    const second = (await app.send({ user: 'U2', text: 'order 100310 the PSU fan is loud', at: '2026-11-20T11:00:00Z' })).caseRef!;
    await app.send({ user: 'S1', command: `/rma review ${first}` });
    const approved = await app.send({ user: 'S1', command: `/rma approve ${first}` });
    const rma = /RMA-\d\d-\d{5}/.exec(approved.messages.map((m) => m.text).join(' '))![0];
    const rows = await queue();
    expect(await rows('')).toEqual([first, second]);
    expect(await rows('q=100310')).toEqual([second]);
    expect(await rows(`q=${rma.toLowerCase()}`)).toEqual([first]);
    expect(await rows(`q=${second.slice(2)}`)).toEqual([second]);
    expect(await rows('platform=slack')).toEqual([]);
    expect(await rows('platform=console&state=intake')).toEqual([second]);
    // A search that looks like SQL is a search for that text: nothing found, nothing broken.
    expect(await rows(`q=${encodeURIComponent("%' or 1=1 --")}`)).toEqual([]);
  });
});
