// The plan fills simple sentences itself and keeps its own day formatter: both must read exactly as i18next does.
import { type Catalogue, formatDate, type Lang, resources, translate } from '@logipilot/i18n';
import { describe, expect, it } from 'vitest';
import { readableParams, sentence, sentenceMemo } from './plan-messages.ts';

const LANGS: Lang[] = ['fr', 'en'];

/** Every param name any levers sentence uses, with a value of the kind a plan gives it. */
function sampleParams(): Record<string, string | number> {
  return {
    employee: 'Nadia Hubert',
    hours: 3.456,
    costPerHour: 2329,
    tempCostPerHour: 2810,
    overtimeCostPerHour: 3100,
    tempEfficiency: 0.5,
    efficiency: 0.75,
    premium: 0.25,
    earliestStart: '2026-11-04',
    leadTimeDays: 2,
    day: '2026-11-02',
    week: '2026-11-02',
    from: '2026-08-10',
    to: '2026-11-02',
    toDay: '2026-11-03',
    ceiling: 10,
    plannedHours: 6.166666666666667,
    averageHours: 41.25,
    remainingHours: 12.5,
    quotaHours: 220,
    usedHours: 207.5,
    restRate: 1,
    hoursBeyond: 4,
    restHours: 4,
    periodStart: '2026-01-01',
    agency: 'Interim Est',
    status: 'public_holiday',
    weekday: 6,
    days: 3,
    contractHours: 35,
    billedHours: 7,
    missionDay: 2,
    limits: 'OVERTIME_DAILY_LIMIT,OVERTIME_WEEKLY_LIMIT',
    people: 4,
    headcount: 12,
    hoursPerPerson: 0.5,
    share: 0.04,
    maxShare: 0.1,
    penaltyPerHour: 500,
    needed: 120,
    serviceLevel: 0.98,
    overtimeLeftHours: 0,
    tempAvailableFrom: '2026-11-04',
    tempRate: 'yes',
    neededHours: 800,
    allowedHours: 16,
    shortHours: 3.2,
    qualification: 'R489:5',
    shift: 'night',
    solverStatus: 'Infeasible',
    message: 'x',
    overtimeHours: 45934.61,
    tempHours: 149165.86,
    shiftExtensionHours: 17833.17,
    backlogHours: 3634.76,
    uncoveredHours: 150.95,
    totalCostCents: 499121571,
  };
}

describe('plan sentences', () => {
  it('fill every levers reason exactly as i18next does, all params given or some missing', () => {
    const params = sampleParams();
    for (const lang of LANGS) {
      const levers = resources[lang].translation.levers as Catalogue;
      const codes = Object.keys(levers.reasons as Catalogue);
      expect(codes.length).toBeGreaterThan(20);
      for (const code of codes) {
        const key = `levers.reasons.${code}`;
        expect(sentence(lang, 'levers.reasons', code, params)).toBe(
          translate(lang, key, readableParams(lang, params)),
        );
        const { employee: _employee, hours: _hours, ...fewer } = params;
        expect(sentence(lang, 'levers.reasons', code, fewer)).toBe(
          translate(lang, key, readableParams(lang, fewer)),
        );
      }
    }
  });

  it('go through i18next when a param is an i18next option or a value is not text', () => {
    expect(sentence('en', 'plan.issue', 'PLAN_ISSUES_TRUNCATED', { code: 'X', count: 3 })).toBe(
      translate('en', 'plan.issue.PLAN_ISSUES_TRUNCATED', readableParams('en', { code: 'X', count: 3 })),
    );
    const withObject = { employee: { first: 'A' }, hours: 2, costPerHour: 100 };
    expect(sentence('fr', 'levers.reasons', 'OVERTIME_SELECTED', withObject)).toBe(
      translate('fr', 'levers.reasons.OVERTIME_SELECTED', readableParams('fr', withObject)),
    );
  });

  it('label days as formatDate does and remember sentences per shown value', () => {
    for (const lang of LANGS) {
      for (const day of ['2026-01-01', '2026-05-01', '2026-11-02', '2027-02-28']) {
        expect(readableParams(lang, { day }).day).toBe(formatDate(lang, day, 'medium'));
      }
    }
    const memo = sentenceMemo('fr', 'levers.reasons');
    const a = memo('OVERTIME_DAILY_LIMIT', {
      day: '2026-11-02',
      ceiling: 10,
      plannedHours: 6,
      employee: 'A',
    });
    const b = memo('OVERTIME_DAILY_LIMIT', {
      day: '2026-11-02',
      ceiling: 10,
      plannedHours: 6,
      employee: 'B',
    });
    expect(b).toBe(a);
    expect(memo('OVERTIME_DAILY_LIMIT', { day: '2026-11-03', ceiling: 10, plannedHours: 6 })).not.toBe(a);
    expect(memo('NOT_A_CODE', {})).toBe(sentence('fr', 'levers.reasons', 'NOT_A_CODE', {}));
  });
});
