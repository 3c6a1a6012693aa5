// Drives whole cases: `concurrency` simulated customers at a time, each sending the twenty events of
// its case one after another (a customer waits for the bot's answer), timing every event.
import { caseScript, type ScriptStep } from './caseScript.ts';
import { runPool } from './pool.ts';
import { msSince, Samples, type LatencySummary } from './stats.ts';

export interface EventOutcome {
  /** The case reference, once the first event has opened the case. */
  ref: string | null;
  ok: boolean;
  error?: string | undefined;
}

/** Carries out one event of customer `index`; `ref` is '' until the case exists. */
export type EventRunner = (step: ScriptStep, stepIndex: number, index: number, ref: string) => Promise<EventOutcome>;

export interface DriveOptions {
  /** Tells runs on one database apart (user ids, event ids). */
  run: string;
  /** The first customer index; customers `from … from + customers - 1` take part. */
  from: number;
  customers: number;
  concurrency: number;
  execute: EventRunner;
  onCaseDone?: () => void;
  /** Stop starting new cases after this many milliseconds. */
  timeLimitMs: number;
}

export interface DriveResult {
  customers: number;
  events: number;
  failed: number;
  /** The first few failures, to say what went wrong. */
  failures: string[];
  wallSeconds: number;
  eventsPerSecond: number;
  latencyMs: LatencySummary;
  /**
   * CPU time of this process (user + system) per event: on PostgreSQL the client side only, on
   * PGlite the database too. Less sensitive than events/s to what else the machine is running.
   */
  cpuMsPerEvent: number;
  /** True when the time limit stopped the run before every customer had started. */
  cutShort: boolean;
}

export async function driveCases(options: DriveOptions): Promise<DriveResult> {
  const samples = new Samples();
  const failures: string[] = [];
  let failed = 0;
  const started = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  const deadline = Date.now() + options.timeLimitMs;
  const customers = await runPool(
    options.customers,
    options.concurrency,
    async (n) => {
      const index = options.from + n;
      const steps = caseScript(options.run, index);
      let ref = '';
      for (const [i, step] of steps.entries()) {
        const t0 = process.hrtime.bigint();
        let outcome: EventOutcome;
        try {
          outcome = await options.execute(step, i, index, ref);
        } catch (error) {
          outcome = { ref: null, ok: false, error: (error as Error).message };
        }
        samples.push(msSince(t0));
        if (!outcome.ok) {
          failed++;
          if (failures.length < 5) failures.push(`customer ${index} event ${i}: ${outcome.error ?? 'refused'}`);
        }
        ref ||= outcome.ref ?? '';
        // Without a case the rest of the script means nothing.
        if (!ref) break;
      }
      options.onCaseDone?.();
    },
    deadline,
  );
  const wallSeconds = msSince(started) / 1000;
  const used = process.cpuUsage(cpu);
  return {
    customers,
    events: samples.count,
    failed,
    failures,
    wallSeconds: Math.round(wallSeconds * 100) / 100,
    eventsPerSecond: Math.round(samples.count / wallSeconds),
    latencyMs: samples.summary(),
    cpuMsPerEvent: Math.round(((used.user + used.system) / 1000 / Math.max(1, samples.count)) * 100) / 100,
    cutShort: customers < options.customers,
  };
}
