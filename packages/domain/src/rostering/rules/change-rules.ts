// Rule of stability: when re-planning, each cell that differs from the roster published to the team costs.
import type { RosterContext } from '../roster-context.ts';
import { type RosterViolation, violation } from '../violation.ts';

/** A cell differs when the person now works another template or qualification, or works where they were off, or the
 * reverse. Unit: cells (the solver's `changeWeight` per cell). */
export function changedRule(ctx: RosterContext): RosterViolation[] {
  const rule = ctx.rules.changes;
  if (!rule.enabled || ctx.published === null) return [];
  const out: RosterViolation[] = [];
  for (const p of ctx.people)
    for (const [d, day] of ctx.dates.entries()) {
      const cell = p.cells[d];
      const now = cell ? `${cell.template.key}|${cell.qualification}` : null;
      const before = ctx.published.get(`${p.employee.id}|${day}`) ?? null;
      if (now === before) continue;
      const [fromShift = '', fromQualification = ''] = before?.split('|') ?? [];
      out.push(
        violation(
          'ROSTER_CHANGED',
          rule,
          1,
          { employeeId: p.employee.id, days: [day] },
          {
            employee: p.name,
            day,
            from: before === null ? 'off' : 'shift',
            to: now === null ? 'off' : 'shift',
            fromShift,
            fromQualification,
            toShift: cell?.template.key ?? '',
            toQualification: cell?.qualification ?? '',
          },
        ),
      );
    }
  return out;
}
