// What an edge run reports, for Slack and Discord alike.
import type { LatencySummary } from './stats.ts';

export interface EdgeResult {
  platform: 'slack' | 'discord';
  db: string;
  /** What each request was. */
  workload: string;
  concurrency: number;
  /** Set only in the --edge-handle-limit experiment. */
  handleLimit: number | null;
  seconds: number;
  /** Seconds of the same load sent before the measured ones (--edge-warmup): in `sent`, not in `acked` or the latency. */
  warmupSeconds: number;
  sent: number;
  /** Requests acknowledged in time (HTTP 200 from the adapter; the interaction callback on Discord). */
  acked: number;
  /** Requests refused, or not acknowledged within the client's timeout (5 s; Slack's own limit is 3 s, then it retries). */
  failedAcks: number;
  ackMs: LatencySummary;
  acksPerSecond: number;
  /** Requests the adapter turned away at once past its bound on work (Discord's ephemeral "busy"); 0 on Slack. */
  shed: number;
  /** Sent minus shed: the events the adapter took. */
  accepted: number;
  /** Taken events whose id is in processed_events after the adapter went idle. */
  recorded: number;
  /** Shed events whose id is in processed_events (0: nothing of a shed event is recorded). */
  recordedShed: number;
  /** Taken minus recorded. */
  lost: number;
  /** What the adapter itself counted (in flight and waiting at the end, shed), where it says (Discord). */
  adapterLoad: unknown;
  /** How long the adapter kept working after the last acknowledgement (until idle, or until the wait ended). */
  drainSeconds: number;
  /** How long after the last acknowledgement every event had been handled (committed). */
  handledSeconds: number | null;
  /** Why the wait for the bot to be idle ended without it (stalled, time limit); null when it went idle. */
  drainGaveUp: string | null;
  /** How late the bot's event loop ran, from the start of sending until it was drained. */
  botEventLoopDelayMs: { p50: number; p99: number; max: number };
  /** The calls the bot made to the platform's API (the fake), by method or route. */
  platformCalls: Record<string, number>;
  problemCount: number;
  problems: string[];
  /** The bot's resident memory when ready, at its peak from the first request until drained (sampled every 100 ms), and at the end. */
  botRssMb: { start: number; peak: number; end: number };
  /** The bot's JavaScript heap in use and memory held by C++ objects (buffers) at the end, before a full GC. */
  botHeapMb: { used: number; afterGc: number | null; external: number };
}
