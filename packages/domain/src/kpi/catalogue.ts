// The KPI library: each KPI a scaled ratio of summed daily measures, so any period or breakdown stays Σnum/Σden.
import { DIMENSIONS, type Dimension, MEASURES, type MeasureId } from './measures.ts';

export const KPI_FAMILIES = ['service', 'operations', 'capacity', 'finance', 'hr_safety'] as const;
export type KpiFamily = (typeof KPI_FAMILIES)[number];

/** How a value reads: `rate` is a safety rate per million (TF) or per thousand (TG) hours worked. */
export const KPI_UNITS = ['percent', 'ppm', 'per_mille', 'hours', 'per_hour', 'eur', 'rate'] as const;
export type KpiUnit = (typeof KPI_UNITS)[number];

/** `up`: higher is better; `down`: lower is better. */
export const KPI_DIRECTIONS = ['up', 'down'] as const;
export type KpiDirection = (typeof KPI_DIRECTIONS)[number];

export const KPI_GRANULARITIES = ['day', 'week', 'month'] as const;
export type KpiGranularity = (typeof KPI_GRANULARITIES)[number];

export interface WeightedMeasure {
  measure: MeasureId;
  weight: number;
}

/** A target and the width of its amber band, in the KPI's unit (percentage points for a %). */
export interface KpiTargetDefault {
  target: number;
  amberTolerance: number;
}

export interface KpiDefinition {
  id: string;
  family: KpiFamily;
  unit: KpiUnit;
  direction: KpiDirection;
  granularities: readonly KpiGranularity[];
  /** The breakdowns where every measure of the ratio exists (their dimensions' intersection). */
  dimensions: readonly Dimension[];
  numerator: readonly WeightedMeasure[];
  denominator: readonly WeightedMeasure[];
  /** value = scale × numerator / denominator (100 for %, 1e6 for ppm and TF, 1/100 for cents → €). */
  scale: number;
  /** Null where the handbook gives no figure: the site sets its own target. */
  defaultTarget: KpiTargetDefault | null;
  /** Where the formula comes from in the domain handbook. */
  handbook: string;
}

export interface KpiValue {
  numerator: number;
  denominator: number;
  /** Null when the denominator is 0: nothing to measure, which is not a 0 %. */
  value: number | null;
}

type Terms = readonly (MeasureId | WeightedMeasure)[];

function weighted(terms: Terms): WeightedMeasure[] {
  return terms.map((t) => (typeof t === 'string' ? { measure: t, weight: 1 } : t));
}

function dimensionsOf(ids: readonly MeasureId[]): Dimension[] {
  return DIMENSIONS.filter((d) =>
    ids.every((id) => {
      const spec = MEASURES.find((m) => m.id === id);
      if (!spec) throw new Error(`unknown measure ${id}`);
      return spec.dimensions.includes(d);
    }),
  );
}

const ALL: readonly KpiGranularity[] = KPI_GRANULARITIES;
const WEEK_MONTH: readonly KpiGranularity[] = ['week', 'month'];
/** Accident rates on a day or a week are one event over a few thousand hours: noise, not a rate. */
const MONTH: readonly KpiGranularity[] = ['month'];

function kpi(
  id: string,
  family: KpiFamily,
  unit: KpiUnit,
  direction: KpiDirection,
  numerator: Terms,
  denominator: Terms,
  scale: number,
  defaultTarget: KpiTargetDefault | null,
  handbook: string,
  granularities: readonly KpiGranularity[] = ALL,
): KpiDefinition {
  const num = weighted(numerator);
  const den = weighted(denominator);
  const dimensions = dimensionsOf([...num, ...den].map((t) => t.measure));
  return {
    id,
    family,
    unit,
    direction,
    granularities,
    dimensions,
    numerator: num,
    denominator: den,
    scale,
    defaultTarget,
    handbook,
  };
}

const PERCENT = 100;
const PPM = 1e6;
const PER_MILLE = 1000;
const CENTS_TO_EUR = 1 / 100;

const target = (t: number, amberTolerance: number): KpiTargetDefault => ({ target: t, amberTolerance });

/**
 * Default targets follow one rule: the target is the better end of the handbook's typical range (or the WERC
 * best-in-class / median figure when that is all it gives) and the amber band spans the rest of that range, so
 * red means worse than typical. Ranges marked * in the handbook are practitioner values, not sourced. Where the
 * handbook has no figure the default is null: a target the software invented would look authoritative.
 */
export const KPIS: readonly KpiDefinition[] = [
  // kpis.md §1: typical 97–99 %* → green from 99, amber 97–99.
  kpi(
    'on_time_shipments',
    'service',
    'percent',
    'up',
    ['orders_on_time'],
    ['orders_shipped'],
    PERCENT,
    target(99, 2),
    'kpis.md §1 On-time shipments',
  ),
  // kpis.md §1: WERC BIC > 99.56 %; no typical value, amber width is ours.
  kpi(
    'order_fill_rate',
    'service',
    'percent',
    'up',
    ['orders_complete'],
    ['orders_shipped'],
    PERCENT,
    target(99.5, 1.5),
    'kpis.md §1 Order fill rate',
  ),
  // kpis.md §1 gives no figure; a line fill rate is at least the order fill rate, so the same band.
  // The handbook divides by lines ordered; the measures only know shipped lines (see the report on measures.ts).
  kpi(
    'line_fill_rate',
    'service',
    'percent',
    'up',
    ['lines_shipped_complete'],
    ['lines_shipped'],
    PERCENT,
    target(99.5, 1.5),
    'kpis.md §1 Line fill rate',
  ),
  // kpis.md §1: retail contracts 95–98 %*.
  kpi(
    'otif',
    'service',
    'percent',
    'up',
    ['orders_otif'],
    ['orders_shipped'],
    PERCENT,
    target(98, 3),
    'kpis.md §1 OTIF',
  ),
  // kpis.md §7 worked example: target 99.8 %, tolerance 0.2 pt (typical 99.5–99.7 %*, BIC > 99.9 % in §1).
  kpi(
    'picking_accuracy',
    'service',
    'percent',
    'up',
    ['lines_picked_ok'],
    ['lines_picked'],
    PERCENT,
    target(99.8, 0.2),
    'kpis.md §1 Order picking accuracy, §7',
  ),
  // kpis.md §1: 99.9 % accuracy ≈ 1,000 ppm; mirrors the §7 accuracy band (99.8 / 0.2 pt → 2,000 / 2,000 ppm).
  kpi(
    'error_ppm',
    'service',
    'ppm',
    'down',
    ['lines_shipped_error'],
    ['lines_shipped'],
    PPM,
    target(2000, 2000),
    'kpis.md §1 Error rate in ppm',
  ),
  // kpis.md §1: typical 1–5 ‰*. Claims arrive days after shipping: a daily ratio means little.
  kpi(
    'claims_per_1000_orders',
    'service',
    'per_mille',
    'down',
    ['claims'],
    ['orders_shipped'],
    PER_MILLE,
    target(1, 4),
    'kpis.md §1 Customer complaints per 1,000 orders',
    WEEK_MONTH,
  ),
  // kpis.md §1: "next-day/same-day cut-off driven": a next-day promise gives 24 h, two days is red.
  kpi(
    'order_cycle_time',
    'service',
    'hours',
    'down',
    ['order_cycle_hours'],
    ['orders_shipped'],
    1,
    target(24, 24),
    'kpis.md §1 Order cycle time – internal',
  ),

  // kpis.md §2: piece picking 60–150 lines/h* (RF/paper): below the range's floor is red.
  kpi(
    'lines_per_hour',
    'operations',
    'per_hour',
    'up',
    ['lines_picked'],
    ['hours_picking'],
    1,
    target(100, 40),
    'kpis.md §2 Lines picked per hour',
  ),
  kpi(
    'units_per_hour',
    'operations',
    'per_hour',
    'up',
    ['units_picked'],
    ['hours_picking'],
    1,
    null,
    'kpis.md §2 Units picked per hour',
  ),
  // kpis.md §2: WERC 2025 BIC < 3.5 h, typical 4–8 h.
  kpi(
    'dock_to_stock_time',
    'operations',
    'hours',
    'down',
    ['dock_to_stock_hours'],
    ['receipts_put_away'],
    1,
    target(4, 4),
    'kpis.md §2 Dock-to-stock cycle time',
  ),
  // kpis.md §2: 85–100 % on mature sites, 65–70 % before engineered standards.
  kpi(
    'performance_vs_standard',
    'operations',
    'percent',
    'up',
    ['earned_hours'],
    ['hours_standardised'],
    PERCENT,
    target(85, 15),
    'kpis.md §2 Performance vs standard',
  ),
  // kpis.md §2: WERC median ≈ 10 orders per person-hour (BIC ≥ 35); amber width is ours.
  kpi(
    'orders_per_person_hour',
    'operations',
    'per_hour',
    'up',
    ['orders_shipped'],
    ['hours_outbound'],
    1,
    target(10, 3),
    'kpis.md §2 Orders picked & shipped per person-hour',
  ),
  kpi(
    'utilisation',
    'operations',
    'percent',
    'up',
    ['hours_direct'],
    ['hours_worked'],
    PERCENT,
    null,
    'kpis.md §2 Utilisation',
  ),
  // kpis.md §2 gives putaway-only rates (15–25 pallets/h*); inbound hours also hold unloading and receiving.
  kpi(
    'pallets_received_per_hour',
    'operations',
    'per_hour',
    'up',
    ['pallets_received'],
    ['hours_inbound'],
    1,
    null,
    'kpis.md §2 Receipts processed per hour',
  ),

  // kpis.md §3: operational ceiling ≈ 85–90 % for selective racking (a target band; the ceiling is what matters).
  kpi(
    'storage_occupancy',
    'capacity',
    'percent',
    'down',
    ['positions_occupied'],
    ['positions_usable'],
    PERCENT,
    target(85, 5),
    'kpis.md §3 Average storage capacity used',
  ),
  // kpis.md §3: typical 98–99.5 %* (BIC ≈ 99.9 %*).
  kpi(
    'inventory_accuracy_locations',
    'capacity',
    'percent',
    'up',
    ['locations_accurate'],
    ['locations_counted'],
    PERCENT,
    target(99.5, 1.5),
    'kpis.md §3 Inventory record accuracy by location',
  ),
  // kpis.md §3: 1 − Σ|counted − system| / Σ system; no figure given, the location band is reused.
  kpi(
    'inventory_accuracy_units',
    'capacity',
    'percent',
    'up',
    ['units_expected', { measure: 'units_discrepancy', weight: -1 }],
    ['units_expected'],
    PERCENT,
    target(99.5, 1.5),
    'kpis.md §3 Inventory accuracy by units/value',
  ),
  // kpis.md §3 gives no figure; §1 "shipped damage-free" BIC > 99.7 % of orders ≈ 3,000 ppm, used as the red edge.
  kpi(
    'damage_rate_ppm',
    'capacity',
    'ppm',
    'down',
    ['units_damaged'],
    ['units_shipped'],
    PPM,
    target(1000, 2000),
    'kpis.md §3 Damage rate',
  ),

  // kpis.md §4: labour cost only (the history holds no other cost); no benchmark in the handbook.
  kpi(
    'labour_cost_per_order',
    'finance',
    'eur',
    'down',
    ['labour_cost_cents'],
    ['orders_shipped'],
    CENTS_TO_EUR,
    null,
    'kpis.md §4 Cost per order',
  ),
  kpi(
    'labour_cost_per_line',
    'finance',
    'eur',
    'down',
    ['labour_cost_cents'],
    ['lines_shipped'],
    CENTS_TO_EUR,
    null,
    'kpis.md §4 Cost per line',
  ),
  kpi(
    'labour_cost_per_unit',
    'finance',
    'eur',
    'down',
    ['labour_cost_cents'],
    ['units_shipped'],
    CENTS_TO_EUR,
    null,
    'kpis.md §4 Cost per unit / per case',
  ),
  kpi(
    'inbound_cost_per_pallet',
    'finance',
    'eur',
    'down',
    ['inbound_cost_cents'],
    ['pallets_received'],
    CENTS_TO_EUR,
    null,
    'kpis.md §4 Cost per pallet (in+out), inbound side',
  ),

  // qualifications-safety.md §4: national TF ≈ 24, logistics ≈ 2× national → green ≤ 24, red above 48.
  kpi(
    'tf1',
    'hr_safety',
    'rate',
    'down',
    ['accidents_lost_time'],
    ['hours_worked'],
    PPM,
    target(24, 24),
    'qualifications-safety.md §4 TF1; kpis.md §5',
    MONTH,
  ),
  kpi(
    'tf2',
    'hr_safety',
    'rate',
    'down',
    ['accidents_lost_time', 'accidents_no_lost_time'],
    ['hours_worked'],
    PPM,
    null,
    'qualifications-safety.md §4 TF2; kpis.md §5',
    MONTH,
  ),
  kpi(
    'tg',
    'hr_safety',
    'rate',
    'down',
    ['lost_days'],
    ['hours_worked'],
    PER_MILLE,
    null,
    'qualifications-safety.md §4 TG; kpis.md §5',
    MONTH,
  ),
  // kpis.md §5: France 6.1 % (2023), transport-logistics ≈ 8 %.
  kpi(
    'absenteeism',
    'hr_safety',
    'percent',
    'down',
    ['hours_absence'],
    ['hours_contractual'],
    PERCENT,
    target(6.1, 1.9),
    'kpis.md §5 Absenteeism rate',
    WEEK_MONTH,
  ),
  // kpis.md §5: "context", logistics often 20–50 %: above the usual range is red.
  kpi(
    'temp_ratio',
    'hr_safety',
    'percent',
    'down',
    ['hours_temp'],
    ['hours_worked'],
    PERCENT,
    target(20, 30),
    'kpis.md §5 Temp-worker ratio',
  ),
  // kpis.md §5: typical 2–8 %*.
  kpi(
    'overtime_ratio',
    'hr_safety',
    'percent',
    'down',
    ['hours_overtime'],
    ['hours_worked'],
    PERCENT,
    target(2, 6),
    'kpis.md §5 Overtime ratio',
  ),
];

const BY_ID = new Map(KPIS.map((k) => [k.id, k]));

export function kpiById(id: string): KpiDefinition | undefined {
  return BY_ID.get(id);
}

function weightedSum(
  terms: readonly WeightedMeasure[],
  measures: Readonly<Record<MeasureId, number>>,
): number {
  let sum = 0;
  for (const t of terms) sum += t.weight * (measures[t.measure] ?? 0);
  return sum;
}

/** The KPI over summed measures (absent measures count 0): store numerator and denominator, show the value. */
export function kpiValue(def: KpiDefinition, measures: Readonly<Record<MeasureId, number>>): KpiValue {
  const numerator = weightedSum(def.numerator, measures);
  const denominator = weightedSum(def.denominator, measures);
  return { numerator, denominator, value: denominator === 0 ? null : (def.scale * numerator) / denominator };
}
