// Shapes of the /api/kpi answers as the dashboard reads them.
export type Dimension = 'site' | 'client' | 'activity' | 'team' | 'operator';
export type KpiUnit = 'percent' | 'ppm' | 'per_mille' | 'hours' | 'per_hour' | 'eur' | 'rate';
export type TrafficLight = 'green' | 'amber' | 'red' | 'none';
export type Trend = 'up' | 'down' | 'flat';

export interface KpiTile {
  id: string;
  /** `rolling_year`: value and comparisons over the 12 months to the period's end (safety rates). */
  window: 'period' | 'rolling_year';
  family: string;
  unit: KpiUnit;
  direction: 'up' | 'down';
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
  spark: { period: string; value: number | null }[];
}

export interface KpiBoard {
  from: string;
  to: string;
  groupBy: Dimension;
  /** The client the figures are limited to ('' for every client). */
  client: string;
  groups: string[];
  previous: { from: string; to: string };
  lastYear: { from: string; to: string };
  sparkPeriod: 'week' | 'month';
  tiles: KpiTile[];
}

export interface DashboardLayout {
  tiles: string[];
  period: 'week' | 'month';
}

export interface DriftAlert {
  id: string;
  kpiId: string;
  dimension: Dimension;
  key: string;
  chart: 'p' | 'u' | 'xmr';
  rule: string;
  side: string;
  firedAt: string;
  start: string;
  end: string;
  dates: string[];
  /** Each rule that fired in this drift, with its own points. */
  signals?: { rule: string; side: string; firedAt: string; dates: string[] }[];
  value: number;
  centre: number;
  lcl: number;
  ucl: number;
}

export interface DriftReport {
  from: string;
  to: string;
  baseline: { from: string; to: string };
  series: number;
  alerts: DriftAlert[];
}

export interface DriftChartPoint {
  date: string;
  value: number;
  centre: number;
  lcl: number;
  ucl: number;
  zone: string;
  z: number | null;
  baseline: boolean;
}

export interface DriftChartData {
  kpiId: string;
  dimension: Dimension;
  key: string;
  chart: 'p' | 'u' | 'xmr';
  scale: number;
  points: DriftChartPoint[];
}

export interface DriftRecord {
  id: string;
  alertId: string;
  kpiId: string;
  status: string;
  note: string;
  createdAt: string;
  createdBy: string;
}

/** A target from a month on, for the site (`clientId` '') or one client; tolerance is the amber band's width. */
export interface KpiTarget {
  kpiId: string;
  clientId: string;
  from: string;
  target: number;
  tolerance: number;
  source: string;
}
