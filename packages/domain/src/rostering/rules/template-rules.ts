// Rule on the templates themselves: the 20-minute break before 6 h of work in a row.
import type { IsoDate } from '../../shared/units.ts';
import type { RosterContext } from '../roster-context.ts';
import { breakShortfall } from '../shift-template.ts';
import { type RosterViolation, violation } from '../violation.ts';

/**
 * Break (L3121-16): a template worked in the roster whose work reaches 6 h without 20 consecutive minutes of break
 * before 6 h in a row. Reported once per template, on the days it is worked; no person (the template is at fault).
 */
export function breakRule(ctx: RosterContext): RosterViolation[] {
  const rule = ctx.rules.break;
  if (!rule.enabled) return [];
  const out: RosterViolation[] = [];
  for (const [key, t] of ctx.templates) {
    const days = new Set<IsoDate>();
    for (const p of ctx.people)
      for (const [d, cell] of p.cells.entries()) if (cell?.template.key === key) days.add(ctx.dates[d]!);
    if (days.size === 0) continue;
    const shortfall = breakShortfall(t.template, rule.params.thresholdMinutes, rule.params.minBreakMinutes);
    if (!shortfall) continue;
    out.push(
      violation(
        'ROSTER_BREAK',
        rule,
        1,
        { days: [...days].sort() },
        {
          shift: key,
          shiftLabel: t.template.label,
          workedHours: Math.round((shortfall.workedMinutes / 60) * 100) / 100,
          stretchHours: Math.round((shortfall.longestStretchMinutes / 60) * 100) / 100,
          breakMinutes: shortfall.longestBreakMinutes,
          minBreakMinutes: rule.params.minBreakMinutes,
          thresholdHours: rule.params.thresholdMinutes / 60,
        },
      ),
    );
  }
  return out;
}
