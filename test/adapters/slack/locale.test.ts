// A customer's Slack locale (users.info with include_locale) picks the language their case answers in,
// whatever language their words are in; Slack failing to say leaves the message answered all the same.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { persistedSnapshot } from '../../../src/case/snapshot.ts';
import { translate } from '../../../src/i18n/translate.ts';
import { findCaseByRef } from '../../../src/store/caseStore.ts';
import { IDS, openSlackHarness, type SlackHarness } from './slackHarness.ts';

const askSerial = (language: 'en' | 'de') => translate(language, 'customer.ask.serial_number', { part: 'SFP-10G-SR' });

describe('a Slack customer with a locale', () => {
  let h: SlackHarness;
  beforeEach(async () => {
    h = await openSlackHarness();
    h.api.locales[IDS.customer] = 'de-DE';
  });
  afterEach(async () => {
    await h.close();
  });

  const caseContext = async () => persistedSnapshot((await findCaseByRef(h.app.database.db, 'C-1001'))!).context;

  it('is answered in German although they wrote English, with one users.info for all their messages', async () => {
    const root = await h.message({ channel: IDS.support, user: IDS.customer, text: 'order 100234 is dead' });
    expect(h.postsIn(IDS.support).at(-1)!.args.text).toContain(askSerial('de'));
    expect(await caseContext()).toMatchObject({ language: 'de', languageSource: 'platform' });

    await h.message({ channel: IDS.support, user: IDS.customer, text: 'SN FNS17320ABC', threadTs: root.ts, at: '2026-11-20T10:01:00Z' });
    // Staff answering in the thread are not looked up: the case keeps the customer's language.
    await h.message({
      channel: IDS.support,
      user: IDS.staff,
      text: 'Hallo, wir sehen es uns an.',
      threadTs: root.ts,
      at: '2026-11-20T10:02:00Z',
    });
    expect(h.api.callsOf('users.info')).toHaveLength(1);
    expect(h.api.callsOf('users.info')[0]!.args).toMatchObject({ user: IDS.customer, include_locale: 'true' });
    expect((await caseContext()).language).toBe('de');
    expect(h.problems).toEqual([]);
  });

  for (const fault of [
    { name: 'rate-limited', mode: 'rate_limit', retryAfter: 30 },
    { name: 'refused', mode: 'refuse' },
    { name: 'slower than the time box', mode: 'slow', delayMs: 4_000 },
  ] as const) {
    it(`is answered in English, in good time, when users.info is ${fault.name}`, async () => {
      h.api.fail({ method: 'users.info', times: Infinity, ...fault });
      const started = Date.now();
      const root = await h.message({ channel: IDS.support, user: IDS.customer, text: 'order 100234 is dead' });
      expect(root.status).toBe(200);
      expect(Date.now() - started).toBeLessThan(3_000);
      expect(h.postsIn(IDS.support).at(-1)!.args.text).toContain(askSerial('en'));
      expect((await caseContext()).language).not.toBe('de');
      // Tried once, not again at the next message (nor retried by the client).
      await h.message({ channel: IDS.support, user: IDS.customer, text: 'SN FNS17320ABC', threadTs: root.ts, at: '2026-11-20T10:01:00Z' });
      // (A slow call is recorded when the fake answers it, after the message was.)
      await h.api.waitFor('users.info', undefined, 6_000);
      expect(h.api.callsOf('users.info')).toHaveLength(1);
    });
  }
});
