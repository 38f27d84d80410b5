import { describe, expect, it } from 'vitest';
import { addDays } from '../../shared/dates.ts';
import type { RosterModelInput } from '../model.ts';
import { buildRosterContext } from '../roster-context.ts';
import { gridRoster, SAMPLE_HORIZON, sampleModel, samplePerson } from '../sample-roster.ts';
import {
  averageMaximumRule,
  dailyMaximumRule,
  daysPerWeekRule,
  partTimeRule,
  totalMinutesRule,
  weeklyMaximumRule,
} from './working-time-rules.ts';

const paul = samplePerson('paul', 'Paul', 'Martin');
const templates: RosterModelInput['templates'] = [
  { key: 'morning', label: 'Matin', start: '05:00', end: '13:00', breaks: [{ minutes: 30 }] },
  // 07:00–17:00 less 1 h = 540 min; 06:00–18:00 less 30 min = 690 min.
  { key: 'day9', label: 'Journée', start: '07:00', end: '17:00', breaks: [{ minutes: 60 }] },
  { key: 'long', label: 'Longue', start: '06:00', end: '18:00', breaks: [{ minutes: 30 }] },
  // 21:00–07:00 less 30 min at 01:45: 180 min before midnight, 420 − 30 = 390 after.
  { key: 'night10', label: 'Nuit longue', start: '21:00', end: '07:00', breaks: [{ minutes: 30 }] },
];
const week = { firstDay: '2026-03-02', days: 7 };

describe('working-time rules', () => {
  it('daily maximum: 10 h per civil day, 8 h for a night worker, a night counting after midnight on the next day', () => {
    const model = sampleModel({ employees: [paul], templates });
    const dayWorker = sampleModel({
      employees: [paul],
      templates,
      terms: [{ employeeId: 'paul', nightWorker: false }],
    });
    const long = dailyMaximumRule(
      buildRosterContext(dayWorker, gridRoster(week, { paul: 'long - - - - - -' })),
    );
    expect(long).toMatchObject([
      {
        code: 'ROSTER_DAILY_MAXIMUM',
        hard: true,
        units: 690 - 600,
        penalty: 90,
        employeeId: 'paul',
        days: ['2026-03-02'],
      },
    ]);
    expect(long[0]!.params).toMatchObject({ employee: 'Paul Martin', hours: 11.5, maxHours: 10 });
    // Two nights in a row: Tuesday holds 390 (Monday night after midnight) + 180 (Tuesday night) = 570 > 480.
    const nights = dailyMaximumRule(
      buildRosterContext(model, gridRoster(week, { paul: 'night10 night10 - - - - -' })),
    );
    expect(nights).toMatchObject([{ units: 570 - 480, days: ['2026-03-03'], params: { nightWorker: 1 } }]);
    expect(
      dailyMaximumRule(
        buildRosterContext(dayWorker, gridRoster(week, { paul: 'night10 night10 - - - - -' })),
      ),
    ).toEqual([]);
  });

  it('weekly maximum: 48 h per calendar week', () => {
    const model = sampleModel({ employees: [paul], templates });
    const v = weeklyMaximumRule(
      buildRosterContext(model, gridRoster(week, { paul: 'day9 day9 day9 day9 day9 day9 -' })),
    );
    // 6 × 540 = 3,240 min against 2,880.
    expect(v).toMatchObject([
      { code: 'ROSTER_WEEKLY_MAXIMUM', units: 3240 - 2880, params: { hours: 54, maxHours: 48 } },
    ]);
    expect(v[0]!.days).toHaveLength(7);
  });

  it('average maximum: 44 h a week over 12 weeks, reading 11 weeks of history', () => {
    // 45 h a week (5 × 540 min) for the 11 weeks before 2 March, from timesheets.
    const history = [];
    for (let d = -77; d < 0; d++) {
      const day = addDays('2026-03-02', d);
      const weekday = ((d % 7) + 7) % 7; // 0 = Monday
      if (weekday < 5) history.push({ employeeId: 'paul', day, shift: null, minutes: 540 });
    }
    const roster = gridRoster(week, { paul: 'day9 day9 day9 day9 day9 - -' });
    const terms = [{ employeeId: 'paul', nightWorker: false }];
    const v = averageMaximumRule(
      buildRosterContext(sampleModel({ employees: [paul], templates, history, terms }), roster),
    );
    // 12 × 2,700 = 32,400 min against 12 × 2,640 = 31,680.
    expect(v).toMatchObject([
      {
        code: 'ROSTER_AVERAGE_MAXIMUM',
        units: 32_400 - 31_680,
        params: { averageHours: 45, maxHours: 44, fromWeek: '2025-12-15', toWeek: '2026-03-02' },
      },
    ]);
    // A night worker's average is 40 h: 32,400 − 12 × 2,400 = 3,600 beyond.
    const night = averageMaximumRule(
      buildRosterContext(sampleModel({ employees: [paul], templates, history }), roster),
    );
    expect(night).toMatchObject([{ units: 3600, params: { maxHours: 40, nightWorker: 1 } }]);
  });

  it('days per week: at most 6, the days before day 0 of the same week read from the history', () => {
    const history = [
      { employeeId: 'paul', day: '2026-03-02', shift: 'morning' },
      { employeeId: 'paul', day: '2026-03-03', shift: 'morning' },
    ];
    const model = sampleModel({ employees: [paul], templates, history });
    // Day 0 is Wednesday 4 March: Monday and Tuesday worked before, Wednesday to Sunday in the roster = 7 days.
    const v = daysPerWeekRule(
      buildRosterContext(model, gridRoster({ firstDay: '2026-03-04', days: 5 }, { paul: 'M M M M M' })),
    );
    expect(v).toMatchObject([
      { code: 'ROSTER_DAYS_PER_WEEK', units: 1, params: { workedDays: 7, maxDays: 6 } },
    ]);
    expect(v[0]!.days).toEqual(['2026-03-04', '2026-03-05', '2026-03-06', '2026-03-07', '2026-03-08']);
  });

  it('part time: a 24 h contract stays within 24 h + 1/10 and below 35 h', () => {
    const julie = samplePerson('julie', 'Julie', 'Bernard', { weeklyHours: 24 });
    const model = sampleModel({ employees: [julie] });
    // 4 mornings = 1,800 min; allowed at most 24 × 60 × 1.1 = 1,584 min (ceiling 1,585): 1,800 − 1,584 = 216 beyond.
    const v = partTimeRule(buildRosterContext(model, gridRoster(week, { julie: 'M M M M - - -' })));
    expect(v).toMatchObject([
      {
        code: 'ROSTER_PART_TIME',
        hard: true,
        units: 216,
        params: { hours: 30, contractHours: 24, maxHours: 26.4 },
      },
    ]);
    expect(partTimeRule(buildRosterContext(model, gridRoster(week, { julie: 'M M M - - - -' })))).toEqual([]);
  });

  it('total minutes: 90 %–110 % of the contract over the days the person is available', () => {
    const weekdays = samplePerson('ana', 'Ana', 'Petit', {
      availability: {
        weekdays: [1, 2, 3, 4, 5],
        earliestStart: '00:00',
        latestEnd: '24:00',
        nightWork: false,
      },
    });
    const model = sampleModel({ employees: [weekdays] });
    // 10 weekdays in 2 weeks: 2,100 × 10 / 5 = 4,200 due; at least 3,780. 8 mornings = 3,600: 180 short, × weight 1.
    const v = totalMinutesRule(
      buildRosterContext(model, gridRoster(SAMPLE_HORIZON, { ana: 'M M M M - - - M M M M - - -' })),
    );
    expect(v).toMatchObject([
      {
        code: 'ROSTER_TOTAL_MINUTES',
        hard: false,
        units: 180,
        penalty: 180,
        params: { hours: 60, minHours: 63, maxHours: 77 },
      },
    ]);
  });
});
