// Conformance, hard rules hold: on random small problems known to be feasible (a roster keeping every hard rule was
// drawn first), every solver returns a roster with hard score 0, and the evaluator agrees with its score.
import { describe, expect, it } from 'vitest';
import { evaluateRoster } from '../evaluate.ts';
import { emptyAssignment } from '../prepared.ts';
import { type Family, randomFeasible } from './random-feasible.ts';
import { SOLVER_ROWS } from './solvers.ts';

const SEEDS = [1, 2, 3, 4];
const FAMILIES: readonly Family[] = ['site', 'mip'];
const MAX_ITERATIONS = 30_000;

const instances = FAMILIES.flatMap((family) =>
  SEEDS.map((seed) => [`${family} rules, seed ${seed}`, randomFeasible(seed, family)] as const),
);

describe('random feasible problems', () => {
  it.each(instances)('%s: the drawn roster keeps every hard rule, the empty one does not', (_, instance) => {
    const { problem, witness } = instance;
    expect(evaluateRoster(problem, witness).score.hard).toBe(0);
    // The hard rules bind: doing nothing breaks the minimum minutes at least.
    expect(evaluateRoster(problem, emptyAssignment(problem)).score.hard).toBeGreaterThan(0);
  });
});

describe.each(SOLVER_ROWS)('hard rules hold: %s', (_, solver) => {
  it.each(instances)('%s: hard 0, every violation soft, the evaluator agrees', async (_, instance) => {
    const { problem } = instance;
    const result = await solver.solve(problem, { seed: 7, maxIterations: MAX_ITERATIONS });
    expect(result.score.hard, JSON.stringify(result.violations.filter((v) => v.hard))).toBe(0);
    expect(result.violations.every((v) => !v.hard)).toBe(true);
    const again = evaluateRoster(problem, result.assignment);
    expect(result.score).toEqual(again.score);
    expect(result.violations).toEqual(again.violations);
  });
});
