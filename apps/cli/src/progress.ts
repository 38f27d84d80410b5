// A progress bar on stderr (never stdout, so that --json output stays one document); silent without a terminal.
import { Presets, SingleBar } from 'cli-progress';
import type { Output } from './output.ts';

export interface Progress {
  update(done: number, total: number): void;
  stop(): void;
}

export function startProgress(out: Output, label: string): Progress {
  const bar = new SingleBar(
    {
      stream: out.stderr,
      format: `${label} [{bar}] {percentage}% | {value}/{total}`,
      hideCursor: true,
      clearOnComplete: false,
    },
    Presets.shades_classic,
  );
  let started = false;
  return {
    update(done, total) {
      if (!started) {
        bar.start(total, done);
        started = true;
        return;
      }
      bar.setTotal(total);
      bar.update(done);
    },
    stop() {
      if (started) bar.stop();
    },
  };
}
