// The solver's contract: reproducible for a seed and a move budget, cancellable with its best roster, progress
// reported, warm starts and minimal-change re-plans honoured, and the optimum of a small roster proven by HiGHS.
import { describe, expect, it } from 'vitest';
import { compareScores, evaluateRoster } from './evaluate.ts';
import { prepare } from './prepared.ts';
import type { Assignment, RosterProblem, SolveProgress } from './problem.ts';
import { samplePerson, sampleProblem } from './sample-problem.ts';
import { solveRoster } from './solve.ts';

/** Five people, two weeks, morning/afternoon/night cover with a few requests and the usual limits. */
function twoWeeks(): RosterProblem {
  const people = ['P', 'Q', 'R', 'S', 'T'].map((id, e) =>
    samplePerson(id, {
      minMinutes: 6 * 420,
      maxMinutes: 10 * 420,
      maxConsecutiveWork: 5,
      minConsecutiveWork: 2,
      minConsecutiveOff: 2,
      maxWeekends: 1,
      unavailable: [{ day: 2 * e + 1, reason: 'leave' }],
      requests: [{ day: e, shift: e % 3, on: true, weight: 2 }],
    }),
  );
  const cover = Array.from({ length: 14 }, (_, day) =>
    [0, 1, 2].map((shift) => ({
      day,
      shift,
      qualification: 0,
      requirement: 1,
      underWeight: 100,
      overWeight: 1,
    })),
  ).flat();
  return sampleProblem(people, { cover });
}

const budget = { seed: 7, timeLimitSeconds: 60, maxIterations: 30_000, exact: false } as const;

describe('solveRoster', () => {
  it('gives the same roster for the same seed and move budget', async () => {
    const problem = twoWeeks();
    const first = await solveRoster(problem, budget);
    const second = await solveRoster(problem, budget);
    expect(first.iterations).toBe(30_000);
    expect(second.assignment).toEqual(first.assignment);
    expect(second.score).toEqual(first.score);
    expect(first.score).toEqual(evaluateRoster(problem, first.assignment).score);
    expect(first.violations).toEqual(evaluateRoster(problem, first.assignment).violations);
  });

  it('reports its progress, the best score never worse than before, the last one the result', async () => {
    const problem = twoWeeks();
    const seen: SolveProgress[] = [];
    const result = await solveRoster(problem, { ...budget, onProgress: (p) => seen.push(p) });
    expect(seen.length).toBeGreaterThan(1);
    for (let i = 1; i < seen.length; i++) {
      expect(compareScores(seen[i]!.best, seen[i - 1]!.best)).toBeLessThanOrEqual(0);
      expect(seen[i]!.iterations).toBeGreaterThanOrEqual(seen[i - 1]!.iterations);
    }
    expect(seen.at(-1)?.best).toEqual(result.score);
  });

  it('stops at once on an aborted signal with the best roster so far, marked cancelled', async () => {
    const problem = twoWeeks();
    const aborted = AbortSignal.abort();
    const result = await solveRoster(problem, { seed: 1, timeLimitSeconds: 60, signal: aborted });
    expect(result.cancelled).toBe(true);
    expect(result.iterations).toBe(0);
    expect(result.assignment).toHaveLength(problem.employees.length);
    expect(result.score).toEqual(evaluateRoster(problem, result.assignment).score);
  });

  it('stops when the signal is aborted during the search', async () => {
    const problem = twoWeeks();
    const controller = new AbortController();
    let progressCalls = 0;
    const result = await solveRoster(problem, {
      seed: 1,
      timeLimitSeconds: 600,
      exact: false,
      signal: controller.signal,
      // Aborted from inside the search, after a few reports: no clock involved.
      onProgress: () => {
        if (++progressCalls === 3) controller.abort();
      },
    });
    expect(result.cancelled).toBe(true);
    expect(result.iterations).toBeGreaterThan(0);
  });

  it('keeps a warm start that nothing may change at a high change weight', async () => {
    const problem = twoWeeks();
    const published = (await solveRoster(problem, budget)).assignment;
    const replan = await solveRoster(problem, {
      ...budget,
      seed: 8,
      initial: published,
      changeWeight: 10_000,
    });
    expect(replan.assignment).toEqual(published);
    expect(replan.violations.filter((v) => v.code === 'ROSTER_CHANGED')).toEqual([]);
  });

  it('starts from the warm start: never worse than it without a change weight', async () => {
    const problem = twoWeeks();
    const published = (await solveRoster(problem, budget)).assignment;
    const before = evaluateRoster(problem, published).score;
    const again = await solveRoster(problem, {
      ...budget,
      seed: 9,
      maxIterations: 2_000,
      initial: published,
    });
    expect(compareScores(again.score, before)).toBeLessThanOrEqual(0);
  });

  it('proves the optimum of a small roster with HiGHS, equal to an exhaustive search', async () => {
    // Three people, five days, one shift: 2^15 rosters, few enough to try them all.
    const morning = { ...sampleProblem([]).shifts[0]!, cannotFollow: [] };
    const people = ['P', 'Q', 'R'].map((id, e) =>
      samplePerson(id, {
        slots: [0],
        maxShiftsOfType: [null],
        maxMinutes: 3 * 420,
        minConsecutiveOff: 2,
        requests: [{ day: e + 1, shift: 0, on: false, weight: 3 + e }],
      }),
    );
    const needs = [2, 1, 3, 2, 2];
    const cover = needs.map((requirement, day) => ({
      day,
      shift: 0,
      qualification: 0,
      requirement,
      underWeight: 10,
      overWeight: 4,
    }));
    const problem = sampleProblem(people, {
      days: 5,
      shifts: [morning],
      slots: [{ shift: 0, qualification: 0 }],
      cover,
    });
    const prepared = prepare(problem);
    let optimum = Number.POSITIVE_INFINITY;
    for (let mask = 0; mask < 1 << 15; mask++) {
      const roster: Assignment = [0, 1, 2].map((e) =>
        Int32Array.from({ length: 5 }, (_, d) => ((mask >> (e * 5 + d)) & 1 ? 0 : -1)),
      );
      const score = evaluateRoster(problem, roster, {}, prepared).score;
      if (score.hard === 0) optimum = Math.min(optimum, score.soft);
    }
    const result = await solveRoster(problem, { seed: 1, timeLimitSeconds: 60, maxIterations: 2_000 });
    expect(result.score).toEqual({ hard: 0, soft: optimum });
    expect(result.lowerBound).toBe(optimum);
  });
});
