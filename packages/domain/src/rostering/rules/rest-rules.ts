// Rules on rest: 11 h between two working days, successions the site forbids, 35 h once in each calendar week.
import { addDays, isoWeekday } from '../../shared/dates.ts';
import { HISTORY_DAYS } from '../model.ts';
import {
  dateAt,
  hoursOf,
  type RosterContext,
  rosterWeeks,
  type WorkedDay,
  workedDay,
} from '../roster-context.ts';
import { type RosterViolation, violation } from '../violation.ts';
import { minutesBetween, zonedInstant } from '../zoned-time.ts';

/** Pairs of consecutive worked days (d, d + 1), from the history's last day into the horizon. */
function* successions(ctx: RosterContext) {
  for (const p of ctx.people)
    for (let d = -1; d < ctx.dates.length - 1; d++) {
      const before = workedDay(p, d);
      const after = workedDay(p, d + 1);
      if (before && after) yield { p, d, before, after };
    }
}

function restBetween(before: WorkedDay, after: WorkedDay): number {
  return minutesBetween(before.timing.endMs, after.timing.startMs);
}

/**
 * Daily rest (L3131-1): at least 11 h, in real time, from the end of a shift to the start of the next day's. One unit
 * per pair of days; the solver sees it as the templates' `cannotFollow` (nominal time, ROSTER_SHIFT_SUCCESSION).
 */
export function dailyRestRule(ctx: RosterContext): RosterViolation[] {
  const rule = ctx.rules.dailyRest;
  if (!rule.enabled) return [];
  const required = rule.params.minRestMinutes;
  const out: RosterViolation[] = [];
  for (const { p, d, before, after } of successions(ctx)) {
    const rest = restBetween(before, after);
    if (rest >= required) continue;
    const fromDay = dateAt(ctx, d);
    const toDay = dateAt(ctx, d + 1);
    out.push(
      violation(
        'ROSTER_DAILY_REST',
        rule,
        1,
        { employeeId: p.employee.id, days: d < 0 ? [toDay] : [fromDay, toDay] },
        {
          employee: p.name,
          fromDay,
          toDay,
          fromWeekday: isoWeekday(fromDay),
          toWeekday: isoWeekday(toDay),
          fromShift: before.template.key,
          toShift: after.template.key,
          restHours: hoursOf(Math.max(0, rest)),
          requiredHours: hoursOf(required),
        },
      ),
    );
  }
  return out;
}

/** A succession the site forbids (its own list); a pair already short of daily rest is reported there only. */
export function shiftSuccessionRule(ctx: RosterContext): RosterViolation[] {
  const rule = ctx.rules.shiftSuccession;
  if (!rule.enabled) return [];
  const rest = ctx.rules.dailyRest;
  const out: RosterViolation[] = [];
  for (const { p, d, before, after } of successions(ctx)) {
    const forbidden = rule.params.forbidden.some(
      (f) => f.from === before.template.key && f.to === after.template.key,
    );
    if (!forbidden || (rest.enabled && restBetween(before, after) < rest.params.minRestMinutes)) continue;
    const fromDay = dateAt(ctx, d);
    const toDay = dateAt(ctx, d + 1);
    out.push(
      violation(
        'ROSTER_SHIFT_SUCCESSION',
        rule,
        1,
        { employeeId: p.employee.id, days: d < 0 ? [toDay] : [fromDay, toDay] },
        {
          employee: p.name,
          fromDay,
          toDay,
          fromShift: before.template.key,
          toShift: after.template.key,
          fromShiftLabel: before.template.template.label,
          toShiftLabel: after.template.template.label,
        },
      ),
    );
  }
  return out;
}

/**
 * Weekly rest (L3132-2): the longest rest inside each calendar week, clipped to the week, reaches 35 h. A rest is the
 * time between two shifts (real time, history included); before the history known and after the horizon's last shift
 * it is open, since nothing is known to be worked there. Unit: minutes missing.
 */
export function weeklyRestRule(ctx: RosterContext): RosterViolation[] {
  const rule = ctx.rules.weeklyRest;
  if (!rule.enabled) return [];
  const tz = ctx.model.timeZone;
  const out: RosterViolation[] = [];
  const weeks = rosterWeeks(ctx).map((w) => ({
    ...w,
    startMs: zonedInstant(w.monday, 0, tz),
    endMs: zonedInstant(addDays(w.monday, 7), 0, tz),
  }));
  for (const p of ctx.people) {
    const required = p.limits.minWeeklyRestMinutes;
    if (required === null) continue;
    const rests: [number, number][] = [];
    let from = Number.NEGATIVE_INFINITY;
    for (let d = -HISTORY_DAYS; d < ctx.dates.length; d++) {
      const w = workedDay(p, d);
      if (!w) continue;
      rests.push([from, w.timing.startMs]);
      from = Math.max(from, w.timing.endMs);
    }
    rests.push([from, Number.POSITIVE_INFINITY]);
    for (const w of weeks) {
      let longest = 0;
      for (const [r0, r1] of rests) {
        const inside = minutesBetween(Math.max(r0, w.startMs), Math.min(r1, w.endMs));
        if (inside > longest) longest = inside;
      }
      if (longest >= required) continue;
      out.push(
        violation(
          'ROSTER_WEEKLY_REST',
          rule,
          required - longest,
          { employeeId: p.employee.id, days: w.days.map((d) => ctx.dates[d]!) },
          {
            employee: p.name,
            weekStart: w.monday,
            restHours: hoursOf(longest),
            requiredHours: hoursOf(required),
          },
        ),
      );
    }
  }
  return out;
}
