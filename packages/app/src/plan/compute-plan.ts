// Use case: forecast volumes → workload → staffing needs → availability and gaps → levers → the activity plan.
import type { EventStore } from '@logipilot/db';
import {
  type Actor,
  addDays,
  availability,
  availabilityRulesSchema,
  closedDayIssue,
  computeWorkload,
  DEFAULT_SHIFTS,
  dayStatus,
  eachDay,
  equipmentLicences,
  fullName,
  gaps as gapsOf,
  type IsoDate,
  operatingProfileSchema,
  overtimeWeekStart,
  type ProductivityStandard,
  productiveHoursPerHead,
  type Rate,
  type StaffingNeed,
  staffingNeeds,
  staffingRulesSchema,
  type VolumeInput,
  workedHoursOfShift,
} from '@logipilot/domain';
import type { Lang } from '@logipilot/i18n';
import {
  type LeverGap,
  type LeverLine,
  type LeverReason,
  paramsKey,
  readAnswer,
  type SolveOutcome,
  solverThread,
} from '@logipilot/solvers/levers/index';
import type { StoreContext } from '../auth/store-context.ts';
import { parseOrThrow } from '../masterdata/validate.ts';
import { loadPlanInputs, type PlanInputs } from './plan-inputs.ts';
import {
  assertNotAborted,
  finishWeekLevers,
  type PreparedWeek,
  prepareWeekLevers,
  type WeekLevers,
  WorkedHoursLedger,
  weekOvertime,
} from './plan-levers.ts';
import { plainParams, planMessage, sentenceMemo } from './plan-messages.ts';
import { assertMayPlan } from './plan-policy.ts';
import {
  type PlanDay,
  type PlanHeatCell,
  type PlanLeverLine,
  type PlanMessage,
  type PlanPhase,
  type PlanRequest,
  type PlanRequestInput,
  type PlanResult,
  type PlanRunOptions,
  planRequestSchema,
  type TempOrderLine,
} from './plan-types.ts';

/** The plan needs the operational store; with the event store it can also name the flows the forecast lacks. */
export type PlanContext = StoreContext & { events?: EventStore };

const DEFAULT_TIME_LIMIT_SECONDS = 5;
/** Per code, at most this many issues are listed; the rest are counted in one PLAN_ISSUES_TRUNCATED. */
const MAX_ISSUES_PER_CODE = 10;

const round2 = (x: number): number => Math.round(x * 100) / 100;

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Productivity ±% moves every standard's efficiency; volumes ±% scale every quantity. */
function scaledStandards(standards: readonly ProductivityStandard[], pct: number): ProductivityStandard[] {
  if (pct === 0) return [...standards];
  return standards.map((s) => ({ ...s, efficiency: s.efficiency * (1 + pct / 100) }));
}

/**
 * The workload's clients matter only for issues: zones come from the site-wide standards, so volumes are summed
 * per flow and day before the hourly spread, and closed-day issues are raised on the per-client volumes.
 */
function flowDayVolumes(
  inputs: PlanInputs,
  volumePct: number,
): { volumes: VolumeInput[]; issues: { code: string; params: Record<string, unknown> }[] } {
  const factor = 1 + volumePct / 100;
  const byKey = new Map<string, VolumeInput>();
  const issues: { code: string; params: Record<string, unknown> }[] = [];
  const codeOf = new Map(inputs.clients.map((c) => [c.id, c.code]));
  // Whether a day is closed depends on the day alone: the calendar is read once per day, not once per volume.
  const openDays = new Set<string>();
  for (const v of inputs.volumes) {
    const quantity = v.quantity * factor;
    const closed =
      quantity > 0 && !openDays.has(v.day) ? closedDayIssue(inputs.site.calendar, { ...v, quantity }) : null;
    if (quantity > 0 && closed === null) openDays.add(v.day);
    if (closed)
      issues.push({
        ...closed,
        params: { ...closed.params, clientId: codeOf.get(v.clientId) ?? v.clientId },
      });
    const key = `${v.flow}|${v.day}`;
    const row = byKey.get(key);
    if (row) row.quantity += quantity;
    else byKey.set(key, { clientId: '*', flow: v.flow, day: v.day, quantity });
  }
  return { volumes: [...byKey.values()], issues };
}

class PhaseClock {
  private started = performance.now();
  constructor(
    private readonly options: PlanRunOptions,
    private phase: PlanPhase = 'load',
  ) {}
  next(phase: PlanPhase, total = 1): void {
    this.end();
    this.phase = phase;
    this.started = performance.now();
    this.options.onProgress?.({ phase, done: 0, total });
    assertNotAborted(this.options.signal);
  }
  report(done: number, total: number): void {
    this.options.onProgress?.({ phase: this.phase, done, total });
    assertNotAborted(this.options.signal);
  }
  end(): void {
    if (this.options.timings)
      this.options.timings[this.phase] =
        (this.options.timings[this.phase] ?? 0) + (performance.now() - this.started);
  }
}

/** Issues in the request's language, the same code listed at most MAX_ISSUES_PER_CODE times. */
function issueMessages(
  lang: Lang,
  raw: readonly { code: string; params: Record<string, unknown> }[],
): PlanMessage[] {
  const counts = new Map<string, number>();
  const out: PlanMessage[] = [];
  for (const i of raw) {
    const n = (counts.get(i.code) ?? 0) + 1;
    counts.set(i.code, n);
    if (n <= MAX_ISSUES_PER_CODE) out.push(planMessage(lang, 'plan.issue', i.code, i.params));
  }
  for (const [code, n] of counts)
    if (n > MAX_ISSUES_PER_CODE)
      out.push(
        planMessage(lang, 'plan.issue', 'PLAN_ISSUES_TRUNCATED', { code, count: n - MAX_ISSUES_PER_CODE }),
      );
  return out;
}

/** Computes the plan without storing it. Client viewers get FORBIDDEN (plans hold staff data). */
export async function computePlan(
  ctx: PlanContext,
  actor: Actor,
  input: PlanRequestInput,
  options: PlanRunOptions = {},
): Promise<PlanResult> {
  assertMayPlan(actor);
  const request = parseOrThrow(planRequestSchema, input);
  return computeValidatedPlan(ctx, actor.siteId, request, options);
}

export async function computeValidatedPlan(
  ctx: PlanContext,
  siteId: string,
  request: PlanRequest,
  options: PlanRunOptions = {},
): Promise<PlanResult> {
  const lang: Lang = options.lang ?? 'fr';
  // Started first: HiGHS loads on its thread while this one reads the stores and computes the workload.
  const solver = solverThread();
  const clock = new PhaseClock(options);
  options.onProgress?.({ phase: 'load', done: 0, total: 1 });
  const from = request.from as IsoDate;
  const to = addDays(from, request.weeks * 7 - 1);
  const inputs = await loadPlanInputs(ctx.db.repos, ctx.events, {
    siteId,
    from,
    to,
    ...(request.forecastVersionId !== undefined ? { forecastVersionId: request.forecastVersionId } : {}),
  });
  const rawIssues: { code: string; params: Record<string, unknown> }[] = [];
  if (inputs.volumes.length === 0 || inputs.missing.length > 0) {
    rawIssues.push({
      code: 'PLAN_NO_FORECAST',
      params: {
        from,
        to,
        count: inputs.missing.length,
        pairs: inputs.missing.map((m) => `${m.clientCode}/${m.flow}`).join(', '),
      },
    });
  }

  // Site rules: the default operating profile and staffing rules, with the site's equipment licences and zones.
  const profile = operatingProfileSchema.parse({ shifts: DEFAULT_SHIFTS.map((s) => ({ ...s })) });
  const baseRules = staffingRulesSchema.parse({});
  const absenteeism = request.scenario.absenteeismPct ?? baseRules.absenteeism * 100;
  const rules = staffingRulesSchema.parse({
    equipmentLicences: { ...baseRules.equipmentLicences, ...equipmentLicences(inputs.equipmentTypes) },
    zoneTemperature: Object.fromEntries(inputs.zones.map((z) => [z.id, z.temperatureClass])),
    absenteeism: absenteeism / 100,
  });
  const availabilityRules = availabilityRulesSchema.parse({});
  const days = eachDay(from, to);
  const calendar = inputs.site.calendar;

  // Workload.
  clock.next('workload');
  const { volumes, issues: closedIssues } = flowDayVolumes(inputs, request.scenario.volumePct);
  const workload = computeWorkload({
    volumes,
    standards: scaledStandards(inputs.standards, request.scenario.productivityPct),
    profile,
    calendar,
  });
  rawIssues.push(...closedIssues);
  rawIssues.push(...workload.issues.filter((i) => i.code !== 'VOLUME_ON_CLOSED_DAY'));

  // Needs.
  clock.next('needs');
  const inHorizon = (d: string) => d >= from && d <= to;
  const needs = staffingNeeds({
    workloadByShift: workload.byShift.filter((w) => inHorizon(w.day)),
    shifts: profile.shifts,
    rules,
  });

  // Availability and gaps, one week at a time (absences and contracts filtered to the week): the first week now,
  // each next one while the solver thread solves the week before it.
  const weeks: IsoDate[][] = [];
  for (let w = 0; w < request.weeks; w++) weeks.push(days.slice(w * 7, w * 7 + 7));
  clock.next('availability', 1);
  const qualifications = [...new Set(needs.map((n) => n.qualification))].sort();
  const needsByDay = new Map<string, StaffingNeed[]>();
  for (const n of needs) {
    const list = needsByDay.get(n.day);
    if (list) list.push(n);
    else needsByDay.set(n.day, [n]);
  }
  const shiftOf = new Map(profile.shifts.map((s) => [s.key, s]));
  const shiftHours = Object.fromEntries(profile.shifts.map((s) => [s.key, workedHoursOfShift(s)]));
  const fteOf = new Map(needs.map((n) => [`${n.day}|${n.shift}|${n.qualification}`, n.fte]));
  const gapRows: ReturnType<typeof gapsOf> = [];
  /** The week's gaps (kept for the result) and the same gaps in hours, as the levers LP reads them. */
  const weekGaps = (week: readonly IsoDate[]): LeverGap[] => {
    const first = week[0] ?? from;
    const last = week.at(-1) ?? from;
    const employees = inputs.employees.filter(
      (e) => e.contract.start <= last && (e.contract.end === null || e.contract.end >= first),
    );
    const absences = inputs.absences.filter((a) => a.from <= last && a.to >= first);
    const weekNeeds = week.flatMap((d) => needsByDay.get(d) ?? []);
    const avail = availability({
      days: [...week],
      shifts: profile.shifts,
      employees,
      absences,
      qualifications,
      needs: weekNeeds,
      rules: availabilityRules,
    });
    const rows = gapsOf(weekNeeds, avail);
    gapRows.push(...rows);
    return rows.map((g) => {
      const length = shiftHours[g.shift] ?? 0;
      const needed = (fteOf.get(`${g.day}|${g.shift}|${g.qualification}`) ?? 0) * length;
      const available = g.available * length;
      return {
        day: g.day as IsoDate,
        shift: g.shift,
        qualification: g.qualification,
        needed,
        available,
        gap: needed - available,
      };
    });
  };
  let nextGaps = weeks[0] ? weekGaps(weeks[0]) : [];
  clock.report(1, 1);

  // Levers, one LP per week; counters carried from week to week. Pipelined: while the solver thread solves week
  // k, this thread explains week k − 1 and computes the gaps of week k + 1. Week k + 1's capacities need week k's
  // overtime, read straight from its solution.
  clock.next('levers', weeks.length);
  const ledger = new WorkedHoursLedger(from, calendar, inputs.absences, days.length);
  const names = new Map(inputs.employees.map((e) => [e.id, fullName(e)]));
  const reasonSentence = sentenceMemo(lang, 'levers.reasons');
  const weekResults: FinishedWeek[] = [];
  let previous: { week: PreparedWeek; outcome: SolveOutcome | null } | null = null;
  const finishPrevious = () => {
    if (previous)
      weekResults.push(
        finishedWeek(finishWeekLevers(previous.week, previous.outcome), names, reasonSentence),
      );
    previous = null;
  };
  for (const [wi, week] of weeks.entries()) {
    const prepared = prepareWeekLevers(
      {
        weekDays: week,
        gaps: nextGaps,
        employees: inputs.employees,
        absences: inputs.absences,
        rates: inputs.rates,
        calendar,
        shiftHours,
        availabilityRules,
        planStart: from,
        timeLimitSeconds: options.timeLimitSeconds ?? DEFAULT_TIME_LIMIT_SECONDS,
      },
      ledger,
    );
    const levers = prepared.levers;
    const answer = levers?.matrix ? solver.solve(levers.matrix, levers.options) : null;
    finishPrevious();
    const following = weeks[wi + 1];
    nextGaps = following ? weekGaps(following) : [];
    const outcome = levers ? readAnswer(levers, answer ? await answer : null) : null;
    previous = { week: prepared, outcome };
    const overtime = weekOvertime(prepared, outcome);
    const weekStart = overtimeWeekStart(week[0] ?? from);
    for (const e of inputs.employees) {
      ledger.close(e, weekStart, ledger.plannedWeek(e, week), week, overtime.get(e.id));
    }
    clock.report(wi + 1, weeks.length);
  }
  finishPrevious();
  rawIssues.push({
    code: 'PLAN_HISTORY_FROM_CONTRACTS',
    params: { weeks: 12, from: addDays(from, -84), to: addDays(from, -1) },
  });

  // Result.
  clock.next('result');
  const result = assemble({
    lang,
    request,
    siteId,
    from,
    to,
    days,
    inputs,
    workload,
    gapRows,
    weekResults,
    names,
    reasonSentence,
    absenteeism,
    perHead: (shift: string) => {
      const s = shiftOf.get(shift);
      return s ? productiveHoursPerHead(s, rules) : 1;
    },
    shiftHours,
    indirectShare: rules.indirectShare,
    rawIssues,
  });
  clock.end();
  return result;
}

interface AssembleInput {
  lang: Lang;
  request: PlanRequest;
  siteId: string;
  from: IsoDate;
  to: IsoDate;
  days: IsoDate[];
  inputs: PlanInputs;
  workload: ReturnType<typeof computeWorkload>;
  gapRows: ReturnType<typeof gapsOf>;
  weekResults: FinishedWeek[];
  names: ReadonlyMap<string, string>;
  reasonSentence: (code: string, params: Readonly<Record<string, unknown>>) => string;
  absenteeism: number;
  perHead: (shift: string) => number;
  shiftHours: Record<string, number>;
  indirectShare: number;
  rawIssues: { code: string; params: Record<string, unknown> }[];
}

const STATUS_RANK = { optimal: 0, time_limit: 1, infeasible: 2 } as const;

function assemble(a: AssembleInput): PlanResult {
  const { lang, from, to } = a;
  const inHorizon = (d: string) => d >= from && d <= to;
  const shiftOrder = new Map(Object.keys(a.shiftHours).map((k, i) => [k, i]));
  const byShiftKey = (x: string, y: string) => (shiftOrder.get(x) ?? 99) - (shiftOrder.get(y) ?? 99);

  // Days: activity hours (rounded to the hundredth; totals sum the rounded figures), shifts, peaks.
  const activitiesOf = new Map<string, { activity: string; hours: number }[]>();
  for (const r of a.workload.byDay) {
    if (!inHorizon(r.day)) continue;
    const list = activitiesOf.get(r.day) ?? [];
    list.push({ activity: r.activity, hours: round2(r.hours) });
    activitiesOf.set(r.day, list);
  }
  const shiftsOf = new Map<string, PlanDay['shifts']>();
  for (const g of a.gapRows) {
    if (g.needed === 0 && g.available === 0) continue;
    const list = shiftsOf.get(g.day) ?? [];
    list.push({
      shift: g.shift,
      qualification: g.qualification,
      needed: g.needed,
      available: g.available,
      gap: g.gap,
    });
    shiftsOf.set(g.day, list);
  }
  const peak = new Set(a.workload.days.filter((d) => d.peak).map((d) => d.day as string));
  const days: PlanDay[] = a.days.map((date) => ({
    date,
    peak: peak.has(date),
    status: dayStatus(a.inputs.site.calendar, date).kind,
    activities: activitiesOf.get(date) ?? [],
    shifts: (shiftsOf.get(date) ?? []).sort(
      (x, y) => byShiftKey(x.shift, y.shift) || cmp(x.qualification, y.qualification),
    ),
  }));

  // Heat map: day × shift × activity, zones summed.
  const heat = new Map<string, PlanHeatCell>();
  for (const r of a.workload.byShift) {
    if (!inHorizon(r.day)) continue;
    const key = `${r.day}|${r.shift}|${r.activity}`;
    const cell = heat.get(key) ?? {
      date: r.day,
      shift: r.shift,
      activity: r.activity,
      hours: 0,
      headcount: 0,
    };
    cell.hours += r.hours;
    heat.set(key, cell);
  }
  const heatmap = [...heat.values()].map((c) => ({
    ...c,
    hours: round2(c.hours),
    headcount: round2((c.hours * (1 + a.indirectShare)) / a.perHead(c.shift)),
  }));

  // Levers: every week's lines, named and explained; explanations merged, one overall summary. Lines below
  // MIN_LINE_HOURS are the LP's rounding dust: they are left out, and so are their hours and cost from the totals.
  const { names, reasonSentence } = a;
  const lines: PlanLeverLine[] = [];
  const explanation = new Map<string, LeverReason>();
  let status: PlanResult['levers']['status'] = 'optimal';
  let leversCost = 0;
  for (const w of a.weekResults) {
    if (STATUS_RANK[w.status] > STATUS_RANK[status]) status = w.status;
    leversCost += w.costCents;
    for (const l of w.lines) lines.push(l);
    for (const e of w.explanation) {
      if (e.code === 'LEVERS_SUMMARY') continue;
      explanation.set(`${e.code}\u0000${paramsKey(e.params)}`, e);
    }
  }
  // One pass over the lines for every kind's hours, each summed in line order as a filter-then-sum would.
  const hoursOfKind = new Map<LeverLine['kind'], number>();
  for (const l of lines) hoursOfKind.set(l.kind, (hoursOfKind.get(l.kind) ?? 0) + l.hours);
  const sumKind = (kind: LeverLine['kind']) => round2(hoursOfKind.get(kind) ?? 0);
  const summary: LeverReason = {
    code: 'LEVERS_SUMMARY',
    params: {
      overtimeHours: sumKind('overtime'),
      tempHours: sumKind('temp'),
      shiftExtensionHours: sumKind('shift_extension'),
      backlogHours: sumKind('backlog'),
      uncoveredHours: sumKind('uncovered'),
    },
  };

  // Temp order: per day × shift × qualification, heads = ceil(hours ÷ hours a person works on that shift).
  const order = new Map<string, TempOrderLine>();
  for (const l of lines) {
    if (l.kind !== 'temp') continue;
    const key = `${l.day}|${l.shift}|${l.qualification}`;
    const o = order.get(key) ?? {
      date: l.day,
      shift: l.shift,
      qualification: l.qualification,
      headcount: 0,
      hours: 0,
    };
    o.hours += l.hours;
    order.set(key, o);
  }
  const tempOrder = [...order.values()]
    .map((o) => ({
      ...o,
      hours: round2(o.hours),
      headcount: Math.ceil(o.hours / (a.shiftHours[o.shift] ?? 1) - 1e-6),
    }))
    .sort(
      (x, y) => cmp(x.date, y.date) || byShiftKey(x.shift, y.shift) || cmp(x.qualification, y.qualification),
    );

  // Totals. Own staff cost: the hours they cover (needed, up to what is available) at their qualification's rate.
  const rateOf = new Map<string, Rate>(a.inputs.rates.map((r) => [r.qualification, r]));
  let staffCost = 0;
  for (const g of a.gapRows) {
    const length = a.shiftHours[g.shift] ?? 0;
    const rate = rateOf.get(g.qualification)?.loadedHourlyCostCents ?? 0;
    staffCost += Math.min(g.needed, g.available) * length * rate;
  }
  staffCost = Math.round(staffCost);
  const hours = round2(days.reduce((s, d) => s + d.activities.reduce((t, x) => t + x.hours, 0), 0));
  return {
    siteId: a.siteId,
    from,
    to,
    weeks: a.request.weeks,
    scenario: { ...a.request.scenario, absenteeismPct: Math.round(a.absenteeism * 1e6) / 1e6 },
    forecastVersionIds: a.inputs.forecastVersionIds,
    days,
    heatmap,
    levers: {
      status,
      totalCostCents: leversCost,
      lines,
      explanation: [summary, ...explanation.values()].map((e) => {
        const params = namedParams(e.params, names);
        return { code: e.code, params: plainParams(params), message: reasonSentence(e.code, params) };
      }),
    },
    tempOrder,
    totals: {
      hours,
      overtimeHours: sumKind('overtime'),
      tempHours: sumKind('temp'),
      shiftExtensionHours: sumKind('shift_extension'),
      uncoveredHours: sumKind('uncovered'),
      cost: staffCost + leversCost,
      staffCostCents: staffCost,
      leversCostCents: leversCost,
      peakDays: days.filter((d) => d.peak).length,
      shortageHeadcount: a.gapRows.reduce((s, g) => s + Math.max(g.gap, 0), 0),
    },
    issues: issueMessages(lang, a.rawIssues),
  };
}

/**
 * A week's levers as the plan shows them: lines named and worded (dust left out, and its cost with it), the week's
 * reasons still to be merged with the other weeks'.
 */
interface FinishedWeek {
  status: WeekLevers['status'];
  costCents: number;
  lines: PlanLeverLine[];
  explanation: LeverReason[];
}

function finishedWeek(
  w: WeekLevers,
  names: ReadonlyMap<string, string>,
  reasonSentence: (code: string, params: Readonly<Record<string, unknown>>) => string,
): FinishedWeek {
  let costCents = w.totalCostCents;
  const lines: PlanLeverLine[] = [];
  for (const l of w.lines) {
    if (l.hours < MIN_LINE_HOURS) costCents -= l.costCents;
    else lines.push(leverLine(l, names, reasonSentence));
  }
  return { status: w.status, costCents, lines, explanation: w.explanation };
}

/** Lines shorter than this (hours) are not listed: splitting a class of people and the LP's tolerances leave dust. */
export const MIN_LINE_HOURS = 0.05;

/** A reason's params as a person reads them: the employee by name, their id kept beside it. */
function namedParams(
  params: Readonly<Record<string, string | number>>,
  names: ReadonlyMap<string, string>,
): Record<string, string | number> {
  const id = params.employee;
  const name = typeof id === 'string' ? names.get(id) : undefined;
  return name === undefined ? params : { ...params, employee: name, employeeId: id as string };
}

function leverLine(
  l: LeverLine,
  names: ReadonlyMap<string, string>,
  reasonSentence: (code: string, params: Readonly<Record<string, unknown>>) => string,
): PlanLeverLine {
  const employeeName = l.employeeId !== undefined ? names.get(l.employeeId) : undefined;
  const params =
    employeeName !== undefined ? { ...l.reason.params, employee: employeeName } : l.reason.params;
  return {
    kind: l.kind,
    day: l.day,
    shift: l.shift,
    qualification: l.qualification,
    ...(l.employeeId !== undefined ? { employeeId: l.employeeId } : {}),
    ...(employeeName !== undefined ? { employeeName } : {}),
    hours: round2(l.hours),
    costCents: l.costCents,
    reason: l.reason,
    message: reasonSentence(l.reason.code, params),
  };
}
