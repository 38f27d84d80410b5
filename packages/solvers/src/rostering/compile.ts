// Compiles the domain's roster model (templates, people, demand, rules) into the solver's RosterProblem, and converts
// rosters and violations between the two shapes. Every figure comes from the domain functions the domain's evaluator
// uses (derivedTemplatesOf, personLimits, the cell reasons), so that both referees read the same numbers.
import {
  buildRosterContext,
  DomainError,
  dayUnavailableReasons,
  demandKey,
  horizonDates,
  type IsoDate,
  isoWeekday,
  qualificationUnavailableReasons,
  type Roster,
  type RosterHorizon,
  type RosterModel,
  type RosterRuleSet,
  templateUnavailableReasons,
} from '@logipilot/domain';
import type {
  Assignment,
  CoverRequirement,
  RosterEmployee,
  RosterProblem,
  RosterRules,
  RuleWeight,
  ShiftType,
  Slot,
  Violation,
} from './problem.ts';

const weightOf = (rule: { hard: boolean; weight: number }): RuleWeight => ({
  hard: rule.hard,
  weight: rule.weight,
});

/**
 * The daily rest and the site's forbidden successions both become `cannotFollow`, so they share the solver's one
 * succession weight: hard if either enabled rule is, the larger weight.
 */
function successionWeight(rules: RosterRuleSet): RuleWeight {
  const on = [rules.dailyRest, rules.shiftSuccession].filter((r) => r.enabled);
  if (on.length === 0) return weightOf(rules.dailyRest);
  return { hard: on.some((r) => r.hard), weight: Math.max(...on.map((r) => r.weight)) };
}

/** The rule set as the solver's weights. Break, cold rotation and changes are not in it (see ROSTER_CHANGED). */
export function compileRosterRules(rules: RosterRuleSet): RosterRules {
  return {
    shiftSuccession: successionWeight(rules),
    unavailable: weightOf(rules.availability),
    maxShiftsOfType: weightOf(rules.maxShiftsOfType),
    totalMinutes: weightOf(rules.totalMinutes),
    consecutiveWork: weightOf(rules.consecutiveWork),
    consecutiveOff: weightOf(rules.consecutiveOff),
    maxWeekends: weightOf(rules.maxWeekends),
    minutesPerCivilDay: weightOf(rules.dailyMaximum),
    minutesPerWeek: weightOf(rules.weeklyMaximum),
    averageMinutesPerWeek: weightOf(rules.averageMaximum),
    daysPerWeek: weightOf(rules.daysPerWeek),
    weeklyRest: weightOf(rules.weeklyRest),
    partTime: weightOf(rules.partTime),
    // The site knows its history: a run touching day 0 is measured with it, one touching the last day as it stands.
    minConsecutiveAtHorizonEnds: true,
    weekendFairness: rules.weekendFairness.enabled ? rules.weekendFairness.weight : 0,
    nightFairness: rules.nightFairness.enabled ? rules.nightFairness.weight : 0,
  };
}

/** The solver's `changeWeight` for a re-plan from the published roster (0 when the rule is off). */
export function rosterChangeWeight(rules: RosterRuleSet): number {
  return rules.changes.enabled ? rules.changes.weight : 0;
}

/**
 * The model over a horizon as a RosterProblem:
 * - shifts: the templates' nominal figures (wall clock; a clock-change night is the domain evaluator's business);
 * - slots: every template × qualification, `slot = shift × qualifications + qualification`;
 * - per person: the slots they may ever take (a qualification they can cover on at least one day of the horizon, a
 *   template inside their hours and night-work acceptance), cells they may not work with the reason code (a whole day
 *   for contract, absence, weekday, 1 May, closed day; one slot for a licence not valid that day), limits from
 *   personLimits, requests, and 84 days of history when the model has any for them;
 * - cover: every day × template × qualification, the demand's headcount (0 where none) and weights;
 * - rules: the rule set's weights.
 */
export function compileRosterProblem(
  model: RosterModel,
  rules: RosterRuleSet,
  horizon: RosterHorizon,
): RosterProblem {
  const dates = horizonDates(horizon);
  // An empty roster laid out by the domain: templates, limits, history and requests exactly as its evaluator has them.
  const ctx = buildRosterContext(model, { horizon, assignments: [] }, rules);
  const templates = [...ctx.templates.values()];
  const shiftIndex = new Map(templates.map((t, i) => [t.key, i]));
  const shifts: ShiftType[] = templates.map((t) => ({
    id: t.key,
    minutes: t.workedMinutes,
    minutesByCivilDay: [t.minutesByCivilDay[0], t.minutesByCivilDay[1]],
    start: t.start,
    end: t.end,
    night: t.night,
    cannotFollow: t.cannotFollow.map((key) => shiftIndex.get(key)!),
  }));
  const qualifications = ctx.qualifications;
  const q = qualifications.length;
  const slots: Slot[] = [];
  for (let s = 0; s < shifts.length; s++)
    for (let k = 0; k < q; k++) slots.push({ shift: s, qualification: k });

  const availability = rules.availability.enabled;
  const employees: RosterEmployee[] = ctx.people.map((p) => {
    const e = p.employee;
    const shiftOk = templates.map(
      (t) => !availability || templateUnavailableReasons(e, t.template, model.availabilityRules).length === 0,
    );
    const qualificationReason = qualifications.map((qualification) =>
      dates.map((day) =>
        availability
          ? (qualificationUnavailableReasons(e, qualification, day, model.availabilityRules)[0]?.code ?? null)
          : null,
      ),
    );
    const mySlots = slots
      .map((slot, i) => ({ slot, i }))
      .filter(
        ({ slot }) => shiftOk[slot.shift] && qualificationReason[slot.qualification]!.some((r) => r === null),
      )
      .map(({ i }) => i);
    const unavailable: { day: number; slot?: number; reason: string }[] = [];
    if (availability)
      for (const [d, day] of dates.entries()) {
        const whole = dayUnavailableReasons(e, day, model.absences, model.calendar)[0];
        if (whole) {
          unavailable.push({ day: d, reason: whole.code });
          continue;
        }
        for (const i of mySlots) {
          const reason = qualificationReason[slots[i]!.qualification]![d];
          if (reason) unavailable.push({ day: d, slot: i, reason });
        }
      }
    const limits = p.limits;
    const requests = rules.requests.enabled
      ? ctx.requests
          .filter((r) => r.employeeId === e.id)
          .map((r) => ({
            day: dates.indexOf(r.day as IsoDate),
            shift: shiftIndex.get(r.shift)!,
            on: r.on,
            weight: r.weight * rules.requests.weight,
          }))
      : [];
    return {
      id: e.id,
      slots: mySlots,
      unavailable,
      maxShiftsOfType: templates.map((t) => limits.maxShiftsOfType[t.key] ?? null),
      minMinutes: limits.minMinutes,
      maxMinutes: limits.maxMinutes,
      maxConsecutiveWork: limits.maxConsecutiveWork,
      minConsecutiveWork: limits.minConsecutiveWork,
      minConsecutiveOff: limits.minConsecutiveOff,
      maxWeekends: limits.maxWeekends,
      maxMinutesPerCivilDay: limits.maxMinutesPerCivilDay,
      maxMinutesPerWeek: limits.maxMinutesPerWeek,
      maxAverageMinutesPerWeek: limits.maxAverageMinutesPerWeek,
      maxDaysPerWeek: limits.maxDaysPerWeek,
      minWeeklyRestMinutes: limits.minWeeklyRestMinutes,
      partTimeWeeklyCeiling: limits.partTimeWeeklyCeiling,
      requests,
      history: {
        shifts: p.past.map((w) => (w ? shiftIndex.get(w.template.key)! : -1)),
        minutesByDay: [...p.pastMinutes],
      },
    };
  });

  const cover: CoverRequirement[] = [];
  const coverRule = rules.cover;
  for (const [d, day] of dates.entries())
    for (const [s, t] of templates.entries())
      for (const [k, qualification] of qualifications.entries()) {
        const row = ctx.demand.get(demandKey(day, t.key, qualification));
        cover.push({
          day: d,
          shift: s,
          qualification: k,
          requirement: row?.headcount ?? 0,
          underWeight: coverRule.enabled
            ? (row?.underWeight ?? coverRule.params.underWeight) * coverRule.weight
            : 0,
          overWeight: coverRule.enabled
            ? (row?.overWeight ?? coverRule.params.overWeight) * coverRule.weight
            : 0,
        });
      }

  return {
    days: dates.length,
    firstDay: horizon.firstDay,
    firstWeekday: isoWeekday(horizon.firstDay),
    shifts,
    qualifications,
    slots,
    employees,
    cover,
    rules: compileRosterRules(rules),
  };
}

/** The slot of a template key and a qualification; throws when the problem has neither. */
function slotOf(problem: RosterProblem, shift: string, qualification: string, day: string): number {
  const s = problem.shifts.findIndex((t) => t.id === shift);
  if (s < 0) throw new DomainError('ROSTER_UNKNOWN_SHIFT', { params: { shift, day } });
  const k = problem.qualifications.indexOf(qualification);
  if (k < 0) throw new DomainError('ROSTER_UNKNOWN_QUALIFICATION', { params: { qualification, day } });
  return s * problem.qualifications.length + k;
}

function problemDates(problem: RosterProblem): IsoDate[] {
  if (problem.firstDay === null) throw new DomainError('ROSTER_PROBLEM_WITHOUT_DATES');
  return horizonDates({ firstDay: problem.firstDay, days: problem.days });
}

/** A domain roster as the solver's assignment (a warm start, a published roster, a conformance check). */
export function toAssignment(problem: RosterProblem, roster: Roster): Assignment {
  const dates = problemDates(problem);
  const dayIndex = new Map(dates.map((d, i) => [d as string, i]));
  const person = new Map(problem.employees.map((e, i) => [e.id, i]));
  const rows = problem.employees.map(() => new Int32Array(problem.days).fill(-1));
  for (const a of roster.assignments) {
    const e = person.get(a.employeeId);
    if (e === undefined)
      throw new DomainError('ROSTER_UNKNOWN_EMPLOYEE', { params: { employeeId: a.employeeId } });
    const d = dayIndex.get(a.day);
    if (d === undefined) throw new DomainError('ROSTER_DAY_OUTSIDE_HORIZON', { params: { day: a.day } });
    if (rows[e]![d] !== -1)
      throw new DomainError('ROSTER_TWO_SHIFTS_ONE_DAY', {
        params: { employeeId: a.employeeId, day: a.day },
      });
    rows[e]![d] = slotOf(problem, a.shift, a.qualification, a.day);
  }
  return rows;
}

/** The solver's assignment as a domain roster. */
export function toRoster(problem: RosterProblem, assignment: Assignment): Roster {
  const dates = problemDates(problem);
  const assignments: Roster['assignments'] = [];
  for (const [e, row] of assignment.entries())
    for (const [d, slot] of row.entries()) {
      if (slot < 0) continue;
      const s = problem.slots[slot]!;
      assignments.push({
        employeeId: problem.employees[e]!.id,
        day: dates[d]!,
        shift: problem.shifts[s.shift]!.id,
        qualification: problem.qualifications[s.qualification]!,
      });
    }
  return { horizon: { firstDay: dates[0]!, days: problem.days }, assignments };
}

/** A solver violation with the domain's ids and dates, to set beside the domain evaluator's. */
export function violationInDomainTerms(
  problem: RosterProblem,
  v: Violation,
): { code: string; hard: boolean; penalty: number; employeeId?: string; days: IsoDate[] } {
  const dates = problemDates(problem);
  const employeeId = v.employee === undefined ? undefined : problem.employees[v.employee]?.id;
  return {
    code: v.code,
    hard: v.hard,
    penalty: v.penalty,
    ...(employeeId === undefined ? {} : { employeeId }),
    days: v.days.filter((d) => d >= 0 && d < dates.length).map((d) => dates[d]!),
  };
}
