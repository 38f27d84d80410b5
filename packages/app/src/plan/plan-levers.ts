// The levers of a plan, one week at a time: overtime capacity per person from their counters, then the HiGHS LP.
import {
  type Absence,
  type AvailabilityRules,
  absentOn,
  addDays,
  canCover,
  contractActiveOn,
  DEFAULT_OVERTIME_LIMITS,
  DomainError,
  type Employee,
  type IsoDate,
  isoWeekday,
  isWorkingDay,
  overtimeCapacity,
  overtimeWeekStart,
  quotaHoursOfWeek,
  quotaPeriodOfWeek,
  type Rate,
  type SiteCalendar,
} from '@logipilot/domain';
import {
  finishLevers,
  type LeverGap,
  type LeverLine,
  type LeverOptions,
  type LeverPerson,
  type LeverReason,
  type PreparedLevers,
  prepareLevers,
  type SolveOutcome,
} from '@logipilot/solvers/levers/index';

/** Days of notice an agency needs, the service level and the other lever settings of a plan. */
export const PLAN_LEVER_OPTIONS: Omit<LeverOptions, 'planStart'> = {
  tempLeadTimeDays: 2,
  // The availability rules' ramp-up (fte.ts DEFAULT_RAMP_UP) day by day: 50 %, 75 % ×2, 90 % ×2, then full pace.
  tempRampUp: [0.5, 0.75, 0.75, 0.9, 0.9, 1],
  tempMinHoursPerDay: 0,
  shiftExtensionMaxHours: 1,
  backlogMaxShareNextDay: 0.1,
  serviceLevel: 0.98,
};

/** The 12-week average reads this many days before each week. */
const HISTORY_DAYS = DEFAULT_OVERTIME_LIMITS.averageWindowWeeks * 7;

export interface WeekLeversInput {
  weekDays: IsoDate[];
  gaps: LeverGap[];
  employees: readonly Employee[];
  absences: readonly Absence[];
  rates: readonly Rate[];
  calendar: SiteCalendar;
  shiftHours: Record<string, number>;
  availabilityRules: Pick<AvailabilityRules, 'roleCoverage'>;
  planStart: IsoDate;
  timeLimitSeconds: number;
}

export interface WeekLevers {
  status: 'optimal' | 'infeasible' | 'time_limit';
  totalCostCents: number;
  lines: LeverLine[];
  explanation: LeverReason[];
}

/**
 * Worked hours per person and day, carried from week to week: before the plan the contract is assumed worked
 * (no timesheets yet), inside it the contract spread over the days the person is rostered, plus the overtime the LP
 * gave. The quota counter per reference period is carried alongside, so each week's LP sees the year so far.
 */
export class WorkedHoursLedger {
  /** Every day from 12 weeks before the plan on, by offset: one date computation per day, not per person-week. */
  private readonly dayList: IsoDate[] = [];
  private readonly hours = new Map<string, Float64Array>();
  private readonly quotaUsed = new Map<string, Map<string, number>>();
  private readonly firstDay: IsoDate;
  private readonly working = new Map<string, boolean>();
  private readonly absencesOf = new Map<string, Absence[]>();
  private readonly offsetOf = new Map<string, number>();
  private readonly weekdays: number[] = [];
  /** Each person's regular week, asked by the week's LP and again when the week closes. */
  private readonly plannedOf = new WeakMap<Employee, Map<string, { day: string; hours: number }[]>>();
  constructor(
    planStart: IsoDate,
    private readonly calendar: SiteCalendar,
    absences: readonly Absence[],
    planDays: number,
  ) {
    this.firstDay = addDays(planStart, -HISTORY_DAYS);
    for (let i = 0; i < HISTORY_DAYS + planDays + 7; i++) {
      const day = addDays(this.firstDay, i);
      this.dayList.push(day);
      this.offsetOf.set(day, i);
      this.weekdays.push(isoWeekday(day));
    }
    for (const a of absences) {
      const list = this.absencesOf.get(a.employeeId);
      if (list) list.push(a);
      else this.absencesOf.set(a.employeeId, [a]);
    }
  }

  private weekdayOf(day: string): number {
    const i = this.offsetOf.get(day);
    return i === undefined ? isoWeekday(day) : (this.weekdays[i] ?? isoWeekday(day));
  }

  private isWorking(day: string): boolean {
    let w = this.working.get(day);
    if (w === undefined) {
      w = isWorkingDay(this.calendar, day as IsoDate);
      this.working.set(day, w);
    }
    return w;
  }

  private offset(day: string): number {
    const known = this.offsetOf.get(day);
    if (known !== undefined) return known;
    return Math.round(
      (Date.parse(`${day}T00:00:00Z`) - Date.parse(`${this.firstDay}T00:00:00Z`)) / 86_400_000,
    );
  }

  private personDays(e: Employee): Float64Array {
    let m = this.hours.get(e.id);
    if (!m) {
      m = new Float64Array(this.dayList.length);
      // Before the plan: the contract, spread over the week (the domain's own assumption without history).
      m.fill(e.weeklyHours / 7, 0, HISTORY_DAYS);
      this.hours.set(e.id, m);
    }
    return m;
  }

  /** Regular hours on each day of a plan week: the contract over the days the person works and the site is open. */
  plannedWeek(e: Employee, weekDays: readonly IsoDate[]): { day: string; hours: number }[] {
    const key = weekDays.join(',');
    let weeks = this.plannedOf.get(e);
    const known = weeks?.get(key);
    if (known) return known;
    const worked = weekDays.filter(
      (d) =>
        contractActiveOn(e.contract, d) &&
        e.availability.weekdays.includes(this.weekdayOf(d)) &&
        this.isWorking(d) &&
        absentOn(this.absencesOf.get(e.id) ?? [], e.id, d) === null,
    );
    const rostered = Math.max(e.availability.weekdays.length, 1);
    const planned = worked.map((day) => ({ day, hours: e.weeklyHours / rostered }));
    if (!weeks) {
      weeks = new Map();
      this.plannedOf.set(e, weeks);
    }
    // Only the latest week is kept: weeks are planned in order and never asked again once closed.
    weeks.clear();
    weeks.set(key, planned);
    return planned;
  }

  /**
   * Hours worked on the 12 weeks before `weekStart`, read in place rather than copied into a list per call (a plan
   * asks this of every person every week): a day outside that window, or before the ledger, reads 0 h.
   */
  historyReader(e: Employee, weekStart: IsoDate): (day: string) => number {
    const m = this.personDays(e);
    const end = this.offset(weekStart);
    const from = Math.max(end - HISTORY_DAYS, 0);
    const last = Math.min(end, this.dayList.length);
    return (day) => {
      const i = this.offset(day);
      return i >= from && i < last ? (m[i] ?? 0) : 0;
    };
  }

  /**
   * The hours of the 12 weeks before `weekStart` as a view on the ledger (no copy), or null when the window reaches
   * before the ledger's first day. Two people with equal views have equal `historyReader` answers.
   */
  historyWindow(e: Employee, weekStart: IsoDate): Float64Array | null {
    const end = this.offset(weekStart);
    if (end - HISTORY_DAYS < 0 || end > this.dayList.length) return null;
    return this.personDays(e).subarray(end - HISTORY_DAYS, end);
  }

  /** Overtime of the quota period before `weekStart` that the plan itself added (the contract adds none). */
  quotaBefore(e: Employee, weekStart: IsoDate): number {
    return this.quotaUsed.get(e.id)?.get(quotaPeriodOfWeek(weekStart, DEFAULT_OVERTIME_LIMITS)) ?? 0;
  }

  /** Records a finished week: regular plus overtime hours, and the quota hours they use. */
  close(
    e: Employee,
    weekStart: IsoDate,
    planned: readonly { day: string; hours: number }[],
    weekDays: readonly IsoDate[],
    overtime: ReadonlyMap<string, number> | undefined,
  ): void {
    const m = this.personDays(e);
    let total = 0;
    const plannedOn = new Map(planned.map((p) => [p.day, p.hours]));
    for (const d of weekDays) {
      const h = (plannedOn.get(d) ?? 0) + (overtime?.get(d) ?? 0);
      m[this.offset(d)] = h;
      total += h;
    }
    const used = quotaHoursOfWeek(total, e.weeklyHours, DEFAULT_OVERTIME_LIMITS);
    if (used > 0) {
      const period = quotaPeriodOfWeek(weekStart, DEFAULT_OVERTIME_LIMITS);
      const q = this.quotaUsed.get(e.id) ?? new Map<string, number>();
      q.set(period, (q.get(period) ?? 0) + used);
      this.quotaUsed.set(e.id, q);
    }
  }
}

/** The rate line a person is paid at: their job role's, else none (the LP then prices by qualification). */
function rateQualificationOf(e: Employee, rates: ReadonlySet<string>): string | undefined {
  return rates.has(e.jobRole) ? e.jobRole : undefined;
}

type Capacity = ReturnType<typeof overtimeCapacity>;

const r6 = (x: number) => Math.round(x * 1e6) / 1e6;

/** Everything the LP sees of a person; people with the same signature are interchangeable in the week's LP. */
function signature(
  qualifications: readonly string[],
  rateQualification: string | undefined,
  c: Capacity,
): string {
  // Built by hand rather than through JSON.stringify (a plan asks it thousands of times); the free-form parts (the
  // qualifications and rate) still go through JSON, the rest are codes, ISO dates and numbers that hold no separator.
  return `${JSON.stringify(qualifications)}${JSON.stringify(rateQualification ?? null)}${capacityKey(c)}`;
}

/** The capacity's part of a signature, once per capacity: CapacityMemo hands equal people the same object. */
const capacityKeys = new WeakMap<Capacity, string>();

function capacityKey(c: Capacity): string {
  const known = capacityKeys.get(c);
  if (known !== undefined) return known;
  let key = '|D';
  for (const d of c.capacityByDay) {
    key += `;${d.day},${r6(d.maxExtraHours)}`;
    for (const t of d.tiers) key += `,${t.kind}:${r6(t.hours)}`;
  }
  key += '|L';
  for (const l of c.sharedLimits) key += `;${l.code},${r6(l.maxExtraHours)},${l.days.join(',')}`;
  key += '|W';
  for (const w of c.weeklyTiers) {
    key += `;${w.weekStart}`;
    for (const t of w.tiers) key += `,${t.kind}:${r6(t.hours)}`;
  }
  key += '|Q';
  for (const q of c.quotas) key += `;${q.periodStart},${r6(q.remainingHours)},${q.hard}`;
  capacityKeys.set(c, key);
  return key;
}

/** n identical people as one LP person: every capacity, tier and budget × n (the LP is linear, so it is exact). */
function scaledPerson(
  id: string,
  qualifications: string[],
  rateQualification: string | undefined,
  c: Capacity,
  n: number,
): LeverPerson {
  // One member: every figure × 1 is itself, so the capacity's own (never mutated) entries serve as they are.
  if (n === 1) {
    return {
      employeeId: id,
      qualifications,
      ...(rateQualification !== undefined ? { rateQualification } : {}),
      capacityByDay: c.capacityByDay,
      sharedLimits: c.sharedLimits,
      weeklyTiers: c.weeklyTiers,
      quotas: c.quotas,
    };
  }
  const tiers = <T extends { hours: number }>(ts: readonly T[]) =>
    ts.map((t) => ({ ...t, hours: t.hours * n }));
  return {
    employeeId: id,
    qualifications,
    ...(rateQualification !== undefined ? { rateQualification } : {}),
    capacityByDay: c.capacityByDay.map((d) => ({
      ...d,
      maxExtraHours: d.maxExtraHours * n,
      tiers: tiers(d.tiers),
    })),
    sharedLimits: c.sharedLimits.map((l) => ({ ...l, maxExtraHours: l.maxExtraHours * n })),
    weeklyTiers: c.weeklyTiers.map((w) => ({ ...w, tiers: tiers(w.tiers) })),
    quotas: c.quotas.map((q) => ({ ...q, remainingHours: q.remainingHours * n })),
  };
}

/** A class's overtime line split evenly over its members, each line naming its person. */
function splitLines(
  lines: readonly LeverLine[],
  members: ReadonlyMap<string, readonly string[]>,
): LeverLine[] {
  const out: LeverLine[] = [];
  for (const l of lines) {
    const ids = l.employeeId === undefined ? undefined : members.get(l.employeeId);
    if (!ids || ids.length <= 1) {
      out.push(l);
      continue;
    }
    const n = ids.length;
    for (const id of ids) {
      out.push({
        ...l,
        employeeId: id,
        hours: l.hours / n,
        costCents: Math.round(l.costCents / n),
        reason: {
          ...l.reason,
          params: {
            ...l.reason.params,
            employee: id,
            ...(typeof l.reason.params.hours === 'number' ? { hours: l.reason.params.hours / n } : {}),
          },
        },
      });
    }
  }
  return out;
}

/** Hour params of a class's reasons: the class's total, which its members share evenly. */
const CLASS_HOUR_PARAMS = ['usedHours', 'hoursBeyond', 'restHours'] as const;

/** A reason about a class of people becomes one reason per member, naming them, with their share of its hours. */
function splitExplanation(
  reasons: readonly LeverReason[],
  members: ReadonlyMap<string, readonly string[]>,
): LeverReason[] {
  const out: LeverReason[] = [];
  for (const r of reasons) {
    const id = r.params.employee;
    const ids = typeof id === 'string' ? members.get(id) : undefined;
    if (!ids || ids.length <= 1) {
      out.push(r);
      continue;
    }
    const n = ids.length;
    const shares: Record<string, number> = {};
    for (const key of CLASS_HOUR_PARAMS) {
      const value = r.params[key];
      if (typeof value === 'number') shares[key] = Math.round((value / n) * 100) / 100;
    }
    for (const member of ids) out.push({ ...r, params: { ...r.params, employee: member, ...shares } });
  }
  return out;
}

/**
 * One week's capacities by everything overtimeCapacity reads of a person: contract, roster, contract hours, quota
 * counter, planned hours, and the 12 weeks of history compared day by day. People hired together on the same
 * terms read the same inputs week after week; the week's calendar, horizon and history start are the same for all.
 * Only the week's figures are taken from a shared result, never its employee id.
 */
class CapacityMemo {
  private readonly byKey = new Map<string, { history: Float64Array; capacity: Capacity }[]>();

  get(
    e: Employee,
    planned: readonly { day: string; hours: number }[],
    ledger: WorkedHoursLedger,
    weekStart: IsoDate,
    weekDays: readonly IsoDate[],
    compute: () => Capacity,
  ): Capacity {
    const history = ledger.historyWindow(e, weekStart);
    if (!history) return compute();
    const c = e.contract;
    // The contract's dates matter only through the days of the week it covers.
    let active = '';
    for (const d of weekDays) active += contractActiveOn(c, d) ? '1' : '0';
    let key = JSON.stringify([
      c.kind,
      c.agency ?? null,
      active,
      e.availability.weekdays,
      e.weeklyHours,
      ledger.quotaBefore(e, weekStart),
    ]);
    for (const p of planned) key += `|${p.day}:${p.hours}`;
    const candidates = this.byKey.get(key);
    if (candidates) {
      for (const known of candidates) if (sameHours(known.history, history)) return known.capacity;
    }
    const capacity = compute();
    if (candidates) candidates.push({ history, capacity });
    else this.byKey.set(key, [{ history, capacity }]);
    return capacity;
  }
}

function sameHours(a: Float64Array, b: Float64Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Whether a full-timer's annual quota leaves no extra hour on any day of a single-week horizon: the headroom
 * overtimeCapacity gives every open day, 35 h − week + quota left, computed with the same operations, is ≤ 0, so
 * every day's capacity would be 0 and the person left out. A third of a large plan's capacity calls end so.
 */
function quotaExhausted(e: Employee, planned: readonly { hours: number }[], before: number): boolean {
  const limits = DEFAULT_OVERTIME_LIMITS;
  if (limits.allowBeyondQuota || e.weeklyHours < limits.legalWeeklyHours) return false;
  let total = 0;
  for (const p of planned) total += p.hours;
  const remaining = limits.annualQuotaHours - (before + quotaHoursOfWeek(total, e.weeklyHours, limits));
  return Math.max(limits.legalWeeklyHours - total, 0) + remaining <= 0;
}

/**
 * One week's LP: the people who could cover a short qualification that week, with their capacity from the ledger.
 * Temps do no overtime on our side (overtime-capacity.ts), so they are left out before the capacity is computed.
 * People whose capacity is identical (same qualifications, contract, roster and counters) enter the LP as one
 * class with n × every limit, then share its hours evenly, which keeps them identical in the weeks that follow: a
 * large site's 150 people make a few dozen classes, and the LP stays small.
 */
export function prepareWeekLevers(input: WeekLeversInput, ledger: WorkedHoursLedger): PreparedWeek {
  const short = input.gaps.filter((g) => g.gap > 1e-9);
  if (short.length === 0) return { levers: null, members: new Map() };
  const weekStart = overtimeWeekStart(input.weekDays[0] ?? input.planStart);
  const shortQualifications = [...new Set(short.map((g) => g.qualification))].sort();
  const rateKeys = new Set(input.rates.map((r) => r.qualification));
  const plannedOf = new Map<string, { day: string; hours: number }[]>();
  const planned = (e: Employee) => {
    let p = plannedOf.get(e.id);
    if (!p) {
      p = ledger.plannedWeek(e, input.weekDays);
      plannedOf.set(e.id, p);
    }
    return p;
  };
  const classes = new Map<
    string,
    { ids: string[]; qualifications: string[]; rate: string | undefined; capacity: Capacity }
  >();
  const historyFrom = addDays(weekStart, -HISTORY_DAYS);
  // A week lying inside one ISO week from its Monday has one quota period, and its hours are the planned ones.
  const lastDay = input.weekDays[input.weekDays.length - 1];
  const singleWeek =
    input.weekDays[0] === weekStart && lastDay !== undefined && overtimeWeekStart(lastDay) === weekStart;
  const sameCapacity = new CapacityMemo();
  for (const e of input.employees) {
    if (e.contract.kind === 'temp') continue;
    const day = input.weekDays.find((d) => contractActiveOn(e.contract, d));
    if (day === undefined) continue;
    const qualifications = shortQualifications.filter((q) => canCover(e, q, day, input.availabilityRules));
    if (qualifications.length === 0) continue;
    if (singleWeek && quotaExhausted(e, planned(e), ledger.quotaBefore(e, weekStart))) continue;
    const capacity = sameCapacity.get(e, planned(e), ledger, weekStart, input.weekDays, () =>
      overtimeCapacity({
        employee: e,
        contractHours: e.weeklyHours,
        history: [],
        historyHours: ledger.historyReader(e, weekStart),
        historyFrom,
        overtimeBeforePlanHours: ledger.quotaBefore(e, weekStart),
        plannedHours: planned(e),
        calendar: input.calendar,
        horizon: input.weekDays,
      }),
    );
    if (!capacity.capacityByDay.some((c) => c.maxExtraHours > 1e-9)) continue;
    const rate = rateQualificationOf(e, rateKeys);
    const key = signature(qualifications, rate, capacity);
    const known = classes.get(key);
    if (known) known.ids.push(e.id);
    else classes.set(key, { ids: [e.id], qualifications, rate, capacity });
  }
  const members = new Map<string, string[]>();
  const people: LeverPerson[] = [];
  for (const c of classes.values()) {
    const id = c.ids[0] ?? '';
    members.set(id, c.ids);
    people.push(scaledPerson(id, c.qualifications, c.rate, c.capacity, c.ids.length));
  }
  const levers = prepareLevers({
    gaps: input.gaps.filter((g) => g.gap > 1e-9 || g.needed > 0),
    people,
    rates: input.rates,
    shiftHours: input.shiftHours,
    options: { ...PLAN_LEVER_OPTIONS, planStart: input.planStart },
    timeLimitSeconds: input.timeLimitSeconds,
    seed: 1,
  });
  return { levers, members };
}

/** A week's LP ready for a solver, and the members of each class of people it holds (by the class's first id). */
export interface PreparedWeek {
  /** Null when no gap of the week is short: there is nothing to solve. */
  levers: PreparedLevers | null;
  members: ReadonlyMap<string, readonly string[]>;
}

/** A week's answer as lines and reasons per person, each class's hours shared evenly by its members. */
export function finishWeekLevers(week: PreparedWeek, outcome: SolveOutcome | null): WeekLevers {
  if (!week.levers) return { status: 'optimal', totalCostCents: 0, lines: [], explanation: [] };
  const result = finishLevers(week.levers, outcome);
  return {
    ...result,
    lines: splitLines(result.lines, week.members),
    explanation: splitExplanation(result.explanation, week.members),
  };
}

const round6 = (x: number): number => Math.round(x * 1e6) / 1e6;

/**
 * Overtime hours per employee and day of a week's answer, read from the solution without explaining it (the next
 * week's capacities wait for these figures, the explanation need not): the same hours, summed in the same order, as
 * `overtimeByEmployee(finishWeekLevers(week, outcome).lines)`.
 */
export function weekOvertime(
  week: PreparedWeek,
  outcome: SolveOutcome | null,
): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>();
  const levers = week.levers;
  if (!levers || !outcome || outcome.values.size === 0) return out;
  // As the explanation rounds a value: to the millionth, and nothing below it.
  const v = (name: string): number => {
    const r = round6(outcome.values.get(name) ?? 0);
    return r > 1e-6 ? r : 0;
  };
  for (const pd of levers.meta.personDays) {
    if (pd.tiers.reduce((s, t) => s + v(t.name), 0) <= 1e-6) continue;
    const ids = week.members.get(pd.employeeId) ?? [pd.employeeId];
    const n = ids.length;
    for (const a of pd.allocations) {
      const hours = v(a.name);
      if (hours <= 0 || !levers.meta.rows[a.gapIndex]?.gap) continue;
      const share = n <= 1 ? hours : hours / n;
      for (const id of ids) {
        let byDay = out.get(id);
        if (!byDay) {
          byDay = new Map();
          out.set(id, byDay);
        }
        byDay.set(pd.day, (byDay.get(pd.day) ?? 0) + share);
      }
    }
  }
  return out;
}

/** Overtime hours per employee and day in a week's lines. */
export function overtimeByEmployee(lines: readonly LeverLine[]): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>();
  for (const l of lines) {
    if (l.kind !== 'overtime' || l.employeeId === undefined) continue;
    const m = out.get(l.employeeId) ?? new Map<string, number>();
    m.set(l.day, (m.get(l.day) ?? 0) + l.hours);
    out.set(l.employeeId, m);
  }
  return out;
}

export function assertNotAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new DomainError('PLAN_CANCELLED');
}
