// HiGHS measures its `time_limit` against the run time a model has accumulated over all its runs, not against the
// run about to start: a model solved many times (the line master, the neighbourhoods' model) would otherwise stop
// every run at once after a while, its limit spent by the earlier ones. Each run therefore starts from zeroed clocks,
// with the time left until the deadline as its limit.
import type { Model } from 'highs';

/** Sets the next run's time limit to the time left until `deadline` (a performance.now() instant). */
export function runWithin(native: Model, deadline: number): void {
  native.zeroAllClocks();
  native.options.set({ time_limit: Math.max(0.01, (deadline - performance.now()) / 1000) });
}
