// Forecast budget (budget prévisionnel) of a year and its monthly variance against actuals, exact to the cent (handbook productivity-costing §7).
import type { Activity, UnitOfWork } from '../planning/activity.ts';
import { ACTIVITIES, UNITS_OF_WORK } from '../planning/activity.ts';
import { DomainError } from '../shared/errors.ts';
import { fromDecimal, mul, type Ratio, roundHalfAway } from './exact-ratio.ts';
import { decomposeLabourVariance, type VarianceLineInput } from './variance.ts';

/** A field of the budget input is missing or out of range; params name the `field`, `line`, `index`, `month` and `value`. */
export const BUDGET_INPUT_INVALID = 'BUDGET_INPUT_INVALID';
/** Two lines of one cost centre carry the same key (`activity/unit` or fixed-cost key). */
export const BUDGET_DUPLICATE_LINE = 'BUDGET_DUPLICATE_LINE';
/** An actual names a (cost centre, line) the budget does not hold. */
export const BUDGET_ACTUAL_UNKNOWN_LINE = 'BUDGET_ACTUAL_UNKNOWN_LINE';
/** An actual's month, volume, hours or cost is missing or out of range. */
export const BUDGET_ACTUAL_INVALID = 'BUDGET_ACTUAL_INVALID';
/** Two actuals for the same month, cost centre and line. */
export const BUDGET_ACTUAL_DUPLICATE = 'BUDGET_ACTUAL_DUPLICATE';
/** The budget handed to the variance was not computed from the drivers handed with it. */
export const BUDGET_DRIVERS_MISMATCH = 'BUDGET_DRIVERS_MISMATCH';

export const BUDGET_MONTH_COUNT = 12;

/** A labour line: volumes of the activity plan × standard hours × loaded rate. */
export interface BudgetDriverLine {
  /** Cost centre code. */
  costCentre: string;
  activity: Activity;
  unit: UnitOfWork;
  /** The qualification whose loaded rate applies (descriptive: the rate is given). */
  qualification: string;
  /** 12 months, January first, in units of work. */
  volumes: number[];
  /** SH: paid hours per unit of work. */
  standardHoursPerUnit: number;
  /** SR: loaded cost per paid hour, in cents (may hold a fraction of a cent). */
  rateCentsPerHour: number;
}

/** A fixed cost of a cost centre, month by month. */
export interface BudgetFixedLine {
  costCentre: string;
  /** e.g. 'rent', 'reach_truck_rental', 'wms', 'supervision'. */
  key: string;
  /** 12 integers, January first. */
  monthlyCents: number[];
}

export interface BudgetInput {
  year: number;
  drivers: BudgetDriverLine[];
  fixed: BudgetFixedLine[];
}

export interface BudgetLineMonth {
  costCentre: string;
  kind: 'labour' | 'fixed';
  /** `${activity}/${unit}` for labour, the fixed-cost key otherwise. */
  key: string;
  activity?: Activity;
  unit?: UnitOfWork;
  volume?: number;
  /** Paid hours rounded to 2 decimals, for display only (cents come from the exact product). */
  hours?: number;
  cents: number;
}

export interface BudgetMonth {
  /** `YYYY-MM`. */
  month: string;
  totalCents: number;
  labourCents: number;
  fixedCents: number;
  /** Drivers first, then fixed lines, in input order. */
  lines: BudgetLineMonth[];
}

export interface BudgetTotalByCostCentre {
  costCentre: string;
  totalCents: number;
  monthly: number[];
}

/** Labour only: fixed costs belong to no activity. */
export interface BudgetTotalByActivity {
  activity: Activity;
  totalCents: number;
  monthly: number[];
}

export interface Budget {
  year: number;
  months: BudgetMonth[];
  totalCents: number;
  /** Sorted by cost centre code. */
  byCostCentre: BudgetTotalByCostCentre[];
  /** In the order of ACTIVITIES; activities without a line are left out. */
  byActivity: BudgetTotalByActivity[];
}

/** A month's actual of one budget line. Labour lines need volume and hours; fixed lines ignore them. */
export interface ActualLine {
  /** `YYYY-MM`. */
  month: string;
  costCentre: string;
  key: string;
  volume?: number;
  hours?: number;
  costCents: number;
}

/**
 * Integer-cent effects; volume + efficiency + rate + mix === total === actual − budget. `rate` holds the labour
 * rate (price) effect, the fixed-cost spending (actual − budget of fixed lines) and the rounding residual, whose
 * amount is `roundingCents`.
 */
export interface BudgetVarianceComponents {
  volume: number;
  efficiency: number;
  rate: number;
  mix: number;
  total: number;
  roundingCents: number;
}

export interface BudgetVarianceLine extends BudgetVarianceComponents {
  costCentre: string;
  key: string;
  kind: 'labour' | 'fixed';
  budgetCents: number;
  actualCents: number;
}

export interface MonthVarianceReport {
  month: string;
  budget: number;
  /** Null for a month without any actual. */
  actual: number | null;
  variance: BudgetVarianceComponents | null;
  /** Every budget line of the month, in the budget's order; empty for a month without actuals. */
  lines: BudgetVarianceLine[];
}

export const labourLineKey = (activity: Activity, unit: UnitOfWork): string => `${activity}/${unit}`;

/** `YYYY-01` … `YYYY-12`. */
export function budgetMonths(year: number): string[] {
  return Array.from({ length: BUDGET_MONTH_COUNT }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
}

function invalid(
  field: string,
  line: string | null,
  index: number | null,
  value: unknown,
  month: string | null = null,
): DomainError {
  return new DomainError(BUDGET_INPUT_INVALID, {
    field,
    params: { field, line, index, month, value: String(value) },
  });
}

const isNonNegative = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const isCents = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
const isCode = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';
const ACTIVITY_SET: ReadonlySet<string> = new Set(ACTIVITIES);
const UNIT_SET: ReadonlySet<string> = new Set(UNITS_OF_WORK);
/** Cost centre and line key joined by a character no code holds. */
const lineId = (costCentre: string, key: string): string => `${costCentre}\u0000${key}`;

function checkTwelve(
  values: unknown,
  field: string,
  line: string,
  index: number,
  ok: (v: unknown) => boolean,
  months: readonly string[],
): void {
  if (!Array.isArray(values) || values.length !== BUDGET_MONTH_COUNT)
    throw invalid(field, line, index, Array.isArray(values) ? values.length : values);
  values.forEach((v, m) => {
    if (!ok(v)) throw invalid(field, line, index, v, months[m] ?? null);
  });
}

function validateInput(input: BudgetInput, months: readonly string[]): void {
  const seen = new Set<string>();
  const unique = (costCentre: string, key: string, index: number, field: 'drivers' | 'fixed') => {
    const id = lineId(costCentre, key);
    if (seen.has(id))
      throw new DomainError(BUDGET_DUPLICATE_LINE, {
        field,
        params: { costCentre, line: key, index },
      });
    seen.add(id);
  };
  if (!Array.isArray(input.drivers)) throw invalid('drivers', null, null, input.drivers);
  if (!Array.isArray(input.fixed)) throw invalid('fixed', null, null, input.fixed);
  input.drivers.forEach((d, index) => {
    const name = isCode(d.costCentre) ? `${d.costCentre} ${d.activity}/${d.unit}` : null;
    if (!isCode(d.costCentre)) throw invalid('costCentre', name, index, d.costCentre);
    if (!ACTIVITY_SET.has(d.activity)) throw invalid('activity', name, index, d.activity);
    if (!UNIT_SET.has(d.unit)) throw invalid('unit', name, index, d.unit);
    if (typeof d.qualification !== 'string') throw invalid('qualification', name, index, d.qualification);
    if (!isNonNegative(d.standardHoursPerUnit))
      throw invalid('standardHoursPerUnit', name, index, d.standardHoursPerUnit);
    if (!isNonNegative(d.rateCentsPerHour))
      throw invalid('rateCentsPerHour', name, index, d.rateCentsPerHour);
    checkTwelve(d.volumes, 'volumes', name ?? '', index, isNonNegative, months);
    unique(d.costCentre, labourLineKey(d.activity, d.unit), index, 'drivers');
  });
  input.fixed.forEach((f, index) => {
    const name = isCode(f.costCentre) && isCode(f.key) ? `${f.costCentre} ${f.key}` : null;
    if (!isCode(f.costCentre)) throw invalid('costCentre', name, index, f.costCentre);
    if (!isCode(f.key)) throw invalid('key', name, index, f.key);
    checkTwelve(f.monthlyCents, 'monthlyCents', name ?? '', index, isCents, months);
    unique(f.costCentre, f.key, index, 'fixed');
  });
}

/** Paid hours to 2 decimals (display only), from the exact product. */
function displayHours(volume: Ratio, sh: Ratio): number {
  return roundHalfAway(mul(mul(volume, sh), { n: 100n, d: 1n })) / 100;
}

/**
 * The year's budget. Labour line-month = roundHalfAway(volume × SH × SR) in cents, from the exact decimals typed
 * (0.05 h stays 5/100); each line-month is rounded once and every total is a sum of rounded lines, so every table
 * of the budget adds up to the cent.
 */
export function computeBudget(input: BudgetInput): Budget {
  if (!Number.isInteger(input.year) || input.year < 1900 || input.year > 9999)
    throw invalid('year', null, null, input.year);
  const months = budgetMonths(input.year);
  validateInput(input, months);

  const monthLines: BudgetLineMonth[][] = months.map(() => []);
  const centres = new Map<string, number[]>();
  const activities = new Map<Activity, number[]>();
  const addTo = <K>(map: Map<K, number[]>, key: K, m: number, cents: number) => {
    let monthly = map.get(key);
    if (!monthly) {
      monthly = new Array<number>(BUDGET_MONTH_COUNT).fill(0);
      map.set(key, monthly);
    }
    monthly[m] = (monthly[m] ?? 0) + cents;
  };

  for (const d of input.drivers) {
    const sh = fromDecimal(d.standardHoursPerUnit);
    const perUnit = mul(sh, fromDecimal(d.rateCentsPerHour));
    const key = labourLineKey(d.activity, d.unit);
    d.volumes.forEach((volume, m) => {
      const v = fromDecimal(volume);
      const cents = roundHalfAway(mul(v, perUnit));
      monthLines[m]?.push({
        costCentre: d.costCentre,
        kind: 'labour',
        key,
        activity: d.activity,
        unit: d.unit,
        volume,
        hours: displayHours(v, sh),
        cents,
      });
      addTo(centres, d.costCentre, m, cents);
      addTo(activities, d.activity, m, cents);
    });
  }
  for (const f of input.fixed) {
    f.monthlyCents.forEach((cents, m) => {
      monthLines[m]?.push({ costCentre: f.costCentre, kind: 'fixed', key: f.key, cents });
      addTo(centres, f.costCentre, m, cents);
    });
  }

  const budgetMonthsOut = months.map((month, m): BudgetMonth => {
    const lines = monthLines[m] ?? [];
    let labourCents = 0;
    let fixedCents = 0;
    for (const l of lines) {
      if (l.kind === 'labour') labourCents += l.cents;
      else fixedCents += l.cents;
    }
    return { month, totalCents: labourCents + fixedCents, labourCents, fixedCents, lines };
  });
  const total = (monthly: readonly number[]) => monthly.reduce((a, c) => a + c, 0);
  return {
    year: input.year,
    months: budgetMonthsOut,
    totalCents: total(budgetMonthsOut.map((m) => m.totalCents)),
    byCostCentre: [...centres]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([costCentre, monthly]) => ({ costCentre, totalCents: total(monthly), monthly })),
    byActivity: ACTIVITIES.flatMap((activity) => {
      const monthly = activities.get(activity);
      return monthly ? [{ activity, totalCents: total(monthly), monthly }] : [];
    }),
  };
}

function actualInvalid(a: ActualLine, index: number, field: string, value: unknown): DomainError {
  return new DomainError(BUDGET_ACTUAL_INVALID, {
    field,
    params: {
      index,
      month: String(a.month),
      costCentre: String(a.costCentre),
      line: String(a.key),
      field,
      value: String(value),
    },
  });
}

interface DriverRates {
  sh: number;
  sr: number;
  unit: UnitOfWork;
}

/** Actuals indexed by month index, then line id; every problem is refused before any figure is computed. */
function indexActuals(
  months: readonly string[],
  rates: ReadonlyMap<string, DriverRates>,
  fixedIds: ReadonlySet<string>,
  actuals: readonly ActualLine[],
): Map<string, ActualLine>[] {
  const byMonth = months.map(() => new Map<string, ActualLine>());
  const monthIndex = new Map(months.map((m, i) => [m, i]));
  actuals.forEach((a, index) => {
    const m = monthIndex.get(a.month);
    if (m === undefined) throw actualInvalid(a, index, 'month', a.month);
    const id = lineId(a.costCentre, a.key);
    const labour = rates.has(id);
    if (!labour && !fixedIds.has(id))
      throw new DomainError(BUDGET_ACTUAL_UNKNOWN_LINE, {
        field: 'key',
        params: { index, month: a.month, costCentre: String(a.costCentre), key: String(a.key) },
      });
    if (!isCents(a.costCents)) throw actualInvalid(a, index, 'costCents', a.costCents);
    if (labour) {
      if (!isNonNegative(a.volume)) throw actualInvalid(a, index, 'volume', a.volume);
      if (!isNonNegative(a.hours)) throw actualInvalid(a, index, 'hours', a.hours);
    }
    const monthMap = byMonth[m] as Map<string, ActualLine>;
    if (monthMap.has(id))
      throw new DomainError(BUDGET_ACTUAL_DUPLICATE, {
        field: 'key',
        params: { index, month: a.month, costCentre: a.costCentre, key: a.key },
      });
    monthMap.set(id, a);
  });
  return byMonth;
}

const ZERO_COMPONENTS = (): BudgetVarianceComponents => ({
  volume: 0,
  efficiency: 0,
  rate: 0,
  mix: 0,
  total: 0,
  roundingCents: 0,
});

function monthVariance(
  budgetMonth: BudgetMonth,
  rates: ReadonlyMap<string, DriverRates>,
  actuals: ReadonlyMap<string, ActualLine>,
): MonthVarianceReport {
  const results = new Map<string, BudgetVarianceLine>();
  // Mix compares volumes across lines, so it is only computed among lines counting the same unit of work.
  const byUnit = new Map<UnitOfWork, { line: BudgetLineMonth; input: VarianceLineInput }[]>();
  for (const line of budgetMonth.lines) {
    const id = lineId(line.costCentre, line.key);
    const actual = actuals.get(id);
    if (line.kind === 'fixed') {
      const actualCents = actual?.costCents ?? 0;
      const total = actualCents - line.cents;
      results.set(id, {
        costCentre: line.costCentre,
        key: line.key,
        kind: 'fixed',
        budgetCents: line.cents,
        actualCents,
        ...ZERO_COMPONENTS(),
        rate: total,
        total,
      });
      continue;
    }
    const r = rates.get(id);
    if (!r || line.volume === undefined)
      throw new DomainError(BUDGET_DRIVERS_MISMATCH, {
        params: { month: budgetMonth.month, costCentre: line.costCentre, key: line.key },
      });
    const group = byUnit.get(r.unit) ?? [];
    byUnit.set(r.unit, group);
    group.push({
      line,
      input: {
        key: id,
        budgetVolume: line.volume,
        standardHoursPerUnit: r.sh,
        standardRateCents: r.sr,
        actualVolume: actual?.volume ?? 0,
        actualHours: actual?.hours ?? 0,
        actualCostCents: actual?.costCents ?? 0,
      },
    });
  }
  for (const group of byUnit.values()) {
    const month = decomposeLabourVariance(group.map((g) => g.input));
    month.lines.forEach((v, i) => {
      const line = (group[i] as (typeof group)[number]).line;
      if (v.budgetCostCents !== line.cents)
        throw new DomainError(BUDGET_DRIVERS_MISMATCH, {
          params: { month: budgetMonth.month, costCentre: line.costCentre, key: line.key },
        });
      results.set(v.key, {
        costCentre: line.costCentre,
        key: line.key,
        kind: 'labour',
        budgetCents: line.cents,
        actualCents: v.actualCostCents,
        volume: v.volume,
        efficiency: v.efficiency,
        rate: v.rate,
        mix: v.mix,
        total: v.total,
        roundingCents: v.roundingCents,
      });
    });
  }
  const lines = budgetMonth.lines.map((l) => results.get(lineId(l.costCentre, l.key)) as BudgetVarianceLine);
  const variance = ZERO_COMPONENTS();
  let actual = 0;
  for (const l of lines) {
    actual += l.actualCents;
    variance.volume += l.volume;
    variance.efficiency += l.efficiency;
    variance.rate += l.rate;
    variance.mix += l.mix;
    variance.total += l.total;
    variance.roundingCents += l.roundingCents;
  }
  return { month: budgetMonth.month, budget: budgetMonth.totalCents, actual, variance, lines };
}

/**
 * The 12 months of the budget against the actuals. A month with at least one actual is analysed over every budget
 * line (a line without its actual counts volume, hours and cost 0); a month without any is `actual: null`.
 * Labour lines: decomposeLabourVariance once per unit of work (mix among lines of one unit only). Fixed lines: the
 * whole variance is spending, put in `rate` (so rate = labour rate + fixed-cost spending). Per month, exactly in
 * integer cents: volume + efficiency + rate + mix === total === actual − budget.
 */
export function budgetVariance(
  budget: Budget,
  drivers: BudgetInput,
  actuals: readonly ActualLine[],
): MonthVarianceReport[] {
  const months = budgetMonths(budget.year);
  if (budget.months.length !== BUDGET_MONTH_COUNT || drivers.year !== budget.year)
    throw new DomainError(BUDGET_DRIVERS_MISMATCH, {
      params: { month: null, costCentre: null, key: null },
    });
  const rates = new Map<string, DriverRates>();
  for (const d of drivers.drivers)
    rates.set(lineId(d.costCentre, labourLineKey(d.activity, d.unit)), {
      sh: d.standardHoursPerUnit,
      sr: d.rateCentsPerHour,
      unit: d.unit,
    });
  const fixedIds = new Set(drivers.fixed.map((f) => lineId(f.costCentre, f.key)));
  const byMonth = indexActuals(months, rates, fixedIds, actuals);
  return budget.months.map((bm, m) => {
    const monthActuals = byMonth[m] as Map<string, ActualLine>;
    if (monthActuals.size === 0)
      return { month: bm.month, budget: bm.totalCents, actual: null, variance: null, lines: [] };
    return monthVariance(bm, rates, monthActuals);
  });
}
