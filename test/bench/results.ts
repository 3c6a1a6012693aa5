// Everything one bench run measured, as it is written to the JSON file.
import type { DriveResult } from './caseDriver.ts';
import type { MessageFloodResult } from './discordMessageFlood.ts';
import type { EvidenceMemoryResult } from './evidenceMemory.ts';
import type { EdgeResult } from './edgeResult.ts';
import type { ParserBenchResult } from './hostileInput.ts';
import type { HostileMessageResult } from './hostileMessages.ts';
import type { ScaleResult } from './scale.ts';
import type { StartResult } from './startTime.ts';

export interface CaseRow {
  db: string;
  concurrency: number;
  rmaDesk: DriveResult | null;
  baseline: DriveResult | null;
  /** rma-desk events/s divided by the baseline's. */
  ratio: number | null;
}

export interface TargetCheck {
  target: string;
  measured: string;
  verdict: 'PASS' | 'MISS' | 'n/a';
}

export interface BenchResults {
  startedAt: string;
  finishedAt: string;
  command: string;
  machine: {
    cpus: number;
    cpuModel: string;
    totalMemoryMb: number;
    node: string;
    platform: string;
    loadAverageAtStart: number[];
    loadAverageAtEnd: number[];
  };
  options: Record<string, unknown>;
  postgres: { url: string; version: string | null; skipped: string | null };
  template: {
    eventsPerCase: number;
    writeEvents: number;
    readEvents: number;
    snapshotBytes: number;
    outboxRowsPerCase: number;
    auditRowsPerCase: number;
  };
  cases: CaseRow[];
  edge: EdgeResult[];
  /** Part `flood`: the Discord adapter under a flood of interactions (issue 14). */
  flood: EdgeResult[];
  /** Part `flood`: gateway messages dispatched at once (issue 14). */
  floodMessages: MessageFloodResult[];
  scale: ScaleResult[];
  start: StartResult | null;
  /** Part `parsers`: the readers of customer text on hostile and random input (issue 13). */
  parsers: ParserBenchResult | null;
  /** Part `parsers`: the same hostile texts as customers' messages through the case service (issue 16). */
  hostileMessages: HostileMessageResult | null;
  /** Part `evidence`: resident memory of the evidence worker copying a 240 MB file (issue 14). */
  evidence: EvidenceMemoryResult[];
  targets: TargetCheck[];
  notes: string[];
}
