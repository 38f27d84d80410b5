// Conformance, infeasibility with reasons: when the hard rules cannot all hold, every solver hands back its best
// roster (fewest hard units) with hard > 0 and the broken rules as violations (code, person, days, params): no
// exception, no silent success. On a compiled site, why-uncovered names what keeps each short shift short.
import {
  evaluateRoster as evaluateInDomain,
  FRENCH_LEGAL_RULES,
  rosterRuleSetSchema,
  whyUncovered,
} from '@logipilot/domain';
import { describe, expect, it } from 'vitest';
import { compileRosterProblem, toRoster, violationInDomainTerms } from '../compile.ts';
import { evaluateRoster } from '../evaluate.ts';
import type { RosterProblem } from '../problem.ts';
import type { ExpectedViolation } from './rule-cases.ts';
import { SOLVER_ROWS } from './solvers.ts';
import { exhaustiveOptimum, M, MORNING_ONLY, needEach, person, range, tiny } from './tiny-problems.ts';
import { horizon, model } from './uncovered-site.ts';

interface InfeasibleCase {
  name: string;
  problem: RosterProblem;
  /** The fewest hard units any roster reaches (worked out by hand, checked by trying every roster). */
  leastHard: number;
  /** The violations the best roster must report. */
  violations: Omit<ExpectedViolation, 'penalty'>[];
}

const WEEK = range(0, 6);

const CASES: InfeasibleCase[] = [
  {
    // Q must work 3,360 min (8 mornings) in 7 days: all seven give 2,940, 420 short. P is feasible.
    name: 'minimum total minutes beyond what the days allow',
    problem: tiny(MORNING_ONLY, [person('P', 1, { minMinutes: 840 }), person('Q', 1, { minMinutes: 3360 })], {
      cover: needEach(WEEK, M, 1, 100, 10),
    }),
    leastHard: 420,
    violations: [
      {
        code: 'ROSTER_TOTAL_MINUTES',
        hard: true,
        employee: 1,
        days: [],
        params: { minutes: 2940, min: 3360, units: 420 },
      },
    ],
  },
  {
    // Absent Monday to Friday, yet 1,260 min (3 mornings) due: the weekend gives 840, 420 short (working an absent
    // day is no way out: the solvers never take a closed cell while unavailability is hard).
    name: 'minimum total minutes beyond the days the person is available',
    problem: tiny(
      MORNING_ONLY,
      [
        person('P', 1, {
          minMinutes: 1260,
          unavailable: range(0, 4).map((day) => ({ day, reason: 'ABSENT' })),
        }),
      ],
      { cover: needEach(WEEK, M, 1, 100) },
    ),
    leastHard: 420,
    violations: [
      {
        code: 'ROSTER_TOTAL_MINUTES',
        hard: true,
        employee: 0,
        days: [],
        params: { minutes: 840, min: 1260, units: 420 },
      },
    ],
  },
  {
    // Every day due (2,940 min) but at most 2 days in a row: all seven break the stretch by 5 days (5 units); any
    // day off leaves 420 min short (≥ 420 units). The fewest units: all seven, 5.
    name: 'minimum total minutes against the maximum stretch',
    problem: tiny(MORNING_ONLY, [person('P', 1, { minMinutes: 2940, maxConsecutiveWork: 2 })]),
    leastHard: 5,
    violations: [
      {
        code: 'ROSTER_MAX_CONSECUTIVE_WORK',
        hard: true,
        employee: 0,
        days: WEEK,
        params: { length: 7, max: 2, units: 5 },
      },
    ],
  },
];

describe('infeasible problems: the cases', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s: no roster does better than stated', (_, c) => {
    expect(exhaustiveOptimum(c.problem).hard).toBe(c.leastHard);
  });
});

describe.each(SOLVER_ROWS)('infeasibility with reasons: %s', (_, solver) => {
  it.each(CASES.map((c) => [c.name, c] as const))(
    '%s: the best roster, hard > 0, the broken rule named',
    async (_, c) => {
      const result = await solver.solve(c.problem, { seed: 3, maxIterations: 20_000 });
      expect(result.cancelled).toBe(false);
      expect(result.score.hard).toBe(c.leastHard);
      for (const expected of c.violations)
        expect(result.violations).toContainEqual(expect.objectContaining(expected));
      // The hard score is the sum of the hard violations: each unit has its reason.
      const hardSum = result.violations.filter((v) => v.hard).reduce((s, v) => s + v.penalty, 0);
      expect(hardSum).toBe(result.score.hard);
      for (const v of result.violations.filter((x) => x.hard)) {
        expect(v.employee).toBeTypeOf('number');
        expect(v.params.units).toBeGreaterThan(0);
      }
      const again = evaluateRoster(c.problem, result.assignment);
      expect(result.score).toEqual(again.score);
      expect(result.violations).toEqual(again.violations);
    },
  );
});

const rules = FRENCH_LEGAL_RULES;
const problem = compileRosterProblem(model, rules, horizon);

describe.each(SOLVER_ROWS)('short shifts of a compiled site, explained: %s', (_, solver) => {
  it('leaves short what the hard rules forbid, and why-uncovered names the rule or the cell reason', async () => {
    const result = await solver.solve(problem, { seed: 2, maxIterations: 20_000 });
    expect(result.score.hard).toBe(0);
    const roster = toRoster(problem, result.assignment);
    expect(evaluateInDomain(model, roster, rules).hard).toBe(0);
    const short = result.violations
      .filter((v) => v.code === 'ROSTER_COVER_UNDER')
      .map((v) => ({ ...violationInDomainTerms(problem, v), params: v.params }));
    // One of Paul's two picker shifts, and the forklift morning of the 4th.
    const picker = short.filter((v) => v.params.qualification === 'picker');
    expect(picker).toHaveLength(1);
    expect(short.filter((v) => v.params.qualification === 'R489:5').map((v) => v.days)).toEqual([
      ['2026-03-04'],
    ]);
    expect(short).toHaveLength(2);

    const pickerWhy = whyUncovered(
      model,
      roster,
      picker[0]!.days[0]!,
      String(picker[0]!.params.shift),
      'picker',
    );
    expect(pickerWhy.missing).toBe(1);
    const reasons = (id: string, why = pickerWhy) =>
      why.candidates.find((c) => c.employeeId === id)?.reasons.map((r) => [r.code, r.hard]);
    expect(reasons('paul')).toContainEqual(['ROSTER_DAILY_REST', true]);
    expect(reasons('ines')).toContainEqual(['ABSENT', true]);
    expect(pickerWhy.candidates.some((c) => c.free)).toBe(false);

    const driverWhy = whyUncovered(model, roster, '2026-03-04', 'morning', 'R489:5');
    expect(driverWhy.missing).toBe(1);
    expect(reasons('luc', driverWhy)).toContainEqual(['LICENCE_INVALID', true]);
    expect(driverWhy.candidates.some((c) => c.free)).toBe(false);
  });
});

describe('a hard cover rule', () => {
  // Cover is a cost by nature: the roster weighs the missing people against the other rules and explains them
  // (why-uncovered, above). The rule set refuses to make it hard rather than silently treating it as soft.
  it('is refused by the rule set, naming the field and the reason', () => {
    const parsed = rosterRuleSetSchema.safeParse({
      ...FRENCH_LEGAL_RULES,
      cover: { ...FRENCH_LEGAL_RULES.cover, hard: true },
    });
    expect(parsed.success).toBe(false);
    const issue = parsed.error!.issues[0]!;
    expect(issue.path).toEqual(['cover', 'hard']);
    expect(issue.message).toBe('ROSTER_RULE_ALWAYS_SOFT');
  });

  it('leaves every soft-only rule soft in what the solvers receive', () => {
    const compiled = compileRosterProblem(model, FRENCH_LEGAL_RULES, horizon);
    // Cover and fairness reach the solver as weights only; the short shifts come back as soft violations.
    expect(compiled.cover.every((c) => c.underWeight >= 0 && c.overWeight >= 0)).toBe(true);
    const evaluation = evaluateInDomain(model, { horizon, assignments: [] }, FRENCH_LEGAL_RULES);
    const under = evaluation.violations.filter((v) => v.code === 'ROSTER_COVER_UNDER');
    expect(under.length).toBeGreaterThan(0);
    expect(under.every((v) => !v.hard)).toBe(true);
  });
});
