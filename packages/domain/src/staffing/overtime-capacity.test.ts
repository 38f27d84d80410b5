// Overtime capacity: one test per limit (daily, weekly, 12-week average, annual quota, part-time, 1 May) and tiers.
import { describe, expect, it } from 'vitest';
import { siteCalendarSchema } from '../shared/calendar.ts';
import { addDays, eachDay } from '../shared/dates.ts';
import type { IsoDate } from '../shared/units.ts';
import { employeeSchema } from './employee.ts';
import {
  compulsoryRestRate,
  DEFAULT_OVERTIME_LIMITS,
  type OvertimeCapacityInput,
  overtimeAvailabilityRule,
  overtimeAverageHeadroom,
  overtimeCapacity,
  overtimeContractRule,
  overtimeDailyHeadroom,
  overtimeLabourDayRule,
  overtimePremiumTiers,
  overtimeQuotaHeadroom,
  overtimeSiteClosedRule,
  overtimeTempAgencyRule,
  overtimeWeeklyHeadroom,
  overtimeWeekStart,
  quotaHoursOfWeek,
  quotaPeriodOfWeek,
  quotaReferencePeriodStart,
} from './overtime-capacity.ts';

const L = DEFAULT_OVERTIME_LIMITS;
const calendar = siteCalendarSchema.parse({});
const person = (over: Record<string, unknown> = {}) =>
  employeeSchema.parse({
    id: 'e1',
    siteId: 's1',
    number: 'M001',
    firstName: 'Paul',
    lastName: 'Martin',
    contract: { kind: 'cdi', start: '2020-01-06' },
    weeklyHours: 35,
    jobRole: 'picker',
    ...over,
  });

/** Monday–Friday of each week from `from` to `to`, `perDay` hours each. */
function weekdays(from: string, to: string, perDay: number): { day: IsoDate; hours: number }[] {
  return eachDay(from, to)
    .filter((d) => {
      const w = new Date(`${d}T00:00:00Z`).getUTCDay();
      return w >= 1 && w <= 5;
    })
    .map((day) => ({ day, hours: perDay }));
}

const MONDAY = '2025-03-10' as IsoDate;
const WEEK = eachDay(MONDAY, addDays(MONDAY, 4));

function input(over: Partial<OvertimeCapacityInput> = {}): OvertimeCapacityInput {
  return {
    employee: person(),
    contractHours: 35,
    history: weekdays(addDays(MONDAY, -84), addDays(MONDAY, -1), 7).map((h) => ({
      day: h.day,
      hoursWorked: h.hours,
    })),
    plannedHours: weekdays(MONDAY, addDays(MONDAY, 6), 7),
    calendar,
    horizon: WEEK,
    ...over,
  };
}

const codes = (r: { explain: { code: string }[] }) => r.explain.map((e) => e.code);

describe('rules, one by one', () => {
  it('daily: at most 10 h of work per day', () => {
    expect(overtimeDailyHeadroom(7, L)).toBe(3);
    expect(overtimeDailyHeadroom(10, L)).toBe(0);
  });

  it('weekly: 48 h for a full-timer, the complementary cap for a part-timer', () => {
    expect(overtimeWeeklyHeadroom(45, 35, L)).toEqual({ hours: 3, code: 'OVERTIME_WEEKLY_LIMIT' });
    const part = overtimeWeeklyHeadroom(24, 24, L);
    expect(part.code).toBe('COMPLEMENTARY_HOURS_LIMIT');
    expect(part.hours).toBeCloseTo(2.4, 9);
  });

  it('12-week average: the window total stays ≤ 44 × 12 = 528 h', () => {
    expect(overtimeAverageHeadroom(520, L)).toBe(8);
    expect(overtimeAverageHeadroom(530, L)).toBe(-2);
  });

  it('annual quota: 220 h minus what is used', () => {
    expect(overtimeQuotaHeadroom(200, L)).toBe(20);
    expect(quotaHoursOfWeek(41, 35, L)).toBe(6);
    expect(quotaHoursOfWeek(28, 24, L)).toBe(0);
  });

  it('compulsory rest: 50 % up to 20 employees, 100 % above', () => {
    expect(compulsoryRestRate({ companySize: 'up_to_20' })).toBe(0.5);
    expect(compulsoryRestRate({ companySize: 'over_20' })).toBe(1);
  });

  it('reference period: calendar year by default, configurable start', () => {
    expect(quotaReferencePeriodStart('2025-03-10', L)).toBe('2025-01-01');
    expect(quotaReferencePeriodStart('2025-03-10', { referencePeriodStart: '06-01' })).toBe('2024-06-01');
    // The week of Mon 30 Dec 2024 has its Thursday in 2025.
    expect(quotaPeriodOfWeek('2024-12-30', L)).toBe('2025-01-01');
    expect(overtimeWeekStart('2025-03-13')).toBe('2025-03-10');
  });

  it('1 May is closed to overtime unless the activity cannot stop', () => {
    expect(overtimeLabourDayRule(calendar, '2025-05-01' as IsoDate)?.code).toBe('OVERTIME_LABOUR_DAY');
    expect(
      overtimeLabourDayRule({ ...calendar, continuousOperation: true }, '2025-05-01' as IsoDate),
    ).toBeNull();
    expect(overtimeLabourDayRule(calendar, '2025-05-02' as IsoDate)).toBeNull();
  });

  it('site closed, person unavailable, contract ended, temp worker', () => {
    expect(overtimeSiteClosedRule(calendar, '2025-03-15' as IsoDate)?.code).toBe('OVERTIME_SITE_CLOSED');
    expect(overtimeSiteClosedRule(calendar, '2025-03-14' as IsoDate)).toBeNull();
    const tuThu = person({ availability: { weekdays: [2, 4] } });
    expect(overtimeAvailabilityRule(tuThu, '2025-03-10' as IsoDate)?.code).toBe('OVERTIME_NOT_AVAILABLE');
    const cdd = person({ contract: { kind: 'cdd', start: '2025-01-01', end: '2025-03-11' } });
    expect(overtimeContractRule(cdd, '2025-03-12' as IsoDate)?.code).toBe('OVERTIME_CONTRACT_INACTIVE');
    const temp = person({
      contract: { kind: 'temp', start: '2025-01-01', end: '2025-06-30', agency: 'Interim+' },
    });
    expect(overtimeTempAgencyRule(temp, L)?.code).toBe('OVERTIME_TEMP_AGENCY');
    expect(overtimeTempAgencyRule(temp, { tempOvertimeAllowed: true })).toBeNull();
  });
});

describe('premium tiers, hand-computed', () => {
  it('hours 36–43 at +25 %, from the 44th at +50 %', () => {
    expect(overtimePremiumTiers(38, 8, 35, L)).toEqual([
      { kind: 'overtime_first', premium: 0.25, hours: 5, countsTowardQuota: true },
      { kind: 'overtime_second', premium: 0.5, hours: 3, countsTowardQuota: true },
    ]);
  });

  it('hours below 35 are paid without premium and do not count in the quota', () => {
    expect(overtimePremiumTiers(33, 4, 35, L)).toEqual([
      { kind: 'regular', premium: 0, hours: 2, countsTowardQuota: false },
      { kind: 'overtime_first', premium: 0.25, hours: 2, countsTowardQuota: true },
    ]);
  });

  it('part-timer: +10 % within 1/10 of the contract, +25 % beyond (agreement up to 1/3)', () => {
    const tiers = overtimePremiumTiers(24, 5, 24, { ...L, complementaryMaxShare: 1 / 3 });
    expect(tiers.map((t) => [t.kind, t.premium, t.hours])).toEqual([
      ['complementary_first', 0.1, 2.4],
      ['complementary_second', 0.25, 2.6],
    ]);
  });

  it('at the SMIC (11.88 €/h) the tiers give 14.85 € and 17.82 € (handbook §3.1)', () => {
    const [first, second] = overtimePremiumTiers(42, 2, 35, L);
    expect(Math.round(1188 * (1 + (first?.premium ?? 0)))).toBe(1485);
    expect(Math.round(1188 * (1 + (second?.premium ?? 0)))).toBe(1782);
  });
});

describe('overtimeCapacity', () => {
  it('daily limit binds on a 7 h day of a 35 h week', () => {
    const cap = overtimeCapacity(input());
    expect(cap.capacityByDay).toHaveLength(5);
    const mon = cap.capacityByDay[0]!;
    expect(mon.maxExtraHours).toBe(3);
    expect(codes(mon)).toEqual(['OVERTIME_DAILY_LIMIT']);
    expect(mon.tiers).toEqual([{ kind: 'overtime_first', premium: 0.25, hours: 3, countsTowardQuota: true }]);
    const weekly = cap.sharedLimits.find((s) => s.code === 'OVERTIME_WEEKLY_LIMIT');
    expect(weekly?.maxExtraHours).toBe(13);
    expect(cap.weeklyTiers[0]?.tiers.map((t) => [t.kind, t.hours])).toEqual([
      ['overtime_first', 8],
      ['overtime_second', 5],
    ]);
    expect(cap.explain).toEqual([]);
  });

  it('weekly limit binds at 48 h', () => {
    const planned = [...weekdays(MONDAY, addDays(MONDAY, 3), 10), { day: addDays(MONDAY, 4), hours: 6 }];
    const fri = overtimeCapacity(input({ plannedHours: planned })).capacityByDay[4]!;
    expect(fri.maxExtraHours).toBe(2);
    expect(codes(fri)).toEqual(['OVERTIME_WEEKLY_LIMIT']);
    expect(fri.tiers).toEqual([{ kind: 'overtime_second', premium: 0.5, hours: 2, countsTowardQuota: true }]);
  });

  it('12-week average reads the weeks before the plan', () => {
    // 11 weeks at 44.8 h then a 35 h plan week: 492.8 + 35 = 527.8 h, 0.2 h left below 528 h.
    const history = weekdays(addDays(MONDAY, -77), addDays(MONDAY, -1), 8.96).map((h) => ({
      day: h.day,
      hoursWorked: h.hours,
    }));
    const cap = overtimeCapacity(input({ history }));
    const mon = cap.capacityByDay[0]!;
    expect(mon.maxExtraHours).toBeCloseTo(0.2, 6);
    expect(codes(mon)).toEqual(['OVERTIME_AVERAGE_LIMIT']);
    expect(cap.sharedLimits.find((s) => s.code === 'OVERTIME_AVERAGE_LIMIT')?.maxExtraHours).toBeCloseTo(
      0.2,
      6,
    );
  });

  it('12-week average: a heavy past closes overtime entirely', () => {
    const history = weekdays(addDays(MONDAY, -77), addDays(MONDAY, -1), 9.6).map((h) => ({
      day: h.day,
      hoursWorked: h.hours,
    }));
    const mon = overtimeCapacity(input({ history })).capacityByDay[0]!;
    expect(mon.maxExtraHours).toBe(0);
    expect(codes(mon)).toContain('OVERTIME_AVERAGE_LIMIT');
  });

  it('12-week average over a two-week plan counts the first plan week in the second window', () => {
    const horizon = eachDay(MONDAY, addDays(MONDAY, 11)).filter(
      (d) => !['2025-03-15', '2025-03-16'].includes(d),
    );
    const history = weekdays(addDays(MONDAY, -70), addDays(MONDAY, -1), 8.8).map((h) => ({
      day: h.day,
      hoursWorked: h.hours,
    }));
    // Window ending week 2: 10 × 44 (history) + 46 (week 1) + 35 (week 2) = 521 → 7 h left.
    const planned = [
      ...weekdays(MONDAY, addDays(MONDAY, 4), 9.2),
      ...weekdays(addDays(MONDAY, 7), addDays(MONDAY, 11), 7),
    ];
    const cap = overtimeCapacity(
      input({ history, horizon, plannedHours: planned, historyFrom: addDays(MONDAY, -70) }),
    );
    const windows = cap.sharedLimits.filter((s) => s.code === 'OVERTIME_AVERAGE_LIMIT');
    expect(windows).toHaveLength(2);
    expect(windows[1]?.maxExtraHours).toBeCloseTo(7, 6);
    expect(windows[1]?.days).toHaveLength(10);
  });

  it('an indexed history reads as the same history given as rows', () => {
    const horizon = eachDay(MONDAY, addDays(MONDAY, 11)).filter(
      (d) => !['2025-03-15', '2025-03-16'].includes(d),
    );
    const history = weekdays(addDays(MONDAY, -70), addDays(MONDAY, -1), 8.8).map((h) => ({
      day: h.day,
      hoursWorked: h.hours,
    }));
    const byDay = new Map<string, number>(history.map((h) => [h.day, h.hoursWorked]));
    const planned = weekdays(MONDAY, addDays(MONDAY, 4), 9.2);
    const historyFrom = addDays(MONDAY, -70);
    const rows = overtimeCapacity(input({ history, horizon, plannedHours: planned, historyFrom }));
    const indexed = overtimeCapacity(
      input({
        history: [],
        historyHours: (day) => byDay.get(day) ?? 0,
        horizon,
        plannedHours: planned,
        historyFrom,
      }),
    );
    expect(indexed).toEqual(rows);
  });

  it('missing history is assumed worked at the contract and said so', () => {
    const cap = overtimeCapacity(input({ history: [] }));
    expect(codes(cap)).toEqual(['OVERTIME_HISTORY_ASSUMED']);
    expect(cap.capacityByDay[0]?.maxExtraHours).toBe(3);
  });

  it('annual quota: a counter near 220 h leaves little', () => {
    const cap = overtimeCapacity(input({ overtimeBeforePlanHours: 219 }));
    const mon = cap.capacityByDay[0]!;
    expect(mon.maxExtraHours).toBe(1);
    expect(codes(mon)).toEqual(['OVERTIME_ANNUAL_QUOTA']);
    expect(cap.quotas).toEqual([
      { periodStart: '2025-01-01', days: WEEK, remainingHours: 1, hard: true, restRate: 1 },
    ]);
  });

  it('annual quota: beyond it when allowed, with compulsory rest', () => {
    const cap = overtimeCapacity(
      input({ overtimeBeforePlanHours: 219, limits: { allowBeyondQuota: true, companySize: 'up_to_20' } }),
    );
    const mon = cap.capacityByDay[0]!;
    expect(mon.maxExtraHours).toBe(3);
    expect(codes(mon)).toEqual(['OVERTIME_DAILY_LIMIT', 'OVERTIME_COMPULSORY_REST']);
    expect(mon.explain[1]?.params).toMatchObject({ restRate: 0.5, fromExtraHour: 1 });
    expect(cap.quotas[0]).toMatchObject({ hard: false, restRate: 0.5, remainingHours: 1 });
  });

  it('annual quota counted from history when no counter is given, per reference period', () => {
    const monday = '2025-06-16' as IsoDate;
    const history = weekdays('2025-01-06', addDays(monday, -1), 8).map((h) => ({
      day: h.day,
      hoursWorked: h.hours,
    }));
    const base = {
      history,
      horizon: eachDay(monday, addDays(monday, 4)),
      plannedHours: weekdays(monday, addDays(monday, 4), 7),
    };
    // 23 weeks at 40 h from 6 January: 115 h used; the week of 30 December falls before the history (assumed 35 h).
    expect(overtimeCapacity(input(base)).quotas[0]?.remainingHours).toBe(105);
    // A period starting 1 June holds only the week of 2 June (5 h) and 9 June.
    const june = overtimeCapacity(input({ ...base, limits: { referencePeriodStart: '06-01' } }));
    expect(june.quotas[0]).toMatchObject({ periodStart: '2025-06-01', remainingHours: 210 });
  });

  it('part-timer: complementary hours up to 1/10 of the contract, never reaching 35 h', () => {
    const employee = person({ weeklyHours: 24 });
    const plannedHours = weekdays(MONDAY, addDays(MONDAY, 2), 8);
    const cap = overtimeCapacity(input({ employee, contractHours: 24, plannedHours }));
    const mon = cap.capacityByDay[0]!;
    expect(mon.maxExtraHours).toBeCloseTo(2, 9);
    const thu = cap.capacityByDay[3]!;
    expect(thu.maxExtraHours).toBeCloseTo(2.4, 9);
    expect(codes(thu)).toEqual(['COMPLEMENTARY_HOURS_LIMIT']);
    expect(thu.tiers).toEqual([
      { kind: 'complementary_first', premium: 0.1, hours: 2.4, countsTowardQuota: false },
    ]);
    expect(cap.quotas).toEqual([]);
    // 30 h contract with a 1/3 agreement would reach 40 h: the ceiling stays below 35 h.
    const thirty = overtimeCapacity(
      input({
        employee,
        contractHours: 30,
        plannedHours: weekdays(MONDAY, addDays(MONDAY, 4), 6),
        limits: { complementaryMaxShare: 1 / 3 },
      }),
    );
    expect(thirty.sharedLimits.find((s) => s.code === 'COMPLEMENTARY_HOURS_LIMIT')?.maxExtraHours).toBe(4.75);
  });

  it('1 May: zero unless the calendar says the activity cannot stop', () => {
    const monday = '2025-04-28' as IsoDate;
    const base = {
      horizon: eachDay(monday, addDays(monday, 4)),
      plannedHours: weekdays(monday, addDays(monday, 4), 7).filter((p) => p.day !== '2025-05-01'),
    };
    const closed = overtimeCapacity(input(base)).capacityByDay[3]!;
    expect(closed).toMatchObject({ day: '2025-05-01', maxExtraHours: 0 });
    expect(codes(closed)).toEqual(['OVERTIME_LABOUR_DAY', 'OVERTIME_SITE_CLOSED']);
    const open = overtimeCapacity(input({ ...base, calendar: { ...calendar, continuousOperation: true } }));
    expect(open.capacityByDay[3]?.maxExtraHours).toBe(10);
  });

  it('temps: no overtime on our side unless flagged', () => {
    const employee = person({
      contract: { kind: 'temp', start: '2025-01-01', end: '2025-06-30', agency: 'A' },
    });
    const cap = overtimeCapacity(input({ employee }));
    expect(cap.capacityByDay.every((d) => d.maxExtraHours === 0)).toBe(true);
    expect(codes(cap.capacityByDay[0]!)).toEqual(['OVERTIME_TEMP_AGENCY']);
    const flagged = overtimeCapacity(input({ employee, limits: { tempOvertimeAllowed: true } }));
    expect(flagged.capacityByDay[0]?.maxExtraHours).toBe(3);
  });

  it('an empty horizon gives an empty capacity', () => {
    expect(overtimeCapacity(input({ horizon: [] })).capacityByDay).toEqual([]);
  });
});
