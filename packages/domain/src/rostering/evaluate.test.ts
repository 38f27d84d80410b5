import { describe, expect, it } from 'vitest';
import { evaluateRoster, ROSTER_RULES } from './evaluate.ts';
import { rosterRuleSetSchema } from './rule-set.ts';
import { gridRoster, sampleModel, samplePerson } from './sample-roster.ts';
import { ROSTER_VIOLATION_CODES } from './violation.ts';

const week = { firstDay: '2026-03-02', days: 7 };
const model = sampleModel({
  employees: [samplePerson('paul', 'Paul', 'Martin'), samplePerson('julie', 'Julie', 'Bernard')],
  demand: [
    { day: '2026-03-02', shift: 'morning', qualification: 'picker', headcount: 2 },
    { day: '2026-03-03', shift: 'morning', qualification: 'picker', headcount: 1 },
  ],
  // Only the rules this test counts by hand stay on among the soft ones.
  rules: rosterRuleSetSchema.parse({
    totalMinutes: { enabled: false },
    consecutiveOff: { enabled: false },
    maxWeekends: { enabled: false },
    weekendFairness: { enabled: false },
    nightFairness: { enabled: false },
  }),
});

describe('evaluateRoster', () => {
  it('runs one function per violation code', () => {
    expect(ROSTER_RULES.map((r) => r.code).sort()).toEqual([...ROSTER_VIOLATION_CODES].sort());
  });

  it('sums hard units and soft penalties over every rule', () => {
    // Paul: Monday afternoon, then Tuesday morning after 8 h of rest (1 hard unit). Monday morning is 2 short
    // (2 × 1,000) and Monday afternoon has 1 person nobody asked for (1 × 100).
    const result = evaluateRoster(model, gridRoster(week, { paul: 'A M - - - - -' }));
    expect(result.violations.map((v) => [v.code, v.employeeId ?? null, v.penalty])).toEqual([
      ['ROSTER_DAILY_REST', 'paul', 1],
      ['ROSTER_COVER_UNDER', null, 2000],
      ['ROSTER_COVER_OVER', null, 100],
    ]);
    expect([result.hard, result.soft]).toEqual([1, 2100]);
  });

  it('refuses a roster giving one person two shifts on one day', () => {
    const roster = gridRoster(week, { paul: 'M - - - - - -' });
    roster.assignments.push({
      employeeId: 'paul',
      day: '2026-03-02',
      shift: 'night',
      qualification: 'picker',
    });
    expect(() => evaluateRoster(model, roster)).toThrow('ROSTER_TWO_SHIFTS_ONE_DAY');
  });
});
