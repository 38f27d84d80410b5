// The KPI use cases on a seeded site with an imported history: recompute, tiles, access, layouts, drifts, take-over.
import { testBackends } from '@logipilot/db/testing/test-stores';
import { generateDemoSite } from '@logipilot/demo';
import { type Actor, addDays, DomainError, seededUniform } from '@logipilot/domain';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '../context.ts';
import { seedSite } from '../seed/seed-site.ts';
import { openTestContext } from '../seed/test-context.ts';
import { DEFAULT_LAYOUT, getDashboardLayout, saveDashboardLayout } from './dashboard-layout.ts';
import { detectDrifts, driftChart } from './drift-detection.ts';
import { listDriftRecords, takeOverAlert } from './drift-records.ts';
import { importHistory } from './import-history.ts';
import { comparisonRanges, kpiBoard } from './kpi-board.ts';
import { listKpiTargets, setKpiTarget } from './kpi-targets.ts';
import { recomputeKpiFacts } from './recompute-kpis.ts';

const DATABASE_URL = process.env.DATABASE_URL;
const FIRST = '2025-01-01';
const DAYS = 420;
/** The day the second client's on-time rate drops from about 98 % to about 85 %. */
const DRIFT_START = addDays(FIRST, 380);
const ORDERS_PER_DAY = 60;

/** One line per order; client A always ships on time 98 % of the time, client B drops to 85 % at DRIFT_START. */
function orderLinesCsv(clients: readonly string[], pickers: readonly string[]): string {
  const rnd = seededUniform(7);
  const rows = [
    'order_id;line_no;client_id;sku;quantity_ordered;released_at;due_at;picked_at;shipped_at;picker_id;error',
  ];
  for (let d = 0; d < DAYS; d++) {
    const day = addDays(FIRST, d);
    for (let i = 0; i < ORDERS_PER_DAY; i++) {
      const client = clients[i % 2]!;
      const lateShare = client === clients[1] && day >= DRIFT_START ? 0.15 : 0.02;
      const late = rnd() < lateShare;
      const picker = pickers[i % pickers.length]!;
      rows.push(
        [
          `O${d}-${i}`,
          1,
          client,
          `S${i % 7}`,
          1 + (i % 3),
          `${day} 08:00`,
          `${day} 16:00`,
          `${day} 10:00`,
          late ? `${day} 17:30` : `${day} 15:00`,
          picker,
          rnd() < 0.01 ? 'oui' : 'non',
        ].join(';'),
      );
    }
  }
  return `${rows.join('\n')}\n`;
}

for (const backend of testBackends(DATABASE_URL)) {
  describe.skipIf(backend.skip)(`KPIs on ${backend.name}`, () => {
    let ctx: AppContext;
    let dispose: () => Promise<void>;
    let admin: Actor;
    let viewer: Actor;
    let siteId: string;
    let clients: string[];
    let pickers: string[];

    beforeAll(async () => {
      ({ ctx, dispose } = await openTestContext(backend.name, DATABASE_URL));
      const demo = generateDemoSite({ size: 'small', seed: 1, asOf: '2026-03-01' });
      const users = demo.users.map(({ user }) => ({ user, passwordHash: 'x' }));
      await seedSite(ctx, { bundle: demo.bundle, flowDays: [], users });
      siteId = demo.bundle.site.id;
      const adminUser = demo.users.find((u) => u.user.role === 'admin')!.user;
      const viewerUser = demo.users.find((u) => u.user.role === 'client_viewer')!.user;
      admin = { userId: adminUser.id, username: adminUser.username, role: 'admin', clientId: null, siteId };
      viewer = {
        userId: viewerUser.id,
        username: viewerUser.username,
        role: 'client_viewer',
        clientId: viewerUser.clientId,
        siteId,
      };
      clients = [
        viewerUser.clientId!,
        ...demo.bundle.clients.map((c) => c.id).filter((c) => c !== viewerUser.clientId),
      ];
      pickers = demo.bundle.employees.filter((e) => e.jobRole === 'picker').map((e) => e.id);
      const bytes = new TextEncoder().encode(orderLinesCsv(clients, pickers.slice(0, 4)));
      const imported = await importHistory(ctx, admin, {
        siteId,
        kind: 'order_lines',
        fileName: 'lignes.csv',
        bytes,
      });
      expect(imported.imported).toBe(DAYS * ORDERS_PER_DAY);
      const recomputed = await recomputeKpiFacts(ctx, admin, { siteId });
      expect(recomputed).toMatchObject({ from: FIRST, to: addDays(FIRST, DAYS - 1) });
    }, 180_000);

    afterAll(async () => {
      await dispose?.();
    });

    it('refuses a file with errors whole and names the row, and refuses an unknown kind', async () => {
      const bad = new TextEncoder().encode(
        'order_id;line_no;client_id;sku;quantity_ordered;released_at;due_at\nX1;1;C;S;2;2025-01-01 08:00;demain\n',
      );
      const error = await importHistory(ctx, admin, {
        siteId,
        kind: 'order_lines',
        fileName: 'x.csv',
        bytes: bad,
      }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).code).toBe('IMPORT_REJECTED');
      expect((error as DomainError).details).toEqual([
        expect.objectContaining({ row: 2, column: 'due_at', value: 'demain', code: 'INVALID_INSTANT' }),
      ]);
      await expect(
        importHistory(ctx, admin, { siteId, kind: 'pallets', fileName: 'x.csv', bytes: bad }),
      ).rejects.toMatchObject({ code: 'IMPORT_UNKNOWN_ENTITY' });
      await expect(
        importHistory(ctx, viewer, { siteId, kind: 'order_lines', fileName: 'x.csv', bytes: bad }),
      ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    });

    it('imports an Excel workbook (dates as Excel dates, French yes/no) and names the row of a bad cell', async () => {
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('Pointages');
      sheet.addRow([
        'day',
        'employee_id',
        'activity',
        'category',
        'hours',
        'overtime_hours',
        'temp',
        'cost_cents',
      ]);
      sheet.addRow([new Date(Date.UTC(2025, 2, 3)), pickers[0], 'picking', 'work', 7.5, 0.5, 'non', 21000]);
      sheet.addRow([
        new Date(Date.UTC(2025, 2, 3)),
        pickers[1],
        'picking',
        'absence_sickness',
        7,
        0,
        'non',
        0,
      ]);
      const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
      const done = await importHistory(ctx, admin, {
        siteId,
        kind: 'timesheets',
        fileName: 'pointages.xlsx',
        bytes,
      });
      expect(done).toMatchObject({ kind: 'timesheets', imported: 2 });
      sheet.getRow(3).getCell(5).value = 'sept heures';
      const bad = new Uint8Array(await workbook.xlsx.writeBuffer());
      await expect(
        importHistory(ctx, admin, { siteId, kind: 'timesheets', fileName: 'pointages.xlsx', bytes: bad }),
      ).rejects.toMatchObject({
        code: 'IMPORT_REJECTED',
        details: [
          expect.objectContaining({ row: 3, column: 'hours', value: 'sept heures', code: 'INVALID_NUMBER' }),
        ],
      });
    });

    it('gives each KPI its value from summed facts, with target, light and comparisons', async () => {
      const board = await kpiBoard(ctx, admin, { siteId, from: '2025-03-01', to: '2025-03-31' });
      const tile = (id: string) => board.tiles.find((t) => t.id === id)!;
      // 31 days × 60 orders, one line each: every measure is an exact count.
      expect(tile('on_time_shipments')).toMatchObject({ denominator: 31 * ORDERS_PER_DAY, group: '' });
      const onTime = tile('on_time_shipments');
      expect(onTime.value).toBeCloseTo((100 * onTime.numerator) / onTime.denominator, 9);
      expect(onTime.value!).toBeGreaterThan(96);
      expect(onTime.target).toBe(99);
      expect(onTime.status).not.toBe('none');
      expect(tile('picking_accuracy').denominator).toBe(31 * ORDERS_PER_DAY);
      // A calendar month compares with the month before and the same month a year earlier (no data then).
      expect(board.previous).toEqual({ from: '2025-02-01', to: '2025-02-28' });
      expect(tile('on_time_shipments').previous).not.toBeNull();
      expect(tile('on_time_shipments').lastYear).toBeNull();
      expect(board.sparkPeriod).toBe('week');
      // Safety rates are read over the twelve months to the period's end.
      expect(tile('tf1').window).toBe('rolling_year');
      expect(tile('on_time_shipments').window).toBe('period');
      expect(tile('on_time_shipments').spark.length).toBeGreaterThanOrEqual(13);
      expect(comparisonRanges('2025-03-03', '2025-03-09').previous).toEqual({
        from: '2025-02-24',
        to: '2025-03-02',
      });
    });

    it('breaks down by client and operator, and keeps a client viewer to its own client', async () => {
      const byClient = await kpiBoard(ctx, admin, {
        siteId,
        from: '2026-01-20',
        to: '2026-02-20',
        groupBy: 'client',
      });
      expect(byClient.groups.sort()).toEqual(clients.slice(0, 2).sort());
      const drifting = byClient.tiles.find((t) => t.id === 'on_time_shipments' && t.group === clients[1])!;
      expect(drifting.value!).toBeLessThan(90);
      const own = await kpiBoard(ctx, viewer, { siteId, from: '2026-01-20', to: '2026-02-20' });
      expect(own.groupBy).toBe('client');
      expect(own.groups).toEqual([clients[0]]);
      await expect(
        kpiBoard(ctx, viewer, {
          siteId,
          from: '2026-01-20',
          to: '2026-02-20',
          groupBy: 'client',
          keys: [clients[1]!],
        }),
      ).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(
        kpiBoard(ctx, viewer, { siteId, from: '2026-01-20', to: '2026-02-20', groupBy: 'operator' }),
      ).rejects.toMatchObject({ code: 'FORBIDDEN' });
      const byOperator = await kpiBoard(ctx, admin, {
        siteId,
        from: '2026-01-01',
        to: '2026-01-31',
        groupBy: 'operator',
      });
      expect(byOperator.groups.sort()).toEqual(pickers.slice(0, 4).sort());
      const lines = byOperator.tiles
        .filter((t) => t.id === 'picking_accuracy')
        .reduce((s, t) => s + t.denominator, 0);
      expect(lines).toBe(31 * ORDERS_PER_DAY);
    });

    it('sets targets from a month on, per client, and the tiles use the one in force', async () => {
      await setKpiTarget(ctx, admin, {
        kpiId: 'on_time_shipments',
        from: '2025-03-01',
        target: 97.5,
        tolerance: 1,
      });
      await setKpiTarget(ctx, admin, {
        kpiId: 'on_time_shipments',
        clientId: clients[1]!,
        from: '2025-03-01',
        target: 95,
        tolerance: 2,
      });
      const march = await kpiBoard(ctx, admin, {
        siteId,
        from: '2025-03-01',
        to: '2025-03-31',
        groupBy: 'client',
      });
      const of = (client: string) =>
        march.tiles.find((t) => t.id === 'on_time_shipments' && t.group === client)!;
      expect([of(clients[0]!).target, of(clients[1]!).target]).toEqual([97.5, 95]);
      const february = await kpiBoard(ctx, admin, { siteId, from: '2025-02-01', to: '2025-02-28' });
      expect(february.tiles.find((t) => t.id === 'on_time_shipments')?.target).toBe(99);
      expect((await listKpiTargets(ctx, viewer)).map((t) => t.clientId)).toEqual(['']);
      await expect(
        setKpiTarget(ctx, viewer, { kpiId: 'otif', from: '2025-03-01', target: 90, tolerance: 1 }),
      ).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(
        setKpiTarget(ctx, admin, { kpiId: 'otif', from: '2025-03-15', target: 90, tolerance: 1 }),
      ).rejects.toMatchObject({ code: 'KPI_TARGET_MONTH_INVALID', field: 'from' });
      await expect(
        setKpiTarget(ctx, admin, { kpiId: 'otif', from: '2025-03-01', target: 90, tolerance: -1 }),
      ).rejects.toMatchObject({ code: 'KPI_TARGET_INVALID', field: 'tolerance' });
    });

    it('stores each user’s own layout and refuses an unknown tile', async () => {
      expect(await getDashboardLayout(ctx, admin)).toEqual(DEFAULT_LAYOUT);
      await saveDashboardLayout(ctx, admin, { tiles: ['otif', 'tf1'], period: 'week' });
      expect(await getDashboardLayout(ctx, admin)).toEqual({ tiles: ['otif', 'tf1'], period: 'week' });
      expect(await getDashboardLayout(ctx, viewer)).toEqual(DEFAULT_LAYOUT);
      await expect(saveDashboardLayout(ctx, admin, { tiles: ['nope'] })).rejects.toMatchObject({
        code: 'INVALID_VALUE',
      });
    });

    it('finds the client whose on-time rate drops within two weeks, and takes the alert over once', async () => {
      const from = addDays(FIRST, 365);
      const to = addDays(FIRST, DAYS - 1);
      const report = await detectDrifts(ctx, admin, { siteId, from, to, dimension: 'client' });
      const found = report.alerts.filter(
        (a) =>
          a.kpiId === 'on_time_shipments' &&
          a.key === clients[1] &&
          a.side === 'below' &&
          a.firedAt >= DRIFT_START,
      );
      expect(found.length).toBeGreaterThan(0);
      const first = found.map((a) => a.firedAt).sort()[0]!;
      expect(first <= addDays(DRIFT_START, 14)).toBe(true);
      // The steady client only gets the odd false alarm (1.6 % of points under the Western Electric rules).
      const flagged = (key: string) =>
        new Set(
          report.alerts
            .filter(
              (a) =>
                a.kpiId === 'on_time_shipments' &&
                a.key === key &&
                a.side === 'below' &&
                a.firedAt >= DRIFT_START,
            )
            .flatMap((a) => a.dates),
        ).size;
      expect(flagged(clients[1]!)).toBeGreaterThan(5 * Math.max(1, flagged(clients[0]!)));
      const alert = found[0]!;
      const chart = await driftChart(ctx, admin, {
        siteId,
        kpiId: 'on_time_shipments',
        dimension: 'client',
        key: alert.key,
        from,
        to,
      });
      expect(chart?.chart).toBe('p');
      expect(chart?.points.find((p) => p.date === alert.firedAt)?.zone).toBeDefined();
      const taken = await takeOverAlert(ctx, admin, {
        siteId,
        alertId: alert.id,
        from,
        to,
        note: 'transporteur',
      });
      expect(taken.created).toBe(true);
      expect((await takeOverAlert(ctx, admin, { siteId, alertId: alert.id, from, to })).created).toBe(false);
      expect((await listDriftRecords(ctx, admin, siteId)).map((r) => r.alertId)).toEqual([alert.id]);
      await expect(
        takeOverAlert(ctx, admin, { siteId, alertId: 'otif:client:X:WE_1:2026-01-01', from, to }),
      ).rejects.toMatchObject({
        code: 'DRIFT_ALERT_NOT_FOUND',
      });
    });
  });
}
