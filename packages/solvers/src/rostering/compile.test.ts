import { FRENCH_LEGAL_RULES, rosterRuleSetSchema } from '@logipilot/domain';
import { describe, expect, it } from 'vitest';
import {
  compileRosterProblem,
  rosterChangeWeight,
  toAssignment,
  toRoster,
  violationInDomainTerms,
} from './compile.ts';
import { horizon, model } from './sample-site.ts';

const problem = compileRosterProblem(model, model.rules, horizon);
const employee = (id: string) => problem.employees.find((e) => e.id === id)!;

describe('compileRosterProblem', () => {
  it('keeps the horizon, the templates’ nominal figures and the daily rest as cannotFollow', () => {
    expect(problem).toMatchObject({ days: 14, firstDay: '2026-04-27', firstWeekday: 1 });
    expect(problem.qualifications).toEqual(['team_leader', 'picker', 'R489:5']);
    expect(problem.shifts).toEqual([
      // 480 − 30 = 450 worked; start 05:00 = 300, end 13:00 = 780.
      {
        id: 'morning',
        minutes: 450,
        minutesByCivilDay: [450, 0],
        start: 300,
        end: 780,
        night: false,
        cannotFollow: [],
      },
      // Ends 21:00: the next morning at 05:00 leaves 8 h < 11 h.
      {
        id: 'afternoon',
        minutes: 450,
        minutesByCivilDay: [450, 0],
        start: 780,
        end: 1260,
        night: false,
        cannotFollow: [0],
      },
      // 21:00–24:00 = 180, then 300 − the 30-min break at 00:45 = 270; ends 05:00 next day = 1,740.
      {
        id: 'night',
        minutes: 450,
        minutesByCivilDay: [180, 270],
        start: 1260,
        end: 1740,
        night: true,
        cannotFollow: [0, 1],
      },
    ]);
    expect(problem.slots).toHaveLength(9);
    expect(problem.slots[5]).toEqual({ shift: 1, qualification: 2 });
  });

  it('gives each person the slots they may ever take', () => {
    // Paul: R489:5 (k = 2) on morning and afternoon (no nights): 0·3+2, 1·3+2.
    expect(employee('paul').slots).toEqual([2, 5]);
    // Julie: picker (k = 1) on the afternoon only (mornings start at 05:00, before her 06:00; no nights).
    expect(employee('julie').slots).toEqual([4]);
    // Karim: picker on all three templates.
    expect(employee('karim').slots).toEqual([1, 4, 7]);
    // Sophie: team_leader (k = 0), morning and afternoon.
    expect(employee('sophie').slots).toEqual([0, 3]);
  });

  it('lists the cells each person may not work, with the reason code', () => {
    // Day 4 = Friday 1 May; days 5–6 and 12–13 the weekends; days 9–11 = 6–8 May, after Paul's medical fitness.
    expect(employee('paul').unavailable).toEqual([
      { day: 4, reason: 'LABOUR_DAY' },
      { day: 5, reason: 'WEEKDAY_OFF' },
      { day: 6, reason: 'WEEKDAY_OFF' },
      { day: 9, slot: 2, reason: 'LICENCE_INVALID' },
      { day: 9, slot: 5, reason: 'LICENCE_INVALID' },
      { day: 10, slot: 2, reason: 'LICENCE_INVALID' },
      { day: 10, slot: 5, reason: 'LICENCE_INVALID' },
      { day: 11, slot: 2, reason: 'LICENCE_INVALID' },
      { day: 11, slot: 5, reason: 'LICENCE_INVALID' },
      { day: 12, reason: 'WEEKDAY_OFF' },
      { day: 13, reason: 'WEEKDAY_OFF' },
    ]);
    expect(employee('julie').unavailable).toEqual([
      { day: 4, reason: 'LABOUR_DAY' },
      { day: 6, reason: 'WEEKDAY_OFF' },
      { day: 7, reason: 'ABSENT' },
      { day: 8, reason: 'ABSENT' },
      { day: 13, reason: 'WEEKDAY_OFF' },
    ]);
    expect(employee('karim').unavailable).toEqual([
      { day: 0, reason: 'CONTRACT_INACTIVE' },
      { day: 1, reason: 'CONTRACT_INACTIVE' },
      { day: 4, reason: 'LABOUR_DAY' },
      { day: 12, reason: 'CONTRACT_INACTIVE' },
      { day: 13, reason: 'CONTRACT_INACTIVE' },
    ]);
  });

  it('sets each person’s limits from the legal rules and the contract', () => {
    // Paul: 10 weekdays − 1 May = 9 days × 2,100 / 5 = 3,780 due; 90 % = 3,402, 110 % = 4,158.
    expect(employee('paul')).toMatchObject({
      minMinutes: 3402,
      maxMinutes: 4158,
      maxConsecutiveWork: 6,
      minConsecutiveWork: null,
      minConsecutiveOff: 2,
      maxWeekends: 1,
      maxMinutesPerCivilDay: 600,
      maxMinutesPerWeek: 2880,
      maxAverageMinutesPerWeek: 2640,
      maxDaysPerWeek: 6,
      minWeeklyRestMinutes: 2100,
      partTimeWeeklyCeiling: null,
      maxShiftsOfType: [null, null, null],
    });
    // Julie: 12 days Mon–Sat − 1 May − 2 days of leave = 9 × 1,440 / 6 = 2,160 due: [1,944, 2,376]. Part time:
    // 1,440 × 1.1 = 1,584 at most a week, ceiling 1,585.
    expect(employee('julie')).toMatchObject({
      minMinutes: 1944,
      maxMinutes: 2376,
      partTimeWeeklyCeiling: 1585,
    });
    // Karim: 10 mission days − 1 May = 9 × 2,100 / 7 = 2,700: [2,430, 2,970]; night worker: 8 h, 40 h average.
    expect(employee('karim')).toMatchObject({
      minMinutes: 2430,
      maxMinutes: 2970,
      maxMinutesPerCivilDay: 480,
      maxAverageMinutesPerWeek: 2400,
    });
  });

  it('carries requests and 84 days of history', () => {
    // Saturday 2 May = day 5, night = shift 2; Sophie's request takes the default weight 10.
    expect(employee('karim').requests).toEqual([{ day: 5, shift: 2, on: false, weight: 5 }]);
    expect(employee('sophie').requests).toEqual([{ day: 2, shift: 1, on: true, weight: 10 }]);
    const { shifts, minutesByDay } = employee('paul').history;
    expect([shifts.length, minutesByDay.length]).toEqual([84, 84]);
    // 20–24 April are days −7 … −3: positions 77 … 81 of the 84, most recent last.
    expect(shifts.slice(76)).toEqual([-1, 0, 0, 0, 0, 0, -1, -1]);
    expect(minutesByDay.slice(76)).toEqual([0, 450, 450, 450, 450, 450, 0, 0]);
    expect(employee('karim').history).toEqual({ shifts: [], minutesByDay: [] });
  });

  it('turns the demand into cover on every day × template × qualification', () => {
    // 14 days × 3 templates × 3 qualifications.
    expect(problem.cover).toHaveLength(126);
    const at = (day: number, shift: number, qualification: number) =>
      problem.cover.find((c) => c.day === day && c.shift === shift && c.qualification === qualification);
    expect(at(0, 0, 1)).toEqual({
      day: 0,
      shift: 0,
      qualification: 1,
      requirement: 2,
      underWeight: 1000,
      overWeight: 100,
    });
    expect(at(0, 0, 2)?.requirement).toBe(1);
    expect(at(1, 2, 1)).toMatchObject({ requirement: 1, underWeight: 500, overWeight: 100 });
    // Saturday: nobody asked, any person there is over-staffing.
    expect(at(5, 0, 1)).toMatchObject({ requirement: 0, overWeight: 100 });
  });

  it('maps the rule set to the solver’s weights', () => {
    expect(problem.rules).toEqual({
      shiftSuccession: { hard: true, weight: 1 },
      unavailable: { hard: true, weight: 1 },
      maxShiftsOfType: { hard: true, weight: 1 },
      totalMinutes: { hard: false, weight: 1 },
      consecutiveWork: { hard: false, weight: 100 },
      consecutiveOff: { hard: false, weight: 50 },
      maxWeekends: { hard: false, weight: 100 },
      minutesPerCivilDay: { hard: true, weight: 1 },
      minutesPerWeek: { hard: true, weight: 1 },
      averageMinutesPerWeek: { hard: true, weight: 1 },
      daysPerWeek: { hard: true, weight: 1 },
      weeklyRest: { hard: true, weight: 1 },
      partTime: { hard: true, weight: 1 },
      minConsecutiveAtHorizonEnds: true,
      weekendFairness: 50,
      nightFairness: 20,
    });
    expect(rosterChangeWeight(FRENCH_LEGAL_RULES)).toBe(10);
  });

  it('follows a site that turns rules off or tunes them', () => {
    const rules = rosterRuleSetSchema.parse({
      availability: { enabled: false },
      dailyRest: { params: { minRestMinutes: 540 } },
      cover: { weight: 2 },
      requests: { enabled: false },
      weekendFairness: { enabled: false },
    });
    const tuned = compileRosterProblem(model, rules, horizon);
    // No availability: every slot, no cell barred.
    expect(tuned.employees.every((e) => e.slots.length === 9 && e.unavailable.length === 0)).toBe(true);
    // 9 h of rest: afternoon → morning (8 h) still barred, night → afternoon (8 h) too, nothing else.
    expect(tuned.shifts.map((s) => s.cannotFollow)).toEqual([[], [0], [0, 1]]);
    // Cover rows run day, template, qualification: the second is Monday morning's pickers.
    expect(tuned.cover[1]).toMatchObject({
      qualification: 1,
      requirement: 2,
      underWeight: 2000,
      overWeight: 200,
    });
    expect(tuned.employees.every((e) => e.requests.length === 0)).toBe(true);
    expect(tuned.rules.weekendFairness).toBe(0);
  });
});

describe('roster conversions', () => {
  it('go from a domain roster to an assignment and back', () => {
    const roster = {
      horizon,
      assignments: [
        { employeeId: 'paul', day: '2026-04-27', shift: 'morning', qualification: 'R489:5' },
        { employeeId: 'karim', day: '2026-05-02', shift: 'night', qualification: 'picker' },
      ],
    };
    const assignment = toAssignment(problem, roster);
    expect(assignment[0]![0]).toBe(2);
    // Karim is third; day 5; night × picker = 2·3 + 1.
    expect(assignment[2]![5]).toBe(7);
    expect(assignment.flatMap((row) => [...row]).filter((s) => s >= 0)).toHaveLength(2);
    expect(toRoster(problem, assignment)).toEqual(roster);
    expect(() =>
      toAssignment(problem, {
        horizon,
        assignments: [{ employeeId: 'paul', day: '2026-04-27', shift: 'morning', qualification: 'R489:3' }],
      }),
    ).toThrow('ROSTER_UNKNOWN_QUALIFICATION');
  });

  it('put a solver violation in the domain’s ids and dates', () => {
    const v = violationInDomainTerms(problem, {
      code: 'ROSTER_UNAVAILABLE',
      hard: true,
      penalty: 1,
      employee: 1,
      days: [7],
      params: {},
    });
    expect(v).toEqual({
      code: 'ROSTER_UNAVAILABLE',
      hard: true,
      penalty: 1,
      employeeId: 'julie',
      days: ['2026-05-04'],
    });
  });
});
