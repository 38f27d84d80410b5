// Writes the forecast budget and its variance to an XLSX workbook: summary by month, cost centres × months,
// activities × months, every budget line-month, and the variance of each line; euros as numbers, headers frozen.
import type { Lang } from '@logipilot/i18n';
import ExcelJS from 'exceljs';
import {
  activityLabel,
  type BudgetReportDoc,
  costCentreLabel,
  EFFECTS,
  euros,
  HEADER_FILL,
  landingCents,
  lineLabel,
  metaLine,
  monthLong,
  monthShort,
  sheetName,
  TOTAL_FILL,
  tr,
  varianceByMonth,
  yearToDate,
} from './budget-document.ts';

const EUR = '#,##0.00" €"';
const EUR_SIGNED = '+#,##0.00" €";-#,##0.00" €";0.00" €"';
const QUANTITY = '#,##0.##';

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

interface Column {
  header: string;
  width: number;
  format?: string;
}

/** Title, site · year · version, the sheet's heading, then its header row (frozen, filtered). */
function openSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  lang: Lang,
  doc: BudgetReportDoc,
  heading: string,
  columns: readonly Column[],
): ExcelJS.Worksheet {
  const ws = workbook.addWorksheet(sheetName(name), {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  ws.addRow([tr(lang, 'title', { year: doc.year })]).font = { bold: true, size: 14 };
  ws.addRow([metaLine(lang, doc)]);
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
  });
  ws.views = [{ state: 'frozen', ySplit: header.number, xSplit: 1 }];
  ws.autoFilter = {
    from: { row: header.number, column: 1 },
    to: { row: header.number, column: columns.length },
  };
  return ws;
}

function addRow(
  ws: ExcelJS.Worksheet,
  columns: readonly Column[],
  values: ExcelJS.CellValue[],
  total = false,
): ExcelJS.Row {
  const row = ws.addRow(values);
  for (let i = 1; i <= columns.length; i++) {
    const cell = row.getCell(i);
    cell.border = BORDER;
    const format = columns[i - 1]?.format;
    if (format && typeof cell.value === 'number') cell.numFmt = format;
    if (total) {
      cell.font = { bold: true };
      cell.fill = solid(TOTAL_FILL);
    }
  }
  return row;
}

const money = (cents: number | null | undefined): number | null =>
  cents === null || cents === undefined ? null : euros(cents);

function summarySheet(workbook: ExcelJS.Workbook, lang: Lang, doc: BudgetReportDoc): void {
  const columns: Column[] = [
    { header: tr(lang, 'column.month'), width: 24 },
    { header: tr(lang, 'column.budget'), width: 16, format: EUR },
    { header: tr(lang, 'column.labour'), width: 16, format: EUR },
    { header: tr(lang, 'column.fixed'), width: 16, format: EUR },
    { header: tr(lang, 'column.actual'), width: 16, format: EUR },
    { header: tr(lang, 'column.variance'), width: 16, format: EUR_SIGNED },
    ...EFFECTS.map((e) => ({ header: tr(lang, `effect.${e}`), width: 16, format: EUR_SIGNED })),
  ];
  const ws = openSheet(workbook, tr(lang, 'sheet.summary'), lang, doc, tr(lang, 'summary.heading'), columns);
  const variance = varianceByMonth(doc);
  for (const m of doc.budget.months) {
    const v = variance.get(m.month);
    addRow(ws, columns, [
      monthLong(lang, m.month),
      euros(m.totalCents),
      euros(m.labourCents),
      euros(m.fixedCents),
      money(v?.actual),
      money(v?.variance?.total),
      ...EFFECTS.map((e) => money(v?.variance?.[e])),
    ]);
  }
  const ytd = yearToDate(doc.variance);
  addRow(
    ws,
    columns,
    [
      tr(lang, 'summary.yearToDate', { count: ytd.months }),
      euros(ytd.budget),
      null,
      null,
      ytd.months > 0 ? euros(ytd.actual) : null,
      ytd.months > 0 ? euros(ytd.total) : null,
      ...EFFECTS.map((e) => (ytd.months > 0 ? euros(ytd[e]) : null)),
    ],
    true,
  );
  const labour = doc.budget.months.reduce((a, m) => a + m.labourCents, 0);
  const fixed = doc.budget.months.reduce((a, m) => a + m.fixedCents, 0);
  addRow(
    ws,
    columns,
    [tr(lang, 'summary.year'), euros(doc.budget.totalCents), euros(labour), euros(fixed)],
    true,
  );
  if (ytd.months > 0 && ytd.months < 12)
    addRow(
      ws,
      columns,
      [tr(lang, 'summary.landing', { count: ytd.months }), euros(landingCents(doc.variance))],
      true,
    );
  ws.addRow([]);
  ws.addRow([tr(lang, 'summary.reading')]).font = { italic: true };
}

/** Rows × 12 months + total, then a total row. */
function monthGridSheet(
  workbook: ExcelJS.Workbook,
  lang: Lang,
  doc: BudgetReportDoc,
  name: string,
  first: string,
  rows: { label: string; monthly: readonly number[] }[],
): void {
  const columns: Column[] = [
    { header: first, width: 34 },
    ...doc.budget.months.map((m) => ({ header: monthShort(lang, m.month), width: 13, format: EUR })),
    { header: tr(lang, 'column.total'), width: 15, format: EUR },
  ];
  const ws = openSheet(workbook, name, lang, doc, tr(lang, 'heading.budgetByMonth'), columns);
  const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
  for (const r of rows) addRow(ws, columns, [r.label, ...r.monthly.map(euros), euros(sum(r.monthly))]);
  addRow(
    ws,
    columns,
    [
      tr(lang, 'column.total'),
      ...doc.budget.months.map((m) => euros(m.totalCents)),
      euros(doc.budget.totalCents),
    ],
    true,
  );
}

function detailSheet(workbook: ExcelJS.Workbook, lang: Lang, doc: BudgetReportDoc): void {
  const columns: Column[] = [
    { header: tr(lang, 'column.month'), width: 10 },
    { header: tr(lang, 'column.costCentre'), width: 28 },
    { header: tr(lang, 'column.kind'), width: 14 },
    { header: tr(lang, 'column.line'), width: 34 },
    { header: tr(lang, 'column.key'), width: 22 },
    { header: tr(lang, 'column.volume'), width: 13, format: QUANTITY },
    { header: tr(lang, 'column.hours'), width: 11, format: '#,##0.00' },
    { header: tr(lang, 'column.budget'), width: 15, format: EUR },
  ];
  const ws = openSheet(workbook, tr(lang, 'sheet.detail'), lang, doc, tr(lang, 'heading.detail'), columns);
  for (const m of doc.budget.months)
    for (const l of m.lines)
      addRow(ws, columns, [
        m.month,
        costCentreLabel(doc, l.costCentre),
        tr(lang, `kind.${l.kind}`),
        lineLabel(lang, l.key),
        l.key,
        l.volume ?? null,
        l.hours ?? null,
        euros(l.cents),
      ]);
}

function varianceSheet(workbook: ExcelJS.Workbook, lang: Lang, doc: BudgetReportDoc): void {
  const columns: Column[] = [
    { header: tr(lang, 'column.month'), width: 10 },
    { header: tr(lang, 'column.costCentre'), width: 28 },
    { header: tr(lang, 'column.line'), width: 34 },
    { header: tr(lang, 'column.budget'), width: 15, format: EUR },
    { header: tr(lang, 'column.actual'), width: 15, format: EUR },
    { header: tr(lang, 'column.variance'), width: 15, format: EUR_SIGNED },
    ...EFFECTS.map((e) => ({ header: tr(lang, `effect.${e}`), width: 15, format: EUR_SIGNED })),
    { header: tr(lang, 'column.rounding'), width: 12, format: EUR_SIGNED },
  ];
  const ws = openSheet(
    workbook,
    tr(lang, 'sheet.variance'),
    lang,
    doc,
    tr(lang, 'heading.variance'),
    columns,
  );
  let any = false;
  for (const m of doc.variance) {
    if (m.variance === null || m.actual === null) continue;
    any = true;
    for (const l of m.lines)
      addRow(ws, columns, [
        m.month,
        costCentreLabel(doc, l.costCentre),
        lineLabel(lang, l.key),
        euros(l.budgetCents),
        euros(l.actualCents),
        euros(l.total),
        ...EFFECTS.map((e) => euros(l[e])),
        euros(l.roundingCents),
      ]);
    addRow(
      ws,
      columns,
      [
        m.month,
        tr(lang, 'column.total'),
        null,
        euros(m.budget),
        euros(m.actual),
        euros(m.variance.total),
        ...EFFECTS.map((e) => euros(m.variance?.[e] ?? 0)),
        euros(m.variance.roundingCents),
      ],
      true,
    );
  }
  if (!any) ws.addRow([tr(lang, 'variance.empty')]);
  ws.addRow([]);
  ws.addRow([tr(lang, 'variance.reading')]).font = { italic: true };
}

export async function budgetXlsx(doc: BudgetReportDoc, lang: Lang): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Logipilot';
  summarySheet(workbook, lang, doc);
  monthGridSheet(
    workbook,
    lang,
    doc,
    tr(lang, 'sheet.costCentres'),
    tr(lang, 'column.costCentre'),
    doc.budget.byCostCentre.map((c) => ({ label: costCentreLabel(doc, c.costCentre), monthly: c.monthly })),
  );
  monthGridSheet(workbook, lang, doc, tr(lang, 'sheet.activities'), tr(lang, 'column.activity'), [
    ...doc.budget.byActivity.map((a) => ({ label: activityLabel(lang, a.activity), monthly: a.monthly })),
    { label: tr(lang, 'kind.fixed'), monthly: doc.budget.months.map((m) => m.fixedCents) },
  ]);
  detailSheet(workbook, lang, doc);
  varianceSheet(workbook, lang, doc);
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
