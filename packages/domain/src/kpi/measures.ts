// The additive daily measures every KPI is a ratio of: summed per day and dimension, so any roll-up stays exact.
import type { HistoryKind } from './history.ts';

/** How a measure can be broken down: the whole site, or by client, activity, team or operator. */
export const DIMENSIONS = ['site', 'client', 'activity', 'team', 'operator'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export interface MeasureSpec {
  id: string;
  source: HistoryKind;
  /** The breakdowns this measure exists in (always `site`). */
  dimensions: readonly Dimension[];
}

const PICKED: readonly Dimension[] = ['site', 'client', 'activity', 'team', 'operator'];
const SHIPPED: readonly Dimension[] = ['site', 'client'];
const WORKED: readonly Dimension[] = ['site', 'client', 'activity', 'team', 'operator'];
const PEOPLE: readonly Dimension[] = ['site', 'team', 'operator'];

/**
 * The measures, in the column order of the daily facts. The day of a record is the site-local date (the site's
 * IANA time zone) of the instant named below. Dimension keys: client = the record's client; operator = the
 * person named on the record (picker, receiver, counter, employee); team = that person's team (the timesheet's
 * own team when given, else the site model's); activity = `picking` for picked lines, `receiving` / `putaway` for
 * receipts' earned hours, the timesheet's activity for hours.
 *
 * Order lines, by picked day (pickedAt; lines never picked count nowhere), activity `picking`:
 * - lines_picked, lines_picked_ok (error = false), units_picked (quantityOrdered),
 * - earned_hours: lines_picked × the picking standard (minutes per order line) / 60.
 * Order lines, by shipped day (shippedAt; unshipped lines count nowhere), site and client only:
 * - lines_shipped, lines_shipped_complete (quantityShipped ≥ quantityOrdered; an absent quantityShipped on a
 *   shipped line means complete), lines_shipped_error (error = true), units_shipped (quantityShipped, else
 *   quantityOrdered).
 * Orders (orderId within the site), counted on the day of their last shipped line, once every line of the order is
 * shipped, site and client (the smallest client id among its lines: an order has one client):
 * - orders_shipped; orders_on_time (the last shippedAt ≤ the earliest dueAt); orders_complete (every line
 *   complete); orders_otif (both); orders_error_free (no line with error); order_cycle_hours (Σ last shippedAt −
 *   earliest releasedAt, in hours).
 * Receipts, by unloaded day (unloadedAt), site, client, operator:
 * - receipts, pallets_received, cartons_received; receipts_put_away (putAwayAt present) and dock_to_stock_hours
 *   (Σ putAwayAt − unloadedAt over those, in hours); earned_hours also gets pallets × (receiving + putaway
 *   standards, minutes per pallet) / 60, in activities `receiving` and `putaway` respectively.
 * Inventory counts, by counted day, site, client (when given), operator:
 * - locations_counted, locations_accurate (counted = expected), units_expected (Σ expected), units_discrepancy
 *   (Σ |counted − expected|).
 * Timesheets, by their day; dimension client only when the row names one:
 * - hours_worked (category work), hours_direct (work, activity ≠ indirect), hours_picking (work, picking),
 *   hours_inbound (work, unloading | receiving | putaway), hours_outbound (work, picking | packing | loading),
 *   hours_standardised (work, in an activity with a standard: picking, receiving, putaway), hours_overtime
 *   (overtimeHours of work rows), hours_temp (work, temp), hours_absence (absence_sickness |
 *   absence_work_accident | absence_unjustified), hours_contractual (work hours − overtimeHours, plus the three
 *   absences and training: the theoretical hours absenteeism divides by; paid leave is outside it),
 *   labour_cost_cents (Σ costCents, every category), inbound_cost_cents (costCents of work rows in unloading |
 *   receiving | putaway).
 * Incidents, by occurred day, site, team, operator (the employee):
 * - accidents_lost_time, accidents_no_lost_time, lost_days (Σ lostDays of accidents), near_misses.
 * Damages, by occurred day, site and client: units_damaged (Σ quantity), damage_value_cents.
 * Claims, by received day, site and client: claims.
 * Occupancy, by its day, site and client (when given): positions_occupied, positions_usable.
 */
export const MEASURES: readonly MeasureSpec[] = [
  { id: 'lines_picked', source: 'order_lines', dimensions: PICKED },
  { id: 'lines_picked_ok', source: 'order_lines', dimensions: PICKED },
  { id: 'units_picked', source: 'order_lines', dimensions: PICKED },
  { id: 'earned_hours', source: 'order_lines', dimensions: PICKED },
  { id: 'lines_shipped', source: 'order_lines', dimensions: SHIPPED },
  { id: 'lines_shipped_complete', source: 'order_lines', dimensions: SHIPPED },
  { id: 'lines_shipped_error', source: 'order_lines', dimensions: SHIPPED },
  { id: 'units_shipped', source: 'order_lines', dimensions: SHIPPED },
  { id: 'orders_shipped', source: 'order_lines', dimensions: SHIPPED },
  { id: 'orders_on_time', source: 'order_lines', dimensions: SHIPPED },
  { id: 'orders_complete', source: 'order_lines', dimensions: SHIPPED },
  { id: 'orders_otif', source: 'order_lines', dimensions: SHIPPED },
  { id: 'orders_error_free', source: 'order_lines', dimensions: SHIPPED },
  { id: 'order_cycle_hours', source: 'order_lines', dimensions: SHIPPED },
  { id: 'receipts', source: 'receipts', dimensions: ['site', 'client', 'operator', 'team'] },
  { id: 'pallets_received', source: 'receipts', dimensions: ['site', 'client', 'operator', 'team'] },
  { id: 'cartons_received', source: 'receipts', dimensions: ['site', 'client', 'operator', 'team'] },
  { id: 'receipts_put_away', source: 'receipts', dimensions: ['site', 'client', 'operator', 'team'] },
  { id: 'dock_to_stock_hours', source: 'receipts', dimensions: ['site', 'client', 'operator', 'team'] },
  { id: 'locations_counted', source: 'inventory_counts', dimensions: ['site', 'client', 'operator', 'team'] },
  {
    id: 'locations_accurate',
    source: 'inventory_counts',
    dimensions: ['site', 'client', 'operator', 'team'],
  },
  { id: 'units_expected', source: 'inventory_counts', dimensions: ['site', 'client', 'operator', 'team'] },
  { id: 'units_discrepancy', source: 'inventory_counts', dimensions: ['site', 'client', 'operator', 'team'] },
  { id: 'hours_worked', source: 'timesheets', dimensions: WORKED },
  { id: 'hours_direct', source: 'timesheets', dimensions: WORKED },
  { id: 'hours_picking', source: 'timesheets', dimensions: WORKED },
  { id: 'hours_inbound', source: 'timesheets', dimensions: WORKED },
  { id: 'hours_outbound', source: 'timesheets', dimensions: WORKED },
  { id: 'hours_standardised', source: 'timesheets', dimensions: WORKED },
  { id: 'hours_overtime', source: 'timesheets', dimensions: WORKED },
  { id: 'hours_temp', source: 'timesheets', dimensions: WORKED },
  { id: 'hours_absence', source: 'timesheets', dimensions: WORKED },
  { id: 'hours_contractual', source: 'timesheets', dimensions: WORKED },
  { id: 'labour_cost_cents', source: 'timesheets', dimensions: WORKED },
  { id: 'inbound_cost_cents', source: 'timesheets', dimensions: WORKED },
  { id: 'accidents_lost_time', source: 'incidents', dimensions: PEOPLE },
  { id: 'accidents_no_lost_time', source: 'incidents', dimensions: PEOPLE },
  { id: 'lost_days', source: 'incidents', dimensions: PEOPLE },
  { id: 'near_misses', source: 'incidents', dimensions: PEOPLE },
  { id: 'units_damaged', source: 'damages', dimensions: SHIPPED },
  { id: 'damage_value_cents', source: 'damages', dimensions: SHIPPED },
  { id: 'claims', source: 'claims', dimensions: SHIPPED },
  { id: 'positions_occupied', source: 'occupancy', dimensions: SHIPPED },
  { id: 'positions_usable', source: 'occupancy', dimensions: SHIPPED },
];

export type MeasureId = string;

/** Productivity standards the earned hours use, in standard minutes (after allowances) per unit of work. */
export interface EarnedHourStandards {
  pickingMinutesPerLine: number;
  receivingMinutesPerPallet: number;
  putawayMinutesPerPallet: number;
}

/**
 * One day's measures for one breakdown key (`key` is '' for the site); absent measures are 0. `client` is '' for
 * figures of every client; an activity, team or operator row may also exist for one client alone (its records for
 * that client), which is what a drill-down site → client → activity → operator reads. Only measures that exist by
 * client (see `dimensions`) have such rows.
 */
export interface DailyMeasureRow {
  day: string;
  dimension: Dimension;
  key: string;
  client: string;
  values: Record<MeasureId, number>;
}

/**
 * The same rows by column (what a bulk write reads without building an object per row): `values[i]` holds the
 * measure MEASURES[i] of every row.
 */
export interface DailyMeasureColumns {
  day: string[];
  dimension: Dimension[];
  key: string[];
  client: string[];
  values: number[][];
}

export function measureColumnsOf(rows: readonly DailyMeasureRow[]): DailyMeasureColumns {
  return {
    day: rows.map((r) => r.day),
    dimension: rows.map((r) => r.dimension),
    key: rows.map((r) => r.key),
    client: rows.map((r) => r.client),
    values: MEASURES.map((m) => rows.map((r) => r.values[m.id] ?? 0)),
  };
}

/**
 * The breakdowns whose rows also exist within one client in the daily facts. Operators within a client are not
 * stored (a person works for every client: that would triple the facts); they are summed from the history when a
 * drill-down asks for them (`CLIENT_DRILLABLE`).
 */
export const CLIENT_SCOPED: readonly Dimension[] = ['activity', 'team'];

/** The breakdowns a drill-down may ask within one client. */
export const CLIENT_DRILLABLE: readonly Dimension[] = ['activity', 'team', 'operator'];

export function measureIndex(id: MeasureId): number {
  const i = MEASURES.findIndex((m) => m.id === id);
  if (i < 0) throw new Error(`unknown measure ${id}`);
  return i;
}
