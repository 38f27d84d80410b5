// A hand-made monthly report input (March 2026, every catalogue KPI, three clients, three SPC alerts) for the
// builders' tests and for looking at the rendered pages.
import { KPIS, type KpiDefinition, trafficLight, trendOf } from '@logipilot/domain';
import type { KpiReportInput, KpiReportTile } from './kpi-report-model.ts';

/** The month's values the tests read back: on-time 98.5 % (amber), picking accuracy 99.42 % (red three months). */
export const SAMPLE_VALUES: Readonly<Record<string, number | null>> = {
  on_time_shipments: 98.5,
  order_fill_rate: 99.61,
  line_fill_rate: 99.84,
  otif: 96.2,
  picking_accuracy: 99.42,
  error_ppm: 1830,
  claims_per_1000_orders: 2.4,
  order_cycle_time: 19.6,
  lines_per_hour: 104.3,
  units_per_hour: 312.8,
  dock_to_stock_time: 5.2,
  performance_vs_standard: 88.1,
  orders_per_person_hour: 8.4,
  utilisation: 81.5,
  pallets_received_per_hour: 17.2,
  storage_occupancy: 91.3,
  inventory_accuracy_locations: 99.2,
  inventory_accuracy_units: 99.71,
  damage_rate_ppm: 640,
  labour_cost_per_order: 4.87,
  labour_cost_per_line: 0.4213,
  labour_cost_per_unit: 0.1405,
  inbound_cost_per_pallet: 2.96,
  tf1: 31.5,
  tf2: 52.4,
  tg: 0.9,
  absenteeism: 7.3,
  temp_ratio: 27.8,
  overtime_ratio: null,
};

export const SAMPLE_MONTHS = [
  '2025-03-01',
  '2025-04-01',
  '2025-05-01',
  '2025-06-01',
  '2025-07-01',
  '2025-08-01',
  '2025-09-01',
  '2025-10-01',
  '2025-11-01',
  '2025-12-01',
  '2026-01-01',
  '2026-02-01',
  '2026-03-01',
];

/** A deterministic wobble around the month's value; picking accuracy sinks below its red edge for three months. */
function seriesOf(def: KpiDefinition, value: number | null): (number | null)[] {
  if (value === null) return SAMPLE_MONTHS.map(() => null);
  return SAMPLE_MONTHS.map((_, i) => {
    if (i === SAMPLE_MONTHS.length - 1) return value;
    if (def.id === 'picking_accuracy') return i >= 10 ? 99.5 - (i - 10) * 0.03 : 99.78 + ((i * 7) % 5) * 0.02;
    // Safety rates start in April: the first month has no hours worked yet.
    if (def.family === 'hr_safety' && i === 0) return null;
    // Percentages move by a fraction of a point (and stay ≤ 100), other KPIs by a few per cent, drifting over the year.
    const drift = ((def.id.length % 3) - 1) * (12 - i) * (i >= 8 ? 0.5 : 0.15);
    const wobble = (((i * 5) % 7) - 3) / 3 + drift;
    const v = def.unit === 'percent' ? Math.min(100, value - wobble * 0.4) : value * (1 - wobble * 0.03);
    return Math.round(v * 1e4) / 1e4;
  });
}

function tileOf(def: KpiDefinition, value: number | null, series: (number | null)[]): KpiReportTile {
  const thresholds = def.defaultTarget;
  return {
    id: def.id,
    family: def.family,
    unit: def.unit,
    direction: def.direction,
    value,
    target: thresholds?.target ?? null,
    tolerance: thresholds?.amberTolerance ?? null,
    status: trafficLight(def.direction, value, thresholds),
    previous: series.at(-2) ?? null,
    lastYear: series[0] ?? null,
    // The board's rule: a percentage near 100 moves by points, not by a share of its value.
    trend: trendOf(
      series,
      def.unit === 'percent'
        ? { relativeDeadBand: 0, absoluteDeadBand: Math.max(0.05, (thresholds?.amberTolerance ?? 0.2) / 2) }
        : {},
    ),
  };
}

const CLIENTS = [
  { id: 'c-bio', name: 'Biocoop Sud-Est', shift: 0.6 },
  { id: 'c-deco', name: 'Maison Déco & Cie', shift: -1.4 },
  { id: 'c-velo', name: 'Vélocité Pièces', shift: 0.2 },
];

const CLIENT_KPIS = KPIS.filter((d) => d.family === 'service' && d.dimensions.includes('client'));

export function sampleKpiReport(): KpiReportInput {
  const series = KPIS.map((def) => ({ kpiId: def.id, values: seriesOf(def, SAMPLE_VALUES[def.id] ?? null) }));
  const tiles = KPIS.map((def, i) => tileOf(def, SAMPLE_VALUES[def.id] ?? null, series[i]!.values));
  return {
    siteName: 'Entrepôt Lyon-Saint-Exupéry',
    month: '2026-03',
    generatedOn: '2026-04-03',
    tiles,
    months: SAMPLE_MONTHS,
    series,
    chartKpiIds: [
      'on_time_shipments',
      'otif',
      'picking_accuracy',
      'claims_per_1000_orders',
      'lines_per_hour',
      'performance_vs_standard',
      'dock_to_stock_time',
      'storage_occupancy',
      'inventory_accuracy_locations',
      'labour_cost_per_line',
      'absenteeism',
      'temp_ratio',
      'tf1',
    ],
    clients: CLIENTS.map((c) => ({
      id: c.id,
      name: c.name,
      tiles: CLIENT_KPIS.map((def) => {
        const base = SAMPLE_VALUES[def.id] ?? null;
        // Percentages move by points (capped at 100), the other service KPIs by a share of their value.
        const value =
          base === null
            ? null
            : def.unit === 'percent'
              ? Math.min(100, base + c.shift)
              : Math.max(0, base * (1 - c.shift / 5));
        return tileOf(def, value, seriesOf(def, value));
      }),
    })),
    alerts: [
      {
        kpiId: 'picking_accuracy',
        dimension: 'site',
        key: '',
        keyName: '',
        rule: 'WE_4',
        side: 'below',
        firedAt: '2026-03-18',
        start: '2026-03-09',
        end: '2026-03-18',
        dates: [
          '2026-03-09',
          '2026-03-10',
          '2026-03-11',
          '2026-03-12',
          '2026-03-13',
          '2026-03-16',
          '2026-03-17',
          '2026-03-18',
        ],
        value: 99.31,
        centre: 99.76,
        lcl: 99.41,
        ucl: 100,
      },
      {
        kpiId: 'on_time_shipments',
        dimension: 'client',
        key: 'c-deco',
        keyName: 'Maison Déco & Cie',
        rule: 'WE_1',
        side: 'below',
        firedAt: '2026-03-24',
        start: '2026-03-24',
        end: '2026-03-24',
        dates: ['2026-03-24'],
        value: 88.9,
        centre: 98.7,
        lcl: 94.2,
        ucl: 100,
      },
      {
        kpiId: 'error_ppm',
        dimension: 'client',
        key: 'c-bio',
        keyName: 'Biocoop Sud-Est',
        rule: 'WE_2',
        side: 'above',
        firedAt: '2026-03-05',
        start: '2026-03-03',
        end: '2026-03-05',
        dates: ['2026-03-03', '2026-03-05'],
        value: 4120,
        centre: 1650,
        lcl: 0,
        ucl: 4400,
      },
    ],
  };
}
