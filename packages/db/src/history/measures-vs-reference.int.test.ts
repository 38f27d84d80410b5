// The SQL sums (DuckDB and PostgreSQL on PGlite) equal the in-memory reference on random histories, measure by measure.
import { PGlite } from '@electric-sql/pglite';
import {
  computeDailyMeasures,
  type DailyMeasureRow,
  HISTORY_FIELDS,
  type HistoryInput,
  type HistoryKind,
  type HistoryRecords,
  INCIDENT_KINDS,
  PICK_ERROR_TYPES,
  seededUniform,
  TIMESHEET_ACTIVITIES,
  TIMESHEET_CATEGORIES,
} from '@logipilot/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventStore } from '../events/event-store.ts';
import { openEventStore } from '../events/open-event-store.ts';

const TZ = 'Europe/Paris';
const STANDARDS = {
  pickingMinutesPerLine: 0.75,
  receivingMinutesPerPallet: 2.24,
  putawayMinutesPerPallet: 3.36,
};
const TEAMS = new Map([
  ['P1', 'Matin'],
  ['P2', 'Matin'],
  ['P3', 'Après-midi'],
]);

/** A random history over ten days around the autumn clock change, with every optional field sometimes absent. */
function randomHistory(seed: number): HistoryInput {
  const rnd = seededUniform(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const maybe = <T>(p: number, v: T): T | undefined => (rnd() < p ? v : undefined);
  const people = ['P1', 'P2', 'P3', 'P4'];
  const clients = ['C1', 'C2', 'C3'];
  const base = Date.parse('2025-10-22T00:00:00Z');
  const at = (hours: number) => new Date(base + Math.round(hours * 60) * 60_000).toISOString();
  const lines: HistoryRecords['order_lines'][] = [];
  for (let o = 0; o < 60; o++) {
    const client = pick(clients);
    const released = rnd() * 240;
    const due = released + 2 + rnd() * 20;
    const count = 1 + Math.floor(rnd() * 4);
    for (let l = 1; l <= count; l++) {
      const picked = maybe(0.9, released + rnd() * 6);
      const shipped = picked === undefined ? undefined : maybe(0.9, picked + rnd() * 20);
      const ordered = 1 + Math.floor(rnd() * 9);
      const error = rnd() < 0.1;
      const line: HistoryRecords['order_lines'] = {
        orderId: `O${o}`,
        lineNo: l,
        clientId: client,
        sku: `S${Math.floor(rnd() * 20)}`,
        quantityOrdered: ordered,
        releasedAt: at(released),
        dueAt: at(due),
        error,
      };
      if (shipped !== undefined && rnd() < 0.7) line.quantityShipped = rnd() < 0.2 ? ordered - 1 : ordered;
      if (picked !== undefined) line.pickedAt = at(picked);
      if (shipped !== undefined) line.shippedAt = at(shipped);
      const picker = maybe(0.85, pick(people));
      if (picker !== undefined) line.pickerId = picker;
      if (error) line.errorType = pick(PICK_ERROR_TYPES);
      lines.push(line);
    }
  }
  const receipts: HistoryRecords['receipts'][] = Array.from({ length: 25 }, (_, i) => {
    const arrived = rnd() * 240;
    const unloaded = arrived + rnd();
    const r: HistoryRecords['receipts'] = {
      receiptId: `R${i}`,
      clientId: pick(clients),
      arrivedAt: at(arrived),
      unloadedAt: at(unloaded),
      pallets: Math.floor(rnd() * 30),
      cartons: Math.floor(rnd() * 100),
    };
    const put = maybe(0.8, unloaded + rnd() * 8);
    if (put !== undefined) r.putAwayAt = at(put);
    const op = maybe(0.8, pick(people));
    if (op !== undefined) r.operatorId = op;
    return r;
  });
  const counts: HistoryRecords['inventory_counts'][] = Array.from({ length: 30 }, (_, i) => {
    const expected = Math.floor(rnd() * 50);
    const c: HistoryRecords['inventory_counts'] = {
      countId: `K${i}`,
      countedAt: at(rnd() * 240),
      location: `L${i}`,
      expected,
      counted: rnd() < 0.8 ? expected : expected + Math.floor(rnd() * 5) - 2,
    };
    const client = maybe(0.6, pick(clients));
    if (client !== undefined) c.clientId = client;
    const op = maybe(0.7, pick(people));
    if (op !== undefined) c.operatorId = op;
    return c;
  });
  const timesheets: HistoryRecords['timesheets'][] = [];
  for (let d = 0; d < 10; d++)
    for (const person of people) {
      const hours = Math.round(rnd() * 16) / 2;
      const row: HistoryRecords['timesheets'] = {
        day: new Date(base + d * 86_400_000).toISOString().slice(0, 10),
        employeeId: person,
        activity: pick(TIMESHEET_ACTIVITIES),
        category: rnd() < 0.7 ? 'work' : pick(TIMESHEET_CATEGORIES),
        hours,
        overtimeHours: rnd() < 0.2 ? Math.min(hours, 1) : 0,
        temp: rnd() < 0.3,
        costCents: Math.floor(rnd() * 30_000),
      };
      const team = maybe(0.3, 'Nuit');
      if (team !== undefined) row.team = team;
      const client = maybe(0.5, pick(clients));
      if (client !== undefined) row.clientId = client;
      timesheets.push(row);
    }
  const incidents: HistoryRecords['incidents'][] = Array.from({ length: 8 }, (_, i) => {
    const r: HistoryRecords['incidents'] = {
      incidentId: `I${i}`,
      occurredAt: at(rnd() * 240),
      kind: pick(INCIDENT_KINDS),
      lostDays: Math.floor(rnd() * 5),
    };
    const e = maybe(0.8, pick(people));
    if (e !== undefined) r.employeeId = e;
    return r;
  });
  const damages: HistoryRecords['damages'][] = Array.from({ length: 6 }, (_, i) => ({
    damageId: `D${i}`,
    occurredAt: at(rnd() * 240),
    clientId: pick(clients),
    quantity: 1 + Math.floor(rnd() * 4),
    valueCents: Math.floor(rnd() * 10_000),
  }));
  const claims: HistoryRecords['claims'][] = Array.from({ length: 6 }, (_, i) => ({
    claimId: `Q${i}`,
    receivedAt: at(rnd() * 240),
    clientId: pick(clients),
    reason: 'late',
  }));
  const occupancy: HistoryRecords['occupancy'][] = [];
  for (let d = 0; d < 10; d++)
    for (const zone of ['Z1', 'Z2']) {
      const usable = 100 + Math.floor(rnd() * 50);
      const row: HistoryRecords['occupancy'] = {
        day: new Date(base + d * 86_400_000).toISOString().slice(0, 10),
        zoneId: zone,
        occupiedPositions: Math.floor(rnd() * usable),
        usablePositions: usable,
      };
      if (zone === 'Z1') row.clientId = pick(clients);
      occupancy.push(row);
    }
  return {
    order_lines: lines,
    receipts,
    inventory_counts: counts,
    timesheets,
    incidents,
    damages,
    claims,
    occupancy,
  };
}

function cellsOf(kind: HistoryKind, records: readonly object[]): (string | null)[][] {
  return records.map((r) =>
    HISTORY_FIELDS[kind].map((f) => {
      const v = (r as Record<string, unknown>)[f.name];
      return v === undefined ? null : String(v);
    }),
  );
}

/** Zero measures and rows left empty are the same as absent on both sides. */
function normalise(rows: readonly DailyMeasureRow[]): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  for (const r of rows) {
    const values = Object.fromEntries(
      Object.entries(r.values)
        .filter(([, v]) => Math.abs(v) > 1e-12)
        .map(([k, v]) => [k, Math.round(v * 1e6) / 1e6]),
    );
    if (Object.keys(values).length > 0) out[`${r.day}|${r.dimension}|${r.client}|${r.key}`] = values;
  }
  return out;
}

async function loadAll(store: EventStore, history: HistoryInput): Promise<void> {
  for (const [kind, records] of Object.entries(history) as [HistoryKind, object[]][]) {
    const outcome = await store.history.importCells(
      's1',
      kind,
      HISTORY_FIELDS[kind].map((f) => f.column),
      cellsOf(kind, records),
      { timeZone: TZ },
    );
    expect(outcome.errors, kind).toEqual([]);
  }
}

describe('daily measures: SQL equals the in-memory reference', () => {
  let pglite: PGlite;
  beforeAll(async () => {
    pglite = new PGlite();
  });
  afterAll(async () => {
    await pglite.close();
  });

  for (const seed of [1, 2, 3]) {
    it(`on random history ${seed}, in DuckDB and in PostgreSQL`, async () => {
      const history = randomHistory(seed);
      const expected = normalise(
        computeDailyMeasures(history, { timeZone: TZ, teamOf: TEAMS, standards: STANDARDS }),
      );
      expect(Object.keys(expected).length).toBeGreaterThan(100);
      const query = { from: '2025-10-01', to: '2025-11-30', standards: STANDARDS, teams: TEAMS };
      // A drill-down's operators within one client: the reference over that client's records alone.
      const ofC2: HistoryInput = Object.fromEntries(
        Object.entries(history).map(([kind, records]) => [
          kind,
          (records as readonly { clientId?: string }[]).filter((r) => r.clientId === 'C2'),
        ]),
      );
      const withinC2 = normalise(
        computeDailyMeasures(ofC2, { timeZone: TZ, teamOf: TEAMS, standards: STANDARDS })
          .filter((r) => r.dimension === 'operator' && r.client === '')
          .map((r) => ({ ...r, client: 'C2' })),
      );
      expect(Object.keys(withinC2).length).toBeGreaterThan(10);
      const within = { ...query, within: { dimension: 'operator' as const, client: 'C2' } };
      const duck = await openEventStore({ kind: 'duckdb', path: ':memory:' });
      try {
        await loadAll(duck, history);
        expect(normalise(await duck.history.dailyMeasures('s1', query))).toEqual(expected);
        expect(normalise(await duck.history.dailyMeasures('s1', within))).toEqual(withinC2);
      } finally {
        await duck.close();
      }
      await pglite.exec(
        `DROP SCHEMA IF EXISTS h${seed} CASCADE; CREATE SCHEMA h${seed}; SET search_path TO h${seed}`,
      );
      const pg = await openEventStore({ kind: 'postgres', sql: pglite });
      try {
        await loadAll(pg, history);
        expect(normalise(await pg.history.dailyMeasures('s1', query))).toEqual(expected);
        expect(normalise(await pg.history.dailyMeasures('s1', within))).toEqual(withinC2);
      } finally {
        await pg.close();
      }
    });
  }
});
