// Which platform sign-ins the desk offers (SLACK_CLIENT_ID/SECRET, DISCORD_CLIENT_SECRET), a mistake in
// them stopping the start, and a platform that cannot be reached sending the staffer back with a reason.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config/config.ts';
import { createDeskApp } from '../../src/web/deskApp.ts';
import { readSignInConfig } from '../../src/web/signInConfig.ts';
import { openTestApp, type TestApp } from '../support/testApp.ts';

describe('platform sign-in settings', () => {
  it('offers Slack with its client id and secret, at slack.com unless a test issuer is given', () => {
    expect(readSignInConfig({})).toEqual({ slack: null, discord: null });
    expect(readSignInConfig({ SLACK_CLIENT_ID: '123.456', SLACK_CLIENT_SECRET: 's3cret' }).slack).toEqual({
      clientId: '123.456',
      clientSecret: 's3cret',
      issuer: 'https://slack.com',
    });
    expect(
      readSignInConfig({ SLACK_CLIENT_ID: '1', SLACK_CLIENT_SECRET: '2', SLACK_OIDC_ISSUER: 'http://127.0.0.1:9999/' }).slack?.issuer,
    ).toBe('http://127.0.0.1:9999');
  });

  it('offers Discord with the client secret, the application id as client id, and the configured API', () => {
    expect(readSignInConfig({ DISCORD_APPLICATION_ID: '900000000000000002', DISCORD_CLIENT_SECRET: 'x' }).discord).toEqual({
      clientId: '900000000000000002',
      clientSecret: 'x',
      apiUrl: 'https://discord.com/api',
    });
    expect(
      readSignInConfig({
        DISCORD_APPLICATION_ID: '9',
        DISCORD_CLIENT_ID: '8',
        DISCORD_CLIENT_SECRET: 'x',
        DISCORD_API_URL: 'http://127.0.0.1:5/api/',
      }).discord,
    ).toEqual({ clientId: '8', clientSecret: 'x', apiUrl: 'http://127.0.0.1:5/api' });
  });

  it('stops the start on half a setting, naming what is missing', () => {
    expect(() => readSignInConfig({ SLACK_CLIENT_ID: '123.456' })).toThrow(ConfigError);
    expect(() => readSignInConfig({ SLACK_CLIENT_SECRET: 'x' })).toThrow(/SLACK_CLIENT_ID and SLACK_CLIENT_SECRET/);
    expect(() => readSignInConfig({ DISCORD_CLIENT_SECRET: 'x' })).toThrow(/DISCORD_APPLICATION_ID/);
    expect(() => readSignInConfig({ SLACK_CLIENT_ID: '1', SLACK_CLIENT_SECRET: '2', SLACK_OIDC_ISSUER: 'ftp://x' })).toThrow(
      /SLACK_OIDC_ISSUER/,
    );
  });
});

describe('platform sign-in on the desk', () => {
  let app: TestApp;
  beforeEach(async () => {
    app = await openTestApp();
  });
  afterEach(async () => {
    await app.close();
  });
  const desk = () =>
    createDeskApp({
      db: app.database.db,
      staffCheck: async () => true,
      publicUrl: null,
      timeZone: 'UTC',
      signIns: {
        // Nothing listens on port 9: discovery fails.
        slack: { clientId: '1', clientSecret: '2', issuer: 'http://127.0.0.1:9', teamId: 'T0RMA' },
        discord: { clientId: '900000000000000002', clientSecret: 'x', apiUrl: 'http://127.0.0.1:9/api' },
      },
    });

  it('shows a button per configured platform, and none without', async () => {
    const page = await (await desk().request('http://localhost/desk/sign-in')).text();
    expect(page).toContain('href="/desk/sign-in/slack">Sign in with Slack</a>');
    expect(page).toContain('href="/desk/sign-in/discord">Sign in with Discord</a>');
    const plain = createDeskApp({ db: app.database.db, staffCheck: async () => true, publicUrl: null, timeZone: 'UTC' });
    expect(await (await plain.request('http://localhost/desk/sign-in')).text()).not.toContain('Sign in with');
    // Not configured: the path is just another page behind the sign-in.
    const unset = await plain.request('http://localhost/desk/sign-in/slack');
    expect(unset.headers.get('location')).toBe('/desk/sign-in?why=signed-out');
    expect(unset.headers.get('set-cookie')).toBeNull();
  });

  it('sends the staffer back with a reason when Slack cannot be reached, and to Discord with PKCE and state', async () => {
    const web = desk();
    const slack = await web.request('http://localhost/desk/sign-in/slack');
    expect(slack.status).toBe(303);
    expect(slack.headers.get('location')).toBe('/desk/sign-in?why=provider-down');
    const page = await (await web.request('http://localhost/desk/sign-in?why=provider-down')).text();
    expect(page).toContain('could not be reached to sign you in');

    const discord = await web.request('http://localhost/desk/sign-in/discord');
    expect(discord.status).toBe(302);
    const to = new URL(discord.headers.get('location')!);
    expect(`${to.origin}${to.pathname}`).toBe('http://127.0.0.1:9/oauth2/authorize');
    expect(Object.fromEntries(to.searchParams)).toMatchObject({
      client_id: '900000000000000002',
      scope: 'identify',
      response_type: 'code',
      redirect_uri: 'http://localhost/desk/sign-in/discord/callback',
      code_challenge_method: 'S256',
    });
    expect(to.searchParams.get('state')).toMatch(/^[\w-]{20,}$/);
    const cookie = discord.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^rma_desk_sign_in=[\w-]+; Max-Age=600; Path=\/desk\/sign-in; HttpOnly; SameSite=Lax$/);
  });
});
