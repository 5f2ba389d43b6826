/**
 * The progress bar (cli-progress) on standard error, shown only where a person watches it: when
 * stderr is a terminal and there is more than one input. Messages printed while it runs go above it.
 */
import cliProgress from 'cli-progress';

export interface Progress {
  /** One more input done. */
  tick(failed: boolean): void;
  /** Prints a line on stderr without breaking the bar. */
  log(line: string): void;
  stop(): void;
}

const quiet: Progress = {
  tick() {},
  log(line) {
    process.stderr.write(line + '\n');
  },
  stop() {},
};

export function startProgress(total: number): Progress {
  if (!process.stderr.isTTY || total <= 1) return quiet;
  const bars = new cliProgress.MultiBar(
    {
      stream: process.stderr,
      format: 'xinwen |{bar}| {value}/{total} pages | {failed} failed | {eta_formatted} left',
      hideCursor: true,
      clearOnComplete: false,
      etaBuffer: 200,
    },
    cliProgress.Presets.shades_classic,
  );
  const bar = bars.create(total, 0, { failed: 0 });
  let failed = 0;
  return {
    tick(didFail) {
      if (didFail) failed++;
      bar.increment(1, { failed });
    },
    log(line) {
      bars.log(line + '\n');
    },
    stop() {
      bars.stop();
    },
  };
}
