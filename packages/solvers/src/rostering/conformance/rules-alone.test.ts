// Conformance, each rule alone: on a tiny problem where only that rule binds, every solver reaches the optimum
// (hard 0, the soft penalty worked out by hand and checked by trying every roster), and the evaluator names the
// rule, the person and the day on a roster that breaks it.
import { describe, expect, it } from 'vitest';
import { compareScores, evaluateRoster } from '../evaluate.ts';
import type { Violation } from '../problem.ts';
import { type ExpectedViolation, RULE_CASES } from './rule-cases.ts';
import { SOLVER_ROWS } from './solvers.ts';
import { exhaustiveOptimum } from './tiny-problems.ts';

/** Moves per solve: the problems are a few dozen cells. */
const MAX_ITERATIONS = 20_000;

const cases = RULE_CASES.map((c) => [c.name, c] as const);

/** The violation of that rule, person, days and params (two cover rows may share a day). */
function sameViolation(v: Violation, x: ExpectedViolation): boolean {
  return (
    v.code === x.code &&
    v.employee === x.employee &&
    v.days.join() === x.days.join() &&
    Object.entries(x.params).every(([key, value]) => v.params[key] === value)
  );
}

describe('each rule alone: the case', () => {
  it.each(cases)('%s: the stated optimum is the best of all rosters', (_, c) => {
    const best = exhaustiveOptimum(c.problem, c.replan ?? {});
    expect(best.hard).toBe(0);
    expect(best.soft).toBeCloseTo(c.optimum, 9);
  });

  it.each(cases)('%s: a roster breaking the rule is reported with code, person, days and params', (_, c) => {
    const evaluation = evaluateRoster(c.problem, c.broken, c.replan ?? {});
    for (const expected of c.violations) {
      const found = evaluation.violations.filter((v) => sameViolation(v, expected));
      expect(found, expected.code).toHaveLength(1);
      const { penalty, ...rest } = expected;
      expect(found[0]).toMatchObject(rest);
      expect(found[0]!.penalty).toBeCloseTo(penalty, 9);
    }
    // A hard rule broken makes the roster infeasible; a soft one may be worth breaking (then it is the optimum).
    const hard = c.violations.some((v) => v.hard);
    expect(evaluation.score.hard > 0).toBe(hard);
    expect(compareScores(evaluation.score, { hard: 0, soft: c.optimum - 1e-9 })).toBeGreaterThan(0);
  });
});

describe.each(SOLVER_ROWS)('each rule alone: %s', (_, solver) => {
  it.each(cases)('%s: reaches the optimum, scored as the evaluator scores it', async (_, c) => {
    const result = await solver.solve(c.problem, { seed: 1, maxIterations: MAX_ITERATIONS, ...c.replan });
    expect(result.cancelled).toBe(false);
    expect(result.score.hard).toBe(0);
    expect(result.score.soft).toBeCloseTo(c.optimum, 9);
    const again = evaluateRoster(c.problem, result.assignment, c.replan ?? {});
    expect(result.score).toEqual(again.score);
    expect(result.violations).toEqual(again.violations);
    if (result.lowerBound !== undefined) expect(result.lowerBound).toBeLessThanOrEqual(c.optimum + 1e-9);
  });
});
