// The failure report as one self-contained HTML page: the same table as the text, and an inline SVG bar
// chart of the return rate by part number. No script, no external URL; the page's Content-Security-Policy
// forbids loading anything, so it looks the same offline, attached to a mail, or in a browser sandbox.
import type { FailureReport, PartFailures } from './failureReport.ts';
import { COLUMNS, excludedText, formatRate, RATE_DEFINITION, reportCells, reportScope } from './failureReportText.ts';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);
}

/** The smallest of 1, 2, 2.5 or 5 times a power of ten that is at least `value`: the chart's full scale. */
export function niceCeiling(value: number): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 2.5, 5, 10]) if (step * power >= value - 1e-12) return step * power;
  return 10 * power;
}

/** Longer part numbers are shortened in the chart (the bar's tooltip and the table have them in full). */
const LABEL_CHARS = 26;

const CHART = { labelWidth: 170, barWidth: 440, valueWidth: 70, row: 26, bar: 16, top: 24, bottom: 8 };

/** Horizontal bars, one per part number with units sold; a bar's width is proportional to its return rate. */
export function returnRateChart(parts: readonly PartFailures[]): string {
  const rated = parts.filter((p): p is PartFailures & { returnRate: number } => p.returnRate !== null);
  if (rated.length === 0) return '<p class="empty">No units sold in this period: no return rates to chart.</p>';
  const scale = niceCeiling(Math.max(...rated.map((p) => p.returnRate)));
  const width = CHART.labelWidth + CHART.barWidth + CHART.valueWidth;
  const height = CHART.top + rated.length * CHART.row + CHART.bottom;
  const x0 = CHART.labelWidth;
  const grid = [0, 0.25, 0.5, 0.75, 1].map((f) => {
    const x = x0 + f * CHART.barWidth;
    return `<line class="grid" x1="${x}" y1="${CHART.top - 4}" x2="${x}" y2="${height - CHART.bottom}"/><text class="tick" x="${x}" y="${CHART.top - 8}" text-anchor="middle">${formatRate(f * scale)}</text>`;
  });
  const bars = rated.map((p, i) => {
    const y = CHART.top + i * CHART.row + (CHART.row - CHART.bar) / 2;
    const w = (p.returnRate / scale) * CHART.barWidth;
    const claims = p.doaCases + p.warrantyCases;
    const part = escapeHtml(p.partNumber);
    const label = p.partNumber.length > LABEL_CHARS ? `${p.partNumber.slice(0, LABEL_CHARS - 1)}…` : p.partNumber;
    return [
      `<text class="label" x="${x0 - 8}" y="${y + CHART.bar - 4}" text-anchor="end">${escapeHtml(label)}</text>`,
      `<rect class="bar" data-part="${part}" data-rate="${p.returnRate}" x="${x0}" y="${y}" width="${w.toFixed(2)}" height="${CHART.bar}">` +
        `<title>${part}: ${formatRate(p.returnRate)} (${claims} DOA/warranty case(s), ${p.unitsSold} unit(s) sold)</title></rect>`,
      `<text class="value" x="${(x0 + w + 6).toFixed(2)}" y="${y + CHART.bar - 4}">${formatRate(p.returnRate)}</text>`,
    ].join('');
  });
  const unrated = parts.filter((p) => p.returnRate === null).map((p) => escapeHtml(p.partNumber));
  const note = unrated.length > 0 ? `<p class="notes">Not charted, no units sold in the period: ${unrated.join(', ')}.</p>` : '';
  return (
    `<svg class="chart" role="img" aria-label="Return rate by part number" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" xmlns="http://www.w3.org/2000/svg">` +
    `${grid.join('')}${bars.join('')}</svg>${note}`
  );
}

const STYLE = `
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; color: #1b1f23; margin: 2rem; max-width: 1100px; }
h1 { font-size: 1.4rem; margin: 0 0 .25rem; }
h2 { font-size: 1.1rem; margin: 2rem 0 .5rem; }
p.meta { color: #57606a; margin: 0 0 1rem; }
table { border-collapse: collapse; width: 100%; }
th, td { padding: .35rem .6rem; border-bottom: 1px solid #d0d7de; white-space: nowrap; }
th { background: #f6f8fa; text-align: left; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
tr.total td { font-weight: 600; border-top: 2px solid #1b1f23; }
.chart .bar { fill: #cf4b3f; }
.chart .grid { stroke: #d0d7de; stroke-width: 1; }
.chart text { font-size: 12px; fill: #1b1f23; }
.chart .tick { fill: #57606a; }
p.notes { color: #57606a; font-size: 12px; }
`;

export function renderReportHtml(report: FailureReport): string {
  const [header, ...body] = reportCells(report);
  const cls = (i: number) => (COLUMNS[i]!.align === 'right' ? ' class="num"' : '');
  const rows = body.map(
    (row, r) =>
      `<tr${r === body.length - 1 ? ' class="total"' : ''}>${row.map((cell, i) => `<td${cls(i)}>${escapeHtml(cell)}</td>`).join('')}</tr>`,
  );
  const title = `Failure report by part number${report.since ? ` since ${report.since}` : ''}`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${escapeHtml(title)}</h1>
<p class="meta">${escapeHtml(reportScope(report))} Generated ${escapeHtml(report.generatedAt)}.</p>
<h2>Return rate by part number</h2>
${returnRateChart(report.parts)}
<h2>Per part number</h2>
<table>
<thead><tr>${header!.map((cell, i) => `<th${cls(i)}>${escapeHtml(cell)}</th>`).join('')}</tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>
<p class="notes">${escapeHtml(RATE_DEFINITION)} Median days: from opening to resolution, over resolved cases. Over cap: cases whose shipping, duty and tax costs went above the per-case cap. ${escapeHtml(excludedText(report))}</p>
</body>
</html>
`;
}
