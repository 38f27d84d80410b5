import { describe, expect, it } from 'vitest';
import { FRENCH_LEGAL_RULES, penaltyOf, rosterRuleSetSchema } from './rule-set.ts';

describe('rule set', () => {
  it('starts from the legal defaults of the Code du travail', () => {
    const r = FRENCH_LEGAL_RULES;
    expect(r.dailyMaximum).toEqual({
      enabled: true,
      hard: true,
      weight: 1,
      params: { maxMinutes: 600, nightWorkerMaxMinutes: 480 },
    });
    expect(r.dailyRest.params.minRestMinutes).toBe(660);
    expect(r.weeklyMaximum.params.maxMinutes).toBe(2880);
    expect(r.averageMaximum.params).toEqual({ maxAverageMinutes: 2640, nightWorkerMaxAverageMinutes: 2400 });
    expect(r.weeklyRest.params.minRestMinutes).toBe(2100);
    expect(r.daysPerWeek.params.maxDays).toBe(6);
    expect(r.break.params).toEqual({ thresholdMinutes: 360, minBreakMinutes: 20 });
    expect(r.partTime.params).toEqual({ legalWeeklyMinutes: 2100, complementaryShare: 0.1 });
    const hard = Object.entries(r)
      .filter(([, rule]) => rule.hard && rule.enabled)
      .map(([key]) => key)
      .sort();
    expect(hard).toEqual([
      'availability',
      'averageMaximum',
      'break',
      'dailyMaximum',
      'dailyRest',
      'daysPerWeek',
      'maxShiftsOfType',
      'partTime',
      'shiftSuccession',
      'weeklyMaximum',
      'weeklyRest',
    ]);
    expect(r.coldRotation.enabled).toBe(false);
  });

  it('lets an agreement move one figure and keeps the others', () => {
    // 12 h a day by company agreement (L3121-19).
    const r = rosterRuleSetSchema.parse({ dailyMaximum: { params: { maxMinutes: 720 } } });
    expect(r.dailyMaximum.params).toEqual({ maxMinutes: 720, nightWorkerMaxMinutes: 480 });
    expect(r.dailyMaximum.hard).toBe(true);
    expect(r.weeklyRest).toEqual(FRENCH_LEGAL_RULES.weeklyRest);
    expect(rosterRuleSetSchema.safeParse({ dailyRest: { hard: 'yes' } }).success).toBe(false);
  });

  it('counts a hard rule in units and a soft one in units × weight', () => {
    expect(penaltyOf({ hard: true, weight: 100 }, 3)).toBe(3);
    expect(penaltyOf({ hard: false, weight: 100 }, 3)).toBe(300);
  });
});
