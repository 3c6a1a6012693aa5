// The queue page through the signed-in desk: open cases oldest first with their kind, ages and flags;
// filters by state, kind, flag and platform; search by case, RMA, order, serial or part number; the
// live part alone for the page's script; what customers typed stays text.
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

  describe('with cases of each kind, flags and platforms', () => {
    // C-1001 console U1, order 100234 (DOA), a wrong serial typed: serial_mismatch; intake
    // C-1002 discord U2, order 100310, the switch (warranty); intake
    // C-1003 console, a customer named with markup, order 100500 (not delivered on record: unverified_order), asks for a person
    // C-1004 console U4, order 100400, sold as-is: declined (closed)
    const EVIL = '<img src=x onerror=alert(1)>';
    beforeEach(async () => {
      await app.send({ user: 'U1', text: 'order 100234 the SFP is dead', at: '2026-11-20T10:00:00Z' });
      await app.send({ user: 'U1', text: 'FNS17320ABD', at: '2026-11-20T10:30:00Z' });
      await app.send({ user: 'U2', platform: 'discord', text: 'order 100310 the switch reboots', at: '2026-11-20T11:00:00Z' });
      await app.send({ user: EVIL, text: 'order 100500 it is dead', at: '2026-11-20T12:00:00Z' });
      await app.send({ user: EVIL, text: 'talk to a person please', at: '2026-11-20T12:05:00Z' });
      await app.send({ user: 'U4', text: 'order 100400 it is dead', at: '2026-11-20T13:00:00Z' });
    });

    it('filters by kind, flag, state and platform, each alone and together', async () => {
      const rows = await queue();
      expect(await rows('')).toEqual(['C-1001', 'C-1002', 'C-1003']);
      expect(await rows('kind=doa')).toEqual(['C-1001']);
      expect(await rows('kind=warranty')).toEqual(['C-1002']);
      expect(await rows('flag=serial_mismatch')).toEqual(['C-1001']);
      expect(await rows('flag=human_requested')).toEqual(['C-1003']);
      expect(await rows('flag=unverified_order')).toEqual(['C-1003']);
      expect(await rows('flag=over_cost_cap')).toEqual([]);
      expect(await rows('platform=discord')).toEqual(['C-1002']);
      expect(await rows('state=declined')).toEqual(['C-1004']);
      expect(await rows('state=all')).toEqual(['C-1001', 'C-1002', 'C-1003', 'C-1004']);
      expect(await rows('state=intake&platform=console&kind=doa')).toEqual(['C-1001']);
      expect(await rows('platform=console&flag=human_requested&kind=doa')).toEqual([]);
      // A value the desk does not know filters nothing.
      expect(await rows('kind=refund&flag=urgent')).toEqual(['C-1001', 'C-1002', 'C-1003']);
    });

    it("finds a case by its item's serial or part number, however staff write it", async () => {
      const rows = await queue();
      for (const typed of ['FOC2101X0AB', 'foc2101x0ab', 'foc-2101 x0ab', 'ws-c3850-48p']) {
        expect(await rows(`q=${encodeURIComponent(typed)}`), typed).toEqual(['C-1002']);
      }
      // The serial on the order, not the wrong one the customer typed.
      expect(await rows('q=FNS1732-0ABC')).toEqual(['C-1001']);
      expect(await rows('q=FNS17320ABD')).toEqual([]);
      // Closed cases only when asked for.
      expect(await rows('q=FXS1933Q2AB')).toEqual([]);
      expect(await rows('q=FXS1933Q2AB&state=all')).toEqual(['C-1004']);
      expect(await rows('q=FOC2101X0AB&platform=console')).toEqual([]);
    });

    it('shows each case with its state, kind, platform, ages and flags in words', async () => {
      const desk = await signedInDesk(app.database.db, { desk: app.desk, now: () => new Date('2026-11-22T13:00:00Z') });
      const page = await (await desk.get('/desk/')).text();
      const row = (ref: string) =>
        [...new RegExp(`<tr data-ref="${ref}">([\\s\\S]*?)</tr>`).exec(page)![1]!.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((m) =>
          m[1]!.replace(/<[^<>]*>/g, '').trim(),
        );
      expect(row('C-1001')).toEqual(['C-1001', 'intake', 'DOA', 'Console', 'U1', '100234', 'none', '2 d', '2 d', 'serial mismatch']);
      expect(row('C-1002')).toEqual(['C-1002', 'intake', 'warranty', 'Discord', 'U2', '100310', 'none', '2 d', '2 d', '']);
      expect(row('C-1003').at(-1)).toBe('order not verifiedperson asked for');
      expect(page).toContain('<caption>3 open cases, oldest first</caption>');
      expect(page).toContain('<option value="human_requested">person asked for</option>');
    });

    it("keeps a customer's name as text on the page and in the live part", async () => {
      const desk = await signedInDesk(app.database.db, { desk: app.desk });
      const page = await (await desk.get('/desk/?flag=human_requested')).text();
      expect(page).not.toContain(EVIL);
      expect(page).toContain('<td>&lt;img src=x onerror=alert(1)&gt;</td>');
      const live = await desk.web.request('http://localhost/desk/?flag=human_requested', {
        headers: { cookie: desk.cookie, 'x-desk-live': '1' },
      });
      const part = await live.text();
      expect(part).not.toContain(EVIL);
      expect(part).toContain('&lt;img src=x onerror=alert(1)&gt;');
    });

    it('sends the live part alone when the page script asks, and the whole page with where its changes start otherwise', async () => {
      const desk = await signedInDesk(app.database.db, { desk: app.desk });
      const page = await (await desk.get('/desk/?platform=discord')).text();
      expect(page).toMatch(/<div data-since="\d+">/);
      expect(page).toContain('<div data-live="queue"><table>');
      expect(page).toContain('/desk/assets/live.js');
      const live = await desk.web.request('http://localhost/desk/?platform=discord', {
        headers: { cookie: desk.cookie, 'x-desk-live': '1' },
      });
      const part = await live.text();
      expect(part).toMatch(/^<table>[\s\S]*<\/table>$/);
      expect([...part.matchAll(/<tr data-ref="([^"]+)"/g)].map((m) => m[1])).toEqual(['C-1002']);
      const empty = await desk.web.request('http://localhost/desk/?platform=slack', {
        headers: { cookie: desk.cookie, 'x-desk-live': '1' },
      });
      expect(await empty.text()).toMatch(/^<p>No cases match these filters\./);
      // Without a session: no part of the queue.
      const anonymous = await desk.web.request('http://localhost/desk/?platform=discord', { headers: { 'x-desk-live': '1' } });
      expect(await anonymous.text()).not.toContain('C-1002');
    });
  });
});
