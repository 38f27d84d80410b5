// Rules on working time: 10 h per civil day, 48 h per week, 44 h on average over 12 weeks, 6 days a week, part time,
// and the minutes over the horizon against the contract.
import { HISTORY_DAYS } from '../model.ts';
import type { PersonRoster } from '../roster-context.ts';
import {
  civilMinutes,
  dateAt,
  hoursOf,
  type RosterContext,
  type RosterWeek,
  rosterWeeks,
  workedDay,
} from '../roster-context.ts';
import { AVERAGE_WINDOW_WEEKS } from '../rule-set.ts';
import { type RosterViolation, violation } from '../violation.ts';

/**
 * Σ civil-day minutes over day indices [from, to], clipped to what is known: the history's 84 days, the horizon, and
 * the day after it, which holds the hours past midnight of a last-day night shift.
 */
function minutesOver(ctx: RosterContext, p: PersonRoster, from: number, to: number): number {
  let sum = 0;
  for (let d = Math.max(from, -HISTORY_DAYS); d <= Math.min(to, ctx.dates.length); d++)
    sum += civilMinutes(p, d);
  return sum;
}

const weekDays = (ctx: RosterContext, w: RosterWeek) => w.days.map((d) => ctx.dates[d]!);

/**
 * Daily maximum (L3121-18): effective minutes per civil day, a night shift's hours after midnight counting on the
 * next day; 8 h for night workers (L3122-6). Unit: minutes beyond.
 */
export function dailyMaximumRule(ctx: RosterContext): RosterViolation[] {
  const rule = ctx.rules.dailyMaximum;
  if (!rule.enabled) return [];
  const out: RosterViolation[] = [];
  for (const p of ctx.people) {
    const max = p.limits.maxMinutesPerCivilDay;
    if (max === null) continue;
    for (const [d, day] of ctx.dates.entries()) {
      const minutes = civilMinutes(p, d);
      if (minutes <= max) continue;
      out.push(
        violation(
          'ROSTER_DAILY_MAXIMUM',
          rule,
          minutes - max,
          { employeeId: p.employee.id, days: [day] },
          {
            employee: p.name,
            day,
            hours: hoursOf(minutes),
            maxHours: hoursOf(max),
            nightWorker: p.limits.nightWorker ? 1 : 0,
          },
        ),
      );
    }
  }
  return out;
}

/** Weekly maximum (L3121-20): 48 h per calendar week, history included for a week cut by day 0. Unit: minutes beyond. */
export function weeklyMaximumRule(ctx: RosterContext): RosterViolation[] {
  const rule = ctx.rules.weeklyMaximum;
  if (!rule.enabled) return [];
  const out: RosterViolation[] = [];
  for (const p of ctx.people) {
    const max = p.limits.maxMinutesPerWeek;
    if (max === null) continue;
    for (const w of rosterWeeks(ctx)) {
      const minutes = minutesOver(ctx, p, w.first, w.first + 6);
      if (minutes <= max) continue;
      out.push(
        violation(
          'ROSTER_WEEKLY_MAXIMUM',
          rule,
          minutes - max,
          { employeeId: p.employee.id, days: weekDays(ctx, w) },
          {
            employee: p.name,
            weekStart: w.monday,
            hours: hoursOf(minutes),
            maxHours: hoursOf(max),
          },
        ),
      );
    }
  }
  return out;
}

/**
 * Average maximum (L3121-22): 44 h a week on average over the 12 calendar weeks ending with each week of the horizon,
 * history included; 40 h for night workers (L3122-7). Unit: minutes beyond 12 × the average ceiling.
 */
export function averageMaximumRule(ctx: RosterContext): RosterViolation[] {
  const rule = ctx.rules.averageMaximum;
  if (!rule.enabled) return [];
  const out: RosterViolation[] = [];
  for (const p of ctx.people) {
    const max = p.limits.maxAverageMinutesPerWeek;
    if (max === null) continue;
    for (const w of rosterWeeks(ctx)) {
      const from = w.first - 7 * (AVERAGE_WINDOW_WEEKS - 1);
      const minutes = minutesOver(ctx, p, from, w.first + 6);
      const ceiling = max * AVERAGE_WINDOW_WEEKS;
      if (minutes <= ceiling) continue;
      out.push(
        violation(
          'ROSTER_AVERAGE_MAXIMUM',
          rule,
          minutes - ceiling,
          { employeeId: p.employee.id, days: weekDays(ctx, w) },
          {
            employee: p.name,
            fromWeek: dateAt(ctx, from),
            toWeek: w.monday,
            weeks: AVERAGE_WINDOW_WEEKS,
            averageHours: hoursOf(minutes / AVERAGE_WINDOW_WEEKS),
            maxHours: hoursOf(max),
            nightWorker: p.limits.nightWorker ? 1 : 0,
          },
        ),
      );
    }
  }
  return out;
}

/** Six worked days per calendar week at most (L3132-1), history included; a night shift counts on its start day. */
export function daysPerWeekRule(ctx: RosterContext): RosterViolation[] {
  const rule = ctx.rules.daysPerWeek;
  if (!rule.enabled) return [];
  const out: RosterViolation[] = [];
  for (const p of ctx.people) {
    const max = p.limits.maxDaysPerWeek;
    if (max === null) continue;
    for (const w of rosterWeeks(ctx)) {
      let worked = 0;
      for (let d = w.first; d < w.first + 7 && d < ctx.dates.length; d++) if (workedDay(p, d)) worked++;
      if (worked <= max) continue;
      out.push(
        violation(
          'ROSTER_DAYS_PER_WEEK',
          rule,
          worked - max,
          { employeeId: p.employee.id, days: weekDays(ctx, w) },
          {
            employee: p.name,
            weekStart: w.monday,
            workedDays: worked,
            maxDays: max,
          },
        ),
      );
    }
  }
  return out;
}

/**
 * Part time (L3123-9, L3123-20): a part-timer's week stays below 35 h and within the contract plus 1/10 of complementary
 * hours; history included. Unit: minutes beyond the largest week allowed (ceiling − 1).
 */
export function partTimeRule(ctx: RosterContext): RosterViolation[] {
  const rule = ctx.rules.partTime;
  if (!rule.enabled) return [];
  const out: RosterViolation[] = [];
  for (const p of ctx.people) {
    const ceiling = p.limits.partTimeWeeklyCeiling;
    if (ceiling === null) continue;
    for (const w of rosterWeeks(ctx)) {
      const minutes = minutesOver(ctx, p, w.first, w.first + 6);
      if (minutes < ceiling) continue;
      out.push(
        violation(
          'ROSTER_PART_TIME',
          rule,
          minutes - ceiling + 1,
          { employeeId: p.employee.id, days: weekDays(ctx, w) },
          {
            employee: p.name,
            weekStart: w.monday,
            hours: hoursOf(minutes),
            contractHours: p.employee.weeklyHours,
            maxHours: hoursOf(ceiling - 1),
          },
        ),
      );
    }
  }
  return out;
}

/**
 * Effective minutes over the horizon (each shift's own worked minutes) within the person's [min, max], by default
 * 90 %–110 % of the contract's minutes on the days they are available. Unit: minutes outside.
 */
export function totalMinutesRule(ctx: RosterContext): RosterViolation[] {
  const rule = ctx.rules.totalMinutes;
  if (!rule.enabled) return [];
  const out: RosterViolation[] = [];
  for (const p of ctx.people) {
    const { minMinutes, maxMinutes } = p.limits;
    const total = p.cells.reduce((s, c) => s + (c?.timing.workedMinutes ?? 0), 0);
    const below = minMinutes !== null && total < minMinutes ? minMinutes - total : 0;
    const above = maxMinutes !== null && total > maxMinutes ? total - maxMinutes : 0;
    if (below + above === 0) continue;
    out.push(
      violation(
        'ROSTER_TOTAL_MINUTES',
        rule,
        below + above,
        { employeeId: p.employee.id, days: [...ctx.dates] },
        {
          employee: p.name,
          hours: hoursOf(total),
          minHours: hoursOf(minMinutes ?? 0),
          maxHours: hoursOf(maxMinutes ?? 0),
          contractHours: hoursOf(p.limits.contractMinutes),
        },
      ),
    );
  }
  return out;
}
