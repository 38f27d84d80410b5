// The small demo's history through the DuckDB history store: every row valid, plausible volumes, drifts visible.
import { type EventStore, openEventStore } from '@logipilot/db';
import {
  addDays,
  type DailyMeasureRow,
  type EarnedHourStandards,
  kpiById,
  kpiValue,
  type ProductivityStandard,
  standardMinutesPerUnit,
} from '@logipilot/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { historyWindow } from '../flow-history.ts';
import { generateDemoSite } from '../generate.ts';
import { generateDemoHistory } from './generate-history.ts';

const AS_OF = '2026-11-28';
const site = generateDemoSite({ size: 'small', seed: 1, asOf: AS_OF });
const history = generateDemoHistory(site, { size: 'small', seed: 1, asOf: AS_OF });
const siteId = site.bundle.site.id;
const { from, to } = historyWindow(AS_OF);

/** The site's standards as the app's measure context takes them: the first site-wide one, PF&D included. */
function minutesFor(activity: ProductivityStandard['activity'], unit: ProductivityStandard['unit']): number {
  const found = site.bundle.standards.find(
    (s) => s.activity === activity && s.unit === unit && s.zoneId === null,
  );
  if (!found) throw new Error(`${activity}/${unit}`);
  return standardMinutesPerUnit(found);
}
const standards: EarnedHourStandards = {
  pickingMinutesPerLine: minutesFor('picking', 'order_line'),
  receivingMinutesPerPallet: minutesFor('receiving', 'pallet'),
  putawayMinutesPerPallet: minutesFor('putaway', 'pallet'),
};

let store: EventStore;
let rows: DailyMeasureRow[] = [];
const imported = new Map<string, number>();

beforeAll(async () => {
  store = await openEventStore({ kind: 'duckdb', path: ':memory:' });
  for (const q of history.queries) {
    const outcome = await store.history.importQuery(siteId, q.kind, q.select, {
      timeZone: site.bundle.site.timeZone,
      errorCap: 5,
    });
    if (outcome.errorCount > 0) console.error(q.kind, outcome.errorCount, outcome.errors);
    expect(outcome.errorCount).toBe(0);
    imported.set(q.kind, outcome.imported);
  }
  rows = await store.history.dailyMeasures(siteId, {
    from,
    to,
    standards,
    teams: new Map(site.bundle.employees.map((e) => [e.id, e.team])),
  });
});

afterAll(async () => {
  await store?.close();
});

/** The KPI over the rows of one breakdown key between two days (inclusive). */
function kpi(id: string, dimension: string, key: string, first: string, last: string): number {
  const def = kpiById(id);
  if (!def) throw new Error(id);
  const sums: Record<string, number> = {};
  for (const r of rows) {
    if (r.dimension !== dimension || r.key !== key || r.day < first || r.day > last) continue;
    for (const [m, v] of Object.entries(r.values)) sums[m] = (sums[m] ?? 0) + v;
  }
  return kpiValue(def, sums).value ?? Number.NaN;
}

function drift(kpiId: string) {
  const d = history.drifts.find((x) => x.kpiId === kpiId);
  if (!d) throw new Error(kpiId);
  return d;
}

const firstYearEnd = addDays(from, 364);

describe('demo history (small) in the DuckDB history store', () => {
  it('imports every kind with the expected volumes', () => {
    for (const q of history.queries) expect(imported.get(q.kind), q.kind).toBeGreaterThan(0);
    const lines = imported.get('order_lines') ?? 0;
    expect(lines / (history.expected.order_lines ?? 1)).toBeGreaterThan(0.98);
    expect(lines / (history.expected.order_lines ?? 1)).toBeLessThan(1.02);
    expect(imported.get('receipts')).toBe(history.expected.receipts);
    expect(imported.get('inventory_counts')).toBe(history.expected.inventory_counts);
    expect(imported.get('occupancy')).toBe(history.expected.occupancy);
    const sheets = (imported.get('timesheets') ?? 0) / (history.expected.timesheets ?? 1);
    expect(sheets).toBeGreaterThan(0.9);
    expect(sheets).toBeLessThan(1.1);
  });

  it('has site KPIs in their usual ranges over the first year', () => {
    const site = (id: string) => kpi(id, 'site', '', from, firstYearEnd);
    expect(site('on_time_shipments')).toBeGreaterThan(97.5);
    expect(site('on_time_shipments')).toBeLessThan(99.5);
    expect(site('picking_accuracy')).toBeGreaterThan(99.6);
    expect(site('line_fill_rate')).toBeGreaterThan(99.3);
    expect(site('inventory_accuracy_locations')).toBeGreaterThan(98.5);
    expect(site('dock_to_stock_time')).toBeGreaterThan(2);
    expect(site('dock_to_stock_time')).toBeLessThan(4);
    expect(site('storage_occupancy')).toBeGreaterThan(80);
    expect(site('storage_occupancy')).toBeLessThan(92);
    expect(site('damage_rate_ppm')).toBeGreaterThan(50);
    expect(site('damage_rate_ppm')).toBeLessThan(600);
    expect(site('claims_per_1000_orders')).toBeGreaterThan(0.5);
    expect(site('claims_per_1000_orders')).toBeLessThan(4);
    expect(site('absenteeism')).toBeGreaterThan(3);
    expect(site('absenteeism')).toBeLessThan(9);
    expect(site('overtime_ratio')).toBeGreaterThan(1);
    expect(site('overtime_ratio')).toBeLessThan(8);
    expect(site('temp_ratio')).toBeGreaterThan(5);
    expect(kpi('tf1', 'site', '', from, to)).toBeLessThan(120);
  });

  it('has productivity KPIs consistent with the site standards, per client too', () => {
    const siteKpi = (id: string) => kpi(id, 'site', '', from, to);
    expect(siteKpi('lines_per_hour')).toBeGreaterThan(60);
    expect(siteKpi('lines_per_hour')).toBeLessThan(110);
    expect(siteKpi('performance_vs_standard')).toBeGreaterThan(85);
    expect(siteKpi('performance_vs_standard')).toBeLessThan(100);
    expect(siteKpi('orders_per_person_hour')).toBeGreaterThan(7);
    expect(siteKpi('orders_per_person_hour')).toBeLessThan(14);
    for (const c of site.bundle.clients) {
      expect(kpi('lines_per_hour', 'client', c.id, from, to), c.code).toBeGreaterThan(60);
      expect(kpi('lines_per_hour', 'client', c.id, from, to), c.code).toBeLessThan(110);
      expect(kpi('performance_vs_standard', 'client', c.id, from, to), c.code).toBeGreaterThan(80);
      expect(kpi('performance_vs_standard', 'client', c.id, from, to), c.code).toBeLessThan(105);
    }
  });

  it('names nobody before their contract starts', () => {
    const start = new Map(site.bundle.employees.map((e) => [e.id, e.contract.start]));
    const early = rows.filter((r) => r.dimension === 'operator' && r.day < (start.get(r.key) ?? ''));
    expect(early).toEqual([]);
    const hiredInWindow = site.bundle.employees.filter((e) => e.contract.start > from);
    expect(hiredInWindow.length).toBeGreaterThan(0);
  });

  it("shows the drifting picker's error rate well above its own past", () => {
    const d = drift('picking_accuracy');
    const before = 100 - kpi('picking_accuracy', 'operator', d.key, from, addDays(d.start, -1));
    const after = 100 - kpi('picking_accuracy', 'operator', d.key, d.start, addDays(d.start, 27));
    expect(before).toBeLessThan(0.6);
    expect(after).toBeGreaterThan(2);
  });

  it("shows the drifting client's on-time rate falling", () => {
    const d = drift('on_time_shipments');
    const before = kpi('on_time_shipments', 'client', d.key, from, addDays(d.start, -1));
    const after = kpi('on_time_shipments', 'client', d.key, addDays(d.start, 7), addDays(d.start, 27));
    expect(before).toBeGreaterThan(97.5);
    expect(after).toBeLessThan(93);
  });

  it('shows the dock-to-stock time creeping up from the drift start', () => {
    const d = drift('dock_to_stock_time');
    const before = kpi('dock_to_stock_time', 'site', '', from, addDays(d.start, -1));
    const second = kpi('dock_to_stock_time', 'site', '', addDays(d.start, 7), addDays(d.start, 13));
    expect(second / before).toBeGreaterThan(1.15);
  });
});
