// The case page as staff read it: the heading, the conversation in order, what a customer typed shown
// as text, files from the desk's own route, the order with its serial numbers, eligibility and costs.
import { describe, expect, it } from 'vitest';
import { loadCaseView, type CaseView } from '../../src/web/caseView.ts';
import { actionForms, offeredActions } from '../../src/web/caseActions.ts';
import { renderCase } from '../../src/web/casePage.ts';
import { html } from '../../src/web/html.ts';
import { approvedCase, minute, NOTE, REPLY } from './caseDriven.ts';
import { useVaultedApp } from './evidenceFixture.ts';

const OPTIONS = { now: '2026-11-22T09:00:00.000Z', timeZone: 'Europe/Berlin' };
const HOSTILE = '<img src=x onerror=alert(1)> the port stays dark & "nothing" works';

/** The text of an element's content with tags taken out (the page's own markup is simple). */
function textOf(markup: string): string {
  return markup
    .replace(/<[^<>]*>/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The HTML of the section whose heading is `title`. */
function sectionOf(page: string, title: string): string {
  const start = page.indexOf(`>${title}</h2>`) + 1;
  expect(start, `section ${title}`).toBeGreaterThan(0);
  return page.slice(start, page.indexOf('</section>', start));
}

describe('the case page', () => {
  const fx = useVaultedApp();

  async function pageOf(ref: string): Promise<{ view: CaseView; page: string }> {
    const view = (await loadCaseView(fx.app.database.db, ref))!;
    return { view, page: renderCase(view, OPTIONS).value };
  }

  it('draws the case: heading, sections, the conversation in order, the order with serials, eligibility', async () => {
    const { ref } = await approvedCase(fx.app, fx.host, fx.vault);
    const { page, view } = await pageOf(ref);

    expect(textOf(page.slice(page.indexOf('<h1>'), page.indexOf('</h1>')))).toBe(
      `${ref} approved, waiting for the parcel DOA claim RMA-26-00001`,
    );
    expect([...page.matchAll(/<h2 id="[\w-]+">([^<]+)<\/h2>/g)].map((m) => m[1])).toEqual([
      'Conversation',
      'Order record',
      'Eligibility',
      'Evidence',
      'Shipping costs',
      'Flags',
      'Notes',
      'Audit trail',
    ]);
    // The desk's action forms go where the caller says, before the audit trail.
    expect(renderCase(view, { ...OPTIONS, before: html`<section id="case-actions"></section>` }).value).toMatch(
      /<section id="case-actions"><\/section>\s*<section id="history"/,
    );

    // The conversation: one list item per line, times in the policy's zone with the instant in `datetime`.
    const conversation = sectionOf(page, 'Conversation');
    expect(conversation).toContain('<ol class="transcript">');
    const items = [
      ...conversation.matchAll(
        /<li data-from="(\w+)"><span class="who">([^<]+)<\/span> <time class="when" datetime="([^"]+)">([^<]+)<\/time>/g,
      ),
    ];
    expect(items[0]!.slice(1)).toEqual(['customer', 'Customer U1', minute(0), '2026-11-20 11:00']);
    const datetimes = items.map((m) => Date.parse(m[3]!));
    expect(datetimes).toEqual([...datetimes].sort((a, b) => a - b));
    expect(items.filter((m) => m[1] !== 'bot').map((m) => `${m[4]!.slice(-2)} ${m[2]}`)).toEqual([
      '00 Customer U1',
      '01 Customer U1',
      '02 Customer U1',
      '03 Customer U1',
      '04 Customer U1',
      '05 Customer U1',
      '06 Staff S1',
      '07 Staff S1',
      '08 Staff S1',
      '09 Staff S1',
    ]);
    expect(conversation).toContain(`<div class="text">${REPLY}</div>`);
    expect(conversation).toContain(`<div class="text">${NOTE}</div><div class="muted">note, staff only</div>`);
    expect(conversation.indexOf(NOTE)).toBeLessThan(conversation.indexOf('RMA number RMA-26-00001'));
    expect(conversation.indexOf('RMA number RMA-26-00001')).toBeLessThan(conversation.indexOf(REPLY));

    // Staff see the order's serial numbers, and whether the customer's matches.
    const order = sectionOf(page, 'Order record');
    expect(order).toContain('<td>SFP-10G-SR</td><td>FNS17320ABC</td>');
    expect(textOf(order)).toContain('Serial number given by the customer: FNS17320ABC matches the order.');

    expect(textOf(sectionOf(page, 'Eligibility'))).toContain(
      'DOA: delivered 2026-11-10, claim made 2026-11-20, 10 days after delivery, within the 14-day DOA window, which ends 2026-11-24 (in 2 days).',
    );
    expect(textOf(sectionOf(page, 'Eligibility'))).toContain('Approved by S1 2026-11-20 11:07: RMA-26-00001.');
    expect(textOf(sectionOf(page, 'Notes'))).toBe(`Notes Staff S1 2026-11-20 11:06${NOTE}`);
  });

  it('draws the actions the case takes now, the likely next first, then when the others come', async () => {
    const { ref } = await approvedCase(fx.app, fx.host, fx.vault);
    const { view } = await pageOf(ref);
    const section = actionForms(ref, 'token-1', offeredActions(view.snapshot, OPTIONS.now)).value;
    expect([...section.matchAll(/<button type="submit">([^<]+)<\/button>/g)].map((m) => m[1])).toEqual([
      'Parcel received',
      'Record cost',
      'Reply to the customer',
      'Add note',
    ]);
    expect(section).toContain(`<div class="actions"><form method="post" action="/desk/cases/${ref}/act">`);
    // Each form carries the CSRF token and an id of its own.
    const forms = [
      ...section.matchAll(/<input type="hidden" name="csrf" value="token-1"><input type="hidden" name="form" value="([\w-]+)">/g),
    ];
    expect(forms).toHaveLength(4);
    expect(new Set(forms.map((m) => m[1])).size).toBe(4);
    expect([...section.matchAll(/<p class="muted">([^<]+)<\/p>/g)].map((m) => m[1])).toEqual([
      'Resolve and deny are offered once the parcel is received.',
      'Approve cost above the cap is offered when costs over the USD 500.00 cap wait for approval.',
    ]);

    // In review: the decision first; nothing about costs yet, whose forms come with the RMA.
    const { ref: inReview } = await approvedCase(fx.app, fx.host, fx.vault, { user: 'U2', review: true });
    const review = offeredActions((await pageOf(inReview)).view.snapshot, OPTIONS.now);
    expect(review).toEqual({
      offered: ['approve', 'deny', 'info', 'reply', 'note'],
      whyNot: ['Parcel received and record a cost are offered once the RMA is issued.'],
    });
  });

  it('shows what the customer typed as text, never as markup', async () => {
    const { ref } = await approvedCase(fx.app, fx.host, fx.vault, { fault: HOSTILE });
    await fx.app.send({ user: 'U1', text: '<script>alert("x")</script> hello?', at: minute(20) });
    const { page } = await pageOf(ref);
    expect(page).not.toContain('<img src=x');
    expect(page).not.toContain('<script>');
    const escaped = '&lt;img src=x onerror=alert(1)&gt; the port stays dark &amp; &quot;nothing&quot; works';
    // In the conversation and as the fault in the order record.
    expect(sectionOf(page, 'Conversation')).toContain(`<div class="text">${escaped}</div>`);
    expect(sectionOf(page, 'Order record')).toContain(`<div class="text">${escaped}</div>`);
    expect(page).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; hello?');
  });

  it('links files to the desk route, never to the platform; photos as images, other files as downloads', async () => {
    const { ref } = await approvedCase(fx.app, fx.host, fx.vault);
    const { view, page } = await pageOf(ref);
    const [label, rack, log] = view.evidence;

    const evidence = sectionOf(page, 'Evidence');
    expect(evidence).toContain(`<img src="/desk/cases/${ref}/evidence/${label!.id}" alt="serial-label photo sn.jpg" width="240">`);
    expect(evidence).toContain(`<img src="/desk/cases/${ref}/evidence/${rack!.id}" alt="installation photo rack.jpg" width="240">`);
    expect(evidence).toContain(`<a href="/desk/cases/${ref}/evidence/${log!.id}" download="show log.txt">show log.txt</a>`);
    expect(evidence).toContain(`<code class="text">${log!.sha256}</code>`);
    expect(evidence).toContain('<td>text/plain</td><td>57 B</td>');
    // The conversation's files go to the same route.
    expect(sectionOf(page, 'Conversation')).toContain(`<a href="/desk/cases/${ref}/evidence/${log!.id}">show log.txt</a>`);

    // Every link and image on the page stays on the desk; the platform's host is nowhere.
    const targets = [...page.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => m[1]!);
    expect(targets.length).toBeGreaterThanOrEqual(5);
    expect(targets.filter((t) => !t.startsWith('/desk/'))).toEqual([]);
    expect(page).not.toContain(fx.host.host);
    expect(page).not.toContain('http');
  });

  it('says what a file not (yet) in the vault is, without a link', async () => {
    const { ref } = await approvedCase(fx.app, fx.host, fx.vault);
    fx.host.expire(`/${ref}/late.png`);
    await fx.app.send({
      user: 'U1',
      at: minute(31),
      files: [{ id: 'F9', name: 'late.png', type: 'image/png', size: 10, url: fx.host.url(`/${ref}/late.png`) }],
    });
    const { view, page } = await pageOf(ref);
    const late = view.evidence.find((e) => e.name === 'late.png')!;
    expect(late.status).toBe('pending');
    const evidence = sectionOf(page, 'Evidence');
    expect(evidence).toContain(`<tr data-evidence="${late.id}"><td>late.png</td>`);
    expect(evidence).toContain('waiting to be copied into the vault');
    expect(page).not.toContain(`/evidence/${late.id}"`);
  });

  it('totals the shipping costs against the USD 500 cap, and says when the excess is approved in writing', async () => {
    const within = await approvedCase(fx.app, fx.host, fx.vault);
    expect(textOf(sectionOf((await pageOf(within.ref)).page, 'Shipping costs'))).toContain(
      'Total USD 42.50 of the USD 500.00 cap: within the cap (USD 457.50 left).',
    );

    const over = await approvedCase(fx.app, fx.host, fx.vault, {
      user: 'U2',
      costs: [
        ['450', 'return shipping'],
        ['170', 'duties'],
      ],
    });
    // Approving the cost above the cap is offered only while some waits for the written approval.
    const offers = async (ref: string) => offeredActions((await pageOf(ref)).view.snapshot, OPTIONS.now).offered;
    expect(await offers(within.ref)).not.toContain('approve-cost');
    expect(await offers(over.ref)).toContain('approve-cost');
    const before = sectionOf((await pageOf(over.ref)).page, 'Shipping costs');
    expect(textOf(before)).toContain(
      'Total USD 620.00 against the USD 500.00 cap: USD 120.00 over the cap; USD 120.00 waits for written approval before it is covered.',
    );
    expect(before).toContain(
      '<td>duties</td><td>USD 170.00</td><td>USD 50.00</td><td><span class="flag">USD 120.00 waits for approval</span></td>',
    );
    expect(before).toContain('<th scope="row" colspan="2">Total</th><td>USD 620.00</td><td>USD 500.00</td><td>USD 120.00</td>');
    expect(textOf(sectionOf((await pageOf(over.ref)).page, 'Flags'))).toContain('over the cost cap');

    await fx.app.send({ user: 'S2', command: `/rma approve-cost ${over.ref}`, at: minute(45) });
    const after = sectionOf((await pageOf(over.ref)).page, 'Shipping costs');
    expect(textOf(after)).toContain(
      'Total USD 620.00 against the USD 500.00 cap: USD 120.00 over the cap, approved in writing (by S2 2026-11-20 11:45).',
    );
    expect(after).toContain('<td>USD 120.00 approved</td>');
    expect(await offers(over.ref)).not.toContain('approve-cost');
  });

  it('says why a claim is outside the window, and what a denial told the customer', async () => {
    const ref = (await fx.app.send({ user: 'U1', text: 'order 100120 stopped working', at: minute(0) })).caseRef!;
    const declined = sectionOf((await pageOf(ref)).page, 'Eligibility');
    expect(textOf(declined)).toContain(
      'Outside the window: delivered 2026-05-01, claim made 2026-11-20, 203 days after delivery; the 90-day warranty ended 2026-07-30.',
    );

    const { ref: denied } = await approvedCase(fx.app, fx.host, fx.vault, { user: 'U2', review: true });
    await fx.app.send({ user: 'S1', command: `/rma deny ${denied} <b>not</b> a fault`, at: minute(50) });
    const eligibility = sectionOf((await pageOf(denied)).page, 'Eligibility');
    expect(eligibility).toContain('<div class="text">&lt;b&gt;not&lt;/b&gt; a fault</div>');
  });
});
