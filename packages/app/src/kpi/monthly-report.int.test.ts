// The monthly KPI report on a store holding 14 months of hand-made daily facts: file names, the PDF, the XLSX's
// figures and lights read back, the by-client sheet, the SPC alert of a client that drops, month checks, client view.
import { testBackends } from '@logipilot/db/testing/test-stores';
import {
  type Actor,
  addDays,
  clientSchema,
  type DailyMeasureRow,
  daysBetween,
  siteSchema,
} from '@logipilot/domain';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '../context.ts';
import { openTestContext } from '../seed/test-context.ts';
import { monthlyKpiReport } from './monthly-report.ts';

const DATABASE_URL = process.env.DATABASE_URL;
const SITE = 'site-kpi';
const FIRST = '2025-02-01';
const LAST = '2026-03-31';
/** Client B ships 98 orders of 100 on time every day, then 80 from March 2026: the month's drift. */
const DROP = '2026-03-01';

/** One day of one client: 100 orders, 500 lines picked of which 499 right, a wobble of ±1 on time. */
function clientDay(day: string, client: 'A' | 'B', index: number): Record<string, number> {
  const wobble = (index % 3) - 1;
  const onTime = client === 'A' ? 99 : day >= DROP ? 80 + wobble : 98 + wobble;
  return {
    orders_shipped: 100,
    orders_on_time: onTime,
    orders_complete: 100,
    orders_otif: onTime,
    lines_picked: 500,
    lines_picked_ok: 499,
    lines_shipped: 500,
    lines_shipped_complete: 500,
    lines_shipped_error: 1,
  };
}

function facts(): DailyMeasureRow[] {
  const rows: DailyMeasureRow[] = [];
  for (let i = 0; i <= daysBetween(FIRST, LAST); i++) {
    const day = addDays(FIRST, i);
    const a = clientDay(day, 'A', i);
    const b = clientDay(day, 'B', i);
    const site = Object.fromEntries(Object.keys(a).map((k) => [k, (a[k] ?? 0) + (b[k] ?? 0)]));
    rows.push(
      { day, dimension: 'site', key: '', client: '', values: site },
      { day, dimension: 'client', key: 'cl-a', client: '', values: a },
      { day, dimension: 'client', key: 'cl-b', client: '', values: b },
    );
  }
  return rows;
}

async function workbookOf(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return wb;
}

/** The cell under `header` in the row whose `column`th cell reads `rowText`. */
function cellOf(ws: ExcelJS.Worksheet, rowText: string, header: string, column = 1): ExcelJS.Cell {
  let headerRow = 0;
  ws.eachRow((row, n) => {
    if (!headerRow && (row.values as unknown[]).includes(header)) headerRow = n;
  });
  const col = (ws.getRow(headerRow).values as unknown[]).indexOf(header);
  for (let n = headerRow + 1; n <= ws.rowCount; n++)
    if (ws.getRow(n).getCell(column).text === rowText) return ws.getRow(n).getCell(col);
  throw new Error(`no row ${rowText} under ${header} in ${ws.name}`);
}

const fillOf = (c: ExcelJS.Cell) => (c.fill?.type === 'pattern' ? c.fill.fgColor?.argb?.slice(2) : undefined);

for (const backend of testBackends(DATABASE_URL)) {
  describe.skipIf(backend.skip)(`monthly KPI report on ${backend.name}`, () => {
    let ctx: AppContext;
    let dispose: () => Promise<void>;
    const admin: Actor = {
      userId: 'u-admin',
      username: 'admin',
      role: 'admin',
      clientId: null,
      siteId: SITE,
    };
    const viewer: Actor = {
      userId: 'u-viewer',
      username: 'client-b',
      role: 'client_viewer',
      clientId: 'cl-b',
      siteId: SITE,
    };

    beforeAll(async () => {
      ({ ctx, dispose } = await openTestContext(backend.name, DATABASE_URL));
      await ctx.db.repos.sites.save(siteSchema.parse({ id: SITE, code: 'LYS-2', name: 'Entrepôt Lyon Sud' }));
      await ctx.db.repos.clients.upsertMany([
        clientSchema.parse({ id: 'cl-a', siteId: SITE, code: 'A', name: 'Azur Cosmétiques' }),
        clientSchema.parse({ id: 'cl-b', siteId: SITE, code: 'B', name: 'Bricolage Écureuil' }),
      ]);
      await ctx.db.repos.kpiFacts.replace(SITE, FIRST, LAST, facts());
    }, 120_000);

    afterAll(async () => {
      await dispose?.();
    });

    it('writes a French PDF with an ASCII file name', async () => {
      const report = await monthlyKpiReport(ctx, admin, {
        siteId: SITE,
        month: '2026-03',
        lang: 'fr',
        format: 'pdf',
      });
      expect(report.fileName).toBe('kpi-report-LYS-2-2026-03-fr.pdf');
      expect(report.contentType).toBe('application/pdf');
      const text = Buffer.from(report.bytes).toString('latin1');
      expect(text.startsWith('%PDF-')).toBe(true);
      expect((text.match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length).toBeGreaterThanOrEqual(5);
    });

    it('writes an English XLSX: the month, its light, the 13 months, clients by name and the drop as an alert', async () => {
      const report = await monthlyKpiReport(ctx, admin, {
        siteId: SITE,
        month: '2026-03',
        lang: 'en',
        format: 'xlsx',
      });
      expect(report.fileName).toBe('kpi-report-LYS-2-2026-03-en.xlsx');
      expect(report.contentType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      const wb = await workbookOf(report.bytes);
      // Only the families with figures: service, and costs per order or line (no cost recorded: 0 €).
      expect(wb.worksheets.map((w) => w.name)).toEqual([
        'Summary',
        'Customer service',
        'Costs',
        'Clients',
        '13-month trend',
        'SPC alerts',
        'Formulas',
      ]);
      const service = wb.getWorksheet('Customer service')!;
      expect(service.getCell('A2').text).toContain('Site: Entrepôt Lyon Sud');
      expect(service.getCell('A2').text).toContain('Month: March 2026');
      // March: A 99 of 100, B about 80 of 100 a day.
      const onTime = cellOf(service, 'On-time shipments', 'Actual');
      let bMarch = 0;
      for (let d = 0; d < 31; d++) {
        const day = addDays(DROP, d);
        bMarch += clientDay(day, 'B', daysBetween(FIRST, day)).orders_on_time ?? 0;
      }
      const bOnTime = bMarch / 31;
      expect(onTime.value).toBeCloseTo((99 + bOnTime) / 2, 9);
      expect(cellOf(service, 'On-time shipments', 'Light').value).toBe('Red');
      expect(fillOf(cellOf(service, 'On-time shipments', 'Light'))).toBe('EA9999');
      expect(cellOf(service, 'Picking accuracy', 'Actual').value).toBeCloseTo(99.8, 9);
      expect(cellOf(service, 'Picking accuracy', 'Light').value).toBe('Green');
      // February, the month before, had B at about 98 %.
      expect(cellOf(service, 'On-time shipments', 'Previous month').value).toBeCloseTo(98.5, 1);
      const trend = wb.getWorksheet('13-month trend')!;
      expect(cellOf(trend, 'On-time shipments', 'Mar 25').value).toBeCloseTo(98.5, 1);
      const clients = wb.getWorksheet('Clients')!;
      expect(cellOf(clients, 'Azur Cosmétiques', 'Actual').value).toBeCloseTo(99, 9);
      expect(cellOf(clients, 'Bricolage Écureuil', 'Actual').value).toBeCloseTo(bOnTime, 9);
      const alerts = wb.getWorksheet('SPC alerts')!;
      const scopes: string[] = [];
      alerts.eachRow((row) => {
        if (row.getCell(2).text === 'On-time shipments') scopes.push(row.getCell(3).text);
      });
      expect(scopes).toContain('Client Bricolage Écureuil');
    });

    it('refuses a month that is not YYYY-MM', async () => {
      for (const month of ['2026-13', '2026-3', 'mars', '2026-03-01'])
        await expect(
          monthlyKpiReport(ctx, admin, { siteId: SITE, month, lang: 'fr', format: 'pdf' }),
        ).rejects.toMatchObject({ code: 'INVALID_DATE', field: 'month' });
    });

    it('gives a client viewer its own figures only', async () => {
      const report = await monthlyKpiReport(ctx, viewer, {
        siteId: SITE,
        month: '2026-03',
        lang: 'fr',
        format: 'xlsx',
      });
      const wb = await workbookOf(report.bytes);
      expect(wb.worksheets.map((w) => w.name)).not.toContain('Clients');
      const service = wb.getWorksheet('Service client')!;
      expect(service.getCell('A2').text).toContain('Client : Bricolage Écureuil');
      expect(cellOf(service, "Expéditions à l'heure", 'Réalisé').value).toBeLessThan(81);
      const alerts = wb.getWorksheet('Alertes SPC')!;
      alerts.eachRow((row, n) => {
        if (n > 4 && row.getCell(3).text) expect(row.getCell(3).text).toBe('Client Bricolage Écureuil');
      });
    });
  });
}
