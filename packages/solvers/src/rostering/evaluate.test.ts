// The evaluator, one rule per test, on hand-made rosters whose violations are counted by hand.
import { describe, expect, it } from 'vitest';
import { evaluateRoster } from './evaluate.ts';
import type { RosterEmployee, RosterProblem, RosterRules, Violation } from './problem.ts';
import { HARD_RULES, rows, samplePerson, sampleProblem } from './sample-problem.ts';

function one(extra: Partial<RosterEmployee>, problem: Partial<Omit<RosterProblem, 'employees'>> = {}) {
  return sampleProblem([samplePerson('P', extra)], problem);
}

function violations(problem: RosterProblem, ...lines: string[]): Violation[] {
  return evaluateRoster(problem, rows(problem, ...lines)).violations;
}

function codes(problem: RosterProblem, ...lines: string[]) {
  return violations(problem, ...lines).map((v) => ({ code: v.code, penalty: v.penalty, days: v.days }));
}

describe('evaluateRoster', () => {
  it('counts a forbidden succession, the history’s last day included', () => {
    expect(codes(one({}), 'AM')).toEqual([{ code: 'ROSTER_SHIFT_SUCCESSION', penalty: 1, days: [0, 1] }]);
    const afterNight = one({ history: { shifts: [2], minutesByDay: [180] } });
    expect(codes(afterNight, 'M')).toEqual([{ code: 'ROSTER_SHIFT_SUCCESSION', penalty: 1, days: [-1, 0] }]);
    expect(codes(one({}), 'M-A-N')).toEqual([]);
  });

  it('counts work on an unavailable day, an unavailable slot and a slot the person does not hold', () => {
    const problem = one({
      slots: [0, 1],
      unavailable: [
        { day: 2, reason: 'leave' },
        { day: 3, slot: 1, reason: 'licence' },
      ],
    });
    const found = violations(problem, '--MM-A--N');
    expect(found.map((v) => [v.code, v.days[0], v.params.reason])).toEqual([
      ['ROSTER_UNAVAILABLE', 2, 'leave'],
      ['ROSTER_UNAVAILABLE', 8, 'slot'],
    ]);
    expect(codes(problem, '---A')).toEqual([{ code: 'ROSTER_UNAVAILABLE', penalty: 1, days: [3] }]);
  });

  it('counts shifts of a type beyond its maximum', () => {
    const found = violations(one({ maxShiftsOfType: [2, null, null] }), 'M-M-M-AA');
    expect(found.map((v) => [v.code, v.penalty, v.params.count])).toEqual([
      ['ROSTER_MAX_SHIFTS_OF_TYPE', 1, 3],
    ]);
  });

  it('counts the minutes below the minimum and above the maximum of the horizon', () => {
    expect(codes(one({ minMinutes: 7 * 420 }), 'MM-MM-M')).toEqual([
      { code: 'ROSTER_TOTAL_MINUTES', penalty: 2 * 420, days: [] },
    ]);
    expect(codes(one({ maxMinutes: 3 * 420 }), 'MM-MM')).toEqual([
      { code: 'ROSTER_TOTAL_MINUTES', penalty: 420, days: [] },
    ]);
  });

  it('counts the days of a stretch beyond the maximum, continuing the history’s stretch', () => {
    expect(codes(one({ maxConsecutiveWork: 3 }), '-MMMMM')).toEqual([
      { code: 'ROSTER_MAX_CONSECUTIVE_WORK', penalty: 2, days: [1, 2, 3, 4, 5] },
    ]);
    const history = { shifts: [0, 0], minutesByDay: [420, 420] };
    expect(codes(one({ maxConsecutiveWork: 3, history }), 'MM-')).toEqual([
      { code: 'ROSTER_MAX_CONSECUTIVE_WORK', penalty: 1, days: [0, 1] },
    ]);
  });

  it('exempts short stretches at the horizon’s ends unless the rules say otherwise', () => {
    const exempt = one({ minConsecutiveWork: 2 });
    // Days 0 and 13 touch the ends; day 4 does not.
    expect(codes(exempt, 'M---M--------M')).toEqual([
      { code: 'ROSTER_MIN_CONSECUTIVE_WORK', penalty: 1, days: [4] },
    ]);
    const rules: RosterRules = { ...HARD_RULES, minConsecutiveAtHorizonEnds: true };
    const checked = one({ minConsecutiveWork: 2, history: { shifts: [-1], minutesByDay: [0] } }, { rules });
    expect(codes(checked, 'M---M--------M').map((v) => v.days[0])).toEqual([0, 4, 13]);
    // Worked the day before day 0: the stretch is two days long with the history.
    const continued = one(
      { minConsecutiveWork: 2, history: { shifts: [0], minutesByDay: [420] } },
      { rules },
    );
    expect(codes(continued, 'M---MM-------M').map((v) => v.days[0])).toEqual([13]);
  });

  it('counts the days missing to a stretch of days off', () => {
    expect(codes(one({ minConsecutiveOff: 2 }), 'MM-MM--MM---MM')).toEqual([
      { code: 'ROSTER_MIN_CONSECUTIVE_OFF', penalty: 1, days: [2] },
    ]);
  });

  it('counts a weekend once when both its days are worked', () => {
    expect(codes(one({ maxWeekends: 1 }), '-----MM')).toEqual([]);
    expect(codes(one({ maxWeekends: 1 }), '-----MM-----M')).toEqual([
      { code: 'ROSTER_MAX_WEEKENDS', penalty: 1, days: [5, 6, 12] },
    ]);
  });

  it('reads the daily maximum on civil days, the night from the day before included', () => {
    // The history's night (day -1) puts 4 h on day 0; the night of day 1 puts 3 h on day 1 and 4 h on day 2.
    const problem = one({ maxMinutesPerCivilDay: 200, history: { shifts: [2], minutesByDay: [180] } });
    expect(codes(problem, '-N')).toEqual([
      { code: 'ROSTER_DAILY_MAXIMUM', penalty: 40, days: [0] },
      { code: 'ROSTER_DAILY_MAXIMUM', penalty: 40, days: [2] },
    ]);
  });

  it('reads the weekly maximum per calendar week, the days before day 0 from the history', () => {
    expect(codes(one({ maxMinutesPerWeek: 2000 }), 'MMMMM--MMMM')).toEqual([
      { code: 'ROSTER_WEEKLY_MAXIMUM', penalty: 100, days: [0, 1, 2, 3, 4, 5, 6] },
    ]);
    // Day 0 is a Wednesday: Monday and Tuesday (2 × 420) come from the history.
    const problem = one(
      { maxMinutesPerWeek: 2000, history: { shifts: [0, 0], minutesByDay: [420, 420] } },
      { firstWeekday: 3, days: 5 },
    );
    expect(codes(problem, 'MMM')).toEqual([
      { code: 'ROSTER_WEEKLY_MAXIMUM', penalty: 100, days: [0, 1, 2, 3, 4] },
    ]);
  });

  it('reads the 12-week average with the history’s weeks', () => {
    // Eleven weeks of history at 35 h (300 min a day), then a week of six mornings (42 h): 7 h over 12 × 35 h.
    const history = { shifts: [], minutesByDay: Array.from({ length: 77 }, () => 300) };
    const problem = one({ maxAverageMinutesPerWeek: 2100, history }, { days: 7 });
    const found = violations(problem, 'MMMMMM-');
    expect(found.map((v) => [v.code, v.penalty, v.params.week])).toEqual([
      ['ROSTER_AVERAGE_MAXIMUM', 420, 0],
    ]);
    expect(codes(problem, 'MMMMM--')).toEqual([]);
  });

  it('counts the days worked beyond the weekly maximum, history included', () => {
    expect(codes(one({ maxDaysPerWeek: 5 }), 'MMMMMM-')).toEqual([
      { code: 'ROSTER_DAYS_PER_WEEK', penalty: 1, days: [0, 1, 2, 3, 4, 5, 6] },
    ]);
    // Day 0 is a Thursday; Monday to Wednesday were worked.
    const problem = one(
      { maxDaysPerWeek: 5, history: { shifts: [0, 0, 0], minutesByDay: [420, 420, 420] } },
      { firstWeekday: 4, days: 4 },
    );
    expect(codes(problem, 'MMM-')).toEqual([
      { code: 'ROSTER_DAYS_PER_WEEK', penalty: 1, days: [0, 1, 2, 3] },
    ]);
  });

  it('measures the longest rest inside each calendar week', () => {
    // Mornings Monday to Saturday, then Monday: the longest rest is Saturday 14:00 → Sunday 24:00 = 34 h.
    const problem = one({ minWeeklyRestMinutes: 2100 });
    const found = violations(problem, 'MMMMMM-M');
    expect(found.map((v) => [v.code, v.penalty, v.params.rest])).toEqual([['ROSTER_WEEKLY_REST', 60, 2040]]);
    // Off on Saturday too: 58 h.
    expect(codes(problem, 'MMMMM--M')).toEqual([]);
  });

  it('keeps a part-time week strictly below its ceiling', () => {
    expect(codes(one({ partTimeWeeklyCeiling: 2100 }), 'MMMM---')).toEqual([]);
    expect(codes(one({ partTimeWeeklyCeiling: 2100 }), 'MMMMM--')).toEqual([
      { code: 'ROSTER_PART_TIME', penalty: 1, days: [0, 1, 2, 3, 4, 5, 6] },
    ]);
  });

  it('charges the weight of an unmet on-request and of a broken off-request', () => {
    const problem = one({
      requests: [
        { day: 1, shift: 0, on: true, weight: 3 },
        { day: 2, shift: 2, on: false, weight: 2 },
      ],
    });
    expect(evaluateRoster(problem, rows(problem, '-M-')).score).toEqual({ hard: 0, soft: 0 });
    expect(codes(problem, '-AN')).toEqual([
      { code: 'ROSTER_REQUEST_ON', penalty: 3, days: [1] },
      { code: 'ROSTER_REQUEST_OFF', penalty: 2, days: [2] },
    ]);
  });

  it('charges each missing person at the under-weight and each extra one at the over-weight', () => {
    const cover = [{ day: 0, shift: 0, qualification: 0, requirement: 2, underWeight: 100, overWeight: 1 }];
    const people = ['P', 'Q', 'R'].map((id) => samplePerson(id));
    const problem = sampleProblem(people, { cover });
    expect(codes(problem, 'M', '-', '-')).toEqual([{ code: 'ROSTER_COVER_UNDER', penalty: 100, days: [0] }]);
    expect(codes(problem, 'M', 'M', 'M')).toEqual([{ code: 'ROSTER_COVER_OVER', penalty: 1, days: [0] }]);
    expect(codes(problem, 'M', 'M', 'A')).toEqual([]);
  });

  it('charges weekends and nights above the team’s mean', () => {
    const rules: RosterRules = { ...HARD_RULES, weekendFairness: 10, nightFairness: 5 };
    const people = ['P', 'Q', 'R'].map((id) => samplePerson(id));
    const problem = sampleProblem(people, { rules });
    // Weekends 2, 0, 1 (mean 1); nights 3, 0, 0 (mean 1).
    const found = violations(problem, 'N-N--M------M', '', '-----N');
    expect(found.map((v) => [v.code, v.employee, v.penalty])).toEqual([
      ['ROSTER_WEEKEND_FAIRNESS', 0, 10],
      ['ROSTER_NIGHT_FAIRNESS', 0, 5],
    ]);
    expect(evaluateRoster(problem, rows(problem, 'N-N--M------M', '', '-----N')).score.soft).toBe(15);
  });

  it('charges every cell that differs from the published roster', () => {
    const problem = one({});
    const initial = rows(problem, 'MM--');
    const evaluation = evaluateRoster(problem, rows(problem, 'M--M'), { initial, changeWeight: 4 });
    expect(evaluation.violations.map((v) => [v.code, v.days[0]])).toEqual([
      ['ROSTER_CHANGED', 1],
      ['ROSTER_CHANGED', 3],
    ]);
    expect(evaluation.score).toEqual({ hard: 0, soft: 8 });
  });

  it('weighs a soft rule’s units instead of counting them as hard', () => {
    const rules: RosterRules = { ...HARD_RULES, consecutiveWork: { hard: false, weight: 7 } };
    const problem = one({ maxConsecutiveWork: 3 }, { rules });
    const evaluation = evaluateRoster(problem, rows(problem, 'MMMMM'));
    expect(evaluation.score).toEqual({ hard: 0, soft: 14 });
    expect(evaluation.violations[0]).toMatchObject({ hard: false, penalty: 14, params: { units: 2 } });
  });

  it('refuses a roster of the wrong shape', () => {
    const problem = one({});
    expect(() => evaluateRoster(problem, [])).toThrow('ROSTER_ASSIGNMENT_SHAPE');
    expect(() => evaluateRoster(problem, [Int32Array.of(5)])).toThrow('ROSTER_ASSIGNMENT_SHAPE');
  });
});
