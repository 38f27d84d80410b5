// Rules of fairness: weekends and night shifts shared across the team rather than piled on a few.
import type { PersonRoster, RosterContext } from '../roster-context.ts';
import type { RosterRule } from '../rule-set.ts';
import { type RosterViolation, type RosterViolationCode, violation } from '../violation.ts';
import { weekendsWorked } from './pattern-rules.ts';

/** Each person's count above the mean of the whole team (everyone in the model). Unit: count − mean, fractional. */
function aboveMean(
  ctx: RosterContext,
  rule: RosterRule,
  code: RosterViolationCode,
  countOf: (p: PersonRoster) => { count: number; days: RosterViolation['days'] },
  names: { count: string },
): RosterViolation[] {
  if (!rule.enabled || rule.weight === 0 || ctx.people.length === 0) return [];
  const counts = ctx.people.map(countOf);
  const mean = counts.reduce((s, c) => s + c.count, 0) / counts.length;
  const out: RosterViolation[] = [];
  for (const [i, p] of ctx.people.entries()) {
    const { count, days } = counts[i]!;
    if (count <= mean) continue;
    out.push(
      violation(
        code,
        rule,
        count - mean,
        { employeeId: p.employee.id, days },
        {
          employee: p.name,
          [names.count]: count,
          mean: Math.round(mean * 100) / 100,
        },
      ),
    );
  }
  return out;
}

/** Weekends worked above the team's mean. */
export function weekendFairnessRule(ctx: RosterContext): RosterViolation[] {
  return aboveMean(
    ctx,
    ctx.rules.weekendFairness,
    'ROSTER_WEEKEND_FAIRNESS',
    (p) => {
      const weekends = weekendsWorked(ctx, p);
      return { count: weekends.length, days: weekends.flat() };
    },
    { count: 'weekends' },
  );
}

/** Night shifts (templates flagged night) above the team's mean. */
export function nightFairnessRule(ctx: RosterContext): RosterViolation[] {
  return aboveMean(
    ctx,
    ctx.rules.nightFairness,
    'ROSTER_NIGHT_FAIRNESS',
    (p) => {
      const days = ctx.dates.filter((_, d) => p.cells[d]?.template.night === true);
      return { count: days.length, days };
    },
    { count: 'nights' },
  );
}
