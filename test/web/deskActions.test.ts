// Staff acting on a case from the web desk: the same commands and rules as /rma, once per form, and
// only the actions the case takes in its state offered on its page.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CaseState } from '../../src/case/caseState.ts';
import { findCaseByRef, caseHistory } from '../../src/store/caseStore.ts';
import { deskAuditTrail } from '../../src/store/deskSessionStore.ts';
import { ACTIONS, actionCommand, type ActionName } from '../../src/web/caseActions.ts';
import { escapeHtml } from '../../src/web/html.ts';
import { openTestApp, type TestApp } from '../support/testApp.ts';
import { signedInDesk } from './signedIn.ts';

/** The desk with staffer S1 signed in: post a case's action form, read what its page offers. */
async function signedInAs(app: TestApp, afterChange?: () => void) {
  const { web, cookie, get } = await signedInDesk(app.database.db, { desk: app.desk, ...(afterChange ? { afterChange } : {}) });
  const page = await get('/desk/');
  const csrf = /name="csrf" value="([^"]+)"/.exec(await page.text())![1]!;
  const act = async (ref: string, fields: Record<string, string>) => {
    const posted = await web.request(`http://localhost/desk/cases/${ref}/act`, {
      method: 'POST',
      body: new URLSearchParams({ csrf, ...fields }),
      headers: { cookie },
    });
    expect(posted.status).toBe(303);
    const back = new URL(posted.headers.get('location')!, 'http://localhost');
    return { path: back.pathname, done: back.searchParams.get('done'), refused: back.searchParams.get('refused') };
  };
  /** The case page's offered actions (in order), why others are not there, and the page. */
  const offered = async (ref: string, query = '') => {
    const page = await (await get(`/desk/cases/${ref}${query}`)).text();
    const section = page.slice(page.indexOf('<section id="case-actions"'), page.indexOf('</section>', page.indexOf('id="case-actions"')));
    return {
      page,
      actions: [...section.matchAll(/name="action" value="([\w-]+)"/g)].map((m) => m[1] as ActionName),
      whyNot: [...section.matchAll(/<p class="muted">([^<]*)<\/p>/g)].map((m) => m[1]),
    };
  };
  return { act, offered };
}

describe('web desk actions', () => {
  let app: TestApp;
  let kicked = 0;
  beforeEach(async () => {
    app = await openTestApp({ staff: ['S1'] });
    kicked = 0;
  });
  afterEach(async () => {
    await app.close();
  });

  const signedIn = () => signedInAs(app, () => void kicked++);

  it('takes a case to review and approves it, says what happened, and records who did it', async () => {
    const ref = (await app.send({ user: 'U1', text: 'order 100234 the SFP is dead', at: '2026-11-20T10:00:00Z' })).caseRef!;
    const { act } = await signedIn();
    const review = await act(ref, { action: 'review', form: 'form-review-1' });
    expect(review.refused).toBeNull();
    const approved = await act(ref, { action: 'approve', form: 'form-approve-1' });
    expect(approved.path).toBe(`/desk/cases/${ref}`);
    expect(approved.done).toMatch(/RMA-\d\d-\d{5}/);
    const row = (await findCaseByRef(app.database.db, ref))!;
    expect(row.state).toBe('awaiting_return');
    expect(kicked).toBeGreaterThan(0);
    const history = await caseHistory(app.database.db, row.id);
    expect(history.filter((e) => e.actorKind === 'staff').map((e) => e.actorId)).toContain('S1');
    expect((await deskAuditTrail(app.database.db)).filter((a) => a.action === 'case_action').map((a) => a.staff)).toEqual([
      'console:S1',
      'console:S1',
    ]);
    // The same form sent again (a double click, a replayed POST) does nothing twice.
    const again = await act(ref, { action: 'approve', form: 'form-approve-1' });
    expect(again.done).toBe('That was sent already; nothing was done twice.');
    // A new form: refused by the same rule as /rma.
    const twice = await act(ref, { action: 'approve', form: 'form-approve-2' });
    expect(twice.refused).toBeTruthy();
    expect((await findCaseByRef(app.database.db, ref))!.rma).toBe(row.rma);
  });

  it('says what is missing from a form and changes nothing', async () => {
    const ref = (await app.send({ user: 'U1', text: 'order 100234 the SFP is dead', at: '2026-11-20T10:00:00Z' })).caseRef!;
    const before = (await findCaseByRef(app.database.db, ref))!.version;
    const { act } = await signedIn();
    expect((await act(ref, { action: 'deny', text: '   ' })).refused).toBe('Write the reason the customer will read.');
    expect((await act(ref, { action: 'cost', amount: '12,50', text: 'shipping' })).refused).toContain('such as 42.50');
    expect((await act(ref, { action: 'frobnicate' })).refused).toBe('That action is not one the desk knows.');
    expect((await findCaseByRef(app.database.db, ref))!.version).toBe(before);
  });
});

/** What the page offers in each main state, and the line that says when the next step's actions come. */
const CAP_LINE = 'Approve cost above the cap is offered when costs over the USD 500.00 cap wait for approval.';
const EXPECTED: Array<{ stage: Stage; actions: ActionName[]; whyNot: string[] }> = [
  {
    stage: 'intake',
    actions: ['reply', 'note', 'review'],
    whyNot: ['Approve, deny and ask for information are offered once the case is in review.'],
  },
  {
    stage: 'review',
    actions: ['approve', 'deny', 'info', 'reply', 'note'],
    whyNot: ['Parcel received and record a cost are offered once the RMA is issued.'],
  },
  {
    stage: 'awaiting_return',
    actions: ['received', 'cost', 'reply', 'note'],
    whyNot: ['Resolve and deny are offered once the parcel is received.', CAP_LINE],
  },
  {
    stage: 'over_cap',
    actions: ['received', 'approve-cost', 'cost', 'reply', 'note'],
    whyNot: ['Resolve and deny are offered once the parcel is received.'],
  },
  { stage: 'inspection', actions: ['resolve', 'deny', 'cost', 'reply', 'note'], whyNot: [CAP_LINE] },
  { stage: 'resolved', actions: ['reopen', 'cost', 'reply', 'note'], whyNot: [CAP_LINE] },
];

/** The main states of a case, and an approved case whose costs went over the cap without a written approval. */
type Stage = 'intake' | 'review' | 'awaiting_return' | 'over_cap' | 'inspection' | 'resolved';
const STATE_OF: Record<Stage, CaseState> = {
  intake: 'intake',
  review: 'review',
  awaiting_return: 'awaiting_return',
  over_cap: 'awaiting_return',
  inspection: 'inspection',
  resolved: 'resolved',
};

/** A valid form of each action: a refusal can only be the case service's. */
const FORMS: Record<ActionName, Record<string, string>> = {
  approve: {},
  received: {},
  resolve: { resolution: 'replacement' },
  'approve-cost': {},
  reopen: {},
  deny: { text: 'the fault is not covered' },
  info: { text: 'a photo of the port' },
  cost: { amount: '12.50', text: 'return shipping' },
  reply: { text: 'We are on it.' },
  note: { text: 'checked the order' },
  review: {},
};

describe('the actions a case page offers', () => {
  let app: TestApp;
  let customers = 0;
  beforeEach(async () => {
    app = await openTestApp({ staff: ['S1'] });
    customers = 0;
  });
  afterEach(async () => {
    await app.close();
  });

  /** A new case of a new customer, driven through the case service (files without a link: no vault) to `stage`. */
  async function caseAt(stage: Stage): Promise<string> {
    const user = `U${++customers}`;
    const ref = (await app.send({ user, text: 'order 100234 is dead', at: '2026-11-20T10:00:00Z' })).caseRef!;
    const staff = async (command: string) => expect((await app.send({ user: 'S1', command: `/rma ${command}` })).ok).toBe(true);
    if (stage !== 'intake') {
      await app.send({ user, text: 'FNS17320ABC' });
      await app.send({
        user,
        files: [
          { name: 'label.jpg', type: 'image/jpeg', size: 1 },
          { name: 'rack.jpg', type: 'image/jpeg', size: 1 },
        ],
      });
      await app.send({ user, text: 'no link light at all on the port' });
      await app.send({ user, files: [{ name: 'log.txt', type: 'text/plain', size: 1 }] });
      await app.send({ user, action: 'still_failing', caseRef: ref });
    }
    if (['awaiting_return', 'over_cap', 'inspection', 'resolved'].includes(stage)) await staff(`approve ${ref}`);
    if (stage === 'over_cap') await staff(`cost ${ref} 620 return shipping`);
    if (stage === 'inspection' || stage === 'resolved') await staff(`received ${ref}`);
    if (stage === 'resolved') await staff(`resolve ${ref} replacement`);
    expect((await findCaseByRef(app.database.db, ref))!.state).toBe(STATE_OF[stage]);
    return ref;
  }

  it.each(EXPECTED)(
    'in $stage offers exactly what the case service takes, the likely next first',
    async ({ stage, actions, whyNot }) => {
      const { act, offered } = await signedInAs(app);
      const ref = await caseAt(stage);
      const shown = await offered(ref);
      expect(shown.actions).toEqual(actions);
      expect(shown.whyNot).toEqual(whyNot);

      // The page against the case service. Not offered, posted anyway: refused by the case (its refusals
      // name it first; every form here is valid), and nothing changes.
      const version = (await findCaseByRef(app.database.db, ref))!.version;
      let form = 0;
      for (const action of ACTIONS.filter((a) => !shown.actions.includes(a))) {
        const posted = await act(ref, { action, form: `form-${stage}-${++form}`, ...FORMS[action] });
        expect(posted.refused, `${action} in ${stage}`).toMatch(new RegExp(`^${ref} `));
      }
      expect((await findCaseByRef(app.database.db, ref))!.version).toBe(version);
      // The refusal is on the page the staffer comes back to.
      const notOffered = ACTIONS.find((a) => !shown.actions.includes(a))!;
      const refused = (await act(ref, { action: notOffered, form: `form-${stage}-again`, ...FORMS[notOffered] })).refused!;
      expect((await offered(ref, `?${new URLSearchParams({ refused })}`)).page).toContain(
        `<p class="notice error" role="alert">${escapeHtml(refused)}</p>`,
      );

      // Each offered action, posted on a case in this state, is taken.
      for (const action of shown.actions) {
        const fresh = action === shown.actions[0] ? ref : await caseAt(stage);
        const posted = await act(fresh, { action, form: `form-${stage}-${action}`, ...FORMS[action] });
        expect(posted.refused, `${action} in ${stage}`).toBeNull();
      }
    },
    60_000,
  );

  it('offers to approve the cost above the cap until it is approved in writing', async () => {
    const { act, offered } = await signedInAs(app);
    const ref = await caseAt('over_cap');
    expect((await offered(ref)).actions).toContain('approve-cost');
    expect((await act(ref, { action: 'approve-cost', form: 'form-cap-1' })).refused).toBeNull();
    const after = await offered(ref);
    expect(after.actions).not.toContain('approve-cost');
    expect(after.whyNot).toContain(CAP_LINE);
    // A new cost above the cap waits for its own approval.
    expect((await act(ref, { action: 'cost', form: 'form-cap-2', amount: '30', text: 'duties' })).refused).toBeNull();
    expect((await offered(ref)).actions).toContain('approve-cost');
  });
});

describe('web desk action commands', () => {
  it('builds the /rma line of each form, one line whatever was typed', () => {
    expect(actionCommand('C-1001', { action: 'note', text: 'called them\nno answer' })).toEqual({
      command: '/rma note C-1001 called them no answer',
    });
    expect(actionCommand('C-1001', { action: 'cost', amount: '42.5', text: 'return shipping' })).toEqual({
      command: '/rma cost C-1001 42.5 return shipping',
    });
    expect(actionCommand('C-1001', { action: 'resolve', resolution: 'refund' })).toEqual({ command: '/rma resolve C-1001 refund' });
    expect(actionCommand('C-1001', { action: 'resolve', resolution: 'cash' })).toEqual({
      problem: 'Choose replacement, repair or refund.',
    });
  });
});
