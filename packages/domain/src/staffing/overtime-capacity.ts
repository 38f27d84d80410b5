// Per-person overtime capacity: the extra hours each plan day can take without breaking any working-time limit.
import { type DayStatus, dayStatus, type SiteCalendar } from '../shared/calendar.ts';
import { addDays, isoWeekday } from '../shared/dates.ts';
import type { IsoDate } from '../shared/units.ts';
import { contractActiveOn, type Employee } from './employee.ts';

/**
 * Working-time limits (handbook labour.md §1). Every figure is a legal default that an agreement may move, hence
 * a parameter. `companySize` selects the compulsory rest (contrepartie obligatoire en repos) beyond the quota.
 */
export interface OvertimeLimits {
  maxDailyHours: number;
  maxWeeklyHours: number;
  maxAverageWeeklyHours: number;
  averageWindowWeeks: number;
  legalWeeklyHours: number;
  /** Hours 36→43: the first overtime tier is 8 hours wide. */
  firstTierHours: number;
  annualQuotaHours: number;
  /** Start of the quota's reference period as `MM-DD`; `01-01` = calendar year. */
  referencePeriodStart: string;
  /** Beyond the quota hours stay possible (works council consulted) but each one gives compulsory rest. */
  allowBeyondQuota: boolean;
  companySize: 'up_to_20' | 'over_20';
  /** Part-timers: complementary hours up to this share of the contract (1/10, 1/3 by agreement). */
  complementaryMaxShare: number;
  /** Share of the contract paid at the first complementary premium (the legal 1/10). */
  complementaryFirstTierShare: number;
  /** A part-timer's week must stay below the legal 35 h; the quarter hour is the planning granularity. */
  partTimeCeilingHours: number;
  premiums: {
    overtimeFirst: number;
    overtimeSecond: number;
    complementaryFirst: number;
    complementarySecond: number;
  };
  /** Temps do overtime on the agency's side; we plan none unless the mission allows it. */
  tempOvertimeAllowed: boolean;
}

export const DEFAULT_OVERTIME_LIMITS: OvertimeLimits = {
  maxDailyHours: 10,
  maxWeeklyHours: 48,
  maxAverageWeeklyHours: 44,
  averageWindowWeeks: 12,
  legalWeeklyHours: 35,
  firstTierHours: 8,
  annualQuotaHours: 220,
  referencePeriodStart: '01-01',
  allowBeyondQuota: false,
  companySize: 'over_20',
  complementaryMaxShare: 0.1,
  complementaryFirstTierShare: 0.1,
  partTimeCeilingHours: 34.75,
  premiums: { overtimeFirst: 0.25, overtimeSecond: 0.5, complementaryFirst: 0.1, complementarySecond: 0.25 },
  tempOvertimeAllowed: false,
};

export type HourTierKind =
  | 'regular'
  | 'complementary_first'
  | 'complementary_second'
  | 'overtime_first'
  | 'overtime_second';

/** A slice of extra hours paid at one premium; `countsTowardQuota` for overtime proper (beyond 35 h). */
export interface HourTier {
  kind: HourTierKind;
  premium: number;
  hours: number;
  countsTowardQuota: boolean;
}

export interface OvertimeReason {
  code: string;
  params: Record<string, string | number>;
}

export interface OvertimeDayCapacity {
  day: IsoDate;
  maxExtraHours: number;
  /** Tiers of this day's extra hours if no other day of the week takes any. */
  tiers: HourTier[];
  /** The limits that bind this day (or why it is closed to overtime). */
  explain: OvertimeReason[];
}

/** A limit shared by several days: Σ extra hours over `days` ≤ `maxExtraHours`. */
export interface OvertimeSharedLimit {
  code: 'OVERTIME_WEEKLY_LIMIT' | 'COMPLEMENTARY_HOURS_LIMIT' | 'OVERTIME_AVERAGE_LIMIT';
  days: IsoDate[];
  maxExtraHours: number;
  params: Record<string, string | number>;
}

/** The premium tiers of one calendar week's extra hours, all days together. */
export interface OvertimeWeekTiers {
  weekStart: IsoDate;
  days: IsoDate[];
  tiers: HourTier[];
}

/** The annual quota left for the days of one reference period; `hard` when going beyond is not allowed. */
export interface OvertimeQuotaBudget {
  periodStart: IsoDate;
  days: IsoDate[];
  remainingHours: number;
  hard: boolean;
  /** Compulsory rest per overtime hour beyond the quota (0.5 or 1). */
  restRate: number;
}

export interface OvertimeCapacity {
  employeeId: string;
  capacityByDay: OvertimeDayCapacity[];
  sharedLimits: OvertimeSharedLimit[];
  weeklyTiers: OvertimeWeekTiers[];
  quotas: OvertimeQuotaBudget[];
  explain: OvertimeReason[];
}

export interface OvertimeCapacityInput {
  employee: Pick<Employee, 'id' | 'contract' | 'availability'>;
  /** Contractual weekly hours. */
  contractHours: number;
  /** Hours worked on the days before the plan (≥ 12 weeks when available). */
  history: readonly { day: string; hoursWorked: number }[];
  /**
   * The history as a lookup, for callers that keep hours indexed by day: when given, `history` is not read and
   * `historyFrom` is required (a plan asks this for every person every week; copying the history per call cost).
   */
  historyHours?: (day: string) => number;
  /** First day the history covers (a day without a row then means 0 h); default: its earliest row. */
  historyFrom?: string;
  /** Overtime already counted in the quota's reference period before the plan's first week (payroll counter). */
  overtimeBeforePlanHours?: number;
  /** Hours already planned in the horizon (and on later days of its weeks). */
  plannedHours: readonly { day: string; hours: number }[];
  calendar: SiteCalendar;
  horizon: readonly IsoDate[];
  limits?: Partial<OvertimeLimits>;
}

const EPS = 1e-9;
const round6 = (x: number): number => Math.round(x * 1e6) / 1e6;

/*
 * A plan computes the capacity of every person for every week: tens of thousands of calls, each stepping through
 * 12 weeks of days. Dates go through day numbers (days since 1970-01-01) remembered in both directions instead of a
 * Date object per step; the few thousand days a plan touches stay in memory, and the tables are cleared if ever
 * they grow past any plausible horizon.
 */
const MS_PER_DAY = 86_400_000;
const MAX_REMEMBERED_DAYS = 100_000;
const numberOfDay = new Map<string, number>();
const dayOfNumber = new Map<number, IsoDate>();

function dayNumber(day: string): number {
  let n = numberOfDay.get(day);
  if (n === undefined) {
    n = Date.parse(`${day}T00:00:00Z`) / MS_PER_DAY;
    if (!Number.isInteger(n)) return Number.NaN;
    if (numberOfDay.size >= MAX_REMEMBERED_DAYS) numberOfDay.clear();
    numberOfDay.set(day, n);
  }
  return n;
}

/** `addDays`, remembered; a day that is not an ISO date goes to `addDays` itself, which reports it as it always has. */
function shiftDay(day: string, n: number): IsoDate {
  const base = dayNumber(day);
  if (Number.isNaN(base)) return addDays(day, n);
  const target = base + n;
  let out = dayOfNumber.get(target);
  if (out === undefined) {
    out = addDays(day, n);
    if (dayOfNumber.size >= MAX_REMEMBERED_DAYS) dayOfNumber.clear();
    dayOfNumber.set(target, out);
  }
  return out;
}

const weeksFrom = new Map<string, readonly IsoDate[]>();

/** The seven days from `day` on, remembered: the 12-week average reads the same weeks for every person. */
function sevenDaysFrom(day: string): readonly IsoDate[] {
  let days = weeksFrom.get(day);
  if (!days) {
    days = [0, 1, 2, 3, 4, 5, 6].map((i) => shiftDay(day, i));
    if (weeksFrom.size >= MAX_REMEMBERED_DAYS) weeksFrom.clear();
    weeksFrom.set(day, days);
  }
  return days;
}

/** `isoWeekday`, from the day number: 1970-01-01 was a Thursday. */
function weekdayOf(day: string): number {
  const n = dayNumber(day);
  if (Number.isNaN(n)) return isoWeekday(day);
  return ((((n + 3) % 7) + 7) % 7) + 1;
}

/** Day statuses per calendar: a calendar is a parsed value, never mutated, so its days' statuses never change. */
const statusesOf = new WeakMap<SiteCalendar, Map<string, DayStatus>>();

function cachedDayStatus(calendar: SiteCalendar, day: IsoDate): DayStatus {
  let statuses = statusesOf.get(calendar);
  if (!statuses) {
    statuses = new Map();
    statusesOf.set(calendar, statuses);
  }
  let status = statuses.get(day);
  if (status === undefined) {
    status = dayStatus(calendar, day);
    statuses.set(day, status);
  }
  return status;
}

/** Monday of the ISO week holding `day`. */
export function overtimeWeekStart(day: string): IsoDate {
  return shiftDay(day, 1 - weekdayOf(day));
}

/** Full-timers do overtime (beyond 35 h); part-timers do complementary hours and stay below 35 h. */
export function isPartTimeContract(contractHours: number, limits: OvertimeLimits): boolean {
  return contractHours < limits.legalWeeklyHours;
}

/** Compulsory rest per hour beyond the quota: 50 % up to 20 employees, 100 % above (L3121-30/-38). */
export function compulsoryRestRate(limits: Pick<OvertimeLimits, 'companySize'>): number {
  return limits.companySize === 'up_to_20' ? 0.5 : 1;
}

/** Start of the quota's reference period holding `day` (calendar year by default). */
export function quotaReferencePeriodStart(
  day: string,
  limits: Pick<OvertimeLimits, 'referencePeriodStart'>,
): IsoDate {
  const year = Number(day.slice(0, 4));
  const thisYear = `${year}-${limits.referencePeriodStart}`;
  return (day >= thisYear ? thisYear : `${year - 1}-${limits.referencePeriodStart}`) as IsoDate;
}

/** Quota period per reference-period start and week start: every person's every day asks it. */
const quotaPeriods = new Map<string, Map<string, IsoDate>>();

/** Weeks belong to the quota period holding their Thursday, as ISO week-numbering does for years. */
export function quotaPeriodOfWeek(
  weekStart: string,
  limits: Pick<OvertimeLimits, 'referencePeriodStart'>,
): IsoDate {
  let periods = quotaPeriods.get(limits.referencePeriodStart);
  if (!periods) {
    periods = new Map();
    quotaPeriods.set(limits.referencePeriodStart, periods);
  }
  let period = periods.get(weekStart);
  if (period === undefined) {
    period = quotaReferencePeriodStart(shiftDay(weekStart, 3), limits);
    if (periods.size >= MAX_REMEMBERED_DAYS) periods.clear();
    periods.set(weekStart, period);
  }
  return period;
}

/** Rule: temps do no overtime on our side unless the mission allows it. */
export function overtimeTempAgencyRule(
  employee: Pick<Employee, 'contract'>,
  limits: Pick<OvertimeLimits, 'tempOvertimeAllowed'>,
): OvertimeReason | null {
  if (employee.contract.kind !== 'temp' || limits.tempOvertimeAllowed) return null;
  return { code: 'OVERTIME_TEMP_AGENCY', params: { agency: employee.contract.agency ?? '' } };
}

/** Rule: no hour outside the contract's dates. */
export function overtimeContractRule(
  employee: Pick<Employee, 'contract'>,
  day: IsoDate,
): OvertimeReason | null {
  return contractActiveOn(employee.contract, day)
    ? null
    : { code: 'OVERTIME_CONTRACT_INACTIVE', params: { day } };
}

/** Rule: 1 May is not worked unless the site's activity cannot stop (L3133-4). */
export function overtimeLabourDayRule(calendar: SiteCalendar, day: IsoDate): OvertimeReason | null {
  if (day.slice(5) !== '05-01' || calendar.continuousOperation) return null;
  return { code: 'OVERTIME_LABOUR_DAY', params: { day } };
}

/** Rule: no extra hour on a day the site does not work (weekly rest, holiday, closure). */
export function overtimeSiteClosedRule(calendar: SiteCalendar, day: IsoDate): OvertimeReason | null {
  const status = cachedDayStatus(calendar, day);
  if (status.kind === 'working' || status.kind === 'solidarity_day') return null;
  if (status.kind === 'public_holiday' && status.worked) return null;
  return { code: 'OVERTIME_SITE_CLOSED', params: { day, status: status.kind } };
}

/** Rule: no extra hour on a weekday the person is not rostered on. */
export function overtimeAvailabilityRule(
  employee: Pick<Employee, 'availability'>,
  day: IsoDate,
): OvertimeReason | null {
  const weekday = weekdayOf(day);
  if (employee.availability.weekdays.includes(weekday)) return null;
  return { code: 'OVERTIME_NOT_AVAILABLE', params: { day, weekday } };
}

/** Rule: at most 10 h of work per civil day (L3121-18). */
export function overtimeDailyHeadroom(
  plannedHours: number,
  limits: Pick<OvertimeLimits, 'maxDailyHours'>,
): number {
  return limits.maxDailyHours - plannedHours;
}

/** The most a week may hold: 48 h for full-timers; contract + complementary share, below 35 h, for part-timers. */
export function overtimeWeeklyCeiling(contractHours: number, limits: OvertimeLimits): number {
  if (!isPartTimeContract(contractHours, limits)) return limits.maxWeeklyHours;
  return Math.min(
    contractHours * (1 + limits.complementaryMaxShare),
    limits.partTimeCeilingHours,
    limits.maxWeeklyHours,
  );
}

/** Rule: 48 h in any week (L3121-20), or the part-time complementary-hours cap (L3123-20). */
export function overtimeWeeklyHeadroom(
  weekHours: number,
  contractHours: number,
  limits: OvertimeLimits,
): { hours: number; code: OvertimeSharedLimit['code'] } {
  const code = isPartTimeContract(contractHours, limits)
    ? 'COMPLEMENTARY_HOURS_LIMIT'
    : 'OVERTIME_WEEKLY_LIMIT';
  return { hours: overtimeWeeklyCeiling(contractHours, limits) - weekHours, code };
}

/** Rule: 44 h on average over any 12 consecutive weeks (L3121-22): the window's total stays ≤ 44 × 12. */
export function overtimeAverageHeadroom(
  windowHours: number,
  limits: Pick<OvertimeLimits, 'maxAverageWeeklyHours' | 'averageWindowWeeks'>,
): number {
  return limits.maxAverageWeeklyHours * limits.averageWindowWeeks - windowHours;
}

/** Overtime hours a week adds to the annual quota: hours beyond 35 for full-timers, none for part-timers. */
export function quotaHoursOfWeek(weekHours: number, contractHours: number, limits: OvertimeLimits): number {
  if (isPartTimeContract(contractHours, limits)) return 0;
  return Math.max(weekHours - limits.legalWeeklyHours, 0);
}

/** Rule: 220 h of overtime per reference period (D3121-24); what is left of it. */
export function overtimeQuotaHeadroom(
  usedHours: number,
  limits: Pick<OvertimeLimits, 'annualQuotaHours'>,
): number {
  return limits.annualQuotaHours - usedHours;
}

/** Premium bands of a week's hours, by position in the week: [from, to) hour → tier. */
function bands(
  contractHours: number,
  limits: OvertimeLimits,
): { from: number; to: number; tier: HourTierKind }[] {
  if (isPartTimeContract(contractHours, limits)) {
    const firstEnd = contractHours * (1 + limits.complementaryFirstTierShare);
    return [
      { from: 0, to: contractHours, tier: 'regular' },
      { from: contractHours, to: firstEnd, tier: 'complementary_first' },
      { from: firstEnd, to: Number.POSITIVE_INFINITY, tier: 'complementary_second' },
    ];
  }
  const legal = limits.legalWeeklyHours;
  return [
    { from: 0, to: legal, tier: 'regular' },
    { from: legal, to: legal + limits.firstTierHours, tier: 'overtime_first' },
    { from: legal + limits.firstTierHours, to: Number.POSITIVE_INFINITY, tier: 'overtime_second' },
  ];
}

function premiumOf(kind: HourTierKind, limits: OvertimeLimits): number {
  const p = limits.premiums;
  if (kind === 'overtime_first') return p.overtimeFirst;
  if (kind === 'overtime_second') return p.overtimeSecond;
  if (kind === 'complementary_first') return p.complementaryFirst;
  if (kind === 'complementary_second') return p.complementarySecond;
  return 0;
}

/**
 * Premium tiers of `extraHours` added to a week already holding `weekHours`: hours 36–43 at +25 %, from the 44th
 * at +50 %; part-timers +10 % within 1/10 of the contract, +25 % beyond (L3121-36, L3123-21).
 */
export function overtimePremiumTiers(
  weekHours: number,
  extraHours: number,
  contractHours: number,
  limits: OvertimeLimits,
): HourTier[] {
  const end = weekHours + Math.max(extraHours, 0);
  const out: HourTier[] = [];
  for (const b of bands(contractHours, limits)) {
    const hours = round6(Math.min(end, b.to) - Math.max(weekHours, b.from));
    if (hours <= EPS) continue;
    const countsTowardQuota = b.tier === 'overtime_first' || b.tier === 'overtime_second';
    out.push({ kind: b.tier, premium: premiumOf(b.tier, limits), hours, countsTowardQuota });
  }
  return out;
}

/** Hours known on every day: history before the plan, planned hours from its first day on. */
function knownHoursReader(input: OvertimeCapacityInput, firstDay: IsoDate) {
  const indexed = input.historyFrom !== undefined ? input.historyHours : undefined;
  const history = new Map<string, number>();
  if (!indexed) for (const h of input.history) history.set(h.day, (history.get(h.day) ?? 0) + h.hoursWorked);
  const historyOn = indexed ?? ((day: string) => history.get(day) ?? 0);
  const planned = new Map<string, number>();
  for (const p of input.plannedHours) planned.set(p.day, (planned.get(p.day) ?? 0) + p.hours);
  const historyFrom = input.historyFrom ?? [...history.keys()].sort()[0] ?? firstDay;
  const assumedPerDay = input.contractHours / 7;
  const assumedDays = new Set<string>();
  const hoursOn = (day: string): number => {
    if (day >= firstDay) return planned.get(day) ?? 0;
    if (day >= historyFrom) return historyOn(day);
    // Without history the contract is assumed worked, spread over the week.
    assumedDays.add(day);
    return assumedPerDay;
  };
  const weekHours = (weekStart: string): number => {
    let total = 0;
    for (const day of sevenDaysFrom(weekStart)) total += hoursOn(day);
    return total;
  };
  return { hoursOn, weekHours, assumedDays, plannedOn: (day: string) => planned.get(day) ?? 0 };
}

function withDefaults(partial: Partial<OvertimeLimits> | undefined): OvertimeLimits {
  // The limits are only read: without overrides every call shares the defaults.
  if (partial === undefined) return DEFAULT_OVERTIME_LIMITS;
  const merged = { ...DEFAULT_OVERTIME_LIMITS, ...partial };
  merged.premiums = { ...DEFAULT_OVERTIME_LIMITS.premiums, ...partial?.premiums };
  return merged;
}

interface Headroom {
  hours: number;
  reason: OvertimeReason;
}

/**
 * Maximum extra hours per plan day for one person, with the shared weekly, 12-week and quota budgets a planner
 * must respect across days, and the premium tiers of those hours.
 *
 * @example overtimeCapacity({ employee, contractHours: 35, history, plannedHours, calendar, horizon })
 *   .capacityByDay[0] // { day: '2025-03-10', maxExtraHours: 3, tiers: [{ kind: 'overtime_first', … }], explain }
 */
export function overtimeCapacity(input: OvertimeCapacityInput): OvertimeCapacity {
  const limits = withDefaults(input.limits);
  const horizon = [...new Set(input.horizon)].sort() as IsoDate[];
  const employeeId = input.employee.id;
  const firstDay = horizon[0];
  if (firstDay === undefined) {
    return { employeeId, capacityByDay: [], sharedLimits: [], weeklyTiers: [], quotas: [], explain: [] };
  }
  const known = knownHoursReader(input, firstDay);
  const C = input.contractHours;

  const weeks = [...new Set(horizon.map(overtimeWeekStart))].sort() as IsoDate[];
  const daysOfWeek = new Map<string, IsoDate[]>(
    weeks.map((w) => [w, horizon.filter((d) => overtimeWeekStart(d) === w)]),
  );
  const weekTotal = new Map<string, number>(weeks.map((w) => [w, known.weekHours(w)]));

  // Weekly ceilings and tiers.
  const sharedLimits: OvertimeSharedLimit[] = [];
  const weeklyTiers: OvertimeWeekTiers[] = [];
  const weekHeadroom = new Map<string, Headroom>();
  for (const w of weeks) {
    const total = weekTotal.get(w) ?? 0;
    const head = overtimeWeeklyHeadroom(total, C, limits);
    const max = round6(Math.max(head.hours, 0));
    const params = {
      week: w,
      ceiling: round6(overtimeWeeklyCeiling(C, limits)),
      plannedHours: round6(total),
    };
    weekHeadroom.set(w, { hours: head.hours, reason: { code: head.code, params } });
    sharedLimits.push({ code: head.code, days: daysOfWeek.get(w) ?? [], maxExtraHours: max, params });
    weeklyTiers.push({
      weekStart: w,
      days: daysOfWeek.get(w) ?? [],
      tiers: overtimePremiumTiers(total, max, C, limits),
    });
  }

  // Rolling 12-week windows ending on each plan week, reading the weeks before the plan.
  const windowHeadroom: { weeks: Set<string>; head: Headroom }[] = [];
  for (const end of weeks) {
    const windowWeeks: string[] = [];
    for (let i = limits.averageWindowWeeks - 1; i >= 0; i--) windowWeeks.push(shiftDay(end, -7 * i));
    const total = windowWeeks.reduce((s, w) => s + known.weekHours(w), 0);
    const hours = overtimeAverageHeadroom(total, limits);
    const days = horizon.filter((d) => windowWeeks.includes(overtimeWeekStart(d)));
    const params = {
      from: windowWeeks[0] ?? end,
      to: end,
      averageHours: round6(total / limits.averageWindowWeeks),
      ceiling: limits.maxAverageWeeklyHours,
    };
    windowHeadroom.push({
      weeks: new Set(windowWeeks),
      head: { hours, reason: { code: 'OVERTIME_AVERAGE_LIMIT', params } },
    });
    sharedLimits.push({
      code: 'OVERTIME_AVERAGE_LIMIT',
      days,
      maxExtraHours: round6(Math.max(hours, 0)),
      params,
    });
  }

  // Annual quota per reference period met by the plan.
  const quotas: OvertimeQuotaBudget[] = [];
  const quotaByPeriod = new Map<string, { remaining: number; used: number }>();
  if (!isPartTimeContract(C, limits)) {
    const periods = [...new Set(weeks.map((w) => quotaPeriodOfWeek(w, limits)))].sort() as IsoDate[];
    for (const [index, period] of periods.entries()) {
      let used = 0;
      if (index === 0) {
        if (input.overtimeBeforePlanHours !== undefined) used = input.overtimeBeforePlanHours;
        else {
          for (let w = overtimeWeekStart(period); w < (weeks[0] ?? w); w = shiftDay(w, 7)) {
            if (quotaPeriodOfWeek(w, limits) === period)
              used += quotaHoursOfWeek(known.weekHours(w), C, limits);
          }
        }
      }
      const periodWeeks = weeks.filter((w) => quotaPeriodOfWeek(w, limits) === period);
      for (const w of periodWeeks) used += quotaHoursOfWeek(weekTotal.get(w) ?? 0, C, limits);
      const remaining = overtimeQuotaHeadroom(used, limits);
      quotaByPeriod.set(period, { remaining, used });
      quotas.push({
        periodStart: period,
        days: periodWeeks.flatMap((w) => daysOfWeek.get(w) ?? []),
        remainingHours: round6(Math.max(remaining, 0)),
        hard: !limits.allowBeyondQuota,
        restRate: compulsoryRestRate(limits),
      });
    }
  }

  const capacityByDay: OvertimeDayCapacity[] = horizon.map((day) => {
    const blocked = [
      overtimeTempAgencyRule(input.employee, limits),
      overtimeContractRule(input.employee, day),
      overtimeLabourDayRule(input.calendar, day),
      overtimeSiteClosedRule(input.calendar, day),
      overtimeAvailabilityRule(input.employee, day),
    ].filter((r): r is OvertimeReason => r !== null);
    if (blocked.length > 0) return { day, maxExtraHours: 0, tiers: [], explain: blocked };

    const week = overtimeWeekStart(day);
    const total = weekTotal.get(week) ?? 0;
    const planned = known.plannedOn(day);
    const heads: Headroom[] = [
      {
        hours: overtimeDailyHeadroom(planned, limits),
        reason: {
          code: 'OVERTIME_DAILY_LIMIT',
          params: { day, ceiling: limits.maxDailyHours, plannedHours: planned },
        },
      },
    ];
    const wh = weekHeadroom.get(week);
    if (wh) heads.push(wh);
    for (const win of windowHeadroom) if (win.weeks.has(week)) heads.push(win.head);
    const quota = quotaByPeriod.get(quotaPeriodOfWeek(week, limits));
    const notes: OvertimeReason[] = [];
    if (quota) {
      const regularLeft = Math.max(limits.legalWeeklyHours - total, 0);
      const params = {
        quotaHours: limits.annualQuotaHours,
        usedHours: round6(quota.used),
        remainingHours: round6(Math.max(quota.remaining, 0)),
      };
      if (!limits.allowBeyondQuota) {
        heads.push({
          hours: regularLeft + quota.remaining,
          reason: { code: 'OVERTIME_ANNUAL_QUOTA', params },
        });
      } else {
        notes.push({
          code: 'OVERTIME_COMPULSORY_REST',
          params: {
            ...params,
            restRate: compulsoryRestRate(limits),
            fromExtraHour: round6(regularLeft + quota.remaining),
          },
        });
      }
    }
    const min = Math.min(...heads.map((h) => h.hours));
    const maxExtraHours = round6(Math.max(min, 0));
    const binding = heads.filter((h) => h.hours <= min + EPS).map((h) => h.reason);
    const restApplies = notes.filter((n) => Number(n.params.fromExtraHour) < maxExtraHours - EPS);
    return {
      day,
      maxExtraHours,
      tiers: overtimePremiumTiers(total, maxExtraHours, C, limits),
      explain: [...binding, ...restApplies],
    };
  });

  const explain: OvertimeReason[] = [];
  if (known.assumedDays.size > 0) {
    explain.push({
      code: 'OVERTIME_HISTORY_ASSUMED',
      params: { days: known.assumedDays.size, contractHours: C },
    });
  }
  return { employeeId, capacityByDay, sharedLimits, weeklyTiers, quotas, explain };
}
