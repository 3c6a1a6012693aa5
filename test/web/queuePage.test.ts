// The queue page's body as staff read it: what customers typed stays text, each case links to its page,
// ages read as words, the filter form has its labels, an empty queue says so with a way back; and in a
// browser, axe finds no serious accessibility problem and the controls are found by their labels.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CASE_STATES } from '../../src/case/caseState.ts';
import { page } from '../../src/web/layout.ts';
import { renderQueue, renderQueueTable } from '../../src/web/queuePage.ts';
import type { QueueFilter, QueueRow } from '../../src/web/queueQuery.ts';
import { accessibilityProblems, chromiumTool, launchChromium } from './browser.ts';

const NOW = '2026-11-22T10:00:00.000Z';
const OPTIONS = { now: NOW, states: CASE_STATES, platforms: ['slack', 'discord'] };

function row(overrides: Partial<QueueRow> = {}): QueueRow {
  return {
    ref: 'C-1001',
    platform: 'slack',
    customer: 'U1',
    state: 'intake',
    kind: null,
    orderNumber: null,
    rma: null,
    openedAt: '2026-11-22T07:00:00.000Z',
    stateSince: '2026-11-22T09:30:00.000Z',
    updatedAt: '2026-11-22T09:30:00.000Z',
    flags: [],
    ageHours: 3,
    timeInStateHours: 0.5,
    ...overrides,
  };
}

const render = (rows: QueueRow[], filter: QueueFilter = {}, total?: number) =>
  renderQueue(rows, filter, { ...OPTIONS, ...(total === undefined ? {} : { total }) }).value;

/** The cells of the row of `ref`, tags removed. */
function cells(markup: string, ref: string): string[] {
  const tr = new RegExp(`<tr data-ref="${ref}">([\\s\\S]*?)</tr>`).exec(markup)![1]!;
  return [...tr.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((m) => m[1]!.replace(/<[^<>]*>/g, '').trim());
}

describe('the queue page', () => {
  it('shows a row per case: ref linked to its page, state in words, kind, platform, customer, order, RMA, ages, flags', () => {
    const markup = render([
      row(),
      row({
        ref: 'C-1002',
        platform: 'discord',
        customer: 'U2',
        state: 'awaiting_return',
        kind: 'doa',
        orderNumber: '100234',
        rma: 'RMA-26-00001',
        openedAt: '2026-11-19T09:00:00.000Z',
        stateSince: '2026-11-20T08:00:00.000Z',
        flags: ['human_requested', 'over_cost_cap'],
      }),
    ]);
    expect([...markup.matchAll(/<tr data-ref="([^"]+)"/g)].map((m) => m[1])).toEqual(['C-1001', 'C-1002']);
    expect(markup).toContain('<a href="/desk/cases/C-1002">C-1002</a>');
    expect(cells(markup, 'C-1001')).toEqual(['C-1001', 'intake', 'not yet', 'Slack', 'U1', 'none', 'none', '3 h', 'less than 1 h', '']);
    expect(cells(markup, 'C-1002')).toEqual([
      'C-1002',
      'awaiting return',
      'DOA',
      'Discord',
      'U2',
      '100234',
      'RMA-26-00001',
      '3 d',
      '2 d',
      'person asked forover cost cap',
    ]);
    expect(markup).toContain('<span class="flag">person asked for</span><span class="flag">over cost cap</span>');
    expect(markup).toMatch(/<caption>2 open cases, oldest first<\/caption>/);
    expect(markup.match(/<th scope="col">/g)).toHaveLength(10);
  });

  it('keeps what customers and staff typed as text, in cells, attributes and the search box', () => {
    const evil = `<script>alert("x")</script><img src=x onerror=alert(1)>`;
    const markup = render([row({ customer: evil, orderNumber: `"><b>bold</b>`, platform: `<i>p</i>` })], { q: `"><script>q</script>` });
    expect(markup).not.toMatch(/<script|<img|<b>|<i>/);
    expect(cells(markup, 'C-1001')[4]).toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;');
    expect(cells(markup, 'C-1001')[5]).toBe('&quot;&gt;&lt;b&gt;bold&lt;/b&gt;');
    expect(markup).toContain('value="&quot;&gt;&lt;script&gt;q&lt;/script&gt;"');
    expect(markup).toContain('found for “&quot;&gt;&lt;script&gt;q&lt;/script&gt;”');
  });

  it('has a GET filter form with a visible label on every control, showing the filter chosen', () => {
    const markup = render([row()], { state: 'review', kind: 'warranty', flag: 'serial_mismatch', platform: 'discord', q: '100234' });
    const form = /<form class="filters" method="get" action="\/desk\/"[\s\S]*?<\/form>/.exec(markup)![0];
    const labelled = [...form.matchAll(/<label>([^<]+)<(select|input)[^>]*name="(\w+)"/g)].map((m) => [m[1], m[3]]);
    expect(labelled).toEqual([
      ['State', 'state'],
      ['Kind', 'kind'],
      ['Flag', 'flag'],
      ['Platform', 'platform'],
      ['Case, RMA, order, serial or part number', 'q'],
    ]);
    expect(form).toContain('<option value="review" selected>review</option>');
    expect(form).toContain('<option value="warranty" selected>warranty</option>');
    expect(form).toContain('<option value="serial_mismatch" selected>serial mismatch</option>');
    expect(form).toContain('<option value="discord" selected>Discord</option>');
    expect(form).toContain('value="100234"');
    expect(form).toContain('<button type="submit">Show</button>');
    expect(form).toContain('<a href="/desk/">Clear filters</a>');
    // Unfiltered: open cases of any state are chosen, nothing to clear.
    const plain = render([row()]);
    expect(plain).toContain('<option value="" selected>open (any state)</option>');
    expect(plain).not.toContain('Clear filters');
    expect(render([row()], { includeClosed: true })).toContain('<option value="all" selected>all, closed too</option>');
  });

  it('says how many cases there are in all when it shows only some', () => {
    expect(render([row()], {}, 1234)).toContain('<caption>1 of 1,234 open cases shown, oldest first</caption>');
    expect(render([row()], { state: 'awaiting_return' }, 1)).toContain('<caption>1 awaiting return case, oldest first</caption>');
    expect(render([row()], { includeClosed: true }, 10_001)).toContain(
      '<caption>1 of more than 10,000 cases shown, oldest first</caption>',
    );
    expect(render([row()], { q: '100234', includeClosed: true }, 3)).toContain(
      '<caption>1 of 3 cases found for “100234”, oldest first</caption>',
    );
  });

  it('says in words when no case matches, with a link that clears the filters', () => {
    expect(render([])).toContain('<p>There are no open cases.</p>');
    expect(render([])).not.toContain('<table');
    const filtered = render([], { flag: 'over_cost_cap', platform: 'slack' });
    expect(filtered).toContain('No cases match these filters.');
    expect(filtered).toMatch(/<a href="\/desk\/">clear the filters<\/a>/);
    // A search among open cases that found nothing offers the closed ones too.
    const searched = renderQueueTable([], { q: 'RMA-26-00001', platform: 'slack' }, OPTIONS).value;
    expect(searched).toContain('<a href="/desk/?state=all&amp;platform=slack&amp;q=RMA-26-00001">Search closed cases too</a>');
  });

  it('keeps the live part (the table) apart from the form', () => {
    const markup = render([row()]);
    expect(markup).toMatch(/<div data-live="queue"><table>[\s\S]*<\/table><\/div>$/);
    expect(markup).toContain('<p id="live-status" class="muted" role="status" aria-live="polite"></p>');
  });
});

describe('the queue page in a browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    if (chromiumTool.skip) return;
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  it(
    `has no serious accessibility problem, and its controls and table are found by name${chromiumTool.note}`,
    { skip: chromiumTool.skip, timeout: 60_000 },
    async () => {
      const body = renderQueue(
        [row({ flags: ['serial_mismatch'] }), row({ ref: 'C-1002', kind: 'warranty', orderNumber: '100310' })],
        { platform: 'slack' },
        OPTIONS,
      );
      const tab = await (await browser.newContext()).newPage();
      await tab.setContent(page({ title: 'Queue', body, nonce: 'n', staff: { name: 'Sam', csrf: 'x' } }).value);
      for (const label of ['State', 'Kind', 'Flag', 'Platform', 'Case, RMA, order, serial or part number']) {
        expect(await tab.getByLabel(label).count(), label).toBe(1);
      }
      expect(await tab.getByRole('table', { name: '2 open cases, oldest first' }).count()).toBe(1);
      expect(await tab.getByRole('columnheader', { name: 'In state' }).count()).toBe(1);
      expect(await tab.getByRole('link', { name: 'C-1002' }).getAttribute('href')).toBe('/desk/cases/C-1002');
      expect(await accessibilityProblems(tab)).toEqual([]);
    },
  );
});
