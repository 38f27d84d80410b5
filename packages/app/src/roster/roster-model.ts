// Everything a roster reads from the stores, as the domain's RosterModel: the site's people, leave and calendar, the
// staffing needs of a stored activity plan as demand, the weeks already rostered as history, and the legal rule set.
import type { Repositories } from '@logipilot/db/repositories/contract';
import {
  addDays,
  type Demand,
  DomainError,
  dayStatus,
  demandFromNeeds,
  derivedTemplatesOf,
  type Employee,
  fullName,
  HISTORY_DAYS,
  type HistoryDay,
  horizonDates,
  type IsoDate,
  qualificationUnavailableReasons,
  type Roster,
  type RosterHorizon,
  type RosterModel,
  type RosterRuleSet,
  rosterModelSchema,
  type Site,
} from '@logipilot/domain';
import type { RosterPersonView, RosterShiftView } from './roster-types.ts';

export interface RosterModelRequest {
  siteId: string;
  from: string;
  days: number;
  /** The plan whose needs are the demand; undefined = the newest stored plan covering the horizon; null = none. */
  planId?: string | null;
  /** A demand already chosen (a stored roster's snapshot): wins over the plan. */
  demand?: Demand[] | null;
  /** The published roster a re-plan starts from: each changed cell counts (ROSTER_CHANGED). */
  basedOn?: Roster | null;
  /** The days worked before `from` (published rosters), for rest, consecutive days and the 12-week average. */
  history?: HistoryDay[];
}

export interface LoadedRosterModel {
  site: Site;
  siteName: string;
  timeZone: string;
  model: RosterModel;
  horizon: RosterHorizon;
  rules: RosterRuleSet;
  people: RosterPersonView[];
  shifts: RosterShiftView[];
  qualifications: string[];
  /** Public holidays from the first day to the day after the last one (a night shift reaches it). */
  holidays: string[];
  planId: string | null;
  demand: Demand[];
}

interface PlanDaysShape {
  days?: { date: string; shifts?: { shift: string; qualification: string; needed: number }[] }[];
}

/** The stored plan's staffing needs inside the horizon, as roster demand. */
function demandOfPlan(result: Record<string, unknown>, dates: ReadonlySet<string>): Demand[] {
  const days = (result as PlanDaysShape).days ?? [];
  const needs = days
    .filter((d) => dates.has(d.date))
    .flatMap((d) =>
      (d.shifts ?? [])
        .filter((s) => s.needed > 0)
        .map((s) => ({ day: d.date, shift: s.shift, qualification: s.qualification, headcount: s.needed })),
    );
  return demandFromNeeds(needs);
}

/** The plan the roster answers: the one asked for, or the newest stored plan whose horizon covers the roster's. */
async function planDemand(
  repos: Repositories,
  siteId: string,
  planId: string | null | undefined,
  first: string,
  last: string,
  dates: ReadonlySet<string>,
): Promise<{ planId: string | null; demand: Demand[] }> {
  if (planId === null) return { planId: null, demand: [] };
  if (planId !== undefined) {
    const plan = await repos.plans.get(siteId, planId);
    if (!plan) throw new DomainError('ROSTER_PLAN_NOT_FOUND', { field: 'planId', params: { id: planId } });
    return { planId, demand: demandOfPlan(plan.result, dates) };
  }
  const covering = (await repos.plans.list(siteId)).find((p) => p.fromDay <= first && p.toDay >= last);
  if (!covering) return { planId: null, demand: [] };
  const plan = await repos.plans.get(siteId, covering.id);
  return { planId: covering.id, demand: plan ? demandOfPlan(plan.result, dates) : [] };
}

/** The rostered qualifications: the demand's, then each person's job role (people can always work their own role). */
function qualificationsOf(employees: readonly Employee[], demand: readonly Demand[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const key of [...demand.map((d) => d.qualification), ...employees.map((e) => e.jobRole as string)])
    if (!seen.has(key)) {
      seen.add(key);
      out.push(key);
    }
  return out;
}

/** Past cells from earlier rosters as the model's history: the 84 days before `from` only. */
export function historyFromRosters(
  rosters: readonly Pick<Roster, 'horizon' | 'assignments'>[],
  from: string,
): HistoryDay[] {
  const first = addDays(from as IsoDate, -HISTORY_DAYS);
  const byCell = new Map<string, HistoryDay>();
  for (const r of rosters)
    for (const a of r.assignments)
      if (a.day >= first && a.day < from)
        byCell.set(`${a.employeeId}|${a.day}`, {
          employeeId: a.employeeId,
          day: a.day,
          shift: a.shift,
          minutes: null,
        });
  return [...byCell.values()].sort((a, b) =>
    a.employeeId < b.employeeId ? -1 : a.employeeId > b.employeeId ? 1 : a.day < b.day ? -1 : 1,
  );
}

/** The site's people, leave, calendar and the demand, as the roster model of a horizon. */
export async function loadRosterModel(
  repos: Repositories,
  req: RosterModelRequest,
): Promise<LoadedRosterModel> {
  const site = await repos.sites.get(req.siteId);
  if (!site) throw new DomainError('SITE_NOT_FOUND', { params: { siteId: req.siteId } });
  const horizon: RosterHorizon = { firstDay: req.from as IsoDate, days: req.days };
  const dates = horizonDates(horizon);
  const first = dates[0]!;
  const last = dates[dates.length - 1]!;
  const inHorizon = new Set<string>(dates);
  const [allEmployees, absences, chosen, requests] = await Promise.all([
    repos.employees.all(req.siteId),
    repos.absences.all(req.siteId),
    req.demand
      ? Promise.resolve({ planId: req.planId ?? null, demand: req.demand })
      : planDemand(repos, req.siteId, req.planId, first, last, inHorizon),
    repos.rosterRequests.list(req.siteId, { from: first, to: last }),
  ]);
  // People under contract on at least one day of the horizon, in a stable order (team, name).
  const employees = allEmployees
    .filter((e) => e.contract.start <= last && (e.contract.end === null || e.contract.end >= first))
    .sort(
      (a, b) =>
        (a.team || a.jobRole).localeCompare(b.team || b.jobRole) ||
        a.lastName.localeCompare(b.lastName) ||
        a.firstName.localeCompare(b.firstName) ||
        (a.id < b.id ? -1 : 1),
    );
  const demand = chosen.demand.filter((d) => inHorizon.has(d.day));
  const qualifications = qualificationsOf(employees, demand);
  const model = rosterModelSchema.parse({
    timeZone: site.timeZone,
    calendar: site.calendar,
    qualifications,
    employees,
    absences: absences.filter((a) => employees.some((e) => e.id === a.employeeId)),
    demand,
    requests: requests
      .filter((r) => employees.some((e) => e.id === r.employeeId))
      .map(({ employeeId, day, shift, on, weight }) => ({ employeeId, day, shift, on, weight })),
    history: req.history ?? [],
    published: req.basedOn ?? null,
  });
  const rules = model.rules;
  const people: RosterPersonView[] = employees.map((e) => ({
    id: e.id,
    name: fullName(e),
    jobRole: e.jobRole,
    team: e.team || e.jobRole,
    weeklyContractMinutes: Math.round(e.weeklyHours * 60),
    isTemp: e.contract.kind === 'temp',
    qualifications: qualifications.filter((q) =>
      dates.some((day) => qualificationUnavailableReasons(e, q, day, model.availabilityRules).length === 0),
    ),
  }));
  const shifts: RosterShiftView[] = derivedTemplatesOf(model, rules).map((t) => ({
    key: t.key,
    label: t.template.label,
    kind: t.template.kind,
    start: t.template.start,
    end: t.template.end,
    workedMinutes: t.workedMinutes,
    minutesByCivilDay: [t.minutesByCivilDay[0], t.minutesByCivilDay[1]],
    nightMinutes: t.nightMinutes,
    night: t.night,
  }));
  const holidays = [...dates, addDays(last, 1)].filter(
    (day) => dayStatus(site.calendar, day).kind === 'public_holiday',
  );
  return {
    site,
    siteName: site.name,
    timeZone: site.timeZone,
    model,
    horizon,
    rules,
    people,
    shifts,
    qualifications,
    holidays,
    planId: chosen.planId,
    demand,
  };
}
