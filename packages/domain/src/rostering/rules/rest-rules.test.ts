import { describe, expect, it } from 'vitest';
import { buildRosterContext } from '../roster-context.ts';
import { rosterRuleSetSchema } from '../rule-set.ts';
import { gridRoster, SAMPLE_HORIZON, sampleModel, samplePerson } from '../sample-roster.ts';
import { dailyRestRule, shiftSuccessionRule, weeklyRestRule } from './rest-rules.ts';

const paul = samplePerson('paul', 'Paul', 'Martin');
const week = { firstDay: '2026-03-02', days: 7 };

describe('rest rules', () => {
  it('daily rest: 11 h between the end of a shift and the next day’s start, from the history’s last day on', () => {
    const model = sampleModel({ employees: [paul] });
    // Tuesday afternoon ends 21:00, Wednesday morning starts 05:00: 8 h.
    const v = dailyRestRule(buildRosterContext(model, gridRoster(week, { paul: '- A M - - - -' })));
    expect(v).toMatchObject([
      {
        code: 'ROSTER_DAILY_REST',
        hard: true,
        units: 1,
        days: ['2026-03-03', '2026-03-04'],
        params: { employee: 'Paul Martin', restHours: 8, requiredHours: 11, fromWeekday: 2, toWeekday: 3 },
      },
    ]);
    // Sunday's afternoon in the history, Monday's morning in the roster.
    const withHistory = sampleModel({
      employees: [paul],
      history: [{ employeeId: 'paul', day: '2026-03-01', shift: 'afternoon' }],
    });
    expect(
      dailyRestRule(buildRosterContext(withHistory, gridRoster(week, { paul: 'M - - - - - -' }))),
    ).toMatchObject([
      { days: ['2026-03-02'], params: { fromDay: '2026-03-01', toDay: '2026-03-02', restHours: 8 } },
    ]);
  });

  it('shift succession: the site’s forbidden pairs, a pair short of daily rest being reported there only', () => {
    const rules = rosterRuleSetSchema.parse({
      shiftSuccession: {
        params: {
          forbidden: [
            { from: 'morning', to: 'afternoon' },
            { from: 'afternoon', to: 'morning' },
          ],
        },
      },
    });
    const model = sampleModel({ employees: [paul], rules });
    // Monday morning → Tuesday afternoon: 24 h of rest, yet forbidden. Tuesday afternoon → Wednesday morning: 8 h,
    // a daily-rest violation, not counted twice.
    const v = shiftSuccessionRule(buildRosterContext(model, gridRoster(week, { paul: 'M A M - - - -' })));
    expect(v).toMatchObject([
      {
        code: 'ROSTER_SHIFT_SUCCESSION',
        units: 1,
        days: ['2026-03-02', '2026-03-03'],
        params: { fromShift: 'morning', toShift: 'afternoon' },
      },
    ]);
  });

  it('weekly rest: 35 h inside each calendar week, clipped to the week', () => {
    const model = sampleModel({ employees: [paul] });
    // Seven mornings: Monday 00:00–05:00 = 5 h, 13:00–05:00 = 16 h between mornings, Sunday 13:00–24:00 = 11 h.
    // The longest is 16 h = 960 min: 2,100 − 960 = 1,140 missing; the second week, all off, is fine.
    const seven = weeklyRestRule(
      buildRosterContext(model, gridRoster(SAMPLE_HORIZON, { paul: 'M M M M M M M - - - - - - -' })),
    );
    expect(seven).toMatchObject([
      {
        code: 'ROSTER_WEEKLY_REST',
        units: 1140,
        params: { weekStart: '2026-03-02', restHours: 16, requiredHours: 35 },
      },
    ]);
    expect(seven[0]!.days).toHaveLength(7);
    // Saturday afternoon to Monday afternoon is 40 h, but only Saturday 21:00 → Sunday 24:00 = 27 h lies in the first
    // week: 2,100 − 1,620 = 480 missing (the solver reads the week the same way).
    const straddling = weeklyRestRule(
      buildRosterContext(model, gridRoster(SAMPLE_HORIZON, { paul: 'A A A A A A - A - - - - - -' })),
    );
    expect(straddling).toMatchObject([{ units: 480, params: { restHours: 27 } }]);
  });
});
