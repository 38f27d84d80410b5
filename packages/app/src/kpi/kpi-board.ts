// Use case: the dashboard's KPI tiles for a period and a breakdown: value, target, light, trend, comparisons.
import type { Database, EventStore } from '@logipilot/db';
import type { KpiFactSum } from '@logipilot/db/repositories/contract';
import {
  type Actor,
  addDays,
  CLIENT_DRILLABLE,
  CLIENT_SCOPED,
  comparisonPeriods,
  type DateRange,
  DIMENSIONS,
  type Dimension,
  DomainError,
  daysBetween,
  KPIS,
  type KpiDefinition,
  type KpiFamily,
  type KpiPeriod,
  type KpiTarget,
  kpiValue,
  parseIsoDate,
  periodOf,
  periodRange,
  samePeriodLastYear,
  type Thresholds,
  type TrafficLight,
  type Trend,
  thresholdsFor,
  trafficLight,
  trendOf,
} from '@logipilot/domain';
import { isClientViewer } from '../masterdata/policy.ts';
import { assertMayReadKpis } from './kpi-access.ts';
import { loadMeasureContext } from './measure-context.ts';

export interface KpiBoardRequest {
  siteId: string;
  from: string;
  to: string;
  groupBy?: Dimension;
  /** Only these keys of the breakdown (a client, an operator…). */
  keys?: readonly string[];
  kpiIds?: readonly string[];
  family?: KpiFamily;
  /** Activity, team or operator figures of this client alone (the drill-down site → client → activity → operator). */
  client?: string;
  /**
   * Sparklines and trends (13 periods per key); by default for a few keys (site, clients, activities, or the keys
   * asked for), not for a list of every team or operator, which a table shows without them.
   */
  spark?: boolean;
}

export interface KpiSparkPoint {
  period: string;
  value: number | null;
}

export interface KpiTile {
  id: string;
  /** `rolling_year`: the value (and its comparisons) over the 12 months to the period's end, as safety rates are read. */
  window: 'period' | 'rolling_year';
  family: KpiFamily;
  unit: KpiDefinition['unit'];
  direction: KpiDefinition['direction'];
  /** The breakdown key ('' for the site). */
  group: string;
  value: number | null;
  numerator: number;
  denominator: number;
  target: number | null;
  tolerance: number | null;
  status: TrafficLight;
  previous: number | null;
  lastYear: number | null;
  trend: Trend | null;
  spark: KpiSparkPoint[];
}

export interface KpiBoard {
  siteId: string;
  from: string;
  to: string;
  groupBy: Dimension;
  /** The client the figures are limited to ('' for every client). */
  client: string;
  groups: string[];
  previous: DateRange;
  lastYear: DateRange;
  sparkPeriod: 'week' | 'month';
  tiles: KpiTile[];
}

/**
 * Accident rates are read over the twelve months to date (qualifications-safety.md): on one month of a small site,
 * one accident gives a TF1 in the hundreds, which says nothing. Their granularity is the month only.
 */
function onRollingYear(def: KpiDefinition): boolean {
  return def.granularities.length === 1 && def.granularities[0] === 'month';
}

/** The twelve months ending on `to`. */
function yearTo(to: string): DateRange {
  return {
    from: addDays(samePeriodLastYear({ granularity: 'day', start: to as DateRange['to'] }).start, 1),
    to,
  } as DateRange;
}

/** How many periods a sparkline shows (a quarter of weeks, or a year and a month). */
const SPARK_PERIODS = 13;

function checkDate(field: string, value: string): void {
  if (parseIsoDate(value) === null) throw new DomainError('INVALID_DATE', { field, params: { value } });
}

/** A calendar month or an ISO week compares with the month or week before; any other range with the same length. */
export function comparisonRanges(from: string, to: string): { previous: DateRange; lastYear: DateRange } {
  for (const granularity of ['month', 'week'] as const) {
    const period: KpiPeriod = periodOf(granularity, from);
    const range = periodRange(period);
    if (range.from === from && range.to === to) {
      const { previous, lastYear } = comparisonPeriods(period);
      return { previous, lastYear };
    }
  }
  const length = daysBetween(from, to) + 1;
  const previous = { from: addDays(from, -length), to: addDays(from, -1) };
  const first = samePeriodLastYear({ granularity: 'day', start: from as DateRange['from'] }).start;
  return { previous, lastYear: { from: first, to: addDays(first, length - 1) } };
}

function byKey(sums: readonly KpiFactSum[]): Map<string, Record<string, number>> {
  return new Map(sums.map((s) => [s.key, s.values]));
}

function siteTargets(rows: Awaited<ReturnType<Database['repos']['kpiTargets']['list']>>): KpiTarget[] {
  return rows.map((r) => ({
    kpiId: r.kpiId,
    from: r.from as KpiTarget['from'],
    target: r.target,
    amberTolerance: r.tolerance,
    ...(r.clientId ? { clientId: r.clientId } : {}),
  }));
}

function trendBand(def: KpiDefinition, thresholds: Thresholds | null) {
  // Near 100 %, 2 % of the mean would hide every move: percentages use half the amber band instead.
  return def.unit === 'percent'
    ? { relativeDeadBand: 0, absoluteDeadBand: Math.max(0.05, (thresholds?.amberTolerance ?? 0.2) / 2) }
    : {};
}

/**
 * The figures of a breakdown within one client that the facts do not store (operators): summed from the history
 * for the range, then per period and key as the facts repository would.
 */
async function historySums(
  ctx: { db: Database; events?: EventStore },
  siteId: string,
  within: { dimension: 'activity' | 'team' | 'operator'; client: string },
  range: DateRange,
  period: 'total' | 'week' | 'month',
  keys: readonly string[] | undefined,
): Promise<KpiFactSum[]> {
  if (!ctx.events)
    throw new DomainError('EVENT_STORE_CLOSED', { params: { field: 'store', value: 'history' } });
  const context = await loadMeasureContext(ctx.db.repos, siteId);
  const rows = await ctx.events.history.dailyMeasures(siteId, {
    from: range.from,
    to: range.to,
    standards: context.standards,
    teams: context.teams,
    within,
  });
  const out = new Map<string, KpiFactSum>();
  for (const r of rows) {
    if (keys !== undefined && !keys.includes(r.key)) continue;
    const start = period === 'total' ? range.from : periodOf(period, r.day).start;
    const id = `${start}\u0000${r.key}`;
    let sum = out.get(id);
    if (!sum) {
      sum = { period: start, key: r.key, values: {} };
      out.set(id, sum);
    }
    for (const [m, v] of Object.entries(r.values)) sum.values[m] = (sum.values[m] ?? 0) + v;
  }
  return [...out.values()].sort((a, b) =>
    a.period < b.period ? -1 : a.period > b.period ? 1 : a.key < b.key ? -1 : 1,
  );
}

export async function kpiBoard(
  ctx: { db: Database; events?: EventStore },
  actor: Actor,
  request: KpiBoardRequest,
): Promise<KpiBoard> {
  const groupBy = request.groupBy ?? (isClientViewer(actor) ? 'client' : 'site');
  if (!DIMENSIONS.includes(groupBy))
    throw new DomainError('INVALID_CHOICE', {
      field: 'groupBy',
      params: { value: groupBy, allowed: DIMENSIONS.join(', ') },
    });
  const keys =
    isClientViewer(actor) && request.keys === undefined && actor.clientId ? [actor.clientId] : request.keys;
  const client = request.client ?? '';
  if (client !== '' && !CLIENT_DRILLABLE.includes(groupBy))
    throw new DomainError('INVALID_CHOICE', {
      field: 'groupBy',
      params: { value: groupBy, allowed: CLIENT_DRILLABLE.join(', ') },
    });
  const fromHistory = client !== '' && !CLIENT_SCOPED.includes(groupBy);
  assertMayReadKpis(actor, groupBy, keys, client || undefined);
  checkDate('from', request.from);
  checkDate('to', request.to);
  if (request.to < request.from)
    throw new DomainError('INVALID_DATE_RANGE', {
      field: 'to',
      params: { from: request.from, to: request.to },
    });
  const defs = KPIS.filter(
    (d) =>
      d.dimensions.includes(groupBy) &&
      (client === '' || d.dimensions.includes('client')) &&
      (request.kpiIds === undefined || request.kpiIds.includes(d.id)) &&
      (request.family === undefined || d.family === request.family),
  );
  const { previous, lastYear } = comparisonRanges(request.from, request.to);
  const sparkPeriod = daysBetween(request.from, request.to) <= 62 ? 'week' : 'month';
  const sparkEnd = periodOf(sparkPeriod, request.to).start;
  const sparkFrom =
    sparkPeriod === 'week'
      ? addDays(sparkEnd, -7 * (SPARK_PERIODS - 1))
      : periodOf('month', addDays(sparkEnd, -31 * (SPARK_PERIODS - 1) + 15)).start;
  const measures = [
    ...new Set(defs.flatMap((d) => [...d.numerator, ...d.denominator].map((t) => t.measure))),
  ];
  const withSpark = request.spark ?? (keys !== undefined || !['team', 'operator'].includes(groupBy));
  const query = (range: DateRange, period: 'total' | 'week' | 'month') =>
    fromHistory
      ? historySums(ctx, request.siteId, { dimension: groupBy as 'operator', client }, range, period, keys)
      : ctx.db.repos.kpiFacts.sum(request.siteId, {
          from: range.from,
          to: range.to,
          dimension: groupBy,
          period,
          client,
          measures,
          ...(keys === undefined ? {} : { keys }),
        });
  const rolling = defs.some(onRollingYear);
  const none = Promise.resolve([] as KpiFactSum[]);
  const [current, before, yearAgo, spark, targetRows, yearNow, yearBefore, yearAgoRolling] =
    await Promise.all([
      query({ from: request.from, to: request.to } as DateRange, 'total'),
      query(previous, 'total'),
      query(lastYear, 'total'),
      withSpark ? query({ from: sparkFrom, to: request.to } as DateRange, sparkPeriod) : Promise.resolve([]),
      ctx.db.repos.kpiTargets.list(request.siteId),
      rolling ? query(yearTo(request.to), 'total') : none,
      rolling ? query(yearTo(previous.to), 'total') : none,
      rolling ? query(yearTo(lastYear.to), 'total') : none,
    ]);
  const rollNow = byKey(yearNow);
  const rollPrev = byKey(yearBefore);
  const rollAgo = byKey(yearAgoRolling);
  const targets = siteTargets(targetRows);
  const now = byKey(current);
  const prev = byKey(before);
  const ago = byKey(yearAgo);
  const sparkByKey = new Map<string, KpiFactSum[]>();
  for (const s of spark) {
    const list = sparkByKey.get(s.key);
    if (list) list.push(s);
    else sparkByKey.set(s.key, [s]);
  }
  const periods = [...new Set(spark.map((s) => s.period))].sort();
  const groups = [...now.keys()].sort();
  const tiles: KpiTile[] = [];
  for (const group of groups) {
    const values = now.get(group)!;
    const targetClient = groupBy === 'client' ? group : client || undefined;
    const series = new Map((sparkByKey.get(group) ?? []).map((s) => [s.period, s.values]));
    for (const def of defs) {
      const yearly = onRollingYear(def);
      const v = kpiValue(def, yearly ? (rollNow.get(group) ?? {}) : values);
      const thresholds = thresholdsFor(def, targets, request.from, targetClient);
      const sparkValues = periods.map((period) => {
        const m = series.get(period);
        return { period, value: m ? kpiValue(def, m).value : null };
      });
      const p = (yearly ? rollPrev : prev).get(group);
      const a = (yearly ? rollAgo : ago).get(group);
      tiles.push({
        id: def.id,
        window: yearly ? 'rolling_year' : 'period',
        family: def.family,
        unit: def.unit,
        direction: def.direction,
        group,
        value: v.value,
        numerator: v.numerator,
        denominator: v.denominator,
        target: thresholds?.target ?? null,
        tolerance: thresholds?.amberTolerance ?? null,
        status: trafficLight(def.direction, v.value, thresholds),
        previous: p ? kpiValue(def, p).value : null,
        lastYear: a ? kpiValue(def, a).value : null,
        trend: trendOf(
          sparkValues.map((s) => s.value),
          trendBand(def, thresholds),
        ),
        spark: sparkValues,
      });
    }
  }
  return {
    siteId: request.siteId,
    from: request.from,
    to: request.to,
    groupBy,
    client,
    groups,
    previous,
    lastYear,
    sparkPeriod,
    tiles,
  };
}
