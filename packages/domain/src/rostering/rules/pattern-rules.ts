// Rules on the pattern of a person's days: consecutive working days and days off, weekends, shifts of each template,
// consecutive days in the cold.
import { isoWeekday } from '../../shared/dates.ts';
import type { IsoDate } from '../../shared/units.ts';
import { dateAt, type PersonRoster, type RosterContext } from '../roster-context.ts';
import { type RosterViolation, violation } from '../violation.ts';

interface Run {
  worked: boolean;
  /** Day indices, inclusive; `first` is negative when the run starts in the history. */
  first: number;
  last: number;
}

/** Maximal runs of worked days and of days off over the history known and the horizon. */
function runsOf(ctx: RosterContext, p: PersonRoster): Run[] {
  const runs: Run[] = [];
  for (let d = -p.past.length; d < ctx.dates.length; d++) {
    const worked = (d < 0 ? p.past[p.past.length + d] : p.cells[d]) != null;
    const last = runs.at(-1);
    if (last && last.worked === worked) last.last = d;
    else runs.push({ worked, first: d, last: d });
  }
  // Runs wholly in the history are the past: nothing the roster can change.
  return runs.filter((r) => r.last >= 0);
}

function runDays(ctx: RosterContext, r: Run): IsoDate[] {
  const days: IsoDate[] = [];
  for (let d = Math.max(0, r.first); d <= r.last; d++) days.push(ctx.dates[d]!);
  return days;
}

const length = (r: Run) => r.last - r.first + 1;

/** At most `max` consecutive working days, history included (a run from the history counts whole). Unit: days beyond. */
export function maxConsecutiveWorkRule(ctx: RosterContext): RosterViolation[] {
  const rule = ctx.rules.consecutiveWork;
  if (!rule.enabled) return [];
  const out: RosterViolation[] = [];
  for (const p of ctx.people) {
    const max = p.limits.maxConsecutiveWork;
    if (max === null) continue;
    for (const r of runsOf(ctx, p))
      if (r.worked && length(r) > max)
        out.push(
          violation(
            'ROSTER_MAX_CONSECUTIVE_WORK',
            rule,
            length(r) - max,
            { employeeId: p.employee.id, days: runDays(ctx, r) },
            {
              employee: p.name,
              fromDay: dateAt(ctx, r.first),
              toDay: dateAt(ctx, r.last),
              days: length(r),
              maxDays: max,
            },
          ),
        );
  }
  return out;
}

/**
 * At least `min` consecutive working days. The site knows its history, so a run touching day 0 counts its history days
 * and a run touching the last day is checked as it stands (the solver's `minConsecutiveAtHorizonEnds`). Unit: days missing.
 */
export function minConsecutiveWorkRule(ctx: RosterContext): RosterViolation[] {
  const rule = ctx.rules.consecutiveWork;
  if (!rule.enabled) return [];
  const out: RosterViolation[] = [];
  for (const p of ctx.people) {
    const min = p.limits.minConsecutiveWork;
    if (min === null) continue;
    for (const r of runsOf(ctx, p))
      if (r.worked && length(r) < min)
        out.push(
          violation(
            'ROSTER_MIN_CONSECUTIVE_WORK',
            rule,
            min - length(r),
            { employeeId: p.employee.id, days: runDays(ctx, r) },
            {
              employee: p.name,
              fromDay: dateAt(ctx, r.first),
              toDay: dateAt(ctx, r.last),
              days: length(r),
              minDays: min,
            },
          ),
        );
  }
  return out;
}

/** At least `min` consecutive days off, read as the min-consecutive-work rule is. Unit: days missing. */
export function minConsecutiveOffRule(ctx: RosterContext): RosterViolation[] {
  const rule = ctx.rules.consecutiveOff;
  if (!rule.enabled) return [];
  const out: RosterViolation[] = [];
  for (const p of ctx.people) {
    const min = p.limits.minConsecutiveOff;
    if (min === null) continue;
    for (const r of runsOf(ctx, p))
      if (!r.worked && length(r) < min)
        out.push(
          violation(
            'ROSTER_MIN_CONSECUTIVE_OFF',
            rule,
            min - length(r),
            { employeeId: p.employee.id, days: runDays(ctx, r) },
            {
              employee: p.name,
              fromDay: dateAt(ctx, r.first),
              toDay: dateAt(ctx, r.last),
              days: length(r),
              minDays: min,
            },
          ),
        );
  }
  return out;
}

/** Weekends of the horizon a person works: Saturday or Sunday worked (a night shift counts on its start day), once. */
export function weekendsWorked(ctx: RosterContext, p: PersonRoster): IsoDate[][] {
  const weekends = new Map<string, IsoDate[]>();
  for (const [d, day] of ctx.dates.entries()) {
    const w = isoWeekday(day);
    if (w < 6 || !p.cells[d]) continue;
    const saturday = w === 6 ? day : dateAt(ctx, d - 1);
    weekends.set(saturday, [...(weekends.get(saturday) ?? []), day]);
  }
  return [...weekends.values()];
}

/** Weekends worked over the horizon at most the person's maximum. Unit: weekends beyond. */
export function maxWeekendsRule(ctx: RosterContext): RosterViolation[] {
  const rule = ctx.rules.maxWeekends;
  if (!rule.enabled) return [];
  const out: RosterViolation[] = [];
  for (const p of ctx.people) {
    const max = p.limits.maxWeekends;
    if (max === null) continue;
    const worked = weekendsWorked(ctx, p);
    if (worked.length <= max) continue;
    out.push(
      violation(
        'ROSTER_MAX_WEEKENDS',
        rule,
        worked.length - max,
        { employeeId: p.employee.id, days: worked.flat() },
        {
          employee: p.name,
          weekends: worked.length,
          maxWeekends: max,
        },
      ),
    );
  }
  return out;
}

/** Shifts of each template over the horizon at most the person's maximum for it. Unit: shifts beyond. */
export function maxShiftsOfTypeRule(ctx: RosterContext): RosterViolation[] {
  const rule = ctx.rules.maxShiftsOfType;
  if (!rule.enabled) return [];
  const out: RosterViolation[] = [];
  for (const p of ctx.people)
    for (const [key, template] of ctx.templates) {
      const max = p.limits.maxShiftsOfType[key] ?? null;
      if (max === null) continue;
      const days = ctx.dates.filter((_, d) => p.cells[d]?.template.key === key);
      if (days.length <= max) continue;
      out.push(
        violation(
          'ROSTER_MAX_SHIFTS_OF_TYPE',
          rule,
          days.length - max,
          { employeeId: p.employee.id, days },
          {
            employee: p.name,
            shift: key,
            shiftLabel: template.template.label,
            count: days.length,
            max,
          },
        ),
      );
    }
  return out;
}

/**
 * Cold-room rotation, the site's own figure (no legal one across days): at most `maxConsecutiveDays` in a row under a
 * cold qualification, within the horizon (the history does not record qualifications). Unit: days beyond.
 */
export function coldRotationRule(ctx: RosterContext): RosterViolation[] {
  const rule = ctx.rules.coldRotation;
  if (!rule.enabled) return [];
  const cold = new Set(rule.params.qualifications);
  const max = rule.params.maxConsecutiveDays;
  const out: RosterViolation[] = [];
  for (const p of ctx.people) {
    let run: IsoDate[] = [];
    const close = () => {
      if (run.length > max)
        out.push(
          violation(
            'ROSTER_COLD_ROTATION',
            rule,
            run.length - max,
            { employeeId: p.employee.id, days: run },
            {
              employee: p.name,
              fromDay: run[0]!,
              toDay: run.at(-1)!,
              days: run.length,
              maxDays: max,
            },
          ),
        );
      run = [];
    };
    for (const [d, day] of ctx.dates.entries()) {
      const q = p.cells[d]?.qualification;
      if (q && cold.has(q)) run.push(day);
      else close();
    }
    close();
  }
  return out;
}
