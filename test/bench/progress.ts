// One progress bar per phase of the bench, on stderr. Without a terminal (CI, a pipe) it prints a
// line when a phase starts and one when it ends instead.
import cliProgress from 'cli-progress';

export interface Phase {
  increment(by?: number): void;
  /** Replaces the phase's note (shown after the bar). */
  note(text: string): void;
  stop(): void;
}

const tty = process.stderr.isTTY === true;

export function phase(label: string, total: number, unit = ''): Phase {
  const started = Date.now();
  if (!tty) {
    process.stderr.write(`[bench] ${label}: ${total}${unit ? ` ${unit}` : ''}…\n`);
    let note = '';
    return {
      increment: () => {},
      note: (text) => {
        note = text;
      },
      stop: () =>
        process.stderr.write(`[bench] ${label}: done in ${((Date.now() - started) / 1000).toFixed(1)} s${note ? ` (${note})` : ''}\n`),
    };
  }
  const bar = new cliProgress.SingleBar(
    {
      format: `${label.padEnd(34)} {bar} {percentage}% | {value}/{total}${unit ? ` ${unit}` : ''} | {duration_formatted} | {note}`,
      stream: process.stderr,
      hideCursor: true,
      clearOnComplete: false,
      etaBuffer: 50,
      fps: 5,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0, { note: '' });
  return {
    increment: (by = 1) => bar.increment(by),
    note: (text) => bar.update({ note: text }),
    stop: () => bar.stop(),
  };
}

/** A line for the log of the run, on stderr like the bars. */
export function say(text: string): void {
  process.stderr.write(`[bench] ${text}\n`);
}
