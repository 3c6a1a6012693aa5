// The queue page: open cases oldest first, a state and platform filter, search by case, RMA or order number.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../support/testApp.ts';
import { signedInDesk } from './signedIn.ts';

describe('web desk queue', () => {
  let app: TestApp;
  beforeEach(async () => {
    app = await openTestApp({ staff: ['S1'] });
  });
  afterEach(async () => {
    await app.close();
  });

  const queue = async () => {
    const desk = await signedInDesk(app.database.db, { desk: app.desk });
    return async (query: string) => {
      const page = await (await desk.get(`/desk/?${query}`)).text();
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
