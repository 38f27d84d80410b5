import { describe, expect, it } from 'vitest';
import { buildRosterContext } from '../roster-context.ts';
import { rosterRuleSetSchema } from '../rule-set.ts';
import { gridRoster, SAMPLE_HORIZON, sampleModel, samplePerson } from '../sample-roster.ts';
import {
  coldRotationRule,
  maxConsecutiveWorkRule,
  maxShiftsOfTypeRule,
  maxWeekendsRule,
  minConsecutiveOffRule,
  minConsecutiveWorkRule,
} from './pattern-rules.ts';

const paul = samplePerson('paul', 'Paul', 'Martin');
const ctxOf = (line: string, extra: Parameters<typeof sampleModel>[0] | object = {}) =>
  buildRosterContext(
    sampleModel({ employees: [paul], ...extra }),
    gridRoster(SAMPLE_HORIZON, { paul: line }),
  );

describe('pattern rules', () => {
  it('max consecutive work: 6 days by default, a run from the history counted whole', () => {
    // Monday to the next Monday: 8 days, 2 beyond, soft × 100.
    expect(maxConsecutiveWorkRule(ctxOf('M M M M M M M M - - - - - -'))).toMatchObject([
      {
        code: 'ROSTER_MAX_CONSECUTIVE_WORK',
        hard: false,
        units: 2,
        penalty: 200,
        params: { days: 8, maxDays: 6 },
      },
    ]);
    // Friday to Sunday worked before day 0, then 5 days: 3 + 5 = 8.
    const history = ['2026-02-27', '2026-02-28', '2026-03-01'].map((day) => ({
      employeeId: 'paul',
      day,
      shift: 'morning',
    }));
    const v = maxConsecutiveWorkRule(ctxOf('M M M M M - - - - - - - - -', { history }));
    expect(v).toMatchObject([{ units: 2, params: { fromDay: '2026-02-27', toDay: '2026-03-06', days: 8 } }]);
    expect(v[0]!.days).toHaveLength(5);
  });

  it('min consecutive work: a lone working day, when the site sets a minimum of 2', () => {
    const rules = rosterRuleSetSchema.parse({ consecutiveWork: { params: { min: 2, max: 6 } } });
    // Runs: Mon–Tue (2), Thursday alone (1), the next Monday–Tuesday (2).
    expect(minConsecutiveWorkRule(ctxOf('M M - M - - - M M - - - - -', { rules }))).toMatchObject([
      {
        code: 'ROSTER_MIN_CONSECUTIVE_WORK',
        units: 1,
        penalty: 100,
        days: ['2026-03-05'],
        params: { days: 1, minDays: 2 },
      },
    ]);
  });

  it('min consecutive days off: two by default', () => {
    // Wednesday alone off between two working runs: 1 day missing × 50. The last 7 days off are fine.
    expect(minConsecutiveOffRule(ctxOf('M M - M M M M - - - - - - -'))).toMatchObject([
      { code: 'ROSTER_MIN_CONSECUTIVE_OFF', units: 1, penalty: 50, days: ['2026-03-04'] },
    ]);
  });

  it('max weekends: half of the horizon’s weekends, rounded up, a weekend counting once', () => {
    // Two weekends in the horizon: at most 1. Saturday 7 and Sunday 8 count once; Sunday 15 is a second.
    const v = maxWeekendsRule(ctxOf('- - - - - M M - - - - - - M'));
    expect(v).toMatchObject([
      { code: 'ROSTER_MAX_WEEKENDS', units: 1, penalty: 100, params: { weekends: 2, maxWeekends: 1 } },
    ]);
    expect(v[0]!.days).toEqual(['2026-03-07', '2026-03-08', '2026-03-15']);
  });

  it('max shifts of a type: the rule’s figure, or the person’s own terms', () => {
    const rules = rosterRuleSetSchema.parse({ maxShiftsOfType: { params: { max: { night: 2 } } } });
    expect(maxShiftsOfTypeRule(ctxOf('N N - - N - - - - - - - - -', { rules }))).toMatchObject([
      {
        code: 'ROSTER_MAX_SHIFTS_OF_TYPE',
        hard: true,
        units: 1,
        params: { shift: 'night', count: 3, max: 2 },
      },
    ]);
    const terms = [{ employeeId: 'paul', maxShiftsOfType: { night: 1 } }];
    expect(maxShiftsOfTypeRule(ctxOf('N N - - N - - - - - - - - -', { rules, terms }))[0]?.units).toBe(2);
  });

  it('cold rotation: at most 3 days in a row under a cold qualification, when the site turns it on', () => {
    const rules = rosterRuleSetSchema.parse({ coldRotation: { enabled: true } });
    const line =
      'M@cold_room_operator M@cold_room_operator M@cold_room_operator M@cold_room_operator M - - - - - - - - -';
    expect(coldRotationRule(ctxOf(line, { rules }))).toMatchObject([
      {
        code: 'ROSTER_COLD_ROTATION',
        units: 1,
        penalty: 50,
        params: { days: 4, maxDays: 3, toDay: '2026-03-05' },
      },
    ]);
    expect(coldRotationRule(ctxOf(line))).toEqual([]);
  });
});
