// Use case: statistical process control over the daily KPI facts: one chart per KPI and key, rules, an alert list.
import type { Database } from '@logipilot/db';
import type { KpiFactSum } from '@logipilot/db/repositories/contract';
import {
  type Actor,
  type AttributeChart,
  addDays,
  type Dimension,
  DomainError,
  evaluateChartRules,
  groupSignals,
  KPIS,
  type KpiDefinition,
  kpiById,
  kpiValue,
  parseIsoDate,
  pChart,
  type RuleSelection,
  type SignalSide,
  type SpcPoint,
  type SpcRuleId,
  uChart,
  type XmrChart,
  xmrChart,
} from '@logipilot/domain';
import { assertMayReadKpis } from './kpi-access.ts';

export type ChartKind = 'p' | 'u' | 'xmr';

/** Proportions of counted events: binomial, p chart. */
const P_CHART = new Set([
  'on_time_shipments',
  'order_fill_rate',
  'line_fill_rate',
  'otif',
  'picking_accuracy',
  'inventory_accuracy_locations',
]);
/** Counts per exposure (lines, orders, hours): Poisson, u chart. */
const U_CHART = new Set(['error_ppm', 'claims_per_1000_orders', 'damage_rate_ppm', 'tf1', 'tf2']);

export function chartKindOf(def: KpiDefinition): ChartKind {
  if (P_CHART.has(def.id)) return 'p';
  if (U_CHART.has(def.id)) return 'u';
  return 'xmr';
}

/** Which KPIs are watched in each breakdown: everything at site level, fewer per client, person and team. */
export const MONITORED: Record<Dimension, readonly string[] | 'all'> = {
  site: 'all',
  client: [
    'on_time_shipments',
    'order_fill_rate',
    'otif',
    'picking_accuracy',
    'error_ppm',
    'claims_per_1000_orders',
    'order_cycle_time',
    'dock_to_stock_time',
  ],
  activity: ['performance_vs_standard'],
  team: ['picking_accuracy', 'performance_vs_standard', 'absenteeism'],
  operator: ['picking_accuracy', 'performance_vs_standard'],
};

/** Western Electric rules 1–4 (kpis.md §7 asks for drift before the client sees it; 1.6 % false alarms per point). */
export const DEFAULT_RULES: RuleSelection = 'western_electric';
/** The baseline: the year before the monitored period (limits from fewer than 8 weeks of points mean little). */
const BASELINE_DAYS = 365;
const MIN_BASELINE_POINTS = 56;

export interface DriftRequest {
  siteId: string;
  /** The monitored period (both inclusive); the baseline is the year before it. */
  from: string;
  to: string;
  dimension?: Dimension;
  kpiIds?: readonly string[];
  keys?: readonly string[];
  rules?: RuleSelection;
}

export interface DriftAlert {
  /** Stable: the same alert on a rerun has the same id. */
  id: string;
  kpiId: string;
  dimension: Dimension;
  key: string;
  chart: ChartKind;
  rule: SpcRuleId;
  side: SignalSide;
  /** The day the rule first fired, and the first day of the pattern. */
  firedAt: string;
  start: string;
  end: string;
  /** Days of the points that make up the pattern (every rule's). */
  dates: string[];
  /** Each rule that fired in this drift, with its own points: what the alert says to the site manager. */
  signals: { rule: SpcRuleId; side: SignalSide; firedAt: string; dates: string[] }[];
  /** The KPI's value, centre line and limits at the firing point, in the KPI's unit. */
  value: number;
  centre: number;
  lcl: number;
  ucl: number;
}

export interface DriftReport {
  from: string;
  to: string;
  baseline: { from: string; to: string };
  rules: RuleSelection;
  series: number;
  alerts: DriftAlert[];
}

export interface SeriesPoint {
  date: string;
  numerator: number;
  denominator: number;
  value: number;
}

export interface DriftChart {
  kpiId: string;
  dimension: Dimension;
  key: string;
  chart: ChartKind;
  /** 1: the points below are already in the KPI's unit. */
  scale: number;
  /** Value, centre and limits in the KPI's unit (%, hours…); z and zone as the chart computed them. */
  points: (SpcPoint & { date: string })[];
}

function seriesOf(def: KpiDefinition, days: readonly KpiFactSum[]): SeriesPoint[] {
  const out: SeriesPoint[] = [];
  for (const d of days) {
    const v = kpiValue(def, d.values);
    if (v.value === null || v.denominator <= 0) continue;
    out.push({ date: d.period, numerator: v.numerator, denominator: v.denominator, value: v.value });
  }
  return out;
}

export interface SeriesChart {
  chart: AttributeChart | XmrChart;
  /** Turns a value of the chart's scale (a raw ratio, a logarithm) into the KPI's unit. */
  toKpi: (x: number) => number;
}

/**
 * The chart of one series: limits from the points before `from`, weekday-adjusted centre. A positive continuous KPI
 * (a time, a productivity, a cost) is charted on its logarithm: its weekday pattern is multiplicative and its noise
 * right-skewed, both of which the log turns into the additive, near-normal case the XmR limits assume.
 */
export function chartOf(
  def: KpiDefinition,
  series: readonly SeriesPoint[],
  from: string,
): SeriesChart | null {
  const baselineCount = series.filter((p) => p.date < from).length;
  if (baselineCount < MIN_BASELINE_POINTS || baselineCount === series.length) return null;
  const kind = chartKindOf(def);
  const baseline = { start: 0, end: baselineCount };
  const adjust = { weekday: true };
  const ratio = (x: number) => x * def.scale;
  if (kind === 'p') {
    // Proportions of weighted measures can leave [0, 1] only through bad data; such a series is not charted.
    if (series.some((p) => p.numerator < 0 || p.numerator > p.denominator)) return null;
    const chart = pChart(
      series.map((p) => ({ date: p.date, numerator: p.numerator, denominator: p.denominator })),
      { baseline, adjust },
    );
    return { chart, toKpi: ratio };
  }
  if (kind === 'u') {
    const chart = uChart(
      series.map((p) => ({ date: p.date, numerator: p.numerator, denominator: p.denominator })),
      { baseline, adjust },
    );
    return { chart, toKpi: ratio };
  }
  const positive = series.every((p) => p.value > 0);
  const chart = xmrChart(
    series.map((p) => ({ date: p.date, value: positive ? Math.log(p.value) : p.value })),
    { baseline, adjust, mode: 'additive' },
  );
  return { chart, toKpi: positive ? Math.exp : (x) => x };
}

function checkRange(from: string, to: string): void {
  for (const [field, value] of [
    ['from', from],
    ['to', to],
  ] as const)
    if (parseIsoDate(value) === null) throw new DomainError('INVALID_DATE', { field, params: { value } });
  if (to < from) throw new DomainError('INVALID_DATE_RANGE', { field: 'to', params: { from, to } });
}

function watched(dimension: Dimension, kpiIds: readonly string[] | undefined): KpiDefinition[] {
  const list = MONITORED[dimension];
  return KPIS.filter(
    (d) =>
      d.dimensions.includes(dimension) &&
      (list === 'all' || list.includes(d.id)) &&
      (kpiIds === undefined || kpiIds.includes(d.id)),
  );
}

function groupDays(sums: readonly KpiFactSum[]): Map<string, KpiFactSum[]> {
  const byKey = new Map<string, KpiFactSum[]>();
  for (const s of sums) {
    const list = byKey.get(s.key);
    if (list) list.push(s);
    else byKey.set(s.key, [s]);
  }
  return byKey;
}

export async function detectDrifts(
  ctx: { db: Database },
  actor: Actor,
  request: DriftRequest,
): Promise<DriftReport> {
  checkRange(request.from, request.to);
  const dimensions: Dimension[] = request.dimension ? [request.dimension] : ['site', 'client'];
  for (const d of dimensions) assertMayReadKpis(actor, d, request.keys);
  const rules = request.rules ?? DEFAULT_RULES;
  const baseline = { from: addDays(request.from, -BASELINE_DAYS), to: addDays(request.from, -1) };
  const alerts: DriftAlert[] = [];
  let series = 0;
  for (const dimension of dimensions) {
    const defs = watched(dimension, request.kpiIds);
    if (defs.length === 0) continue;
    const sums = await ctx.db.repos.kpiFacts.sum(request.siteId, {
      from: baseline.from,
      to: request.to,
      dimension,
      period: 'day',
      ...(request.keys === undefined ? {} : { keys: request.keys }),
    });
    for (const [key, days] of groupDays(sums)) {
      for (const def of defs) {
        const points = seriesOf(def, days);
        const charted = chartOf(def, points, request.from);
        if (!charted) continue;
        const { chart, toKpi } = charted;
        series += 1;
        const first = points.findIndex((p) => p.date >= request.from);
        const signals = evaluateChartRules(chart.points, { rules, from: first });
        // One alert per drift: the episodes of every rule that overlap in time are one story for a site manager;
        // each rule that fired stays listed with its own points.
        const episodes = groupSignals(signals).sort(
          (a, b) => a.start - b.start || a.firedAt[0]! - b.firedAt[0]!,
        );
        const merged: (typeof episodes)[] = [];
        let reach = -1;
        for (const e of episodes) {
          const open = merged.at(-1);
          const joins = open !== undefined && e.start <= reach + 1;
          if (joins) open.push(e);
          else merged.push([e]);
          reach = joins ? Math.max(reach, e.end) : e.end;
        }
        for (const group of merged) {
          const firstFired = group.reduce((a, b) => (b.firedAt[0]! < a.firedAt[0]! ? b : a));
          const fired = firstFired.firedAt[0]!;
          const at = chart.points[fired]!;
          const start = Math.min(...group.map((e) => e.start));
          const end = Math.max(...group.map((e) => e.end));
          const sides = new Set(group.map((e) => e.side));
          const dates = [...new Set(group.flatMap((e) => e.points))]
            .sort((a, b) => a - b)
            .map((i) => points[i]!.date);
          alerts.push({
            id: `${def.id}:${dimension}:${key}:${firstFired.rule}:${points[start]!.date}`,
            kpiId: def.id,
            dimension,
            key,
            chart: chartKindOf(def),
            rule: firstFired.rule,
            side: sides.size === 1 ? firstFired.side : 'both',
            firedAt: points[fired]!.date,
            start: points[start]!.date,
            end: points[end]!.date,
            dates,
            signals: group.map((e) => ({
              rule: e.rule,
              side: e.side,
              firedAt: points[e.firedAt[0]!]!.date,
              dates: e.points.map((i) => points[i]!.date),
            })),
            value: points[fired]!.value,
            centre: toKpi(at.centre),
            lcl: toKpi(at.lcl),
            ucl: toKpi(at.ucl),
          });
        }
      }
    }
  }
  alerts.sort((a, b) => (a.firedAt < b.firedAt ? 1 : a.firedAt > b.firedAt ? -1 : a.id < b.id ? -1 : 1));
  return { from: request.from, to: request.to, baseline, rules, series, alerts };
}

/** The control chart behind an alert (or any KPI and key), for the alert list's drawing. */
export async function driftChart(
  ctx: { db: Database },
  actor: Actor,
  request: { siteId: string; kpiId: string; dimension: Dimension; key: string; from: string; to: string },
): Promise<DriftChart | null> {
  checkRange(request.from, request.to);
  assertMayReadKpis(actor, request.dimension, [request.key]);
  const def = kpiById(request.kpiId);
  if (!def) throw new DomainError('KPI_UNKNOWN', { field: 'kpiId', params: { value: request.kpiId } });
  const sums = await ctx.db.repos.kpiFacts.sum(request.siteId, {
    from: addDays(request.from, -BASELINE_DAYS),
    to: request.to,
    dimension: request.dimension,
    period: 'day',
    keys: [request.key],
  });
  const points = seriesOf(def, sums);
  const charted = chartOf(def, points, request.from);
  if (!charted) return null;
  const { chart, toKpi } = charted;
  return {
    kpiId: def.id,
    dimension: request.dimension,
    key: request.key,
    chart: chartKindOf(def),
    scale: 1,
    points: chart.points.map((p, i) => ({
      ...p,
      date: points[i]!.date,
      value: points[i]!.value,
      centre: toKpi(p.centre),
      lcl: toKpi(p.lcl),
      ucl: toKpi(p.ucl),
    })),
  };
}
