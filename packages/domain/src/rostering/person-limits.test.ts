import { describe, expect, it } from 'vitest';
import { horizonDates } from './model.ts';
import { personLimits, weekendsIn } from './person-limits.ts';
import { rosterRuleSetSchema } from './rule-set.ts';
import { SAMPLE_HORIZON, sampleModel, samplePerson } from './sample-roster.ts';

const dates = horizonDates(SAMPLE_HORIZON);
const weekdays = { weekdays: [1, 2, 3, 4, 5], earliestStart: '00:00', latestEnd: '24:00', nightWork: false };

describe('person limits', () => {
  it('prorate the contract over the days available: 35 h Monday–Friday, 3 days of leave in 2 weeks', () => {
    const ana = samplePerson('ana', 'Ana', 'Petit', { availability: weekdays });
    const model = sampleModel({
      employees: [ana],
      absences: [
        {
          id: 'a',
          siteId: 's1',
          employeeId: 'ana',
          kind: 'paid_leave',
          from: '2026-03-04',
          to: '2026-03-06',
        },
      ],
    });
    const limits = personLimits(model, model.rules, ana, dates);
    // 10 weekdays − 3 of leave = 7; 2,100 × 7 / 5 = 2,940; 90 % = 2,646, 110 % = 3,234.
    expect(limits).toMatchObject({ contractMinutes: 2940, minMinutes: 2646, maxMinutes: 3234 });
    expect(limits).toMatchObject({
      nightWorker: false,
      partTime: false,
      maxMinutesPerCivilDay: 600,
      maxMinutesPerWeek: 2880,
      maxAverageMinutesPerWeek: 2640,
      maxDaysPerWeek: 6,
      minWeeklyRestMinutes: 2100,
      partTimeWeeklyCeiling: null,
      maxConsecutiveWork: 6,
      minConsecutiveWork: null,
      minConsecutiveOff: 2,
      maxWeekends: 1,
      maxShiftsOfType: { morning: null, afternoon: null, night: null },
    });
  });

  it('give night workers 8 h a day and 40 h on average, and part-timers a ceiling below 35 h', () => {
    const night = samplePerson('n', 'Nora', 'Blanc');
    const model = sampleModel({ employees: [night] });
    expect(personLimits(model, model.rules, night, dates)).toMatchObject({
      nightWorker: true,
      maxMinutesPerCivilDay: 480,
      maxAverageMinutesPerWeek: 2400,
    });
    // 24 h: 1,440 × 1.1 = 1,584 allowed, the ceiling (strict) is 1,585. 32 h: 2,112 would pass 35 h, so 2,100.
    const ceiling = (weeklyHours: number) =>
      personLimits(model, model.rules, samplePerson('p', 'P', 'Q', { weeklyHours }), dates)
        .partTimeWeeklyCeiling;
    expect([ceiling(24), ceiling(32), ceiling(35)]).toEqual([1585, 2100, null]);
  });

  it('follow the person’s terms and turn a disabled rule into no limit', () => {
    const ana = samplePerson('ana', 'Ana', 'Petit');
    const rules = rosterRuleSetSchema.parse({
      weeklyRest: { enabled: false },
      maxShiftsOfType: { params: { max: { night: 4 } } },
    });
    const model = sampleModel({
      employees: [ana],
      rules,
      terms: [{ employeeId: 'ana', maxWeekends: 0, minMinutes: 1000, maxShiftsOfType: { morning: 3 } }],
    });
    expect(personLimits(model, rules, ana, dates)).toMatchObject({
      maxWeekends: 0,
      minMinutes: 1000,
      minWeeklyRestMinutes: null,
      maxShiftsOfType: { morning: 3, afternoon: null, night: 4 },
    });
  });

  it('count the weekends a horizon meets', () => {
    expect(weekendsIn(dates)).toBe(2);
    // From Sunday 1 March: that Sunday's weekend, 7–8 and 14–15 March.
    expect(weekendsIn(horizonDates({ firstDay: '2026-03-01', days: 14 }))).toBe(3);
  });
});
