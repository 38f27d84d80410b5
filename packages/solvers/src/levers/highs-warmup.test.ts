// The solver thread's warm-up: a levers-sized LP that HiGHS solves to optimality, the same one for a seed.
import { beforeAll, describe, expect, it } from 'vitest';
import { solveMatrix } from './highs-core.mjs';
import { warmUp, warmUpModel } from './highs-warmup.mjs';
import { type Highs, LEVER_SOLVER_OPTIONS, loadHighs } from './solve-highs.ts';

let highs: Highs;
beforeAll(async () => {
  highs = await loadHighs();
});

describe('warm-up model', () => {
  it('has the size of a large site’s plan week and an optimal solution', () => {
    const m = warmUpModel(1);
    expect(m.colCost.length).toBeGreaterThan(1000);
    expect(m.rowLower.length).toBeGreaterThan(500);
    expect(m.starts.length).toBe(m.rowLower.length + 1);
    const outcome = solveMatrix(highs, m, { ...LEVER_SOLVER_OPTIONS });
    expect(outcome.solverStatus).toBe('Optimal');
    expect(outcome.objective).toBeGreaterThan(0);
  });

  it('is the same model for a seed, another for another seed', () => {
    expect(warmUpModel(3)).toEqual(warmUpModel(3));
    expect(warmUpModel(3).rowLower).not.toEqual(warmUpModel(4).rowLower);
  });

  it('solves at least one model, however small the budget', () => {
    expect(warmUp(highs, { ...LEVER_SOLVER_OPTIONS }, 0)).toBe(1);
  });
});
