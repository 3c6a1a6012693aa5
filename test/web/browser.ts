// Debian's Chromium for the web desk's browser tests (skipped, with a note, where it is not installed)
// and the accessibility scan they run on each page.
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type Page } from 'playwright-core';
import { requireTools, tool } from '../paperwork/tools.ts';

export const chromiumTool = tool('chromium', process.env.CHROMIUM_PATH ?? '/usr/bin/chromium');

export function launchChromium(): Promise<Browser> {
  requireTools(chromiumTool);
  return chromium.launch({
    executablePath: chromiumTool.path,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** axe-core's serious and critical findings on the page (WCAG 2.1 A and AA rules). */
export async function accessibilityProblems(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`);
}
