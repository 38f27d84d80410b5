// Writes the monthly KPI report to an XLSX workbook: a summary, a sheet per KPI family, clients, the 13-month
// series, SPC alerts and formulas; figures are numbers with unit formats, lights are filled cells, headers frozen.
import type { KpiUnit, TrafficLight } from '@logipilot/domain';
import type { Lang } from '@logipilot/i18n';
import ExcelJS from 'exceljs';
import {
  actionPlanKpis,
  alertScope,
  byFamily,
  familyName,
  HEADER_FILL,
  handbookOf,
  type KpiReportInput,
  type KpiReportTile,
  kpiName,
  kpiText,
  LIGHT_FILL,
  lightCounts,
  metaLines,
  monthShort,
  tr,
  uniqueSheetNames,
  unitLabel,
  varianceOf,
} from './kpi-report-model.ts';

/** Excel number formats per unit: the cell holds the KPI's value (98.5 for 98.5 %), the format adds the unit. */
const UNIT_FORMAT: Record<KpiUnit, string> = {
  percent: '0.00" %"',
  ppm: '#,##0" ppm"',
  per_mille: '0.00" ‰"',
  hours: '0.0" h"',
  per_hour: '0.0',
  eur: '#,##0.00" €"',
  rate: '0.0',
};
/** Variances are signed; a percentage's variance is in points. */
const VARIANCE_FORMAT: Record<KpiUnit, string> = {
  percent: '+0.00" pt";-0.00" pt";0.00" pt"',
  ppm: '+#,##0" ppm";-#,##0" ppm";0" ppm"',
  per_mille: '+0.00" ‰";-0.00" ‰";0.00" ‰"',
  hours: '+0.0" h";-0.0" h";0.0" h"',
  per_hour: '+0.0;-0.0;0.0',
  eur: '+#,##0.00" €";-#,##0.00" €";0.00" €"',
  rate: '+0.0;-0.0;0.0',
};
const DATE_FORMAT = 'dd/mm/yyyy';

const BORDER: Partial<ExcelJS.Borders> = {
  top: { style: 'thin', color: { argb: 'FFBFBFBF' } },
  left: { style: 'thin', color: { argb: 'FFBFBFBF' } },
  bottom: { style: 'thin', color: { argb: 'FFBFBFBF' } },
  right: { style: 'thin', color: { argb: 'FFBFBFBF' } },
};

const solid = (rgb: string): ExcelJS.Fill => ({
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: `FF${rgb}` },
});

/** UTC midnight: exceljs turns dates into serials in UTC, so no time zone shifts the day. */
const excelDay = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

interface Column {
  header: string;
  width: number;
  wrap?: boolean;
}

interface Sheet {
  ws: ExcelJS.Worksheet;
  headerRow: number;
}

/** A sheet with the report's title block, then the header row (frozen, filtered) of its table. */
function openSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  lang: Lang,
  input: KpiReportInput,
  heading: string,
  columns: readonly Column[],
): Sheet {
  const ws = workbook.addWorksheet(name, {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  ws.addRow([tr(lang, 'title')]).font = { bold: true, size: 14 };
  ws.addRow([metaLines(lang, input).join('   ·   ')]);
  ws.addRow([heading]).font = { bold: true, size: 12 };
  const header = ws.addRow(columns.map((c) => c.header));
  header.eachCell((cell) => {
    cell.font = { bold: true };
    cell.fill = solid(HEADER_FILL);
    cell.border = BORDER;
    cell.alignment = { vertical: 'top', wrapText: true };
  });
  columns.forEach((c, i) => {
    // exceljs takes a width of exactly 9 for its default and leaves it out of the file.
    ws.getColumn(i + 1).width = c.width === 9 ? 9.5 : c.width;
    if (c.wrap) ws.getColumn(i + 1).alignment = { wrapText: true, vertical: 'top' };
  });
  ws.views = [{ state: 'frozen', ySplit: header.number, xSplit: 1 }];
  ws.autoFilter = {
    from: { row: header.number, column: 1 },
    to: { row: header.number, column: columns.length },
  };
  return { ws, headerRow: header.number };
}

function addRow(ws: ExcelJS.Worksheet, values: ExcelJS.CellValue[], formats: (string | undefined)[] = []) {
  const row = ws.addRow(values);
  for (let i = 1; i <= values.length; i++) {
    const cell = row.getCell(i);
    cell.border = BORDER;
    const format = formats[i - 1];
    if (format && typeof cell.value === 'number') cell.numFmt = format;
    if (format === DATE_FORMAT && cell.value instanceof Date) cell.numFmt = format;
  }
  return row;
}

function fillLight(cell: ExcelJS.Cell, light: TrafficLight) {
  const fill = LIGHT_FILL[light];
  if (fill) cell.fill = solid(fill);
  cell.alignment = { horizontal: 'center' };
  if (light === 'red') cell.font = { bold: true };
}

const TILE_COLUMNS = [
  'kpi',
  'unit',
  'value',
  'target',
  'light',
  'variance',
  'previous',
  'lastYear',
  'trend',
] as const;

function tileColumns(lang: Lang, first: Column[] = []): Column[] {
  const widths: Record<(typeof TILE_COLUMNS)[number], number> = {
    kpi: 40,
    unit: 16,
    value: 13,
    target: 13,
    light: 10,
    variance: 15,
    previous: 14,
    lastYear: 14,
    trend: 13,
  };
  return [...first, ...TILE_COLUMNS.map((c) => ({ header: tr(lang, `column.${c}`), width: widths[c] }))];
}

/** The cells of a KPI row after `lead` cells; the light's cell gets its fill. */
function writeTile(ws: ExcelJS.Worksheet, lang: Lang, tile: KpiReportTile, lead: ExcelJS.CellValue[] = []) {
  const unit = UNIT_FORMAT[tile.unit];
  const row = addRow(
    ws,
    [
      ...lead,
      kpiName(lang, tile.id),
      unitLabel(lang, tile.id),
      tile.value,
      tile.target,
      tr(lang, `light.${tile.status}`),
      varianceOf(tile),
      tile.previous,
      tile.lastYear,
      tile.trend === null ? '—' : `${TREND_ARROW[tile.trend]} ${kpiText(lang, `trend.${tile.trend}`)}`,
    ],
    [
      ...lead.map(() => undefined),
      undefined,
      undefined,
      unit,
      unit,
      undefined,
      VARIANCE_FORMAT[tile.unit],
      unit,
      unit,
    ],
  );
  row.getCell(lead.length + 3).font = { bold: true };
  fillLight(row.getCell(lead.length + 5), tile.status);
}

const TREND_ARROW = { up: '↗', down: '↘', flat: '→' } as const;

function summarySheet(workbook: ExcelJS.Workbook, name: string, lang: Lang, input: KpiReportInput) {
  const { ws } = openSheet(workbook, name, lang, input, tr(lang, 'summary.heading'), [
    { header: tr(lang, 'column.light'), width: 34 },
    { header: tr(lang, 'column.count'), width: 12 },
  ]);
  const counts = lightCounts(input.tiles);
  for (const light of ['green', 'amber', 'red', 'none'] as const) {
    const row = addRow(
      ws,
      [tr(lang, `summary.${light}`, { count: counts[light] }), counts[light]],
      [undefined, '0'],
    );
    const fill = LIGHT_FILL[light];
    if (fill) row.getCell(1).fill = solid(fill);
  }
  ws.addRow([]);
  const red = input.tiles.filter((t) => t.status === 'red').map((t) => kpiName(lang, t.id));
  if (red.length > 0) ws.addRow([tr(lang, 'summary.redList', { kpis: red.join(', ') })]);
  const plans = actionPlanKpis(input).map((id) => kpiName(lang, id));
  const plan = ws.addRow([
    plans.length > 0
      ? tr(lang, 'summary.actionPlan', { kpis: plans.join(', ') })
      : tr(lang, 'summary.noActionPlan'),
  ]);
  if (plans.length > 0) plan.font = { bold: true, color: { argb: 'FFCC0000' } };
  ws.addRow([
    input.alerts.length === 0
      ? tr(lang, 'summary.noAlerts')
      : tr(lang, 'summary.alerts', { count: input.alerts.length }),
  ]);
  ws.addRow([tr(lang, 'summary.reading')]).font = { italic: true };
}

function trendSheet(workbook: ExcelJS.Workbook, name: string, lang: Lang, input: KpiReportInput) {
  const { ws } = openSheet(workbook, name, lang, input, tr(lang, 'charts.heading'), [
    { header: tr(lang, 'column.kpi'), width: 40 },
    { header: tr(lang, 'column.unit'), width: 16 },
    { header: tr(lang, 'column.target'), width: 12 },
    ...input.months.map((m) => ({ header: monthShort(lang, m), width: 11 })),
  ]);
  const series = new Map(input.series.map((s) => [s.kpiId, s.values]));
  for (const { tiles } of byFamily(input.tiles))
    for (const t of tiles) {
      const values = series.get(t.id) ?? input.months.map(() => null);
      const unit = UNIT_FORMAT[t.unit];
      addRow(
        ws,
        [kpiName(lang, t.id), unitLabel(lang, t.id), t.target, ...values],
        [undefined, undefined, unit, ...values.map(() => unit)],
      );
    }
}

function alertsSheet(workbook: ExcelJS.Workbook, name: string, lang: Lang, input: KpiReportInput) {
  const columns = [
    'firedAt',
    'kpi',
    'scope',
    'rule',
    'side',
    'start',
    'end',
    'points',
    'value',
    'centre',
    'lcl',
    'ucl',
  ];
  const widths = [13, 34, 24, 52, 14, 12, 12, 8, 13, 13, 13, 13];
  const { ws } = openSheet(
    workbook,
    name,
    lang,
    input,
    tr(lang, 'alerts.heading'),
    columns.map((c, i) => ({ header: tr(lang, `column.${c}`), width: widths[i] ?? 12, wrap: c === 'rule' })),
  );
  const units = new Map(input.tiles.map((t) => [t.id, t.unit]));
  for (const a of input.alerts) {
    const unit = UNIT_FORMAT[units.get(a.kpiId) ?? 'rate'];
    addRow(
      ws,
      [
        excelDay(a.firedAt),
        kpiName(lang, a.kpiId),
        alertScope(lang, a),
        kpiText(lang, `rule.${a.rule}`),
        tr(lang, `side.${a.side}`),
        excelDay(a.start),
        excelDay(a.end),
        a.dates.length,
        a.value,
        a.centre,
        a.lcl,
        a.ucl,
      ],
      [
        DATE_FORMAT,
        undefined,
        undefined,
        undefined,
        undefined,
        DATE_FORMAT,
        DATE_FORMAT,
        '0',
        unit,
        unit,
        unit,
        unit,
      ],
    );
  }
  if (input.alerts.length === 0) ws.addRow([tr(lang, 'alerts.empty')]);
}

function formulasSheet(workbook: ExcelJS.Workbook, name: string, lang: Lang, input: KpiReportInput) {
  const { ws } = openSheet(workbook, name, lang, input, tr(lang, 'formulas.heading'), [
    { header: tr(lang, 'column.kpi'), width: 40 },
    { header: tr(lang, 'column.family'), width: 28 },
    { header: tr(lang, 'column.unit'), width: 18 },
    { header: tr(lang, 'column.direction'), width: 24 },
    { header: tr(lang, 'column.target'), width: 12 },
    { header: tr(lang, 'column.tolerance'), width: 12 },
    { header: tr(lang, 'column.formula'), width: 70, wrap: true },
    { header: tr(lang, 'column.reference'), width: 40, wrap: true },
  ]);
  for (const { family, tiles } of byFamily(input.tiles))
    for (const t of tiles) {
      const unit = UNIT_FORMAT[t.unit];
      addRow(
        ws,
        [
          kpiName(lang, t.id),
          familyName(lang, family),
          unitLabel(lang, t.id),
          kpiText(lang, `direction.${t.direction}`),
          t.target,
          t.tolerance,
          kpiText(lang, `kpi.${t.id}.formula`),
          handbookOf(t.id),
        ],
        [undefined, undefined, undefined, undefined, unit, t.unit === 'percent' ? '0.00" pt"' : unit],
      );
    }
}

function clientsSheet(workbook: ExcelJS.Workbook, name: string, lang: Lang, input: KpiReportInput) {
  const { ws } = openSheet(
    workbook,
    name,
    lang,
    input,
    tr(lang, 'clients.heading'),
    tileColumns(lang, [{ header: tr(lang, 'column.client'), width: 28 }]),
  );
  for (const c of input.clients) for (const t of c.tiles) writeTile(ws, lang, t, [c.name]);
  if (input.clients.length === 0) ws.addRow([tr(lang, 'clients.empty')]);
}

export async function writeKpiReportXlsx(input: KpiReportInput, lang: Lang): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Logipilot';
  const families = byFamily(input.tiles);
  const names = uniqueSheetNames([
    tr(lang, 'sheet.summary'),
    ...families.map((f) => familyName(lang, f.family)),
    ...(input.clientName ? [] : [tr(lang, 'sheet.clients')]),
    tr(lang, 'sheet.trend'),
    tr(lang, 'sheet.alerts'),
    tr(lang, 'sheet.formulas'),
  ]);
  let n = 0;
  const next = () => names[n++]!;
  summarySheet(workbook, next(), lang, input);
  for (const { family, tiles } of families) {
    const { ws } = openSheet(workbook, next(), lang, input, familyName(lang, family), tileColumns(lang));
    for (const t of tiles) writeTile(ws, lang, t);
  }
  // A client's own report is its figures already: no sheet by client.
  if (!input.clientName) clientsSheet(workbook, next(), lang, input);
  trendSheet(workbook, next(), lang, input);
  alertsSheet(workbook, next(), lang, input);
  formulasSheet(workbook, next(), lang, input);
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
