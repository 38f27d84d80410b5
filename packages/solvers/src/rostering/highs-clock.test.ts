// A model solved again and again keeps its full time limit: HiGHS counts the limit against the run time accumulated
// over all the model's runs, and `runWithin` starts each run from zeroed clocks.
import { describe, expect, it } from 'vitest';
import { loadHighs } from '../levers/solve-highs.ts';
import { runWithin } from './highs-clock.ts';

const OPTIMAL = 7;
const TIME_LIMIT = 13;

/** An LP large enough to take a measurable time: maximise Σ x under random packing rows. */
function passLp(native: import('highs').Model, n: number): void {
  let s = 7;
  const rnd = () => {
    s = (s * 16807) % 2147483647;
    return s / 2147483647;
  };
  const starts = [0];
  const indices: number[] = [];
  const values: number[] = [];
  for (let j = 0; j < n; j++) {
    for (let i = 0; i < n; i++)
      if (rnd() < 0.3) {
        indices.push(i);
        values.push(0.1 + rnd());
      }
    starts.push(indices.length);
  }
  native.passModel({
    numCols: n,
    numRows: n,
    colCost: Float64Array.from({ length: n }, () => -0.5 - rnd()),
    colLower: new Float64Array(n),
    colUpper: new Float64Array(n).fill(1e30),
    rowLower: new Float64Array(n).fill(-1e30),
    rowUpper: new Float64Array(n).fill(1),
    matrix: {
      format: 'csc',
      numRows: n,
      numCols: n,
      starts: Int32Array.from(starts),
      indices: Int32Array.from(indices),
      values: Float64Array.from(values),
    },
  });
  native.options.set({ output_flag: false });
}

describe('runWithin', () => {
  it('gives a model solved many times its whole time limit at every run', async () => {
    const highs = await loadHighs();
    highs.withModel((native) => {
      passLp(native, 200);
      native.run();
      expect(native.getModelStatus()).toBe(OPTIMAL);
      const spent = native.getRunTime();
      expect(spent).toBeGreaterThan(0);
      // HiGHS alone: a limit below what the earlier runs spent stops the next run at once.
      native.options.set({ time_limit: spent / 2 });
      native.clearSolver();
      native.run();
      expect(native.getModelStatus()).toBe(TIME_LIMIT);
      // With the clocks zeroed, the limit is the time left until the deadline, whatever was spent before.
      const deadline = performance.now() + 60_000;
      runWithin(native, deadline);
      expect(native.getRunTime()).toBe(0);
      const limit = Number(native.options.get('time_limit'));
      expect(limit).toBeGreaterThan(59);
      expect(limit).toBeLessThanOrEqual(60);
      native.clearSolver();
      native.run();
      expect(native.getModelStatus()).toBe(OPTIMAL);
    });
  });
});
