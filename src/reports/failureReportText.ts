// The failure report as a plain-text table for the terminal.
import { formatUsd } from '../policy/costs.ts';
import type { FailureReport, FlagCount, PartFailures } from './failureReport.ts';

export function formatRate(rate: number | null): string {
  return rate === null ? '-' : `${(rate * 100).toFixed(1)}%`;
}

export function formatDays(days: number | null): string {
  return days === null ? '-' : days.toFixed(1);
}

export function formatFlags(flags: readonly FlagCount[]): string {
  return flags.map((f) => `${f.flag} (${f.cases})`).join(', ') || '-';
}

/** What the report counts, in words: the header of the text and of the HTML page. */
export function reportScope(report: FailureReport): string {
  return report.since
    ? `Cases opened since ${report.since}; units sold = order items delivered since ${report.since}.`
    : 'All cases; units sold = all order items on record.';
}

export const RATE_DEFINITION =
  'Return rate = (DOA + warranty cases) / units sold. Other = cases outside the window, not returnable, or without a delivery date on record.';

export function excludedText(report: FailureReport): string {
  const { cancelled, noPartYet } = report.excluded;
  return `Not counted: ${cancelled} cancelled case(s), ${noPartYet} case(s) whose item is not known yet.`;
}

interface Column {
  title: string;
  align: 'left' | 'right';
  value: (p: Omit<PartFailures, 'partNumber' | 'description'> & { partNumber: string }) => string;
}

export const COLUMNS: Column[] = [
  { title: 'Part number', align: 'left', value: (p) => p.partNumber },
  { title: 'Sold', align: 'right', value: (p) => String(p.unitsSold) },
  { title: 'DOA', align: 'right', value: (p) => String(p.doaCases) },
  { title: 'Warranty', align: 'right', value: (p) => String(p.warrantyCases) },
  { title: 'Other', align: 'right', value: (p) => String(p.otherCases) },
  { title: 'Return rate', align: 'right', value: (p) => formatRate(p.returnRate) },
  { title: 'RMAs', align: 'right', value: (p) => String(p.rmaIssued) },
  { title: 'Median days', align: 'right', value: (p) => formatDays(p.medianDaysToResolution) },
  { title: 'Shipping', align: 'right', value: (p) => formatUsd(p.shippingCents) },
  { title: 'Over cap', align: 'right', value: (p) => String(p.casesOverCap) },
  { title: 'Top fault flags', align: 'left', value: (p) => formatFlags(p.topFaultFlags) },
];

/** The table's cells: the header, one row per part number, then the total. */
export function reportCells(report: FailureReport): string[][] {
  const rows = [...report.parts, { partNumber: 'Total', ...report.totals }];
  return [COLUMNS.map((c) => c.title), ...rows.map((row) => COLUMNS.map((c) => c.value(row)))];
}

export function renderReportText(report: FailureReport): string {
  const cells = reportCells(report);
  const widths = COLUMNS.map((_, i) => Math.max(...cells.map((row) => row[i]!.length)));
  const line = (row: string[]) =>
    row
      .map((cell, i) => (COLUMNS[i]!.align === 'right' ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  const [header, ...body] = cells;
  const table =
    report.parts.length === 0
      ? ['No order items or cases in this period.']
      : [line(header!), rule, ...body.slice(0, -1).map(line), rule, line(body.at(-1)!)];
  return [
    `Failure report by part number (as of ${report.generatedAt})`,
    reportScope(report),
    '',
    ...table,
    '',
    RATE_DEFINITION,
    excludedText(report),
    '',
  ].join('\n');
}
