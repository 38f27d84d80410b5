// generateDemoHistory: two years of WMS event history for a demo site, as DuckDB SELECTs that generate the rows.
import { HISTORY_KINDS, type HistoryKind } from '@logipilot/domain';
import type { DemoSite } from '../generate.ts';
import type { DemoSize } from '../sizes.ts';
import {
  buildHistoryPlan,
  CLAIM_RATE,
  DAMAGE_RATE,
  type HistoryPlan,
  type InjectedDrift,
  MEAN_ORDER_LINES,
} from './history-plan.ts';
import { HISTORY_SQL } from './history-queries.ts';
import { INCIDENT_MULTIPLE, TF1_TARGET } from './history-sql.ts';

export type { InjectedDrift } from './history-plan.ts';

export interface DemoHistoryOptions {
  seed: number;
  /** The demo's "today" (YYYY-MM-DD): the history covers the two years before it (historyWindow). */
  asOf: string;
  size: DemoSize;
}

export interface DemoHistory {
  /** One DuckDB SELECT per kind; its columns are text, named exactly as HISTORY_FIELDS[kind][i].column. */
  queries: { kind: HistoryKind; select: string }[];
  /** The drifts injected, with their start day, so tests can check they are found. */
  drifts: InjectedDrift[];
  /** Expected volumes, for the seeding progress and the tests (e.g. order lines ≈ N). */
  expected: Partial<Record<HistoryKind, number>>;
}

/** Approximate volumes from the plan (the draws happen in DuckDB): exact for receipts, counts and occupancy. */
function expectedVolumes(p: HistoryPlan): Partial<Record<HistoryKind, number>> {
  const orders = p.clientDays.reduce((s, c) => s + c.orders, 0);
  const units = p.clientDays.reduce(
    (s, c) => s + c.orders * MEAN_ORDER_LINES * p.clients[c.client]!.unitsPerLine,
    0,
  );
  const weekdays = p.days.filter((d) => d.weekday <= 5).length;
  const saturdays = p.days.length - weekdays;
  const worked = 0.85;
  let shifts = 0;
  let hours = 0;
  // A worked day of a picker is split into a picking row per client picked (every client of the pool, at these
  // volumes) and a row of side work.
  let pickingRows = 0;
  for (const e of p.employees) {
    const n = weekdays * (e.weekdays.length / 5) + (e.saturdayGroup >= 0 ? saturdays / 3 - weekdays / 15 : 0);
    shifts += n;
    hours += n * e.hoursPerDay * e.risk;
    if (e.pool === 'amb' || e.pool === 'cold')
      pickingRows += n * worked * p.clients.filter((c) => c.pool === e.pool).length;
  }
  const trucks = p.clientDays.reduce((s, c) => s + c.trucks, 0);
  // Worked share of scheduled days ≈ 85 % (leave, sickness, training, other absences).
  const accidents = TF1_TARGET * 1e-6 * hours * worked;
  return {
    order_lines: Math.round(orders * MEAN_ORDER_LINES),
    receipts: trucks,
    inventory_counts: p.days.length * p.countsPerDay,
    // Plus a receiving and a putaway row per receipt (fewer when one operator takes two of a client's trucks).
    timesheets: Math.round(shifts + pickingRows + 2 * trucks),
    incidents: Math.round(accidents * INCIDENT_MULTIPLE) + p.accidents.length,
    damages: Math.round((units * DAMAGE_RATE) / 2),
    claims: Math.round(orders * CLAIM_RATE),
    occupancy: p.days.length * p.zones.length,
  };
}

/**
 * Builds the SELECTs of a demo site's event history. Pure: the same site and options give the same text, and
 * DuckDB's hash makes the rows the same for a given DuckDB version.
 *
 * @example
 * const site = generateDemoSite({ size: 'small', seed: 1, asOf: '2026-11-28' });
 * const history = generateDemoHistory(site, { size: 'small', seed: 1, asOf: '2026-11-28' });
 * for (const q of history.queries) await store.history.importQuery(site.bundle.site.id, q.kind, q.select, { timeZone });
 */
export function generateDemoHistory(demo: DemoSite, options: DemoHistoryOptions): DemoHistory {
  const plan = buildHistoryPlan(demo, options);
  return {
    queries: HISTORY_KINDS.map((kind) => ({ kind, select: HISTORY_SQL[kind](plan) })),
    drifts: plan.drift.drifts,
    expected: expectedVolumes(plan),
  };
}
