// The vitest suite every HistoryStore must pass (DuckDB, PostgreSQL, PGlite): imports, errors, replacement, measures.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { EventStore } from '../events/event-store.ts';

const PARIS = { timeZone: 'Europe/Paris' };
const STANDARDS = { pickingMinutesPerLine: 1.2, receivingMinutesPerPallet: 3, putawayMinutesPerPallet: 4 };

const LINES = `order_id;line_no;client_id;sku;quantity_ordered;quantity_shipped;released_at;due_at;picked_at;shipped_at;picker_id;error;error_type
O1;1;C1;S1;5;5;2025-07-01 08:00;2025-07-01 18:00;2025-07-01 09:00;2025-07-01 17:00;P1;0;
O1;2;C1;S2;3;2;2025-07-01 08:00;2025-07-01 18:00;2025-07-01 09:30;2025-07-01 17:00;P2;1;wrong_quantity
O2;1;C2;S1;1;;2025-07-01T20:00:00Z;2025-07-02T06:00:00Z;2025-07-01T23:30:00Z;2025-07-02T05:00:00Z;P1;non;
O3;1;C2;S3;2;;2025-07-02 08:00;2025-07-02 12:00;2025-07-02 09:00;;P1;0;
`;

const BAD = `order_id,line_no,client_id,sku,quantity_ordered,released_at,due_at,picked_at,error
O1,1,C1,S1,abc,2025-07-01 08:00,2025-07-01 18:00,2025-07-01 07:00,maybe
O1,2,C1,S1,2,2025-13-01 08:00,2025-07-01 18:00,,0
,3,C1,S1,-1,2025-07-01 08:00,2025-07-01 18:00,,0
`;

/** Registers the suite; `factory` returns an empty store per test and the suite closes it. */
export function historyStoreConformance(name: string, factory: () => Promise<EventStore>): void {
  describe(`HistoryStore conformance: ${name}`, () => {
    let store: EventStore;
    let dir = '';
    let files = 0;

    async function file(content: string, extension = 'csv'): Promise<string> {
      files += 1;
      const path = join(dir, `f${files}.${extension}`);
      await writeFile(path, content);
      return path;
    }

    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), 'logipilot-history-'));
    });
    afterAll(async () => {
      await rm(dir, { recursive: true, force: true });
    });
    beforeEach(async () => {
      store = await factory();
    });
    afterEach(async () => {
      await store.close();
    });

    it('imports order lines with local times and offsets, and sums them per day and dimension', async () => {
      const outcome = await store.history.importCsv('s1', 'order_lines', await file(LINES), PARIS);
      expect(outcome).toMatchObject({ kind: 'order_lines', rows: 4, imported: 4, errorCount: 0, errors: [] });
      expect(await store.history.count('s1', 'order_lines')).toBe(4);
      expect(await store.history.count('s2', 'order_lines')).toBe(0);
      // 23:30Z on 1 July is 01:30 on 2 July in Paris (summer time): O2 is picked and shipped on the 2nd.
      expect(await store.history.range('s1')).toEqual({ first: '2025-07-01', last: '2025-07-02' });
      const rows = await store.history.dailyMeasures('s1', {
        from: '2025-07-01',
        to: '2025-07-31',
        standards: STANDARDS,
        teams: new Map([['P1', 'T1']]),
      });
      const at = (day: string, dimension: string, key: string) =>
        rows.find((r) => r.day === day && r.dimension === dimension && r.key === key)?.values;
      expect(at('2025-07-01', 'site', '')).toEqual({
        lines_picked: 2,
        lines_picked_ok: 1,
        units_picked: 8,
        earned_hours: expect.closeTo((2 * 1.2) / 60, 9),
        lines_shipped: 2,
        lines_shipped_complete: 1,
        lines_shipped_error: 1,
        units_shipped: 7,
        orders_shipped: 1,
        orders_on_time: 1,
        order_cycle_hours: 9,
      });
      expect(at('2025-07-02', 'client', 'C2')).toMatchObject({
        lines_picked: 2,
        orders_shipped: 1,
        orders_otif: 1,
        order_cycle_hours: 9,
      });
      expect(at('2025-07-01', 'operator', 'P2')).toEqual({
        lines_picked: 1,
        units_picked: 3,
        earned_hours: expect.closeTo(0.02, 9),
      });
      expect(at('2025-07-02', 'team', 'T1')).toMatchObject({ lines_picked: 2 });
      expect(at('2025-07-01', 'team', '')).toBeUndefined();
      // O3 is not shipped: it counts as picked, never as shipped.
      expect(at('2025-07-02', 'site', '')).toMatchObject({
        lines_picked: 2,
        lines_shipped: 1,
        orders_shipped: 1,
      });
      const keys = rows.map(
        (r) =>
          `${r.day}|${['site', 'client', 'activity', 'team', 'operator'].indexOf(r.dimension)}|${r.client}\u0000|${r.key}`,
      );
      expect(keys).toEqual([...keys].sort());
    });

    it('replaces records re-imported with the same key instead of doubling them', async () => {
      await store.history.importCsv('s1', 'order_lines', await file(LINES), PARIS);
      const changed = LINES.replace('O1;1;C1;S1;5;5', 'O1;1;C1;S1;9;9');
      expect((await store.history.importCsv('s1', 'order_lines', await file(changed), PARIS)).imported).toBe(
        4,
      );
      expect(await store.history.count('s1', 'order_lines')).toBe(4);
      const rows = await store.history.dailyMeasures('s1', {
        from: '2025-07-01',
        to: '2025-07-01',
        standards: STANDARDS,
        teams: new Map(),
      });
      expect(rows.find((r) => r.dimension === 'site')?.values.units_picked).toBe(12);
    });

    it('rejects a file with bad cells whole, naming row, column, value and reason', async () => {
      await store.history.importCsv('s1', 'order_lines', await file(LINES), PARIS);
      const outcome = await store.history.importCsv('s1', 'order_lines', await file(BAD), PARIS);
      expect(outcome.imported).toBe(0);
      expect(outcome.errorCount).toBe(6);
      expect(outcome.errors.map((e) => [e.row, e.column, e.value, e.code])).toEqual([
        [2, 'quantity_ordered', 'abc', 'INVALID_NUMBER'],
        [2, 'error', 'maybe', 'INVALID_BOOLEAN'],
        [2, 'picked_at', '2025-07-01 07:00', 'IMPORT_TIME_BEFORE'],
        [3, 'released_at', '2025-13-01 08:00', 'INVALID_INSTANT'],
        [4, 'order_id', null, 'VALUE_REQUIRED'],
        [4, 'quantity_ordered', '-1', 'VALUE_TOO_SMALL'],
      ]);
      expect(outcome.errors[5]?.params).toMatchObject({ minimum: 0.001 });
      expect(await store.history.count('s1', 'order_lines')).toBe(4);
    });

    it('names a missing column, a repeated key, an empty and an unreadable file', async () => {
      const missing = await store.history.importCsv(
        's1',
        'receipts',
        await file('receipt_id,client_id\nR1,C1\n'),
        PARIS,
      );
      expect(missing.errors.map((e) => [e.code, e.params.expected])).toEqual([
        ['IMPORT_MISSING_COLUMN', 'arrived_at'],
        ['IMPORT_MISSING_COLUMN', 'unloaded_at'],
      ]);
      const twice = `receipt_id,client_id,arrived_at,unloaded_at,pallets,Comment
R1,C1,2025-07-01 06:00,2025-07-01 07:00,10,x
R2,C1,2025-07-01 06:00,2025-07-01 07:00,10,y
R1,C1,2025-07-01 08:00,2025-07-01 09:00,12,z
`;
      const repeated = await store.history.importCsv('s1', 'receipts', await file(twice), PARIS);
      expect(repeated.errors.map((e) => [e.row, e.code, e.params.otherRow])).toEqual([
        [4, 'IMPORT_DUPLICATE_KEY', 2],
      ]);
      expect(repeated.ignoredColumns).toEqual(['Comment']);
      const empty = await store.history.importCsv(
        's1',
        'receipts',
        await file('receipt_id,client_id,arrived_at,unloaded_at\n'),
        PARIS,
      );
      expect(empty.errors.map((e) => e.code)).toEqual(['FILE_EMPTY']);
      const unreadable = await store.history.importCsv('s1', 'receipts', join(dir, 'absent.csv'), PARIS);
      expect(unreadable.errors.map((e) => e.code)).toEqual(['FILE_UNREADABLE']);
      expect(await store.history.count('s1', 'receipts')).toBe(0);
    });

    it('imports cells with French decimals and yes/no words, and sums hours, receipts, counts and safety', async () => {
      const timesheets = [
        'day',
        'employee_id',
        'team',
        'activity',
        'category',
        'hours',
        'overtime_hours',
        'temp',
        'cost_cents',
      ];
      const ts = await store.history.importCells(
        's1',
        'timesheets',
        timesheets,
        [
          ['2025-07-01', 'P1', '', 'picking', 'work', '7,5', '0,5', 'non', '20000'],
          ['01/07/2025', 'P2', 'Nuit', 'receiving', 'work', '8', null, 'oui', '18000'],
          ['2025-07-01', 'P3', null, 'indirect', 'absence_sickness', '7', null, null, null],
        ],
        PARIS,
      );
      expect(ts).toMatchObject({ imported: 3, errorCount: 0 });
      const receipts = await store.history.importCells(
        's1',
        'receipts',
        ['receipt_id', 'client_id', 'arrived_at', 'unloaded_at', 'put_away_at', 'pallets', 'operator_id'],
        [['R1', 'C1', '2025-07-01 06:00', '2025-07-01 07:00', '2025-07-01 09:30', '20', 'P2']],
        PARIS,
      );
      expect(receipts.imported).toBe(1);
      await store.history.importCells(
        's1',
        'incidents',
        ['incident_id', 'occurred_at', 'kind', 'employee_id', 'lost_days'],
        [
          ['A1', '2025-07-01 10:00', 'accident_lost_time', 'P1', '3'],
          ['A2', '2025-07-01 11:00', 'near_miss', 'P2', null],
        ],
        PARIS,
      );
      await store.history.importCells(
        's1',
        'inventory_counts',
        ['count_id', 'counted_at', 'location', 'expected', 'counted', 'operator_id'],
        [
          ['K1', '2025-07-01 14:00', 'A-01', '10', '10', 'P3'],
          ['K2', '2025-07-01 14:05', 'A-02', '10', '7', 'P3'],
        ],
        PARIS,
      );
      const rows = await store.history.dailyMeasures('s1', {
        from: '2025-07-01',
        to: '2025-07-01',
        standards: STANDARDS,
        teams: new Map([
          ['P1', 'Matin'],
          ['P2', 'Matin'],
        ]),
      });
      const at = (dimension: string, key: string) =>
        rows.find((r) => r.dimension === dimension && r.key === key)?.values;
      expect(at('site', '')).toEqual({
        earned_hours: expect.closeTo((20 * 7) / 60, 9),
        receipts: 1,
        pallets_received: 20,
        receipts_put_away: 1,
        dock_to_stock_hours: 2.5,
        locations_counted: 2,
        locations_accurate: 1,
        units_expected: 20,
        units_discrepancy: 3,
        hours_worked: 15.5,
        hours_direct: 15.5,
        hours_picking: 7.5,
        hours_inbound: 8,
        hours_outbound: 7.5,
        hours_standardised: 15.5,
        hours_overtime: 0.5,
        hours_temp: 8,
        hours_absence: 7,
        hours_contractual: 22,
        labour_cost_cents: 38000,
        inbound_cost_cents: 18000,
        accidents_lost_time: 1,
        lost_days: 3,
        near_misses: 1,
      });
      // The timesheet's own team wins over the site model's.
      expect(at('team', 'Nuit')).toMatchObject({ hours_worked: 8, hours_temp: 8 });
      expect(at('team', 'Matin')).toMatchObject({ hours_worked: 7.5, receipts: 1, accidents_lost_time: 1 });
      expect(at('activity', 'receiving')).toMatchObject({ hours_inbound: 8, earned_hours: 1 });
      expect(at('activity', 'putaway')).toEqual({ earned_hours: expect.closeTo(80 / 60, 9) });
      expect(at('operator', 'P3')).toMatchObject({
        hours_absence: 7,
        locations_counted: 2,
        units_discrepancy: 3,
      });
    });

    it('checks everything and writes nothing on a dry run; deleting a site removes its history', async () => {
      const dry = await store.history.importCsv('s1', 'order_lines', await file(LINES), {
        ...PARIS,
        dryRun: true,
      });
      expect(dry).toMatchObject({ rows: 4, imported: 0, errorCount: 0 });
      expect(await store.history.count('s1', 'order_lines')).toBe(0);
      await store.history.importCsv('s1', 'order_lines', await file(LINES), PARIS);
      await store.history.importCsv('s2', 'order_lines', await file(LINES), PARIS);
      await store.deleteSite('s1');
      expect(await store.history.count('s1', 'order_lines')).toBe(0);
      expect(await store.history.count('s2', 'order_lines')).toBe(4);
      expect(await store.history.range('s1')).toBeNull();
    });
  });
}
