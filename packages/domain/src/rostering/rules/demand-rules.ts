// Rules on what the site asks for and what people ask for: cover of the demand, shift on/off requests.
import type { IsoDate } from '../../shared/units.ts';
import { demandKey, type RosterContext } from '../roster-context.ts';
import { type RosterViolation, violation } from '../violation.ts';

interface CoverCount {
  day: IsoDate;
  shift: string;
  qualification: string;
  required: number;
  assigned: number;
  underWeight: number;
  overWeight: number;
}

/**
 * People on each day × template × qualification against the demand; a cell nobody asked for needs 0. Weights are the
 * demand row's (else the cover rule's), × the cover rule's weight.
 */
export function coverCounts(ctx: RosterContext): CoverCount[] {
  const rule = ctx.rules.cover;
  const counts = new Map<string, CoverCount>();
  const count = (day: IsoDate, shift: string, qualification: string) => {
    const key = demandKey(day, shift, qualification);
    let c = counts.get(key);
    if (!c) {
      const d = ctx.demand.get(key);
      c = {
        day,
        shift,
        qualification,
        required: d?.headcount ?? 0,
        assigned: 0,
        underWeight: (d?.underWeight ?? rule.params.underWeight) * rule.weight,
        overWeight: (d?.overWeight ?? rule.params.overWeight) * rule.weight,
      };
      counts.set(key, c);
    }
    return c;
  };
  for (const d of ctx.demand.values()) count(d.day as IsoDate, d.shift, d.qualification);
  for (const p of ctx.people)
    for (const [i, cell] of p.cells.entries())
      if (cell) count(ctx.dates[i]!, cell.template.key, cell.qualification!).assigned++;
  return [...counts.values()];
}

function coverParams(ctx: RosterContext, c: CoverCount) {
  return {
    day: c.day,
    shift: c.shift,
    shiftLabel: ctx.templates.get(c.shift)?.template.label ?? c.shift,
    qualification: c.qualification,
    required: c.required,
    assigned: c.assigned,
  };
}

/** Fewer people than the demand. Unit: persons missing, × the under weight. */
export function coverUnderRule(ctx: RosterContext): RosterViolation[] {
  if (!ctx.rules.cover.enabled) return [];
  return coverCounts(ctx)
    .filter((c) => c.assigned < c.required)
    .map((c) =>
      violation(
        'ROSTER_COVER_UNDER',
        { hard: false, weight: c.underWeight },
        c.required - c.assigned,
        { days: [c.day] },
        {
          ...coverParams(ctx, c),
          missing: c.required - c.assigned,
        },
      ),
    );
}

/** More people than the demand. Unit: persons beyond, × the over weight. */
export function coverOverRule(ctx: RosterContext): RosterViolation[] {
  if (!ctx.rules.cover.enabled) return [];
  return coverCounts(ctx)
    .filter((c) => c.assigned > c.required)
    .map((c) =>
      violation(
        'ROSTER_COVER_OVER',
        { hard: false, weight: c.overWeight },
        c.assigned - c.required,
        { days: [c.day] },
        {
          ...coverParams(ctx, c),
          extra: c.assigned - c.required,
        },
      ),
    );
}

function requestRule(ctx: RosterContext, on: boolean): RosterViolation[] {
  const rule = ctx.rules.requests;
  if (!rule.enabled) return [];
  const out: RosterViolation[] = [];
  const people = new Map(ctx.people.map((p) => [p.employee.id, p]));
  const dayIndex = new Map(ctx.dates.map((d, i) => [d as string, i]));
  for (const r of ctx.requests) {
    if (r.on !== on) continue;
    const p = people.get(r.employeeId)!;
    const worksIt = p.cells[dayIndex.get(r.day)!]?.template.key === r.shift;
    if (worksIt === on) continue;
    out.push(
      violation(
        on ? 'ROSTER_REQUEST_ON' : 'ROSTER_REQUEST_OFF',
        { hard: false, weight: r.weight * rule.weight },
        1,
        { employeeId: p.employee.id, days: [ctx.dates[dayIndex.get(r.day)!]!] },
        {
          employee: p.name,
          day: r.day,
          shift: r.shift,
          shiftLabel: ctx.templates.get(r.shift)?.template.label ?? r.shift,
        },
      ),
    );
  }
  return out;
}

/** A request to work a shift is met when the person works exactly that template that day (any qualification). */
export function requestOnRule(ctx: RosterContext): RosterViolation[] {
  return requestRule(ctx, true);
}

/** A request not to work a shift is met when the person does not work that template that day (another is fine). */
export function requestOffRule(ctx: RosterContext): RosterViolation[] {
  return requestRule(ctx, false);
}
