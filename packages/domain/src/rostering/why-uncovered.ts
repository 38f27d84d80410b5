// Why a day's shift is short under one qualification: each person qualified for it, and what keeps them from taking it.
import { DomainError } from '../shared/errors.ts';
import type { IsoDate } from '../shared/units.ts';
import {
  type CellUnavailableCode,
  cellUnavailableReasons,
  qualifiedInPrinciple,
} from './cell-availability.ts';
import { ROSTER_RULES } from './evaluate.ts';
import type { Roster, RosterModel } from './model.ts';
import { buildRosterContext, demandKey } from './roster-context.ts';
import type { RosterRuleKey } from './rule-set.ts';
import type { RosterViolation, RosterViolationCode } from './violation.ts';

export interface UncoveredReason {
  /** A cell reason (ABSENT, LICENCE_INVALID…), ALREADY_WORKING, or the code of the rule taking the shift would break. */
  code: CellUnavailableCode | 'ALREADY_WORKING' | RosterViolationCode;
  hard: boolean;
  params: Record<string, string | number>;
}

export interface UncoveredCandidate {
  employeeId: string;
  name: string;
  /** Nothing hard stands in the way and the person is off that day: the shift could be theirs. */
  free: boolean;
  reasons: UncoveredReason[];
}

export interface UncoveredExplanation {
  day: IsoDate;
  shift: string;
  qualification: string;
  required: number;
  /** People on it now. */
  assigned: string[];
  missing: number;
  /** Everyone qualified in principle and not on it: free ones first, then by fewest hard reasons. */
  candidates: UncoveredCandidate[];
}

/** Rules about the person's own row; cover, fairness, the templates and stability are not the person's reasons. */
const PERSON_RULES: ReadonlySet<RosterRuleKey> = new Set<RosterRuleKey>([
  'dailyRest',
  'shiftSuccession',
  'maxShiftsOfType',
  'consecutiveWork',
  'consecutiveOff',
  'maxWeekends',
  'dailyMaximum',
  'weeklyMaximum',
  'averageMaximum',
  'daysPerWeek',
  'weeklyRest',
  'partTime',
  'coldRotation',
  'requests',
]);

const violationKey = (v: RosterViolation) => `${v.code}|${v.days.join(',')}`;

/**
 * The person's rule violations that taking the cell would add or worsen: their row is evaluated as it stands and with
 * the cell (replacing what they work that day), on a model holding them alone (person rules read no one else).
 */
function violationsAdded(
  model: RosterModel,
  roster: Roster,
  employeeId: string,
  cell: Roster['assignments'][number],
) {
  const alone: RosterModel = { ...model, employees: model.employees.filter((e) => e.id === employeeId) };
  const own = roster.assignments.filter((a) => a.employeeId === employeeId);
  const run = (assignments: Roster['assignments']) => {
    const ctx = buildRosterContext(alone, { horizon: roster.horizon, assignments });
    return ROSTER_RULES.filter((r) => PERSON_RULES.has(r.rule)).flatMap((r) => r.check(ctx));
  };
  const before = new Map(run(own).map((v) => [violationKey(v), v.units]));
  const after = run([...own.filter((a) => a.day !== cell.day), cell]);
  return after.filter((v) => v.units > (before.get(violationKey(v)) ?? 0));
}

/**
 * Explains a day × shift × qualification of a roster: the demand, who is on it, and for each person qualified for it
 * (the role, or the licence whatever its dates) why they are not: absent, licence not valid that day, already on
 * another shift, or the rules taking it would break (11 h rest, weekly maximum…), with codes and params.
 */
export function whyUncovered(
  model: RosterModel,
  roster: Roster,
  date: string,
  shift: string,
  qualification: string,
): UncoveredExplanation {
  const ctx = buildRosterContext(model, roster);
  const d = ctx.dates.indexOf(date as IsoDate);
  if (d < 0) throw new DomainError('ROSTER_DAY_OUTSIDE_HORIZON', { params: { day: date } });
  const day = ctx.dates[d]!;
  const template = ctx.templates.get(shift);
  if (!template) throw new DomainError('ROSTER_UNKNOWN_SHIFT', { params: { shift, day } });
  const required = ctx.demand.get(demandKey(day, shift, qualification))?.headcount ?? 0;
  const assigned = ctx.people
    .filter((p) => p.cells[d]?.template.key === shift && p.cells[d]?.qualification === qualification)
    .map((p) => p.employee.id);
  const availabilityHard = ctx.rules.availability.hard;
  const candidates: UncoveredCandidate[] = [];
  for (const p of ctx.people) {
    const e = p.employee;
    if (assigned.includes(e.id) || !qualifiedInPrinciple(e, qualification, model.availabilityRules)) continue;
    const reasons: UncoveredReason[] = [];
    if (ctx.rules.availability.enabled)
      for (const r of cellUnavailableReasons(e, day, template.template, qualification, model))
        reasons.push({ code: r.code, hard: availabilityHard, params: { ...r.params, employee: p.name } });
    const current = p.cells[d];
    if (current)
      reasons.push({
        code: 'ALREADY_WORKING',
        hard: false,
        params: {
          employee: p.name,
          day,
          shift: current.template.key,
          shiftLabel: current.template.template.label,
          qualification: current.qualification!,
        },
      });
    for (const v of violationsAdded(model, roster, e.id, { employeeId: e.id, day, shift, qualification }))
      reasons.push({ code: v.code, hard: v.hard, params: v.params });
    candidates.push({
      employeeId: e.id,
      name: p.name,
      free: !current && reasons.every((r) => !r.hard),
      reasons,
    });
  }
  const hardCount = (c: UncoveredCandidate) => c.reasons.filter((r) => r.hard).length;
  candidates.sort(
    (a, b) =>
      Number(b.free) - Number(a.free) ||
      hardCount(a) - hardCount(b) ||
      (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
  );
  return {
    day,
    shift,
    qualification,
    required,
    assigned,
    missing: Math.max(0, required - assigned.length),
    candidates,
  };
}
