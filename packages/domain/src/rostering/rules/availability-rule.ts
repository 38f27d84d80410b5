// Rule: nobody works a cell they are unavailable for (leave, contract, availability, night, 1 May, licence that day).
import { cellUnavailableReasons } from '../cell-availability.ts';
import type { RosterContext } from '../roster-context.ts';
import { type RosterViolation, violation } from '../violation.ts';

/** One unit per worked cell the person may not work, whatever the number of reasons; the first reason is named. */
export function unavailableRule(ctx: RosterContext): RosterViolation[] {
  const rule = ctx.rules.availability;
  if (!rule.enabled) return [];
  const out: RosterViolation[] = [];
  const { absences, calendar, availabilityRules } = ctx.model;
  for (const p of ctx.people)
    for (const [d, cell] of p.cells.entries()) {
      if (!cell) continue;
      const day = ctx.dates[d]!;
      const reasons = cellUnavailableReasons(p.employee, day, cell.template.template, cell.qualification!, {
        absences,
        calendar,
        availabilityRules,
      });
      const first = reasons[0];
      if (!first) continue;
      out.push(
        violation(
          'ROSTER_UNAVAILABLE',
          rule,
          1,
          { employeeId: p.employee.id, days: [day] },
          {
            ...first.params,
            employee: p.name,
            day,
            shift: cell.template.key,
            shiftLabel: cell.template.template.label,
            qualification: cell.qualification!,
            reason: first.code,
            reasons: reasons.map((r) => r.code).join(','),
          },
        ),
      );
    }
  return out;
}
