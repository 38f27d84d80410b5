// The daily measures of measures.ts computed in memory, record by record: the plain reference the SQL is checked against.
import { zoneOffsetMinutes } from '../rostering/zoned-time.ts';
import type {
  HistoryKind,
  HistoryRecords,
  IncidentKind,
  OrderLineRecord,
  TimesheetActivity,
  TimesheetCategory,
} from './history.ts';
import {
  CLIENT_SCOPED,
  type DailyMeasureRow,
  DIMENSIONS,
  type Dimension,
  type EarnedHourStandards,
  MEASURES,
  type MeasureId,
} from './measures.ts';

export type HistoryInput = { readonly [K in HistoryKind]?: readonly HistoryRecords[K][] };

export interface MeasureContext {
  /** The site's IANA time zone: an instant's day is its site-local date. */
  timeZone: string;
  /** Person id → team in the site model. */
  teamOf: ReadonlyMap<string, string>;
  standards: EarnedHourStandards;
}

const MS_PER_HOUR = 3_600_000;

/** The site-local ISO date of an ISO 8601 instant with an offset. */
export function siteDayOf(instant: string, timeZone: string): string {
  const ms = Date.parse(instant);
  if (Number.isNaN(ms)) throw new RangeError(`not an instant: ${instant}`);
  return new Date(ms + zoneOffsetMinutes(timeZone, ms) * 60_000).toISOString().slice(0, 10);
}

const DIMENSIONS_OF = new Map<MeasureId, ReadonlySet<Dimension>>(
  MEASURES.map((m) => [m.id, new Set(m.dimensions)]),
);

/** The measures a row of a dimension holds, in the column order of MEASURES. */
function measuresIn(dimension: Dimension): MeasureId[] {
  return MEASURES.filter((m) => m.dimensions.includes(dimension)).map((m) => m.id);
}

const MEASURES_IN = new Map<Dimension, readonly MeasureId[]>(DIMENSIONS.map((d) => [d, measuresIn(d)]));

/** Where one record lands: the breakdown keys it has (absent = not in that breakdown). */
interface Keys {
  client?: string | undefined;
  activity?: string | undefined;
  team?: string | undefined;
  operator?: string | undefined;
}

class Accumulator {
  private readonly rows = new Map<string, DailyMeasureRow>();

  /** Adds each amount to the row of every breakdown the record has, for the measures that exist there. */
  add(day: string, keys: Keys, amounts: Readonly<Record<MeasureId, number>>): void {
    const client = keys.client !== undefined && keys.client !== '' ? keys.client : undefined;
    const targets: [Dimension, string, string][] = [['site', '', '']];
    for (const dimension of ['client', 'activity', 'team', 'operator'] as const) {
      const key = keys[dimension];
      if (key === undefined || key === '') continue;
      targets.push([dimension, key, '']);
      if (client !== undefined && CLIENT_SCOPED.includes(dimension)) targets.push([dimension, key, client]);
    }
    for (const [dimension, key, scope] of targets) {
      const ids = Object.keys(amounts).filter((id) => {
        const dims = DIMENSIONS_OF.get(id);
        if (!dims) throw new Error(`unknown measure ${id}`);
        return dims.has(dimension) && (scope === '' || dims.has('client'));
      });
      if (ids.length === 0) continue;
      const row = this.row(day, dimension, key, scope);
      for (const id of ids) row.values[id] = (row.values[id] ?? 0) + (amounts[id] ?? 0);
    }
  }

  private row(day: string, dimension: Dimension, key: string, client: string): DailyMeasureRow {
    const id = `${day}\u0000${dimension}\u0000${client}\u0000${key}`;
    let row = this.rows.get(id);
    if (!row) {
      const values: Record<MeasureId, number> = {};
      for (const m of MEASURES_IN.get(dimension) ?? [])
        if (client === '' || DIMENSIONS_OF.get(m)?.has('client')) values[m] = 0;
      row = { day, dimension, key, client, values };
      this.rows.set(id, row);
    }
    return row;
  }

  sorted(): DailyMeasureRow[] {
    const rank = (d: Dimension) => DIMENSIONS.indexOf(d);
    return [...this.rows.values()].sort((a, b) => {
      if (a.day !== b.day) return a.day < b.day ? -1 : 1;
      if (a.dimension !== b.dimension) return rank(a.dimension) - rank(b.dimension);
      if (a.client !== b.client) return a.client < b.client ? -1 : 1;
      if (a.key === b.key) return 0;
      return a.key < b.key ? -1 : 1;
    });
  }
}

const INBOUND: ReadonlySet<TimesheetActivity> = new Set(['unloading', 'receiving', 'putaway']);
const OUTBOUND: ReadonlySet<TimesheetActivity> = new Set(['picking', 'packing', 'loading']);
const STANDARDISED: ReadonlySet<TimesheetActivity> = new Set(['picking', 'receiving', 'putaway']);
const ABSENCES: ReadonlySet<TimesheetCategory> = new Set([
  'absence_sickness',
  'absence_work_accident',
  'absence_unjustified',
]);
const ACCIDENTS: ReadonlySet<IncidentKind> = new Set(['accident_lost_time', 'accident_no_lost_time']);

function isComplete(line: OrderLineRecord): boolean {
  return line.quantityShipped === undefined || line.quantityShipped >= line.quantityOrdered;
}

function addOrderLines(acc: Accumulator, lines: readonly OrderLineRecord[], context: MeasureContext): void {
  const { timeZone, teamOf, standards } = context;
  const byOrder = new Map<string, OrderLineRecord[]>();
  for (const line of lines) {
    const operator = line.pickerId;
    const team = operator === undefined ? undefined : teamOf.get(operator);
    if (line.pickedAt !== undefined) {
      acc.add(
        siteDayOf(line.pickedAt, timeZone),
        { client: line.clientId, activity: 'picking', team, operator },
        {
          lines_picked: 1,
          lines_picked_ok: line.error ? 0 : 1,
          units_picked: line.quantityOrdered,
          earned_hours: standards.pickingMinutesPerLine / 60,
        },
      );
    }
    if (line.shippedAt !== undefined) {
      acc.add(
        siteDayOf(line.shippedAt, timeZone),
        { client: line.clientId },
        {
          lines_shipped: 1,
          lines_shipped_complete: isComplete(line) ? 1 : 0,
          lines_shipped_error: line.error ? 1 : 0,
          units_shipped: line.quantityShipped ?? line.quantityOrdered,
        },
      );
    }
    const order = byOrder.get(line.orderId);
    if (order) order.push(line);
    else byOrder.set(line.orderId, [line]);
  }
  for (const order of byOrder.values()) {
    if (order.some((l) => l.shippedAt === undefined)) continue;
    const lastShipped = Math.max(...order.map((l) => Date.parse(l.shippedAt!)));
    const lastShippedAt = order.find((l) => Date.parse(l.shippedAt!) === lastShipped)!.shippedAt!;
    const earliestDue = Math.min(...order.map((l) => Date.parse(l.dueAt)));
    const earliestRelease = Math.min(...order.map((l) => Date.parse(l.releasedAt)));
    // An order has one client; should an export disagree, the smallest id (binary order) wins, as in SQL min().
    const client = order.map((l) => l.clientId).sort()[0]!;
    const onTime = lastShipped <= earliestDue;
    const complete = order.every(isComplete);
    acc.add(
      siteDayOf(lastShippedAt, timeZone),
      { client },
      {
        orders_shipped: 1,
        orders_on_time: onTime ? 1 : 0,
        orders_complete: complete ? 1 : 0,
        orders_otif: onTime && complete ? 1 : 0,
        orders_error_free: order.some((l) => l.error) ? 0 : 1,
        order_cycle_hours: (lastShipped - earliestRelease) / MS_PER_HOUR,
      },
    );
  }
}

/**
 * The daily measures of a history, one row per (day, dimension, key) that at least one record counts in; each
 * row holds every measure of its dimension (0 when nothing adds to it). Sorted by day, dimension, key.
 */
export function computeDailyMeasures(history: HistoryInput, context: MeasureContext): DailyMeasureRow[] {
  const { timeZone, teamOf, standards } = context;
  const acc = new Accumulator();
  const teamOfPerson = (id: string | undefined) => (id === undefined ? undefined : teamOf.get(id));

  addOrderLines(acc, history.order_lines ?? [], context);

  for (const r of history.receipts ?? []) {
    const day = siteDayOf(r.unloadedAt, timeZone);
    const people = { client: r.clientId, operator: r.operatorId, team: teamOfPerson(r.operatorId) };
    const putAway = r.putAwayAt !== undefined;
    acc.add(day, people, {
      receipts: 1,
      pallets_received: r.pallets,
      cartons_received: r.cartons,
      receipts_put_away: putAway ? 1 : 0,
      dock_to_stock_hours: putAway ? (Date.parse(r.putAwayAt!) - Date.parse(r.unloadedAt)) / MS_PER_HOUR : 0,
    });
    acc.add(
      day,
      { ...people, activity: 'receiving' },
      { earned_hours: (r.pallets * standards.receivingMinutesPerPallet) / 60 },
    );
    acc.add(
      day,
      { ...people, activity: 'putaway' },
      { earned_hours: (r.pallets * standards.putawayMinutesPerPallet) / 60 },
    );
  }

  for (const c of history.inventory_counts ?? []) {
    acc.add(
      siteDayOf(c.countedAt, timeZone),
      { client: c.clientId, operator: c.operatorId, team: teamOfPerson(c.operatorId) },
      {
        locations_counted: 1,
        locations_accurate: c.counted === c.expected ? 1 : 0,
        units_expected: c.expected,
        units_discrepancy: Math.abs(c.counted - c.expected),
      },
    );
  }

  for (const t of history.timesheets ?? []) {
    const work = t.category === 'work';
    const workIn = (set: ReadonlySet<TimesheetActivity>) => (work && set.has(t.activity) ? t.hours : 0);
    const absence = ABSENCES.has(t.category);
    let contractual = 0;
    if (work) contractual = t.hours - t.overtimeHours;
    else if (absence || t.category === 'training') contractual = t.hours;
    const team = t.team !== undefined && t.team !== '' ? t.team : teamOfPerson(t.employeeId);
    acc.add(
      t.day,
      { client: t.clientId, activity: t.activity, team, operator: t.employeeId },
      {
        hours_worked: work ? t.hours : 0,
        hours_direct: work && t.activity !== 'indirect' ? t.hours : 0,
        hours_picking: work && t.activity === 'picking' ? t.hours : 0,
        hours_inbound: workIn(INBOUND),
        hours_outbound: workIn(OUTBOUND),
        hours_standardised: workIn(STANDARDISED),
        hours_overtime: work ? t.overtimeHours : 0,
        hours_temp: work && t.temp ? t.hours : 0,
        hours_absence: absence ? t.hours : 0,
        hours_contractual: contractual,
        labour_cost_cents: t.costCents,
        inbound_cost_cents: work && INBOUND.has(t.activity) ? t.costCents : 0,
      },
    );
  }

  for (const i of history.incidents ?? []) {
    // First-aid cases and property damage feed no measure, so they open no row.
    const accident = ACCIDENTS.has(i.kind);
    if (!accident && i.kind !== 'near_miss') continue;
    acc.add(
      siteDayOf(i.occurredAt, timeZone),
      { operator: i.employeeId, team: teamOfPerson(i.employeeId) },
      {
        accidents_lost_time: i.kind === 'accident_lost_time' ? 1 : 0,
        accidents_no_lost_time: i.kind === 'accident_no_lost_time' ? 1 : 0,
        lost_days: accident ? i.lostDays : 0,
        near_misses: i.kind === 'near_miss' ? 1 : 0,
      },
    );
  }

  for (const d of history.damages ?? []) {
    acc.add(
      siteDayOf(d.occurredAt, timeZone),
      { client: d.clientId },
      { units_damaged: d.quantity, damage_value_cents: d.valueCents },
    );
  }

  for (const c of history.claims ?? []) {
    acc.add(siteDayOf(c.receivedAt, timeZone), { client: c.clientId }, { claims: 1 });
  }

  for (const o of history.occupancy ?? []) {
    acc.add(
      o.day,
      { client: o.clientId },
      { positions_occupied: o.occupiedPositions, positions_usable: o.usablePositions },
    );
  }

  return acc.sorted();
}

/** Adds rows up measure by measure (a roll-up over days, or keys of one dimension): the base of every ratio. */
export function sumMeasures(rows: readonly DailyMeasureRow[]): Record<MeasureId, number> {
  const total: Record<MeasureId, number> = {};
  for (const row of rows) {
    for (const [id, v] of Object.entries(row.values)) total[id] = (total[id] ?? 0) + v;
  }
  return total;
}
