// The locale cache with the real Slack Web API client against the fake Slack API, on a clock the test
// moves: a locale is kept for an hour, a failed lookup for a minute, and only so many users at once.
import { webApi } from '@slack/bolt';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { userLocales, type UserLocales } from '../../../src/adapters/slack/userLocale.ts';
import { startFakeSlackApi, type FakeSlackApi } from '../../fakes/slack/fakeSlackApi.ts';

describe('Slack user locales', () => {
  let api: FakeSlackApi;
  let clock: number;
  let locales: UserLocales;
  const lookups = (user?: string) => api.callsOf('users.info', (a) => user === undefined || a.user === user).length;

  beforeEach(async () => {
    api = await startFakeSlackApi({ locales: { UDE: 'de-DE', UES: 'es-419', UFR: 'fr-FR' } });
    clock = Date.parse('2026-11-20T10:00:00Z');
    const client = new webApi.WebClient('xoxb-test', {
      slackApiUrl: api.apiUrl,
      retryConfig: { retries: 0 },
      rejectRateLimitedCalls: true,
    });
    locales = userLocales({ client, now: () => clock, maxUsers: 2 });
  });
  afterEach(async () => {
    await api.close();
  });

  it('reads a locale once and keeps it for an hour', async () => {
    expect(await Promise.all([locales.localeOf('UDE'), locales.localeOf('UDE')])).toEqual(['de-DE', 'de-DE']);
    expect(lookups()).toBe(1);
    api.locales.UDE = 'fr-FR';
    clock += 59 * 60_000;
    expect(await locales.localeOf('UDE')).toBe('de-DE');
    clock += 2 * 60_000;
    expect(await locales.localeOf('UDE')).toBe('fr-FR');
    expect(lookups()).toBe(2);
  });

  it('gives no locale when Slack fails, and asks again after a minute', async () => {
    api.fail({ method: 'users.info', mode: 'rate_limit', times: 1, retryAfter: 30 });
    expect(await locales.localeOf('UDE')).toBeUndefined();
    expect(await locales.localeOf('UDE')).toBeUndefined();
    expect(lookups()).toBe(1);
    clock += 61_000;
    expect(await locales.localeOf('UDE')).toBe('de-DE');
    expect(lookups()).toBe(2);
  });

  it('drops the user read longest ago when it holds too many', async () => {
    await locales.localeOf('UDE');
    await locales.localeOf('UES');
    await locales.localeOf('UFR');
    expect(await locales.localeOf('UFR')).toBe('fr-FR');
    expect(await locales.localeOf('UES')).toBe('es-419');
    expect(lookups()).toBe(3);
    expect(await locales.localeOf('UDE')).toBe('de-DE');
    expect(lookups('UDE')).toBe(2);
  });
});
