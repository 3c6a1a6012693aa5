// Staff acting on a case from the web desk: the same commands and rules as /rma, once per form.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findCaseByRef, caseHistory } from '../../src/store/caseStore.ts';
import { deskAuditTrail } from '../../src/store/deskSessionStore.ts';
import { actionCommand } from '../../src/web/caseActions.ts';
import { openTestApp, type TestApp } from '../support/testApp.ts';
import { signedInDesk } from './signedIn.ts';

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

  const signedIn = async () => {
    const { web, cookie, get } = await signedInDesk(app.database.db, { desk: app.desk, afterChange: () => void kicked++ });
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
    return { act };
  };

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
