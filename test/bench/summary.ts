// The summary printed at the end: a table per part and the targets of issues 6, 13, 14 and 16 with PASS or MISS.
import type { EdgeResult } from './edgeResult.ts';
import type { BenchResults, TargetCheck } from './results.ts';

function table(title: string, head: string[], rows: Array<Array<string | number>>): string {
  const cells = [head, ...rows.map((r) => r.map(String))];
  const widths = head.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [`\n${title}`, line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

const ms = (v: number | undefined) => (v === undefined || Number.isNaN(v) ? '-' : v.toFixed(1));

/** Resident memory of the Discord bot through a flood (issue 14). */
export const FLOOD_RSS_TARGET_MB = 250;

/** The adapter's own shed counts, as its load() says them. */
function adapterShed(e: EdgeResult): string {
  const shed = (e.adapterLoad as { shed?: { interactions: number; messages: number } } | null)?.shed;
  return shed ? `${shed.interactions}/${shed.messages}` : '-';
}

export function checkTargets(r: BenchResults): TargetCheck[] {
  const checks: TargetCheck[] = [];
  const verdict = (ok: boolean | null): TargetCheck['verdict'] => (ok === null ? 'n/a' : ok ? 'PASS' : 'MISS');
  const c8 = r.cases.find((c) => c.db === 'postgres' && c.concurrency === 8);
  const ratio = (c: (typeof r.cases)[number] | undefined) =>
    c?.ratio != null
      ? `${Math.round(c.ratio * 100)}% (${c.rmaDesk?.eventsPerSecond} vs ${c.baseline?.eventsPerSecond} events/s)`
      : 'not run';
  checks.push({
    target: 'case events, postgres c=8: >= 60% of the baseline events/s (issue 16)',
    measured: ratio(c8),
    verdict: verdict(c8?.ratio != null ? c8.ratio >= 0.6 : null),
  });
  checks.push({
    target: 'case events, postgres c=8: p99 < 25 ms (issue 16)',
    measured: c8?.rmaDesk ? `p99 ${ms(c8.rmaDesk.latencyMs.p99)} ms` : 'not run',
    verdict: verdict(c8?.rmaDesk ? c8.rmaDesk.latencyMs.p99 < 25 : null),
  });
  const c1 = r.cases.find((c) => c.db === 'postgres' && c.concurrency === 1);
  checks.push({
    target: 'case events, postgres c=1: >= 50% of the baseline events/s (issue 16)',
    measured: ratio(c1),
    verdict: verdict(c1?.ratio != null ? c1.ratio >= 0.5 : null),
  });
  for (const c of r.cases.filter((row) => row.db === 'pglite')) {
    checks.push({
      target: `case events, pglite c=${c.concurrency}: >= 40% of the baseline events/s (issue 16)`,
      measured: ratio(c),
      verdict: verdict(c.ratio != null ? c.ratio >= 0.4 : null),
    });
  }
  for (const e of r.edge) {
    const experiment = e.handleLimit ? `, experiment: handle limit ${e.handleLimit}` : '';
    const warmup = e.warmupSeconds ? `, after ${e.warmupSeconds} s of warm-up` : '';
    // Slack's answer waits for the commit (an event not recorded gets a 500 and Slack's retry): issue 16 set 250 ms.
    const ackTarget = e.platform === 'slack' ? 250 : 100;
    checks.push({
      target: `${e.platform} acknowledgement p99 < ${ackTarget} ms at ${e.concurrency} in flight (${e.db}${experiment}${warmup}${e.platform === 'slack' ? ', issue 16' : ''})`,
      measured: `p99 ${ms(e.ackMs.p99)} ms (p50 ${ms(e.ackMs.p50)})${e.failedAcks ? `; ${e.failedAcks} of ${e.sent} not acknowledged within 5 s` : ''}`,
      verdict: verdict(e.sent > 0 ? e.acked > 0 && e.ackMs.p99 < ackTarget && e.failedAcks === 0 : null),
    });
    checks.push({
      target: `${e.platform} events lost = 0 (${e.db}${experiment}: taken minus recorded in processed_events)`,
      measured: `${e.lost} of ${e.accepted} taken (${e.sent} sent, ${e.shed} answered "busy")${e.failedAcks ? ` (${e.failedAcks} not acknowledged within 5 s)` : ''}`,
      verdict: verdict(e.sent > 0 ? e.lost === 0 : null),
    });
  }
  for (const f of r.flood) {
    checks.push({
      target: `discord flood: resident memory < ${FLOOD_RSS_TARGET_MB} MB through ${f.sent.toLocaleString('en-US')} interactions (${f.db}, peak)`,
      measured: `${ms(f.botRssMb.peak)} MB (ready ${ms(f.botRssMb.start)}, end ${ms(f.botRssMb.end)})`,
      verdict: verdict(f.sent > 0 ? f.botRssMb.peak < FLOOD_RSS_TARGET_MB : null),
    });
    checks.push({
      target: `discord flood: every taken interaction recorded, none of the shed (${f.db})`,
      measured: `${f.recorded} of ${f.accepted} taken recorded; ${f.recordedShed} of ${f.shed} shed recorded${f.failedAcks ? `; ${f.failedAcks} not answered within 10 s` : ''}`,
      verdict: verdict(f.sent > 0 ? f.lost === 0 && f.recordedShed === 0 && f.failedAcks === 0 : null),
    });
  }
  for (const m of r.floodMessages) {
    checks.push({
      target: `discord message flood: resident memory < ${FLOOD_RSS_TARGET_MB} MB through ${m.sent.toLocaleString('en-US')} messages (${m.db}, peak)`,
      measured: `${ms(m.botRssMb.peak)} MB (ready ${ms(m.botRssMb.start)}, end ${ms(m.botRssMb.end)})`,
      verdict: verdict(m.sent > 0 ? m.botRssMb.peak < FLOOD_RSS_TARGET_MB : null),
    });
    checks.push({
      target: `discord message flood: every taken message recorded (${m.db}: sent minus shed minus recorded = 0)`,
      measured: `${m.recorded} of ${m.sent - m.shed} taken recorded; ${m.shed} shed (${m.noticed} asked to send again)`,
      verdict: verdict(m.sent > 0 ? m.lost === 0 && m.drainSeconds !== null : null),
    });
  }
  for (const s of r.scale) {
    const peak = Math.max(s.busy.peakRssMb, ...s.busy.afterRounds.map((a) => a.rssMb));
    checks.push({
      target: `resident memory < 200 MB with ${s.storedCases.toLocaleString('en-US')} stored cases (${s.db}, idle / busy peak)`,
      measured: `${ms(s.idle.idle.rssMb)} / ${ms(peak)} MB`,
      verdict: verdict(Math.max(s.idle.idle.rssMb, peak) < 200),
    });
    checks.push({
      target: `web desk queue page p95 < 100 ms with ${s.storedCases.toLocaleString('en-US')} stored cases (${s.db}, issue 17)`,
      measured: s.idle.deskQueueMs
        ? `p95 ${ms(s.idle.deskQueueMs.p95)} ms (p50 ${ms(s.idle.deskQueueMs.p50)}); search p95 ${ms(s.idle.deskSearchMs?.p95 ?? Number.NaN)} ms` +
          `; flag filter p95 ${ms(s.idle.deskFlagMs?.p95 ?? Number.NaN)} ms; serial search p95 ${ms(s.idle.deskSerialMs?.p95 ?? Number.NaN)} ms` +
          ` (all cases, closed too: ${ms(s.idle.deskSerialAllMs?.p95 ?? Number.NaN)} ms)`
        : 'not run',
      verdict: verdict(
        s.idle.deskQueueMs
          ? [s.idle.deskQueueMs, s.idle.deskSearchMs, s.idle.deskFlagMs, s.idle.deskSerialMs, s.idle.deskSerialAllMs].every(
              (t) => (t?.p95 ?? 0) < 100,
            )
          : null,
      ),
    });
    const first = s.busy.afterRounds[0];
    const last = s.busy.afterRounds.at(-1);
    const heapGrowth = first && last ? last.heapUsedMb - first.heapUsedMb : 0;
    const rssGrowth = first && last ? last.rssMb - first.rssMb : 0;
    checks.push({
      target: `memory flat across the run (${s.db}: RSS and heap after GC, first to last burst)`,
      measured: `RSS ${rssGrowth >= 0 ? '+' : ''}${rssGrowth.toFixed(1)} MB (${s.busy.growthKbPerCase} KB/case), heap ${heapGrowth >= 0 ? '+' : ''}${heapGrowth.toFixed(1)} MB`,
      verdict: verdict(first && last ? rssGrowth <= Math.max(10, first.rssMb * 0.05) && heapGrowth <= 5 : null),
    });
  }
  if (r.start) {
    for (const [label, value] of [
      ['warm restart', r.start.warmMs],
      ['first start (template cached)', r.start.firstMs],
      ['fresh machine (initdb)', r.start.freshMachineMs],
      ['warm restart via npm start', r.start.npmStartWarmMs],
    ] as const) {
      checks.push({
        target: `embedded start to first prompt < 3 s: ${label}`,
        measured: value === null ? 'failed' : `${(value / 1000).toFixed(2)} s`,
        verdict: verdict(value === null ? false : value < 3000),
      });
    }
  }
  for (const e of r.evidence) {
    checks.push({
      target: `evidence copy of a ${e.fileMb} MB file into the ${e.store} store: resident memory grows < 64 MB (the file is streamed, not held)`,
      measured: `${ms(e.rssBeforeMb)} -> ${ms(e.peakRssMb)} MB`,
      verdict: verdict(e.peakRssMb - e.rssBeforeMb < 64),
    });
  }
  if (r.parsers) {
    const p = r.parsers;
    checks.push({
      target: `parsers: worst handling time of one customer text < ${p.targetMs} ms (${p.inputs} hostile and random texts up to 8,000 chars)`,
      measured: `${ms(p.worstMs)} ms (${p.worst.parser} on ${p.worst.input}, ${p.worst.length} chars)`,
      verdict: verdict(p.worstMs < p.targetMs),
    });
  }
  if (r.hostileMessages) {
    const h = r.hostileMessages;
    checks.push({
      target: `hostile 8,000-character message handled < ${h.targetMs} ms (${h.messages} texts × steps, best of 3, through the case service, PGlite; issue 16)`,
      measured: `${ms(h.worstMs)} ms (${h.worst.step} step, ${h.worst.input}, ${h.worst.length} chars)`,
      verdict: verdict(h.worstMs < h.targetMs),
    });
  }
  return checks;
}

export function summaryText(r: BenchResults): string {
  const parts: string[] = [];
  if (r.cases.length > 0) {
    parts.push(
      table(
        `Case events: ${r.template.eventsPerCase} events per case (${r.template.readEvents} reads), latency per event in ms`,
        [
          'db',
          'conc',
          'rma-desk ev/s',
          'p50',
          'p95',
          'p99',
          'cpu ms/ev',
          'baseline ev/s',
          'p50',
          'p95',
          'p99',
          'cpu ms/ev',
          'ratio',
          'failed',
        ],
        r.cases.map((c) => [
          c.db,
          c.concurrency,
          c.rmaDesk?.eventsPerSecond ?? '-',
          ms(c.rmaDesk?.latencyMs.p50),
          ms(c.rmaDesk?.latencyMs.p95),
          ms(c.rmaDesk?.latencyMs.p99),
          ms(c.rmaDesk?.cpuMsPerEvent),
          c.baseline?.eventsPerSecond ?? '-',
          ms(c.baseline?.latencyMs.p50),
          ms(c.baseline?.latencyMs.p95),
          ms(c.baseline?.latencyMs.p99),
          ms(c.baseline?.cpuMsPerEvent),
          c.ratio === null ? '-' : `${Math.round(c.ratio * 100)}%`,
          (c.rmaDesk?.failed ?? 0) + (c.baseline?.failed ?? 0),
        ]),
      ),
    );
  }
  if (r.edge.length > 0) {
    parts.push(
      table(
        'Platform edge: acknowledgement latency in ms, then the adapter drained (handled s: every event recorded; idle s: every reply posted too)',
        [
          'platform',
          'db',
          'in flight',
          'sent',
          'acked',
          'acks/s',
          'p50',
          'p95',
          'p99',
          'max',
          'shed',
          'lost',
          'handled s',
          'idle s',
          'loop delay p99/max',
          'bot RSS MB start/peak/end',
        ],
        r.edge.map((e) => [
          `${e.platform}${e.handleLimit ? ` (limit ${e.handleLimit})` : ''}`,
          e.db,
          e.concurrency,
          e.sent,
          e.acked,
          e.acksPerSecond,
          ms(e.ackMs.p50),
          ms(e.ackMs.p95),
          ms(e.ackMs.p99),
          ms(e.ackMs.max),
          e.shed,
          e.lost,
          e.handledSeconds ?? '-',
          e.drainGaveUp ? '-' : e.drainSeconds,
          `${e.botEventLoopDelayMs.p99}/${e.botEventLoopDelayMs.max}`,
          `${e.botRssMb.start}/${e.botRssMb.peak}/${e.botRssMb.end}`,
        ]),
      ),
    );
  }
  if (r.flood.length > 0) {
    parts.push(
      table(
        'Discord flood: /rma list from new members, all sent; past its bound the adapter answers "busy" at once',
        [
          'db',
          'in flight',
          'sent',
          's',
          'answers/s',
          'p99 ms',
          'shed (busy)',
          'taken',
          'recorded',
          'shed recorded',
          'bot shed int/msg',
          'idle s',
          'bot RSS MB start/peak/end',
        ],
        r.flood.map((f) => [
          f.db,
          f.concurrency,
          f.sent,
          f.seconds,
          f.acksPerSecond,
          ms(f.ackMs.p99),
          f.shed,
          f.accepted,
          f.recorded,
          f.recordedShed,
          adapterShed(f),
          f.drainGaveUp ? '-' : f.drainSeconds,
          `${f.botRssMb.start}/${f.botRssMb.peak}/${f.botRssMb.end}`,
        ]),
      ),
    );
  }
  if (r.floodMessages.length > 0) {
    parts.push(
      table(
        'Discord flood of gateway messages: first messages of new members, dispatched at once; the adapter queues what it can and sheds the rest',
        [
          'db',
          'sent',
          's',
          'shed',
          'asked to resend',
          'notices posted',
          'taken',
          'recorded',
          'lost',
          'idle s',
          'bot RSS MB start/peak/end',
        ],
        r.floodMessages.map((m) => [
          m.db,
          m.sent,
          m.seconds,
          m.shed,
          m.noticed,
          m.noticesPosted,
          m.sent - m.shed,
          m.recorded,
          m.lost,
          m.drainSeconds ?? '-',
          `${m.botRssMb.start}/${m.botRssMb.peak}/${m.botRssMb.end}`,
        ]),
      ),
    );
  }
  if (r.scale.length > 0) {
    parts.push(
      table(
        'Scale of data: the bot process with many stored cases (RSS in MB; /rma list latency in ms)',
        [
          'db',
          'cases',
          'db MB',
          'RSS idle',
          'RSS busy peak',
          'RSS per burst (after GC)',
          'heap MB',
          'list review p50/p99 idle',
          'busy',
          '/rma list (open) p50',
        ],
        r.scale.map((s) => [
          s.db,
          s.storedCases,
          s.databaseMb,
          ms(s.idle.idle.rssMb),
          ms(s.busy.peakRssMb),
          s.busy.afterRounds.map((a) => a.rssMb.toFixed(0)).join(' '),
          s.busy.afterRounds.map((a) => a.heapUsedMb.toFixed(0)).join(' '),
          `${ms(s.idle.listReviewMs.p50)}/${ms(s.idle.listReviewMs.p99)}`,
          `${ms(s.busy.listReviewBusyMs.p50)}/${ms(s.busy.listReviewBusyMs.p99)}`,
          ms(s.idle.listOpenMs.p50),
        ]),
      ),
    );
  }
  if (r.start) {
    parts.push(
      table(
        'Start: embedded default (PGlite directory, console chat) to the first prompt',
        ['situation', 'ms'],
        r.start.runs.map((s) => [s.situation, s.ms ?? `failed: ${s.error ?? ''}`.slice(0, 80)]),
      ),
    );
  }
  if (r.parsers) {
    parts.push(
      table(
        `Parsers: ${r.parsers.inputs} texts, ${r.parsers.calls} calls in ${r.parsers.seconds} s; handling time in ms`,
        ['parser', 'worst', 'mean', 'worst on'],
        r.parsers.perParser.map((p) => [p.parser, p.worstMs.toFixed(3), p.meanMs.toFixed(3), p.worstInput]),
      ),
    );
  }
  if (r.hostileMessages) {
    parts.push(
      table(
        `Hostile messages through the case service: ${r.hostileMessages.messages} texts × steps, best of 3 customers each; handling time in ms`,
        ['step', 'worst', 'mean'],
        r.hostileMessages.perStep.map((p) => [p.step, p.worstMs.toFixed(2), p.meanMs.toFixed(2)]),
      ),
    );
  }
  parts.push(
    table(
      'Targets (issues 6, 13, 14 and 16)',
      ['target', 'measured', ''],
      r.targets.map((t) => [t.target, t.measured, t.verdict]),
    ),
  );
  if (r.notes.length > 0) parts.push(`\nNotes:\n${r.notes.map((n) => `- ${n}`).join('\n')}`);
  return parts.join('\n');
}
