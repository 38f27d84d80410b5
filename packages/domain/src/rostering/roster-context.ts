// What every rule reads: the roster laid out per person and day, real shift times, history, and each person's limits.
import { addDays, isoWeekday } from '../shared/dates.ts';
import { DomainError } from '../shared/errors.ts';
import type { IsoDate } from '../shared/units.ts';
import { type Employee, fullName } from '../staffing/employee.ts';
import {
  type Demand,
  HISTORY_DAYS,
  type HistoryDay,
  horizonDates,
  type Roster,
  type RosterModel,
  type ShiftRequest,
} from './model.ts';
import { type PersonLimits, personLimits } from './person-limits.ts';
import type { RosterRuleSet } from './rule-set.ts';
import {
  type DerivedShiftTemplate,
  deriveTemplates,
  type ShiftTiming,
  shiftTimingOn,
} from './shift-template.ts';

/** A worked day: the template, the qualification it is worked under (null in the history) and its real times. */
export interface WorkedDay {
  template: DerivedShiftTemplate;
  qualification: string | null;
  timing: ShiftTiming;
}

export interface PersonRoster {
  index: number;
  employee: Employee;
  /** Full name, for sentences. */
  name: string;
  limits: PersonLimits;
  /** Per horizon day, null = off. */
  cells: (WorkedDay | null)[];
  /** The 84 days before day 0, oldest first (empty without history): past[83] is day −1. */
  past: (WorkedDay | null)[];
  /** Effective minutes of each past civil day (timesheet minutes when given, else from the shifts). */
  pastMinutes: number[];
}

export interface RosterContext {
  model: RosterModel;
  rules: RosterRuleSet;
  firstDay: IsoDate;
  dates: IsoDate[];
  templates: ReadonlyMap<string, DerivedShiftTemplate>;
  people: PersonRoster[];
  /** The qualifications rostered: the model's list, then those the demand or the roster name. */
  qualifications: string[];
  /** Demand per `day|shift|qualification` (a later row replaces an earlier one). */
  demand: ReadonlyMap<string, Demand>;
  /** Requests of the model's people within the horizon. */
  requests: ShiftRequest[];
  /** The published roster's cells per `employeeId|day`, as `shift|qualification`. */
  published: ReadonlyMap<string, string> | null;
}

export const demandKey = (day: string, shift: string, qualification: string): string =>
  `${day}|${shift}|${qualification}`;

/** The templates with their nominal figures, as both the evaluator and the solver's problem read them. */
export function derivedTemplatesOf(
  model: Pick<RosterModel, 'templates' | 'availabilityRules'>,
  rules: RosterRuleSet,
): DerivedShiftTemplate[] {
  return deriveTemplates(model.templates, {
    night: model.availabilityRules,
    nightHoursThreshold: model.availabilityRules.nightHoursThreshold,
    minDailyRestMinutes: rules.dailyRest.enabled ? rules.dailyRest.params.minRestMinutes : null,
    forbidden: rules.shiftSuccession.enabled ? rules.shiftSuccession.params.forbidden : [],
  });
}

/** Rostered qualifications: the model's list first, then each new one the demand (within the horizon) names. */
export function rosterQualifications(
  model: Pick<RosterModel, 'qualifications' | 'demand'>,
  dates: readonly IsoDate[],
) {
  const inHorizon = new Set<string>(dates);
  const out = [...new Set(model.qualifications)];
  for (const d of model.demand)
    if (inHorizon.has(d.day) && !out.includes(d.qualification)) out.push(d.qualification);
  return out;
}

/**
 * The requests that concern the horizon: days inside it, people of the model (a request of someone who left is
 * dropped); a request for an unknown template is a configuration error and throws.
 */
export function requestsInHorizon(
  model: Pick<RosterModel, 'requests' | 'employees' | 'templates'>,
  dates: readonly IsoDate[],
): ShiftRequest[] {
  const days = new Set<string>(dates);
  const people = new Set(model.employees.map((e) => e.id));
  const keys = new Set(model.templates.map((t) => t.key));
  return model.requests.filter((r) => {
    if (!days.has(r.day) || !people.has(r.employeeId)) return false;
    if (!keys.has(r.shift))
      throw new DomainError('ROSTER_UNKNOWN_SHIFT', { params: { shift: r.shift, day: r.day } });
    return true;
  });
}

/** The real times of a template on a date, remembered per context (templates × days, shared by every person). */
function timingCache(model: RosterModel) {
  const cache = new Map<string, ShiftTiming>();
  return (t: DerivedShiftTemplate, date: IsoDate): ShiftTiming => {
    const key = `${t.key}|${date}`;
    let timing = cache.get(key);
    if (!timing) {
      timing = shiftTimingOn(t.template, date, model.timeZone, model.availabilityRules);
      cache.set(key, timing);
    }
    return timing;
  };
}

/** Each person's last 84 days: worked templates and civil-day minutes (timesheet minutes win over the shifts). */
function pastOf(
  rows: readonly HistoryDay[],
  firstDay: IsoDate,
  templates: ReadonlyMap<string, DerivedShiftTemplate>,
  timing: (t: DerivedShiftTemplate, date: IsoDate) => ShiftTiming,
): { past: (WorkedDay | null)[]; pastMinutes: number[] } {
  if (rows.length === 0) return { past: [], pastMinutes: [] };
  const byDay = new Map(rows.map((h) => [h.day, h]));
  const past: (WorkedDay | null)[] = [];
  const pastMinutes: number[] = [];
  for (let i = 0; i < HISTORY_DAYS; i++) {
    const date = addDays(firstDay, i - HISTORY_DAYS);
    const row = byDay.get(date);
    let worked: WorkedDay | null = null;
    if (row?.shift) {
      const template = templates.get(row.shift);
      if (!template)
        throw new DomainError('ROSTER_UNKNOWN_SHIFT', { params: { shift: row.shift, day: date } });
      worked = { template, qualification: null, timing: timing(template, date) };
    }
    past.push(worked);
    const before = i > 0 ? past[i - 1] : null;
    pastMinutes.push(
      row?.minutes ?? (worked?.timing.minutesByCivilDay[0] ?? 0) + (before?.timing.minutesByCivilDay[1] ?? 0),
    );
  }
  return { past, pastMinutes };
}

/**
 * Lays a roster out for the rules. An assignment to an unknown person or template, outside the horizon, or a second
 * shift for one person on one day is a broken roster, not a violation: it throws.
 */
export function buildRosterContext(
  model: RosterModel,
  roster: Roster,
  rules: RosterRuleSet = model.rules,
): RosterContext {
  const dates = horizonDates(roster.horizon);
  const firstDay = dates[0]!;
  const derived = derivedTemplatesOf(model, rules);
  const templates = new Map(derived.map((t) => [t.key, t]));
  const timing = timingCache(model);
  const dayIndex = new Map(dates.map((d, i) => [d as string, i]));
  const historyOf = new Map<string, HistoryDay[]>();
  for (const h of model.history) {
    const rows = historyOf.get(h.employeeId);
    if (rows) rows.push(h);
    else historyOf.set(h.employeeId, [h]);
  }
  const people: PersonRoster[] = model.employees.map((employee, index) => ({
    index,
    employee,
    name: fullName(employee),
    limits: personLimits(model, rules, employee, dates),
    cells: dates.map(() => null),
    ...pastOf(historyOf.get(employee.id) ?? [], firstDay, templates, timing),
  }));
  const personOf = new Map(people.map((p) => [p.employee.id, p]));
  const extra = new Set<string>();
  for (const a of roster.assignments) {
    const p = personOf.get(a.employeeId);
    if (!p) throw new DomainError('ROSTER_UNKNOWN_EMPLOYEE', { params: { employeeId: a.employeeId } });
    const template = templates.get(a.shift);
    if (!template) throw new DomainError('ROSTER_UNKNOWN_SHIFT', { params: { shift: a.shift, day: a.day } });
    const d = dayIndex.get(a.day);
    if (d === undefined) throw new DomainError('ROSTER_DAY_OUTSIDE_HORIZON', { params: { day: a.day } });
    if (p.cells[d])
      throw new DomainError('ROSTER_TWO_SHIFTS_ONE_DAY', {
        params: { employeeId: a.employeeId, day: a.day },
      });
    p.cells[d] = { template, qualification: a.qualification, timing: timing(template, dates[d]!) };
    extra.add(a.qualification);
  }
  const qualifications = rosterQualifications(model, dates);
  for (const q of extra) if (!qualifications.includes(q)) qualifications.push(q);
  const demand = new Map<string, Demand>();
  for (const d of model.demand)
    if (dayIndex.has(d.day)) demand.set(demandKey(d.day, d.shift, d.qualification), d);
  const published = model.published
    ? new Map(
        model.published.assignments.map((a) => [`${a.employeeId}|${a.day}`, `${a.shift}|${a.qualification}`]),
      )
    : null;
  const requests = requestsInHorizon(model, dates);
  return { model, rules, firstDay, dates, templates, people, qualifications, demand, requests, published };
}

/** The day worked at index `d` (negative = history; null = off, or before what the history knows). */
export function workedDay(p: PersonRoster, d: number): WorkedDay | null {
  if (d >= 0) return p.cells[d] ?? null;
  return p.past[HISTORY_DAYS + d] ?? null;
}

/** Effective minutes of the civil day at index `d` (a night shift's hours after midnight count on the next day). */
export function civilMinutes(p: PersonRoster, d: number): number {
  if (d < 0) return p.pastMinutes[HISTORY_DAYS + d] ?? 0;
  const before = workedDay(p, d - 1);
  return (p.cells[d]?.timing.minutesByCivilDay[0] ?? 0) + (before?.timing.minutesByCivilDay[1] ?? 0);
}

/** The date of day index `d` (negative = before the horizon). */
export function dateAt(ctx: Pick<RosterContext, 'firstDay' | 'dates'>, d: number): IsoDate {
  return ctx.dates[d] ?? addDays(ctx.firstDay, d);
}

/** A calendar week (Monday to Sunday) that meets the horizon: day indices of its Monday and of its horizon days. */
export interface RosterWeek {
  monday: IsoDate;
  /** Index of the Monday (negative when the week starts before day 0). */
  first: number;
  /** Horizon day indices of the week. */
  days: number[];
}

export function rosterWeeks(ctx: Pick<RosterContext, 'firstDay' | 'dates'>): RosterWeek[] {
  const weeks: RosterWeek[] = [];
  for (const [d, date] of ctx.dates.entries()) {
    const first = d - (isoWeekday(date) - 1);
    const last = weeks.at(-1);
    if (last && last.first === first) last.days.push(d);
    else weeks.push({ monday: dateAt(ctx, first), first, days: [d] });
  }
  return weeks;
}

/** Hours with at most two decimals, for sentences: 540 → 9, 450 → 7.5. */
export function hoursOf(minutes: number): number {
  return Math.round((minutes / 60) * 100) / 100;
}
