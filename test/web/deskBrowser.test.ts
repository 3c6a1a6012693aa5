// The web desk in a real browser against a real bot: `rma-desk start` in the console (the embedded
// database, demo orders) with WEB_PORT, signed in with the link it prints, a customer's claim typed
// into the console appears in the queue and on its case page, and no page breaks its own CSP.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessibilityProblems, chromiumTool, launchChromium } from './browser.ts';
import { SOURCE_CLI } from '../commands/runCli.ts';

/** DESK_SCREENSHOTS=1 writes the screenshots the README shows (docs/web-desk-*.png). */
const SCREENSHOTS = process.env.DESK_SCREENSHOTS === '1';
const docs = (name: string) => fileURLToPath(new URL(`../../docs/${name}`, import.meta.url));

describe('web desk in a browser', () => {
  let bot: ChildProcessWithoutNullStreams;
  let out = '';
  let browser: Browser;

  const waitFor = async (pattern: RegExp, timeoutMs = 30_000): Promise<RegExpExecArray> => {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const match = pattern.exec(out);
      if (match) return match;
      if (Date.now() > until) throw new Error(`the bot did not print ${pattern} in ${timeoutMs} ms; it printed:\n${out}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };

  beforeAll(async () => {
    if (chromiumTool.skip) return;
    const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'warn', WEB_PORT: '0', CONSOLE_STAFF: 'ana' };
    for (const name of ['PUBLIC_URL', 'DATABASE_URL', 'SLACK_BOT_TOKEN', 'DISCORD_TOKEN']) delete env[name];
    bot = spawn(process.execPath, [...SOURCE_CLI, 'start', '--db', 'memory:', '--demo'], { env, stdio: 'pipe' });
    bot.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    bot.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    if (bot && bot.exitCode === null) {
      bot.stdin.write('/quit\n');
      await new Promise((r) => bot.once('exit', r));
    }
  });

  it(
    `signs the console's staffer in with the printed link and shows a customer's claim${chromiumTool.note}`,
    { skip: chromiumTool.skip, timeout: 90_000 },
    async () => {
      const [, link] = await waitFor(
        /sign in as ana \(once, within 10 minutes\): (http:\/\/localhost:\d+\/desk\/sign-in\/link\?token=[\w-]+)/,
      );
      await waitFor(/\[customer\] > /);
      bot.stdin.write('order 100234, the SFP shows no light\n');
      await waitFor(/C-1001/);

      const page = await (await browser.newContext()).newPage();
      const cspErrors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') cspErrors.push(`${message.text()} ${message.location().url}`);
      });
      page.on('response', (response) => {
        if (response.status() >= 400) cspErrors.push(`${response.status()} ${response.url()}`);
      });
      await page.goto(link!);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.waitForURL(/\/desk\/$/);
      expect(await page.getByText('ana', { exact: true }).count()).toBeGreaterThan(0);
      // Live: another customer's claim appears in the open queue without a reload.
      bot.stdin.write('/as bea\norder 100310 the PSU fan is loud\n');
      await page.getByRole('link', { name: 'C-1002' }).waitFor({ timeout: 15_000 });
      expect(await page.getByRole('status').textContent()).toContain('C-1002');
      expect(await accessibilityProblems(page)).toEqual([]);
      if (SCREENSHOTS) await page.screenshot({ path: docs('web-desk-queue.png'), fullPage: true });
      const row = page.getByRole('link', { name: 'C-1001' });
      await row.click();
      await page.waitForURL(/\/desk\/cases\/C-1001$/);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('C-1001');
      expect(await page.getByText('Order 100234').count()).toBeGreaterThan(0);
      // A staff note through the page's form: recorded by the case service, shown as text (markup is not markup).
      await page.getByLabel('Staff-only note').fill('customer said <b>urgent</b>, call back');
      await page.getByRole('button', { name: 'Add note' }).click();
      await page.waitForURL(/\/desk\/cases\/C-1001\?done=/);
      expect(await page.getByText('customer said <b>urgent</b>, call back').count()).toBeGreaterThan(0);
      expect(await page.locator('main b').count()).toBe(0);
      expect(await accessibilityProblems(page)).toEqual([]);
      if (SCREENSHOTS) await page.screenshot({ path: docs('web-desk-case.png'), fullPage: true });
      // The reports page: the chart drawn under the page's CSP, and accessible.
      await page.getByRole('navigation', { name: 'Desk' }).getByRole('link', { name: 'Reports' }).click();
      await page.waitForURL(/\/desk\/reports$/);
      expect(await page.getByRole('img', { name: 'Return rate by part number' }).count()).toBe(1);
      expect(await accessibilityProblems(page)).toEqual([]);
      // The link was used: a second browser cannot sign in with it.
      const other = await (await browser.newContext()).newPage();
      await other.goto(link!);
      await other.getByRole('button', { name: 'Sign in' }).click();
      await other.waitForURL(/why=link-used/);
      expect(cspErrors).toEqual([]);
      // Signing out ends the session for this browser.
      await page.getByRole('button', { name: 'Sign out' }).click();
      await page.waitForURL(/why=signed-off/);
      await page.goto(link!.replace(/sign-in\/link.*/, ''));
      await page.waitForURL(/why=signed-out/);
    },
  );
});
