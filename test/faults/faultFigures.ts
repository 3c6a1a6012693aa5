// The one line each fault test prints: the figures the issue's closing note asks for.
export interface Figures {
  eventsSent: number;
  deliveries: number;
  faults: string;
  /** A count, or why there is none (a run that failed before it could be checked). */
  lost: number | string;
  duplicates: number | string;
  /** How long the load ran, start to drained. */
  seconds?: number;
  extra?: string;
}

export function printFigures(test: string, f: Figures): void {
  console.log(
    `[fault figures] ${test}: events sent ${f.eventsSent} (deliveries ${f.deliveries}), faults injected ${f.faults}, events lost ${f.lost}, duplicates ${f.duplicates}${f.seconds !== undefined ? `; load ${f.seconds.toFixed(1)} s` : ''}${f.extra ? `; ${f.extra}` : ''}`,
  );
}
