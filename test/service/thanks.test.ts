// "thanks!" is answered in kind: never a miss that hands the case to a person, never a staff post.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { persistedSnapshot } from '../../src/case/snapshot.ts';
import { findCaseByRef } from '../../src/store/caseStore.ts';
import { openTestApp, toCustomer, toStaff, type TestApp } from '../support/testApp.ts';

const WELCOME = 'You\'re welcome.\nAnything else, just say "talk to a person".';

describe('a thank-you', () => {
  let app: TestApp;
  beforeEach(async () => {
    app = await openTestApp();
  });
  afterEach(async () => {
    await app.close();
  });

  const flags = async () => persistedSnapshot((await findCaseByRef(app.database.db, 'C-1001'))!).context.flags.map((f) => f.code);

  it('during intake, even twice, is welcomed and the step asked again, with no hand-over to a person', async () => {
    await app.send({ user: 'U1', text: 'order 100234 the optic is dead', at: '2026-11-20T10:00:00Z' });
    for (const thanks of ['thanks!', 'ok thank you so much']) {
      const reply = await app.send({ user: 'U1', text: thanks });
      expect(toCustomer(reply.messages)[0]).toBe(WELCOME);
      expect(reply.messages.at(-1)).toMatchObject({ to: 'customer', expects: 'serial_number' });
      expect(toStaff(reply.messages)).toEqual([]);
    }
    expect(await flags()).not.toContain('human_requested');
    // The step still takes its answer.
    const serial = await app.send({ user: 'U1', text: 'FNS17320ABC' });
    expect(serial.messages.at(-1)).toMatchObject({ expects: 'serial_photo' });
  });

  it('on a closed case is welcomed without a staff post', async () => {
    await app.send({ user: 'U1', text: 'order 100400 is dead', at: '2026-11-20T10:00:00Z' });
    const declined = persistedSnapshot((await findCaseByRef(app.database.db, 'C-1001'))!);
    expect(declined.value).toBe('declined');
    const reply = await app.send({ user: 'U1', text: 'cheers' });
    expect(toCustomer(reply.messages)).toEqual([WELCOME]);
    expect(toStaff(reply.messages)).toEqual([]);
  });
});
