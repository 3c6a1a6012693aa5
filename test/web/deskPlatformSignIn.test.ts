// Signing in to the web desk with Slack (a real OpenID Connect provider on loopback standing in for
// slack.com) and with Discord (the fake Discord's OAuth2 endpoints), in a real Chromium, against the bot's
// Slack and Discord adapters as `rma-desk start` wires them: who is staff is the adapter's answer. A
// staffer signed in with Slack opens a customer's case, sees the photo from the evidence vault,
// approves, and the customer's approval is in the case transcript and in the Slack thread.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openEvidenceStore, readEvidenceConfig } from '../../src/evidence/config.ts';
import { listEvidence } from '../../src/evidence/evidenceQueries.ts';
import { startEvidenceVault, type EvidenceVault } from '../../src/evidence/evidenceVault.ts';
import type { App } from '../../src/app.ts';
import type { EvidenceStore } from '../../src/evidence/storage.ts';
import { Readiness } from '../../src/health/readiness.ts';
import type { PlatformSignIns } from '../../src/web/platformSignIn.ts';
import { deskAudit } from '../../src/store/schema.ts';
import { StaffChecks, startWebDesk, type WebDesk } from '../../src/web/startWebDesk.ts';
import { IDS, openSlackHarness, type SlackHarness } from '../adapters/slack/slackHarness.ts';
import { TestDesk } from '../adapters/discord/discordDesk.ts';
import { photo } from '../evidence/evidenceCase.ts';
import { BEN, SAM } from '../fakes/discord/fixtures.ts';
import { fakeSlackFileHost, slackDownloadPath } from '../fakes/slack/slackFileHost.ts';
import { startSlackOidcProvider, type SlackOidcProvider } from '../fakes/slack/slackOidcProvider.ts';
import { slackFile } from '../fakes/slack/slackRequests.ts';
import { accessibilityProblems, chromiumTool, launchChromium } from './browser.ts';

const log = pino({ level: 'silent' });
const LOG = Buffer.from('%LINK-3-UPDOWN: Interface TenGigabitEthernet1/1, changed state to down\n');

/** The desk on a port of its own, as `rma-desk start` serves it, with the adapters' staff checks. */
async function serveDesk(
  app: App,
  staff: StaffChecks,
  signIns: PlatformSignIns,
  evidenceStore: EvidenceStore | null = null,
): Promise<WebDesk> {
  const web = await startWebDesk({
    config: { port: 0, publicUrl: null },
    db: app.database.db,
    timeZone: 'UTC',
    evidenceStore,
    desk: app.desk,
    afterChange: () => void app.outbox.kick(),
    staff,
    readiness: new Readiness([]),
    log,
    host: '127.0.0.1',
    signIns,
  });
  return web!;
}

/** A page served from another port of this host (another origin, the same site). */
async function otherSite(page: string): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((_req, res) => void res.writeHead(200, { 'content-type': 'text/html' }).end(page));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** The desk's origin as the browser uses it (the callback registered with the platform). */
const originOf = (web: WebDesk) => `http://127.0.0.1:${new URL(web.url).port}`;

describe('Sign in with Slack (OpenID Connect) in a browser', () => {
  let h: SlackHarness;
  let vault: EvidenceVault;
  let web: WebDesk;
  let provider: SlackOidcProvider;
  let browser: Browser;
  let dir: string;

  beforeAll(async () => {
    if (chromiumTool.skip) return;
    dir = mkdtempSync(join(tmpdir(), 'rma-desk-slack-sign-in-'));
    const store = openEvidenceStore(readEvidenceConfig({ EVIDENCE_DIR: dir }));
    h = await openSlackHarness({ evidenceStore: store });
    // As `start` wires them: the relay posts through the adapter, the vault copies files from Slack.
    h.app.outbox.deliveries.set('slack', h.slack.delivery);
    h.app.outbox.start(60_000);
    vault = startEvidenceVault({
      db: h.app.database.db,
      refused: (...args) => h.app.systemEvents.evidenceRefused(...args),
      store,
      slackBotToken: h.config.botToken,
      log,
      afterPass: () => void h.app.outbox.kick(),
      intervalMs: 100,
    });
    provider = await startSlackOidcProvider({ teams: { UOUTSIDE: 'T0OTHER' }, names: { [IDS.staff]: 'Ana Staff' } });
    const staff = new StaffChecks();
    staff.set('slack', (user) => h.slack.isStaff(user));
    web = await serveDesk(
      h.app,
      staff,
      {
        slack: { clientId: provider.clientId, clientSecret: provider.clientSecret, issuer: provider.issuer, teamId: h.slack.teamId },
        discord: null,
      },
      store,
    );
    provider.register(`${originOf(web)}/desk/sign-in/slack/callback`);
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await web?.stop();
    await provider?.close();
    await vault?.stop();
    await h?.app.outbox.stop();
    vi.unstubAllGlobals();
    await h?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** Signs in through the provider's login page as `login` (a Slack user id); ends where the desk sends the browser. */
  async function signInAs(login: string): Promise<Page> {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${originOf(web)}/desk/`);
    await page.waitForURL(/\/desk\/sign-in\?why=signed-out/);
    await page.getByRole('link', { name: 'Sign in with Slack' }).click();
    await page.locator('input[name=login]').fill(login);
    await page.locator('input[name=password]').fill('any password');
    await page.getByRole('button', { name: 'Sign-in' }).click();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.waitForURL(new RegExp(`^${originOf(web)}/desk/`));
    return page;
  }

  it(
    `refuses a customer and another workspace's member, lets a staffer in, who sees the photo and approves; a forged form and a replayed cookie do nothing${chromiumTool.note}`,
    { skip: chromiumTool.skip, timeout: 120_000 },
    async () => {
      // A customer's DOA claim with real photos, copied into the vault from "files.slack.com".
      const label = await photo(90);
      const rack = await photo(140, 'png');
      fakeSlackFileHost(
        new Map([
          [slackDownloadPath('F0LABEL', 'label.jpg'), label],
          [slackDownloadPath('F0RACK', 'rack.png'), rack],
          [slackDownloadPath('F0LOG', 'log.txt'), LOG],
        ]),
        h.config.botToken,
      );
      const root = await h.message({ channel: IDS.support, user: IDS.customer, text: 'My optic from order #100234 is dead' });
      const reply = (input: { text?: string; files?: ReturnType<typeof slackFile>[] }) =>
        h.message({ channel: IDS.support, user: IDS.customer, threadTs: root.ts, ...input });
      await reply({ text: 'SN FNS17320ABC' });
      await reply({ files: [slackFile('F0LABEL', 'label.jpg', 'image/jpeg', label.length)] });
      await reply({ files: [slackFile('F0RACK', 'rack.png', 'image/png', rack.length)] });
      await reply({ text: 'No light on the port, interface down', files: [slackFile('F0LOG', 'log.txt', 'text/plain', LOG.length)] });
      const troubleshooting = h.postsIn(IDS.support).findLast((c) => JSON.stringify(c.args.blocks ?? []).includes('rma_still_failing'));
      await h.press(IDS.customer, troubleshooting!, 'rma_still_failing');
      await vi.waitFor(
        async () =>
          expect((await listEvidence(h.app.database.db, 'C-1001'))!.items.map((i) => i.status)).toEqual(['stored', 'stored', 'stored']),
        { timeout: 20_000, interval: 100 },
      );

      // The sign-in page offers Slack, and passes the accessibility scan.
      const first = await (await browser.newContext()).newPage();
      await first.goto(`${originOf(web)}/desk/sign-in`);
      expect(await first.getByRole('link', { name: 'Sign in with Slack' }).count()).toBe(1);
      expect(await accessibilityProblems(first)).toEqual([]);

      // A customer is who they say, but not staff.
      const customer = await signInAs(IDS.customer);
      await customer.waitForURL(/why=platform-not-staff/);
      expect(await customer.getByRole('status').textContent()).toContain('not on the staff list');
      await customer.goto(`${originOf(web)}/desk/cases/C-1001`);
      await customer.waitForURL(/why=signed-out/);

      // Someone of another workspace is refused even with a staff member's id pattern.
      const outsider = await signInAs('UOUTSIDE');
      await outsider.waitForURL(/why=other-workspace/);

      // The staffer signs in and sees the queue.
      const page = await signInAs(IDS.staff);
      await page.waitForURL(new RegExp(`${originOf(web)}/desk/$`));
      expect(await page.getByText('Ana Staff').count()).toBeGreaterThan(0);
      await page.getByRole('link', { name: 'C-1001' }).click();
      await page.waitForURL(/\/desk\/cases\/C-1001$/);
      // The photo comes from the vault through the desk (never Slack's link), and is drawn.
      const image = page.getByRole('img', { name: /label\.jpg/ });
      await image.waitFor();
      expect(await image.getAttribute('src')).toMatch(/^\/desk\/cases\/C-1001\/evidence\/\d+/);
      await expect
        .poll(() => image.evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth), { timeout: 10_000 })
        .toBe(1200);

      await page.getByRole('button', { name: 'Approve and issue the RMA' }).click();
      await page.waitForURL(/\/desk\/cases\/C-1001\?done=/);
      const rma = /RMA-\d{2}-\d{5}/.exec((await page.locator('main').textContent()) ?? '')?.[0];
      expect(rma).toBeDefined();
      // The customer's message reaches the Slack thread (through the outbox) and the transcript shows it.
      await vi.waitFor(
        () =>
          expect(
            h
              .postsIn(IDS.support)
              .filter((c) => c.args.thread_ts === root.ts)
              .some((c) => String(c.args.text).includes(rma!)),
          ).toBe(true),
        { timeout: 15_000, interval: 100 },
      );
      await page.reload();
      expect(await page.locator('.transcript').textContent()).toContain(rma);
      expect(await accessibilityProblems(page)).toEqual([]);

      // A page of another site (same host, another port: the cookie goes along, SameSite being per
      // site) that posts a note to the case in the staffer's browser is refused, and nothing is recorded.
      const forged = await otherSite(
        `<form method="post" action="${originOf(web)}/desk/cases/C-1001/act"><input name="action" value="note"><input name="text" value="forged note"></form><script>document.forms[0].submit()</script>`,
      );
      try {
        const refused = page.waitForResponse((r) => r.url().endsWith('/desk/cases/C-1001/act'));
        await page.goto(forged.url);
        expect((await refused).status()).toBe(403);
        expect(await page.textContent('body')).toContain('This form came from another site.');
      } finally {
        await forged.close();
      }
      await page.goto(`${originOf(web)}/desk/cases/C-1001`);
      expect(await page.getByText('forged note').count()).toBe(0);

      // Signing out ends the session: its cookie, replayed in another browser, opens nothing.
      const [session] = (await page.context().cookies()).filter((c) => c.name === 'rma_desk_session');
      await page.getByRole('button', { name: 'Sign out' }).click();
      await page.waitForURL(/why=signed-off/);
      const replay = await browser.newContext();
      await replay.addCookies([session!]);
      const replayed = await replay.newPage();
      await replayed.goto(`${originOf(web)}/desk/cases/C-1001`);
      await replayed.waitForURL(/why=signed-out/);

      // The desk's audit trail names each sign-in and refusal with its platform identity.
      const audit = await h.app.database.db.select().from(deskAudit);
      const lines = audit.map((a) =>
        `${a.action} ${a.staffPlatform}:${a.staffId} ${String((a.detail as { why?: string }).why ?? '')}`.trim(),
      );
      expect(lines).toEqual(
        expect.arrayContaining([
          `sign_in_refused slack:${IDS.customer} not staff`,
          'sign_in_refused slack:UOUTSIDE other-workspace',
          `sign_in slack:${IDS.staff}`,
        ]),
      );
    },
  );

  it(
    `sends someone back to try again when the flow's cookie is gone or the state is forged${chromiumTool.note}`,
    { skip: chromiumTool.skip },
    async () => {
      const response = await fetch(`${originOf(web)}/desk/sign-in/slack/callback?code=forged&state=forged`, { redirect: 'manual' });
      expect(response.status).toBe(303);
      expect(response.headers.get('location')).toBe('/desk/sign-in?why=sign-in-expired');
      // A flow begun in one browser and finished with another state is refused by the code exchange.
      const begun = await fetch(`${originOf(web)}/desk/sign-in/slack`, { redirect: 'manual' });
      const cookie = (begun.headers.get('set-cookie') ?? '').split(';')[0]!;
      expect(new URL(begun.headers.get('location')!).searchParams.get('code_challenge_method')).toBe('S256');
      const forged = await fetch(`${originOf(web)}/desk/sign-in/slack/callback?code=forged&state=not-the-flows`, {
        redirect: 'manual',
        headers: { cookie },
      });
      expect(forged.headers.get('location')).toBe('/desk/sign-in?why=sign-in-failed');
      expect(forged.headers.get('set-cookie') ?? '').not.toContain('rma_desk_session');
    },
  );
});

describe('Sign in with Discord (OAuth2) in a browser', () => {
  let discord: TestDesk;
  let web: WebDesk;
  let browser: Browser;
  const oauth = { clientId: '900000000000000002', clientSecret: 'discord-client-secret-for-tests', redirectUris: [] as string[] };

  beforeAll(async () => {
    if (chromiumTool.skip) return;
    discord = await TestDesk.start({ oauth });
    const staff = new StaffChecks();
    staff.set('discord', (user) => discord.discord!.isStaff(user));
    web = await serveDesk(discord.app, staff, {
      slack: null,
      discord: { clientId: oauth.clientId, clientSecret: oauth.clientSecret, apiUrl: discord.fake.apiUrl },
    });
    oauth.redirectUris.push(`${originOf(web)}/desk/sign-in/discord/callback`);
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await web?.stop();
    await discord?.close();
  });

  async function authorizeAs(who: typeof SAM.user, decision: 'Authorize' | 'Cancel'): Promise<Page> {
    discord.fake.oauth!.signedInAs = who;
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${originOf(web)}/desk/sign-in`);
    await page.getByRole('link', { name: 'Sign in with Discord' }).click();
    await page.getByRole('button', { name: decision }).click();
    await page.waitForURL(new RegExp(`^${originOf(web)}/desk/`));
    return page;
  }

  it(
    `lets in a member with the staff role, checked through the bot, and no one else${chromiumTool.note}`,
    { skip: chromiumTool.skip, timeout: 60_000 },
    async () => {
      const cancelled = await authorizeAs(SAM.user, 'Cancel');
      await cancelled.waitForURL(/why=cancelled/);

      const member = await authorizeAs(BEN.user, 'Authorize');
      await member.waitForURL(/why=platform-not-staff/);

      const staffer = await authorizeAs({ ...SAM.user, global_name: 'Sam the Staffer' }, 'Authorize');
      await staffer.waitForURL(new RegExp(`${originOf(web)}/desk/$`));
      expect(await staffer.getByText('Sam the Staffer').count()).toBeGreaterThan(0);
      // The code was exchanged once, with the PKCE verifier and the client's secret.
      const exchanges = discord.fake.oauth!.tokenRequests;
      expect(exchanges.map((r) => r.status)).toEqual([200, 200]);
      expect(exchanges.every((r) => r.body.code_verifier && r.body.client_secret === oauth.clientSecret)).toBe(true);
    },
  );
});
