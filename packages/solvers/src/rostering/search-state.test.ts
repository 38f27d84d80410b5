// The solver's incremental score stays equal to a full evaluation, move after move, with every rule in force.
import { describe, expect, it } from 'vitest';
import { construct } from './construct.ts';
import { evaluateRoster } from './evaluate.ts';
import { LocalSearch } from './local-search.ts';
import { emptyAssignment, prepare } from './prepared.ts';
import { Rng } from './prng.ts';
import type { RosterProblem, RosterRules } from './problem.ts';
import { HARD_RULES, rows, samplePerson, sampleProblem } from './sample-problem.ts';
import { SearchState } from './search-state.ts';

/** Four weeks from a Wednesday, with history, limits, requests, cover, fairness and some soft rules. */
function everyRule(): RosterProblem {
  const rules: RosterRules = {
    ...HARD_RULES,
    consecutiveOff: { hard: false, weight: 3 },
    weeklyRest: { hard: false, weight: 0.5 },
    unavailable: { hard: false, weight: 40 },
    minConsecutiveAtHorizonEnds: true,
    weekendFairness: 7,
    nightFairness: 2.5,
  };
  const limits = {
    maxShiftsOfType: [null, 12, 6],
    minMinutes: 20 * 420,
    maxMinutes: 23 * 420,
    maxConsecutiveWork: 5,
    minConsecutiveWork: 2,
    minConsecutiveOff: 2,
    maxWeekends: 3,
    maxMinutesPerCivilDay: 600,
    maxMinutesPerWeek: 2880,
    maxAverageMinutesPerWeek: 2640,
    maxDaysPerWeek: 6,
    minWeeklyRestMinutes: 2100,
  };
  const history = {
    shifts: [0, 0, -1, 2, 2],
    minutesByDay: Array.from({ length: 84 }, (_, i) => (i % 7 < 5 ? 420 : 0)),
  };
  const people = ['P', 'Q', 'R', 'S', 'T'].map((id, e) =>
    samplePerson(id, {
      ...limits,
      slots: e === 4 ? [0, 1] : [0, 1, 2],
      partTimeWeeklyCeiling: e === 3 ? 2100 : null,
      unavailable: [
        { day: 3 + e, reason: 'leave' },
        { day: 10, slot: 2, reason: 'medical' },
      ],
      requests: [
        { day: e, shift: 0, on: true, weight: 2 },
        { day: 12 + e, shift: 2, on: false, weight: 1.5 },
      ],
      history: e % 2 === 0 ? history : { shifts: [], minutesByDay: [] },
    }),
  );
  const cover = Array.from({ length: 28 }, (_, day) =>
    [0, 1, 2].map((shift) => ({
      day,
      shift,
      qualification: 0,
      requirement: shift === 2 ? 1 : 2,
      underWeight: 100,
      overWeight: 4,
    })),
  ).flat();
  return sampleProblem(people, { days: 28, firstWeekday: 3, cover, rules });
}

describe('SearchState', () => {
  it('keeps its score equal to evaluateRoster through thousands of moves', () => {
    const problem = everyRule();
    const initial = rows(problem, 'MM--AAA--NN', 'A-A-A', '', 'NN--MM', 'MMMMM');
    const options = { initial, changeWeight: 1.25 };
    const state = new SearchState(prepare(problem), emptyAssignment(problem), options);
    const expectSame = () => {
      const full = evaluateRoster(problem, state.rows, options).score;
      expect(state.hard).toBe(full.hard);
      expect(state.soft).toBeCloseTo(full.soft, 6);
    };
    expectSame();
    construct(state, new Rng(5));
    expectSame();
    const search = new LocalSearch(state, 9, {
      cycle: 2000,
      growth: 1.5,
      hot: 40,
      cold: 0.5,
      minHardWeight: 20,
      maxHardWeight: 5000,
      weightPeriod: 500,
    });
    for (let i = 0; i < 60; i++) {
      search.run(100);
      expectSame();
    }
    const best = evaluateRoster(problem, search.best, options).score;
    expect(best.hard).toBe(search.bestHard);
    expect(best.soft).toBeCloseTo(search.bestSoft, 6);
  });
});
