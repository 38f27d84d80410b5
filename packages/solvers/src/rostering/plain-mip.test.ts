// The plain-MIP baseline's contract: HiGHS alone reaches the optimum of a tiny roster (checked by exhaustive search)
// with its bound, scores it with the solver's evaluator, and says so instead of inventing a roster when it has none.
import { describe, expect, it } from 'vitest';
import { evaluateRoster } from './evaluate.ts';
import { buildMipModel } from './mip-model.ts';
import { solvePlainMip } from './plain-mip.ts';
import { prepare } from './prepared.ts';
import type { Assignment, RosterProblem } from './problem.ts';
import { HARD_RULES, samplePerson, sampleProblem } from './sample-problem.ts';

/** Three people, five days, one shift: 2^15 rosters, few enough to try them all. */
function tiny(extra: Parameters<typeof samplePerson>[1] = {}): RosterProblem {
  const morning = { ...sampleProblem([]).shifts[0]!, cannotFollow: [] };
  const people = ['P', 'Q', 'R'].map((id, e) =>
    samplePerson(id, {
      slots: [0],
      maxShiftsOfType: [null],
      maxMinutes: 3 * 420,
      minConsecutiveOff: 2,
      requests: [{ day: e + 1, shift: 0, on: false, weight: 3 + e }],
      ...extra,
    }),
  );
  const cover = [2, 1, 3, 2, 2].map((requirement, day) => ({
    day,
    shift: 0,
    qualification: 0,
    requirement,
    underWeight: 10,
    overWeight: 4,
  }));
  return sampleProblem(people, {
    days: 5,
    shifts: [morning],
    slots: [{ shift: 0, qualification: 0 }],
    cover,
  });
}

/** A generous limit: these models take HiGHS milliseconds, and no outcome below depends on the clock. */
const options = { seed: 1, timeLimitSeconds: 60 } as const;

describe('solvePlainMip', () => {
  it('reaches the exhaustive search’s optimum, scored by the evaluator, with HiGHS’s bound', async () => {
    const problem = tiny();
    const prepared = prepare(problem);
    let optimum = Number.POSITIVE_INFINITY;
    for (let mask = 0; mask < 1 << 15; mask++) {
      const roster: Assignment = [0, 1, 2].map((e) =>
        Int32Array.from({ length: 5 }, (_, d) => ((mask >> (e * 5 + d)) & 1 ? 0 : -1)),
      );
      const score = evaluateRoster(problem, roster, {}, prepared).score;
      if (score.hard === 0) optimum = Math.min(optimum, score.soft);
    }
    const result = await solvePlainMip(problem, options);
    expect(result.status).toBe('optimal');
    expect(result.assignment).not.toBeNull();
    const evaluation = evaluateRoster(problem, result.assignment!);
    expect(result.score).toEqual(evaluation.score);
    expect(result.violations).toEqual(evaluation.violations);
    expect(result.score).toEqual({ hard: 0, soft: optimum });
    expect(result.mipObjective).toBeCloseTo(optimum, 6);
    expect(result.lowerBound).toBe(optimum);
    // The exact phase's own model, unchanged.
    const model = buildMipModel(prepared);
    expect([result.columns, result.rows, result.nonZeros]).toEqual([
      model.numCols,
      model.rowLower.length,
      model.values.length,
    ]);
    expect(result.cancelled).toBe(false);
  });

  it('returns no roster when HiGHS proves that there is none', async () => {
    // At least six shifts each in five days: impossible.
    const result = await solvePlainMip(tiny({ minMinutes: 6 * 420, maxMinutes: null }), options);
    expect(result.status).toBe('infeasible');
    expect(result.assignment).toBeNull();
    expect(result.score).toBeNull();
    expect(result.mipObjective).toBeNull();
  });

  it('returns no roster, and no model, for rules the MIP does not model', async () => {
    const problem = { ...tiny(), rules: { ...HARD_RULES, weekendFairness: 5 } };
    const result = await solvePlainMip(problem, options);
    expect(result.status).toBe('unsupported');
    expect(result.detail).toBe('fairness');
    expect(result.assignment).toBeNull();
    expect(result.columns).toBe(0);
  });
});
