// Conformance, determinism: the same problem, seed and move budget give the same roster (a budget in moves, not in
// time, so that the machine's speed does not enter); the seed is used, so that other seeds may give other rosters.
import { describe, expect, it } from 'vitest';
import { solveRoster } from '../solve.ts';
import { solveRosterInWorker } from '../solve-in-worker.ts';
import { randomFeasible } from './random-feasible.ts';
import { SOLVER_ROWS } from './solvers.ts';

const problems = [
  ['site rules', randomFeasible(11, 'site').problem],
  // Rules HiGHS models: the exact phase runs where a solver allows it.
  ['MIP-modelled rules', randomFeasible(12, 'mip').problem],
] as const;

describe.each(SOLVER_ROWS)('determinism: %s', (_, solver) => {
  it.each(problems)('%s: the same seed and move budget give the same roster', async (_, problem) => {
    const options = { seed: 5, maxIterations: 15_000 };
    const first = await solver.solve(problem, options);
    const second = await solver.solve(problem, options);
    expect(second.assignment).toEqual(first.assignment);
    expect(second.score).toEqual(first.score);
    expect(second.violations).toEqual(first.violations);
    expect(second.iterations).toBe(first.iterations);
  });

  it('reads the seed: four seeds on a short budget do not all give one roster', async () => {
    const problem = problems[0][1];
    const rosters = new Set<string>();
    for (const seed of [1, 2, 3, 4]) {
      const result = await solver.solve(problem, { seed, maxIterations: 2_000 });
      rosters.add(JSON.stringify(result.assignment.map((row) => Array.from(row))));
    }
    expect(rosters.size).toBeGreaterThan(1);
  });
});

describe('determinism across threads', () => {
  it('the worker thread gives the in-process roster, HiGHS phase included', async () => {
    const problem = problems[1][1];
    const options = { seed: 9, timeLimitSeconds: 50, maxIterations: 15_000 };
    const threaded = await solveRosterInWorker(problem, options);
    const inProcess = await solveRoster(problem, options);
    expect(threaded.assignment).toEqual(inProcess.assignment);
    expect(threaded.score).toEqual(inProcess.score);
    expect(threaded.lowerBound).toEqual(inProcess.lowerBound);
  });
});
