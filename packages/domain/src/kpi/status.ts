// How a KPI value reads on a card (kpis.md §7): the target in force, traffic light, trend, variances, comparison periods.
import { isoWeekOf } from '../rostering/payroll.ts';
import { addDays, isoWeekday, toUtcDate } from '../shared/dates.ts';
import type { IsoDate } from '../shared/units.ts';
import type { KpiDefinition, KpiDirection, KpiGranularity } from './catalogue.ts';

/**
 * A target set from a month on (until a later one replaces it). Budget-derived targets arrive in the same shape.
 * `clientId` scopes it to one client's figures; absent, it is the site's.
 */
export interface KpiTarget {
  kpiId: string;
  /** The first day of the month it applies from. */
  from: IsoDate;
  target: number;
  /** Width of the amber band beyond the target, in the KPI's unit (points for a %). */
  amberTolerance: number;
  /** When given, the edge of red instead of target ∓ amberTolerance. */
  redThreshold?: number;
  clientId?: string;
}

export interface Thresholds {
  target: number;
  amberTolerance: number;
  redThreshold?: number;
}

export const TRAFFIC_LIGHTS = ['green', 'amber', 'red', 'none'] as const;
export type TrafficLight = (typeof TRAFFIC_LIGHTS)[number];

export const TRENDS = ['up', 'down', 'flat'] as const;
export type Trend = (typeof TRENDS)[number];

/**
 * The target in force for a period starting on `periodStart`: the latest whose `from` ≤ that start. A client's
 * own targets (its contract) win over the site's when the figures are that client's; otherwise site targets only.
 */
export function targetInForce(
  targets: readonly KpiTarget[],
  kpiId: string,
  periodStart: string,
  clientId?: string,
): KpiTarget | null {
  const latest = (scoped: (t: KpiTarget) => boolean): KpiTarget | null => {
    let best: KpiTarget | null = null;
    for (const t of targets) {
      if (t.kpiId !== kpiId || t.from > periodStart || !scoped(t)) continue;
      if (!best || t.from > best.from) best = t;
    }
    return best;
  };
  const own = clientId === undefined ? null : latest((t) => t.clientId === clientId);
  return own ?? latest((t) => t.clientId === undefined);
}

/** The thresholds a card uses: the target in force, else the catalogue's default, else none. */
export function thresholdsFor(
  def: KpiDefinition,
  targets: readonly KpiTarget[],
  periodStart: string,
  clientId?: string,
): Thresholds | null {
  const t = targetInForce(targets, def.id, periodStart, clientId);
  if (t) {
    const out: Thresholds = { target: t.target, amberTolerance: t.amberTolerance };
    if (t.redThreshold !== undefined) out.redThreshold = t.redThreshold;
    return out;
  }
  return def.defaultTarget ? { ...def.defaultTarget } : null;
}

/** Floating noise (100 × (1 − 0.9) = 9.999999999999998) must not push a value off an edge it sits on. */
function atLeast(a: number, b: number): boolean {
  return a >= b - 1e-9 * Math.max(1, Math.abs(b));
}

/**
 * kpis.md §7: for an ↑ KPI green when value ≥ target, amber when target − tolerance ≤ value < target, red below
 * (or below `redThreshold` when set); mirrored for ↓. `none` without a value or without a target.
 */
export function trafficLight(
  direction: KpiDirection,
  value: number | null,
  thresholds: Thresholds | null,
): TrafficLight {
  if (value === null || !Number.isFinite(value) || !thresholds) return 'none';
  const { target, amberTolerance, redThreshold } = thresholds;
  if (direction === 'up') {
    if (atLeast(value, target)) return 'green';
    return atLeast(value, redThreshold ?? target - amberTolerance) ? 'amber' : 'red';
  }
  if (atLeast(-value, -target)) return 'green';
  return atLeast(-value, -(redThreshold ?? target + amberTolerance)) ? 'amber' : 'red';
}

/** kpis.md §7 escalation: the last `periods` lights all red ⇒ an action plan is due. */
export function needsActionPlan(lights: readonly TrafficLight[], periods = 3): boolean {
  return lights.length >= periods && lights.slice(-periods).every((l) => l === 'red');
}

export interface Variance {
  /** value − reference, in the KPI's unit. */
  absolute: number;
  /** (value − reference) / |reference|; null when the reference is 0. */
  relative: number | null;
  /** The difference goes the KPI's good way (or is nil). */
  favourable: boolean;
}

/** Variance of a value against a target, the previous period or last year's; null when either side is missing. */
export function variance(
  direction: KpiDirection,
  value: number | null,
  reference: number | null,
): Variance | null {
  if (value === null || reference === null) return null;
  const absolute = value - reference;
  return {
    absolute,
    relative: reference === 0 ? null : absolute / Math.abs(reference),
    favourable: direction === 'up' ? absolute >= 0 : absolute <= 0,
  };
}

export interface TrendOptions {
  /** How many last periods the slope reads (kpis.md §7: 3–4). */
  window?: number;
  /** Fewer known values than this in the window: no trend. */
  minPoints?: number;
  /** Flat while the fitted change over the window stays within this share of the mean's magnitude. */
  relativeDeadBand?: number;
  /** …or within this amount, in the KPI's unit (e.g. half the amber tolerance for a % near 100). */
  absoluteDeadBand?: number;
}

/**
 * The trend arrow of a series (oldest first): the least-squares slope over the last `window` periods (4; a missing
 * value keeps its place and is skipped), times the window's span, is the fitted change; the arrow is flat while
 * |change| ≤ max(absoluteDeadBand, relativeDeadBand × |mean|) (0 and 2 % by default). Null when fewer than
 * `minPoints` (3) values are known. The arrow says where the value goes, not whether that is good.
 */
export function trendOf(series: readonly (number | null)[], options: TrendOptions = {}): Trend | null {
  const { window = 4, minPoints = 3, relativeDeadBand = 0.02, absoluteDeadBand = 0 } = options;
  const last = series.slice(-window);
  const points: [number, number][] = [];
  last.forEach((v, i) => {
    if (v !== null && Number.isFinite(v)) points.push([i, v]);
  });
  if (points.length < Math.max(2, minPoints)) return null;
  const n = points.length;
  const mx = points.reduce((s, [x]) => s + x, 0) / n;
  const my = points.reduce((s, [, y]) => s + y, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (const [x, y] of points) {
    sxy += (x - mx) * (y - my);
    sxx += (x - mx) ** 2;
  }
  const slope = sxy / sxx;
  const change = slope * (points[n - 1]![0] - points[0]![0]);
  const deadBand = Math.max(absoluteDeadBand, relativeDeadBand * Math.abs(my));
  if (Math.abs(change) <= deadBand) return 'flat';
  return change > 0 ? 'up' : 'down';
}

/** A KPI period: a day, an ISO week (starting Monday) or a calendar month, named by its first day. */
export interface KpiPeriod {
  granularity: KpiGranularity;
  start: IsoDate;
}

/** Inclusive date range. */
export interface DateRange {
  from: IsoDate;
  to: IsoDate;
}

function ymd(y: number, m: number, d: number): IsoDate {
  return new Date(Date.UTC(y, m - 1, d)).toISOString().slice(0, 10) as IsoDate;
}

/** The period of a granularity that holds `date` (a week's Monday, a month's first day). */
export function periodOf(granularity: KpiGranularity, date: string): KpiPeriod {
  if (granularity === 'day') return { granularity, start: date as IsoDate };
  if (granularity === 'week') return { granularity, start: addDays(date, 1 - isoWeekday(date)) };
  return { granularity, start: `${date.slice(0, 7)}-01` as IsoDate };
}

export function periodRange(period: KpiPeriod): DateRange {
  const { granularity, start } = periodOf(period.granularity, period.start);
  if (granularity === 'day') return { from: start, to: start };
  if (granularity === 'week') return { from: start, to: addDays(start, 6) };
  const d = toUtcDate(start);
  return { from: start, to: ymd(d.getUTCFullYear(), d.getUTCMonth() + 2, 0) };
}

/** ISO 8601 week-numbering year and week of a date (the week holding the year's first Thursday is week 1). */
export function isoYearWeek(date: string): { year: number; week: number } {
  const [year, week] = isoWeekOf(date).split('-W').map(Number);
  return { year: year!, week: week! };
}

/** The Monday of ISO week `week` of ISO year `year`. */
export function isoWeekStart(year: number, week: number): IsoDate {
  const jan4 = ymd(year, 1, 4);
  return addDays(jan4, 1 - isoWeekday(jan4) + (week - 1) * 7);
}

export function previousPeriod(period: KpiPeriod): KpiPeriod {
  const { granularity, start } = periodOf(period.granularity, period.start);
  if (granularity === 'day') return { granularity, start: addDays(start, -1) };
  if (granularity === 'week') return { granularity, start: addDays(start, -7) };
  const d = toUtcDate(start);
  return { granularity, start: ymd(d.getUTCFullYear(), d.getUTCMonth(), 1) };
}

/**
 * The same period a year earlier: the same date (29 February → 28 February), the same ISO week number (week 53
 * → week 52 when last year had none), the same month.
 */
export function samePeriodLastYear(period: KpiPeriod): KpiPeriod {
  const { granularity, start } = periodOf(period.granularity, period.start);
  if (granularity === 'week') {
    const { year, week } = isoYearWeek(start);
    const weeksLastYear = isoYearWeek(ymd(year - 1, 12, 28)).week;
    return { granularity, start: isoWeekStart(year - 1, Math.min(week, weeksLastYear)) };
  }
  const d = toUtcDate(start);
  const y = d.getUTCFullYear() - 1;
  const m = d.getUTCMonth() + 1;
  if (granularity === 'month') return { granularity, start: ymd(y, m, 1) };
  const lastDay = toUtcDate(ymd(y, m + 1, 0)).getUTCDate();
  return { granularity, start: ymd(y, m, Math.min(d.getUTCDate(), lastDay)) };
}

/** The date ranges a card compares: the period, the one before, and the same one last year. */
export function comparisonPeriods(period: KpiPeriod): {
  current: DateRange;
  previous: DateRange;
  lastYear: DateRange;
} {
  return {
    current: periodRange(period),
    previous: periodRange(previousPeriod(period)),
    lastYear: periodRange(samePeriodLastYear(period)),
  };
}
