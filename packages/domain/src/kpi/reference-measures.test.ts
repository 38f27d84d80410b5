// A small history whose daily measures and KPI values are worked out by hand, checked against the reference code.
import { describe, expect, it } from 'vitest';
import { KPIS, kpiById, kpiValue } from './catalogue.ts';
import type {
  ClaimRecord,
  DamageRecord,
  IncidentRecord,
  InventoryCountRecord,
  OccupancyRecord,
  OrderLineRecord,
  ReceiptRecord,
  TimesheetRecord,
} from './history.ts';
import { type DailyMeasureRow, DIMENSIONS, MEASURES } from './measures.ts';
import { computeDailyMeasures, type HistoryInput, siteDayOf, sumMeasures } from './reference-measures.ts';

// Europe/Paris in July is UTC+2: D1 = 2025-07-01 local runs 2025-06-30T22:00Z → 2025-07-01T22:00Z.
const D1 = '2025-07-01';
const D2 = '2025-07-02';

/** Picking 3 min/line = 0.05 h; receiving 6 min/pallet = 0.1 h; putaway 3 min/pallet = 0.05 h. */
const context = {
  timeZone: 'Europe/Paris',
  teamOf: new Map([
    ['alice', 'A'],
    ['bob', 'B'],
    ['carol', 'A'],
    ['gina', 'B'],
  ]),
  standards: { pickingMinutesPerLine: 3, receivingMinutesPerPallet: 6, putawayMinutesPerPallet: 3 },
};

function line(p: Partial<OrderLineRecord> & Pick<OrderLineRecord, 'orderId' | 'lineNo' | 'clientId'>) {
  return {
    sku: 'S',
    quantityOrdered: 1,
    releasedAt: '2025-07-01T06:00:00Z',
    dueAt: '2025-07-01T15:00:00Z',
    error: false,
    ...p,
  } satisfies OrderLineRecord;
}

/*
 * Orders (all instants Z; local = +2 h):
 * O1 (C1): L1 10 u shipped 10, picked 08:00 alice, shipped D1 14:00; L2 5 u shipped 4 (short), error, picked 09:00
 *   bob, shipped D1 14:30. Released 06:00, due 15:00 → on time, not complete, not error-free, cycle 8.5 h. Day D1.
 * O2 (C2): L1 2 u (quantityShipped absent = complete) picked D1 21:00Z (23:00 local, D1) alice, shipped D1 23:30Z
 *   = 01:30 local on D2; L2 3 u picked D1 22:30Z (00:30 local, D2) by nobody, shipped D2 07:00Z. Released D1
 *   20:00Z, earliest due D2 08:00Z → on time, complete, OTIF, error-free, cycle 11 h. Day D2.
 * O3 (C1): L1 4 u picked D2 08:00 eve (no team), shipped D2 12:00; L2 never picked nor shipped → no order.
 * O5 (C1): one line 1 u picked D2 09:00 bob, shipped D2 11:00 > due 10:00 → late, complete, cycle 5 h. Day D2.
 * O6 (C2): one line released, never picked → nowhere.
 */
const orderLines: OrderLineRecord[] = [
  line({
    orderId: 'O1',
    lineNo: 1,
    clientId: 'C1',
    quantityOrdered: 10,
    quantityShipped: 10,
    pickedAt: '2025-07-01T08:00:00Z',
    shippedAt: '2025-07-01T14:00:00Z',
    pickerId: 'alice',
  }),
  line({
    orderId: 'O1',
    lineNo: 2,
    clientId: 'C1',
    quantityOrdered: 5,
    quantityShipped: 4,
    pickedAt: '2025-07-01T09:00:00Z',
    shippedAt: '2025-07-01T14:30:00Z',
    pickerId: 'bob',
    error: true,
    errorType: 'wrong_quantity',
  }),
  // Listed before line 1 on purpose: the order's client is its lowest line's, not the first one read.
  line({
    orderId: 'O2',
    lineNo: 2,
    clientId: 'C2',
    quantityOrdered: 3,
    quantityShipped: 3,
    releasedAt: '2025-07-01T20:00:00Z',
    dueAt: '2025-07-02T09:00:00Z',
    pickedAt: '2025-07-01T22:30:00Z',
    shippedAt: '2025-07-02T07:00:00Z',
  }),
  line({
    orderId: 'O2',
    lineNo: 1,
    clientId: 'C2',
    quantityOrdered: 2,
    releasedAt: '2025-07-01T20:00:00Z',
    dueAt: '2025-07-02T08:00:00Z',
    pickedAt: '2025-07-01T21:00:00Z',
    shippedAt: '2025-07-02T01:30:00+02:00',
    pickerId: 'alice',
  }),
  line({
    orderId: 'O3',
    lineNo: 1,
    clientId: 'C1',
    quantityOrdered: 4,
    quantityShipped: 4,
    releasedAt: '2025-07-02T06:00:00Z',
    dueAt: '2025-07-02T15:00:00Z',
    pickedAt: '2025-07-02T08:00:00Z',
    shippedAt: '2025-07-02T12:00:00Z',
    pickerId: 'eve',
  }),
  line({ orderId: 'O3', lineNo: 2, clientId: 'C1', quantityOrdered: 6, releasedAt: '2025-07-02T06:00:00Z' }),
  line({
    orderId: 'O5',
    lineNo: 1,
    clientId: 'C1',
    releasedAt: '2025-07-02T06:00:00Z',
    dueAt: '2025-07-02T10:00:00Z',
    pickedAt: '2025-07-02T09:00:00Z',
    shippedAt: '2025-07-02T11:00:00Z',
    pickerId: 'bob',
  }),
  line({ orderId: 'O6', lineNo: 1, clientId: 'C2' }),
];

/* R1 (C1, bob) unloaded D1 05:30, put away 08:30 (3 h), 10 pallets 40 cartons; R2 (C2, carol) D2, 4 pallets, not put away. */
const receipts: ReceiptRecord[] = [
  {
    receiptId: 'R1',
    clientId: 'C1',
    arrivedAt: '2025-07-01T05:00:00Z',
    unloadedAt: '2025-07-01T05:30:00Z',
    putAwayAt: '2025-07-01T08:30:00Z',
    pallets: 10,
    cartons: 40,
    operatorId: 'bob',
  },
  {
    receiptId: 'R2',
    clientId: 'C2',
    arrivedAt: '2025-07-02T05:00:00Z',
    unloadedAt: '2025-07-02T06:00:00Z',
    pallets: 4,
    cartons: 0,
    operatorId: 'carol',
  },
];

/* D1: 10/10 ✓, 20→18 (2), 5→6 (1, no client, no operator); K4 at 22:15Z = 00:15 local → D2, 15/15 ✓. */
const counts: InventoryCountRecord[] = [
  {
    countId: 'K1',
    countedAt: '2025-07-01T10:00:00Z',
    location: 'A1',
    clientId: 'C1',
    expected: 10,
    counted: 10,
    operatorId: 'carol',
  },
  {
    countId: 'K2',
    countedAt: '2025-07-01T10:05:00Z',
    location: 'A2',
    clientId: 'C1',
    expected: 20,
    counted: 18,
    operatorId: 'carol',
  },
  { countId: 'K3', countedAt: '2025-07-01T10:10:00Z', location: 'A3', expected: 5, counted: 6 },
  {
    countId: 'K4',
    countedAt: '2025-07-01T22:15:00Z',
    location: 'A4',
    clientId: 'C1',
    expected: 15,
    counted: 15,
    operatorId: 'carol',
  },
];

function ts(p: Partial<TimesheetRecord> & Pick<TimesheetRecord, 'day' | 'employeeId' | 'activity'>) {
  return {
    category: 'work',
    hours: 0,
    overtimeHours: 0,
    temp: false,
    costCents: 0,
    ...p,
  } satisfies TimesheetRecord;
}

const timesheets: TimesheetRecord[] = [
  ts({
    day: D1,
    employeeId: 'alice',
    activity: 'picking',
    hours: 7,
    overtimeHours: 1,
    clientId: 'C1',
    costCents: 21_000,
  }),
  ts({ day: D1, employeeId: 'bob', activity: 'picking', hours: 4, temp: true, costCents: 10_000 }),
  ts({ day: D1, employeeId: 'bob', activity: 'receiving', hours: 3, temp: true, costCents: 7_500 }),
  ts({ day: D1, employeeId: 'carol', activity: 'putaway', hours: 2, costCents: 5_000 }),
  ts({ day: D1, employeeId: 'carol', activity: 'indirect', hours: 1, costCents: 2_500 }),
  ts({ day: D1, employeeId: 'dave', team: 'C', activity: 'packing', hours: 8, costCents: 20_000 }),
  ts({ day: D1, employeeId: 'eve', activity: 'picking', category: 'absence_sickness', hours: 7 }),
  ts({
    day: D1,
    employeeId: 'frank',
    activity: 'picking',
    category: 'paid_leave',
    hours: 7,
    costCents: 15_000,
  }),
  ts({ day: D1, employeeId: 'gina', activity: 'indirect', category: 'training', hours: 3, costCents: 6_000 }),
  ts({ day: D2, employeeId: 'alice', activity: 'picking', hours: 6, costCents: 18_000 }),
  ts({
    day: D2,
    employeeId: 'bob',
    activity: 'loading',
    hours: 6,
    overtimeHours: 2,
    temp: true,
    costCents: 16_000,
  }),
  ts({ day: D2, employeeId: 'eve', activity: 'picking', category: 'absence_unjustified', hours: 2 }),
  ts({ day: D2, employeeId: 'eve', activity: 'picking', hours: 5, costCents: 12_500 }),
];

const incidents: IncidentRecord[] = [
  {
    incidentId: 'I1',
    occurredAt: '2025-07-01T10:00:00Z',
    kind: 'accident_lost_time',
    employeeId: 'bob',
    lostDays: 5,
  },
  {
    incidentId: 'I2',
    occurredAt: '2025-07-02T09:00:00Z',
    kind: 'accident_no_lost_time',
    employeeId: 'alice',
    lostDays: 0,
  },
  {
    incidentId: 'I3',
    occurredAt: '2025-07-01T11:00:00Z',
    kind: 'near_miss',
    employeeId: 'carol',
    lostDays: 0,
  },
  { incidentId: 'I4', occurredAt: '2025-07-02T11:00:00Z', kind: 'first_aid', employeeId: 'eve', lostDays: 0 },
];
const damages: DamageRecord[] = [
  { damageId: 'X1', occurredAt: '2025-07-02T10:00:00Z', clientId: 'C1', quantity: 2, valueCents: 3_000 },
];
const claims: ClaimRecord[] = [
  { claimId: 'Q1', receivedAt: '2025-07-02T12:00:00Z', clientId: 'C2', reason: 'late' },
];
const occupancy: OccupancyRecord[] = [
  { day: D1, zoneId: 'Z1', clientId: 'C1', occupiedPositions: 80, usablePositions: 100 },
  { day: D1, zoneId: 'Z2', occupiedPositions: 45, usablePositions: 50 },
  { day: D2, zoneId: 'Z1', clientId: 'C1', occupiedPositions: 90, usablePositions: 100 },
  { day: D2, zoneId: 'Z2', occupiedPositions: 40, usablePositions: 50 },
];

const history: HistoryInput = {
  order_lines: orderLines,
  receipts,
  inventory_counts: counts,
  timesheets,
  incidents,
  damages,
  claims,
  occupancy,
};

const allRows = computeDailyMeasures(history, context);
/** The figures of every client; the rows of one client alone are checked on their own below. */
const rows = allRows.filter((r) => r.client === '');

function rowOf(day: string, dimension: DailyMeasureRow['dimension'], key: string): DailyMeasureRow {
  const row = rows.find((r) => r.day === day && r.dimension === dimension && r.key === key);
  if (!row) throw new Error(`no row ${day} ${dimension} ${key}`);
  return row;
}

/** Every measure of the row's dimension is present; those not listed must be 0. */
function expectValues(row: DailyMeasureRow, expected: Record<string, number>): void {
  const ids = MEASURES.filter((m) => m.dimensions.includes(row.dimension)).map((m) => m.id);
  expect(Object.keys(row.values)).toEqual(ids);
  for (const id of ids) {
    expect({ id, value: row.values[id] }).toEqual({ id, value: expect.closeTo(expected[id] ?? 0, 9) });
  }
}

describe('site-local days', () => {
  it('puts 23:30Z in a Paris summer on the next local day, 22:30Z in winter on the same day', () => {
    expect(siteDayOf('2025-07-01T23:30:00Z', 'Europe/Paris')).toBe('2025-07-02');
    expect(siteDayOf('2025-07-01T21:59:00Z', 'Europe/Paris')).toBe('2025-07-01');
    expect(siteDayOf('2025-01-15T22:30:00Z', 'Europe/Paris')).toBe('2025-01-15');
    expect(siteDayOf('2025-01-15T23:30:00Z', 'Europe/Paris')).toBe('2025-01-16');
    expect(siteDayOf('2025-07-02T01:30:00+02:00', 'Europe/Paris')).toBe('2025-07-02');
    expect(siteDayOf('2025-07-02T01:30:00+02:00', 'UTC')).toBe('2025-07-01');
  });

  it('rejects what is not an instant', () => {
    expect(() => siteDayOf('yesterday', 'Europe/Paris')).toThrow(RangeError);
  });
});

describe('computeDailyMeasures on a hand-worked history', () => {
  it('emits rows sorted by day, dimension, key, only where a record counts', () => {
    const order = rows.map((r) => `${r.day}|${DIMENSIONS.indexOf(r.dimension)}|${r.key}`);
    expect(order).toEqual([...order].sort());
    expect(rows.map((r) => `${r.day} ${r.dimension} ${r.key}`)).toEqual([
      `${D1} site `,
      `${D1} client C1`,
      `${D1} client C2`,
      `${D1} activity indirect`,
      `${D1} activity packing`,
      `${D1} activity picking`,
      `${D1} activity putaway`,
      `${D1} activity receiving`,
      `${D1} team A`,
      `${D1} team B`,
      `${D1} team C`,
      `${D1} operator alice`,
      `${D1} operator bob`,
      `${D1} operator carol`,
      `${D1} operator dave`,
      `${D1} operator eve`,
      `${D1} operator frank`,
      `${D1} operator gina`,
      `${D2} site `,
      `${D2} client C1`,
      `${D2} client C2`,
      `${D2} activity loading`,
      `${D2} activity picking`,
      `${D2} activity putaway`,
      `${D2} activity receiving`,
      `${D2} team A`,
      `${D2} team B`,
      `${D2} operator alice`,
      `${D2} operator bob`,
      `${D2} operator carol`,
      `${D2} operator eve`,
    ]);
  });

  it('site, day 1', () => {
    expectValues(rowOf(D1, 'site', ''), {
      // O1L1, O1L2, O2L1 (21:00Z = 23:00 local); earned 3 × 0.05 + R1 10 × (0.1 + 0.05)
      lines_picked: 3,
      lines_picked_ok: 2,
      units_picked: 17,
      earned_hours: 0.15 + 1.5,
      // O1L1 + O1L2 (short 4/5, error); O2L1 shipped 23:30Z belongs to D2
      lines_shipped: 2,
      lines_shipped_complete: 1,
      lines_shipped_error: 1,
      units_shipped: 14,
      orders_shipped: 1,
      orders_on_time: 1,
      order_cycle_hours: 8.5,
      receipts: 1,
      pallets_received: 10,
      cartons_received: 40,
      receipts_put_away: 1,
      dock_to_stock_hours: 3,
      locations_counted: 3,
      locations_accurate: 1,
      units_expected: 35,
      units_discrepancy: 3,
      // work: alice 7 + bob 4 + 3 + carol 2 + 1 + dave 8 = 25, of which 1 indirect
      hours_worked: 25,
      hours_direct: 24,
      hours_picking: 11,
      hours_inbound: 5,
      hours_outbound: 19,
      hours_standardised: 16,
      hours_overtime: 1,
      hours_temp: 7,
      hours_absence: 7,
      // 25 − 1 overtime + 7 sickness + 3 training (paid leave outside)
      hours_contractual: 34,
      labour_cost_cents: 87_000,
      inbound_cost_cents: 12_500,
      accidents_lost_time: 1,
      lost_days: 5,
      near_misses: 1,
      positions_occupied: 125,
      positions_usable: 150,
    });
  });

  it('site, day 2', () => {
    expectValues(rowOf(D2, 'site', ''), {
      // O2L2 (22:30Z = 00:30 local, no picker), O3L1 eve, O5 bob; earned 3 × 0.05 + R2 4 × 0.15
      lines_picked: 3,
      lines_picked_ok: 3,
      units_picked: 8,
      earned_hours: 0.15 + 0.6,
      // O2L1 (23:30Z D1 = D2 local), O2L2, O3L1, O5L1
      lines_shipped: 4,
      lines_shipped_complete: 4,
      units_shipped: 10,
      // O2 on time + complete + error-free (11 h); O5 late, complete, error-free (5 h)
      orders_shipped: 2,
      orders_on_time: 1,
      orders_complete: 2,
      orders_otif: 1,
      orders_error_free: 2,
      order_cycle_hours: 16,
      receipts: 1,
      pallets_received: 4,
      locations_counted: 1,
      locations_accurate: 1,
      units_expected: 15,
      hours_worked: 17,
      hours_direct: 17,
      hours_picking: 11,
      hours_outbound: 17,
      hours_standardised: 11,
      hours_overtime: 2,
      hours_temp: 6,
      hours_absence: 2,
      hours_contractual: 17,
      labour_cost_cents: 46_500,
      accidents_no_lost_time: 1,
      units_damaged: 2,
      damage_value_cents: 3_000,
      claims: 1,
      positions_occupied: 130,
      positions_usable: 150,
    });
  });

  it('clients: the order goes to its lowest line’s client; timesheets only when they name one', () => {
    expectValues(rowOf(D1, 'client', 'C1'), {
      lines_picked: 2,
      lines_picked_ok: 1,
      units_picked: 15,
      earned_hours: 0.1 + 1.5,
      lines_shipped: 2,
      lines_shipped_complete: 1,
      lines_shipped_error: 1,
      units_shipped: 14,
      orders_shipped: 1,
      orders_on_time: 1,
      order_cycle_hours: 8.5,
      receipts: 1,
      pallets_received: 10,
      cartons_received: 40,
      receipts_put_away: 1,
      dock_to_stock_hours: 3,
      locations_counted: 2,
      locations_accurate: 1,
      units_expected: 30,
      units_discrepancy: 2,
      hours_worked: 7,
      hours_direct: 7,
      hours_picking: 7,
      hours_outbound: 7,
      hours_standardised: 7,
      hours_overtime: 1,
      hours_contractual: 6,
      labour_cost_cents: 21_000,
      positions_occupied: 80,
      positions_usable: 100,
    });
    expectValues(rowOf(D1, 'client', 'C2'), {
      lines_picked: 1,
      lines_picked_ok: 1,
      units_picked: 2,
      earned_hours: 0.05,
    });
    expectValues(rowOf(D2, 'client', 'C2'), {
      lines_picked: 1,
      lines_picked_ok: 1,
      units_picked: 3,
      lines_shipped: 2,
      lines_shipped_complete: 2,
      units_shipped: 5,
      orders_shipped: 1,
      orders_on_time: 1,
      orders_complete: 1,
      orders_otif: 1,
      orders_error_free: 1,
      order_cycle_hours: 11,
      earned_hours: 0.05 + 0.6,
      receipts: 1,
      pallets_received: 4,
      claims: 1,
    });
  });

  it('activities: picked lines in picking, receipts’ earned hours in receiving and putaway', () => {
    expectValues(rowOf(D1, 'activity', 'picking'), {
      lines_picked: 3,
      lines_picked_ok: 2,
      units_picked: 17,
      earned_hours: 0.15,
      hours_worked: 11,
      hours_direct: 11,
      hours_picking: 11,
      hours_outbound: 11,
      hours_standardised: 11,
      hours_overtime: 1,
      hours_temp: 4,
      hours_absence: 7,
      hours_contractual: 17,
      labour_cost_cents: 46_000,
    });
    expectValues(rowOf(D1, 'activity', 'receiving'), {
      earned_hours: 1,
      hours_worked: 3,
      hours_direct: 3,
      hours_inbound: 3,
      hours_standardised: 3,
      hours_temp: 3,
      hours_contractual: 3,
      labour_cost_cents: 7_500,
      inbound_cost_cents: 7_500,
    });
    expectValues(rowOf(D1, 'activity', 'putaway'), {
      earned_hours: 0.5,
      hours_worked: 2,
      hours_direct: 2,
      hours_inbound: 2,
      hours_standardised: 2,
      hours_contractual: 2,
      labour_cost_cents: 5_000,
      inbound_cost_cents: 5_000,
    });
    expectValues(rowOf(D1, 'activity', 'indirect'), {
      hours_worked: 1,
      hours_contractual: 1 + 3,
      labour_cost_cents: 2_500 + 6_000,
    });
  });

  it('teams: the site model’s, the timesheet’s own when given; no team, no team row', () => {
    // alice + carol
    expectValues(rowOf(D1, 'team', 'A'), {
      lines_picked: 2,
      lines_picked_ok: 2,
      units_picked: 12,
      earned_hours: 0.1,
      locations_counted: 2,
      locations_accurate: 1,
      units_expected: 30,
      units_discrepancy: 2,
      hours_worked: 10,
      hours_direct: 9,
      hours_picking: 7,
      hours_inbound: 2,
      hours_outbound: 7,
      hours_standardised: 9,
      hours_overtime: 1,
      hours_contractual: 9,
      labour_cost_cents: 28_500,
      inbound_cost_cents: 5_000,
      near_misses: 1,
    });
    // bob + gina
    expectValues(rowOf(D1, 'team', 'B'), {
      lines_picked: 1,
      units_picked: 5,
      earned_hours: 0.05 + 1.5,
      receipts: 1,
      pallets_received: 10,
      cartons_received: 40,
      receipts_put_away: 1,
      dock_to_stock_hours: 3,
      hours_worked: 7,
      hours_direct: 7,
      hours_picking: 4,
      hours_inbound: 3,
      hours_outbound: 4,
      hours_standardised: 7,
      hours_temp: 7,
      hours_contractual: 10,
      labour_cost_cents: 23_500,
      inbound_cost_cents: 7_500,
      accidents_lost_time: 1,
      lost_days: 5,
    });
    expectValues(rowOf(D1, 'team', 'C'), {
      hours_worked: 8,
      hours_direct: 8,
      hours_outbound: 8,
      hours_contractual: 8,
      labour_cost_cents: 20_000,
    });
  });

  it('operators: a line without a picker counts for the site, never for an operator', () => {
    const d2Operators = rows.filter((r) => r.day === D2 && r.dimension === 'operator');
    expect(sumMeasures(d2Operators).lines_picked).toBe(2);
    expect(rowOf(D2, 'site', '').values.lines_picked).toBe(3);
    expectValues(rowOf(D2, 'operator', 'eve'), {
      lines_picked: 1,
      lines_picked_ok: 1,
      units_picked: 4,
      earned_hours: 0.05,
      hours_worked: 5,
      hours_direct: 5,
      hours_picking: 5,
      hours_outbound: 5,
      hours_standardised: 5,
      hours_absence: 2,
      hours_contractual: 7,
      labour_cost_cents: 12_500,
    });
  });

  it('first-aid cases and property damage feed no measure, so they open no row', () => {
    const firstAid = incidents.filter((i) => i.kind === 'first_aid');
    expect(firstAid).toHaveLength(1);
    expect(computeDailyMeasures({ incidents: firstAid }, context)).toEqual([]);
  });

  it('splits activity and team rows by client, with only the measures that exist by client', () => {
    const scoped = allRows.filter((r) => r.client !== '');
    expect(scoped.length).toBeGreaterThan(0);
    expect(new Set(scoped.map((r) => r.dimension))).toEqual(new Set(['activity', 'team']));
    for (const r of scoped)
      for (const id of Object.keys(r.values))
        expect(MEASURES.find((m) => m.id === id)?.dimensions, id).toContain('client');
    // Every order line names its client: per activity and day, the clients' picked lines add up to the whole.
    for (const whole of rows.filter((r) => r.dimension === 'activity' && (r.values.lines_picked ?? 0) > 0)) {
      const parts = scoped.filter(
        (r) => r.day === whole.day && r.dimension === 'activity' && r.key === whole.key,
      );
      expect(sumMeasures(parts).lines_picked).toBe(whole.values.lines_picked);
      expect(sumMeasures(parts).units_picked).toBe(whole.values.units_picked);
    }
    // Accidents name no client: they never appear in a client's rows.
    expect(scoped.some((r) => 'accidents_lost_time' in r.values)).toBe(false);
  });

  it('an empty history has no rows', () => {
    expect(computeDailyMeasures({}, context)).toEqual([]);
  });
});

/*
 * Two-day site totals (D1 + D2): lines_picked 6, ok 5, units_picked 25, earned 2.4; lines_shipped 6, complete 5,
 * error 1, units_shipped 24; orders 3, on time 2, complete 2, OTIF 1, cycle 24.5 h; receipts put away 1, d2s 3 h,
 * pallets 14; locations 4, accurate 2, expected 50, discrepancy 3; hours worked 42, direct 41, picking 22,
 * inbound 5, outbound 36, standardised 27, overtime 3, temp 13, absence 9, contractual 51; labour 133,500 c,
 * inbound 12,500 c; accidents 1 + 1, lost days 5; damaged 2; claims 1; positions 255 / 300.
 */
const EXPECTED: Record<string, { numerator: number; denominator: number; value: number }> = {
  on_time_shipments: { numerator: 2, denominator: 3, value: 200 / 3 },
  order_fill_rate: { numerator: 2, denominator: 3, value: 200 / 3 },
  line_fill_rate: { numerator: 5, denominator: 6, value: 500 / 6 },
  otif: { numerator: 1, denominator: 3, value: 100 / 3 },
  picking_accuracy: { numerator: 5, denominator: 6, value: 500 / 6 },
  error_ppm: { numerator: 1, denominator: 6, value: 1e6 / 6 },
  claims_per_1000_orders: { numerator: 1, denominator: 3, value: 1000 / 3 },
  order_cycle_time: { numerator: 24.5, denominator: 3, value: 24.5 / 3 },
  lines_per_hour: { numerator: 6, denominator: 22, value: 6 / 22 },
  units_per_hour: { numerator: 25, denominator: 22, value: 25 / 22 },
  dock_to_stock_time: { numerator: 3, denominator: 1, value: 3 },
  performance_vs_standard: { numerator: 2.4, denominator: 27, value: 240 / 27 },
  orders_per_person_hour: { numerator: 3, denominator: 36, value: 3 / 36 },
  utilisation: { numerator: 41, denominator: 42, value: 4100 / 42 },
  pallets_received_per_hour: { numerator: 14, denominator: 5, value: 2.8 },
  storage_occupancy: { numerator: 255, denominator: 300, value: 85 },
  inventory_accuracy_locations: { numerator: 2, denominator: 4, value: 50 },
  inventory_accuracy_units: { numerator: 47, denominator: 50, value: 94 },
  damage_rate_ppm: { numerator: 2, denominator: 24, value: 1e6 / 12 },
  labour_cost_per_order: { numerator: 133_500, denominator: 3, value: 445 },
  labour_cost_per_line: { numerator: 133_500, denominator: 6, value: 222.5 },
  labour_cost_per_unit: { numerator: 133_500, denominator: 24, value: 55.625 },
  inbound_cost_per_pallet: { numerator: 12_500, denominator: 14, value: 125 / 14 },
  tf1: { numerator: 1, denominator: 42, value: 1e6 / 42 },
  tf2: { numerator: 2, denominator: 42, value: 2e6 / 42 },
  tg: { numerator: 5, denominator: 42, value: 5000 / 42 },
  absenteeism: { numerator: 9, denominator: 51, value: 900 / 51 },
  temp_ratio: { numerator: 13, denominator: 42, value: 1300 / 42 },
  overtime_ratio: { numerator: 3, denominator: 42, value: 300 / 42 },
};

describe('every KPI of the catalogue on the two-day site total', () => {
  const total = sumMeasures(rows.filter((r) => r.dimension === 'site'));

  it('has a hand-computed expectation for every KPI', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(KPIS.map((k) => k.id).sort());
  });

  it.each(KPIS.map((k) => k.id))('%s', (id) => {
    const got = kpiValue(kpiById(id)!, total);
    const want = EXPECTED[id]!;
    expect(got.numerator).toBeCloseTo(want.numerator, 9);
    expect(got.denominator).toBeCloseTo(want.denominator, 9);
    expect(got.value).toBeCloseTo(want.value, 6);
  });

  it('a breakdown KPI: performance vs standard in receiving on D1 = 1 earned h / 3 h', () => {
    expect(
      kpiValue(kpiById('performance_vs_standard')!, rowOf(D1, 'activity', 'receiving').values).value,
    ).toBeCloseTo(100 / 3, 9);
  });
});

describe('roll-ups stay exact', () => {
  const onTime = kpiById('on_time_shipments')!;
  const day1 = kpiValue(onTime, rowOf(D1, 'site', '').values);
  const day2 = kpiValue(onTime, rowOf(D2, 'site', '').values);
  const both = kpiValue(onTime, sumMeasures([rowOf(D1, 'site', ''), rowOf(D2, 'site', '')]));

  it('is Σnum/Σden, not the mean of the daily ratios', () => {
    // D1 1/1 = 100 %, D2 1/2 = 50 %: the mean says 75 %, the two days hold 2 orders on time out of 3.
    expect(day1.value).toBe(100);
    expect(day2.value).toBe(50);
    expect(both).toEqual({ numerator: 2, denominator: 3, value: 200 / 3 });
    expect(both.value).not.toBeCloseTo((day1.value! + day2.value!) / 2, 3);
  });

  it('sums of the client rows of a SHIPPED measure give the site row', () => {
    const clients = sumMeasures(rows.filter((r) => r.dimension === 'client'));
    const site = sumMeasures(rows.filter((r) => r.dimension === 'site'));
    for (const id of ['lines_shipped', 'orders_shipped', 'orders_otif', 'units_damaged', 'claims']) {
      expect(clients[id]).toBe(site[id]);
    }
  });

  it('a ratio with nothing to divide by has no value', () => {
    expect(kpiValue(kpiById('dock_to_stock_time')!, rowOf(D1, 'client', 'C2').values)).toEqual({
      numerator: 0,
      denominator: 0,
      value: null,
    });
  });
});
