import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { FailureReport, PartFailures } from '../../src/reports/failureReport.ts';
import { niceCeiling, renderReportHtml } from '../../src/reports/failureReportHtml.ts';
import { requireTools, tool } from '../paperwork/tools.ts';

function part(partNumber: string, unitsSold: number, doaCases: number, warrantyCases: number): PartFailures {
  return {
    partNumber,
    description: '',
    unitsSold,
    doaCases,
    warrantyCases,
    otherCases: 0,
    returnRate: unitsSold > 0 ? (doaCases + warrantyCases) / unitsSold : null,
    rmaIssued: doaCases,
    topFaultFlags: doaCases > 0 ? [{ flag: 'vendor_lock', cases: 1 }] : [],
    resolvedCases: 0,
    medianDaysToResolution: null,
    shippingCents: 12_345,
    casesOverCap: 0,
  };
}

const REPORT: FailureReport = {
  since: '2026-01-01',
  generatedAt: '2026-12-01T10:00:00.000Z',
  parts: [
    part('SFP-10G-SR', 40, 6, 2),
    part('PWR-C1-715WAC', 20, 1, 2),
    part('<script>alert(1)</script>', 10, 1, 0),
    part('WS-C3850-48P', 25, 0, 1),
    part('N9K-C93180YC-EX', 8, 0, 0),
    part('QSFP-40G-SR4', 0, 1, 0),
  ],
  totals: { ...part('Total', 103, 9, 5), topFaultFlags: [] },
  excluded: { cancelled: 0, noPartYet: 0 },
};

const chromiumTool = tool('chromium', process.env.CHROMIUM_PATH ?? '/usr/bin/chromium');

describe('failure report as HTML', () => {
  it('is one self-contained page: inline style and SVG, no script, nothing loaded from elsewhere', () => {
    const html = renderReportHtml(REPORT);
    expect(html).not.toMatch(/<script|<link|\b(?:src|href)=|url\(|@import/i);
    expect(html).toContain("default-src 'none'");
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html.match(/<rect class="bar"/g)).toHaveLength(5);
    expect(html).toContain('Not charted, no units sold in the period: QSFP-40G-SR4.');
  });

  it('scales the chart to a round full scale', () => {
    expect([0, 0.003, 0.2, 0.21, 0.3, 0.5, 0.9, 1].map(niceCeiling)).toEqual([1, 0.005, 0.2, 0.25, 0.5, 0.5, 1, 1]);
  });

  it(
    `renders in a headless browser with bars proportional to the return rates${chromiumTool.note}`,
    { skip: chromiumTool.skip, timeout: 60_000 },
    async () => {
      requireTools(chromiumTool);
      const dir = mkdtempSync(join(tmpdir(), 'rma-desk-report-'));
      const file = join(dir, 'report.html');
      writeFileSync(file, renderReportHtml(REPORT));
      const browser = await chromium.launch({
        executablePath: chromiumTool.path,
        args: [
          '--headless',
          '--no-sandbox',
          '--disable-gpu',
          '--disable-quic',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
        ],
      });
      try {
        const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
        const requests: string[] = [];
        const problems: string[] = [];
        page.on('request', (request) => requests.push(request.url()));
        page.on('console', (message) => {
          if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
        });
        page.on('pageerror', (error) => problems.push(error.message));
        await page.goto(pathToFileURL(file).href);

        const bars = await page.locator('svg.chart rect.bar').evaluateAll((rects) =>
          rects.map((r) => {
            const box = r.getBoundingClientRect();
            return {
              part: r.getAttribute('data-part'),
              rate: Number(r.getAttribute('data-rate')),
              width: box.width,
              height: box.height,
              fill: r.ownerDocument.defaultView!.getComputedStyle(r).fill,
            };
          }),
        );
        expect(bars.map((b) => b.part)).toEqual([
          'SFP-10G-SR',
          'PWR-C1-715WAC',
          '<script>alert(1)</script>',
          'WS-C3850-48P',
          'N9K-C93180YC-EX',
        ]);
        // The highest rate (8 of 40 = 20%) is the full scale: its bar fills the 440 px bar area.
        expect(bars.map((b) => b.rate)).toEqual([0.2, 0.15, 0.1, 0.04, 0]);
        expect(bars[0]!.width).toBeCloseTo(440, 0);
        for (const bar of bars) {
          expect(bar.width, bar.part!).toBeCloseTo((bar.rate / 0.2) * 440, 0);
          expect(bar.height).toBe(16);
          expect(bar.fill).toBe('rgb(207, 75, 63)');
        }
        expect(bars.at(-1)!.width).toBe(0);
        // The part number with markup in it is text, not a script.
        expect(await page.locator('script').count()).toBe(0);
        expect(await page.locator('table tbody tr').count()).toBe(7);
        expect(await page.locator('tr.total td').first().textContent()).toBe('Total');
        expect(requests).toEqual([pathToFileURL(file).href]);
        expect(problems).toEqual([]);

        const shot = await page.screenshot({ fullPage: true });
        expect(shot.subarray(1, 4).toString()).toBe('PNG');
        // Kept for a person to look at: RMA_DESK_SCREENSHOT=path writes it there.
        if (process.env.RMA_DESK_SCREENSHOT) writeFileSync(process.env.RMA_DESK_SCREENSHOT, shot);
      } finally {
        await browser.close();
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );
});
