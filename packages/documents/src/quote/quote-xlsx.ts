// The quote as an XLSX workbook: bordereau de prix unitaires (grid, bands), monthly simulation, sensitivity,
// assumptions and terms; money as numbers in euros with € formats, dates as dates.
import type { QuoteGridLine, QuoteResult, QuoteTotals } from '@logipilot/domain';
import type { Lang } from '@logipilot/i18n';
import ExcelJS from 'exceljs';
import {
  assumptionText,
  breakEvenText,
  driverLabel,
  HEADER_FILL,
  indexationFormula,
  indexationLegend,
  monthLabel,
  paymentText,
  pricingText,
  type QuoteEdition,
  SECTION_FILL,
  scenarioLabel,
  serviceLabel,
  sheetNames,
  tr,
  unitLabel,
  validityText,
} from './quote-document.ts';

const EUR = '#,##0.00" €"';
/** Unit prices to a hundredth of a cent: up to 4 decimals of a euro, at least 2 (3.0435 €, 3.10 €). */
const EUR_UNIT = '#,##0.00##" €"';
const EUR_SIGNED = '#,##0.00" €";-#,##0.00" €"';
const PCT = '0.00%';
/** Billed as amounts, not unit rates. */
const WHOLE_CENT_SERVICES = new Set(['ad_hoc_hour', 'management_fee', 'start_up', 'minimum_monthly']);
const QTY = '#,##0.##';
const DATE = 'dd/mm/yyyy';

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
/** Through a whole number of ten-thousandths, so 304.35 c is written 3.0435, not 3.0435000000000003. */
const euros = (cents: number): number => Math.round(cents * 100) / 10_000;
/** UTC midnight: exceljs turns dates into serials in UTC, so no time zone shifts the day. */
const excelDay = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

function sheet(wb: ExcelJS.Workbook, name: string, widths: number[]): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name, {
    pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  // exceljs takes a width of exactly 9 for its default and leaves it out of the file.
  widths.forEach((w, i) => {
    ws.getColumn(i + 1).width = w === 9 ? 9.5 : w;
  });
  return ws;
}

function titleBlock(ws: ExcelJS.Worksheet, lang: Lang, result: QuoteResult, heading: string) {
  ws.addRow([tr(lang, 'title')]).font = { bold: true, size: 14 };
  ws.addRow([tr(lang, 'meta.clientLine', { client: result.client.name })]);
  ws.addRow([heading]).font = { bold: true, size: 12 };
}

function headerRow(ws: ExcelJS.Worksheet, labels: string[]): ExcelJS.Row {
  const row = ws.addRow(labels);
  row.eachCell((cell) => {
    cell.font = { bold: true };
    cell.fill = solid(HEADER_FILL);
    cell.border = BORDER;
    cell.alignment = { vertical: 'top', wrapText: true };
  });
  return row;
}

function dataRow(
  ws: ExcelJS.Worksheet,
  values: ExcelJS.CellValue[],
  formats: (string | undefined)[],
): ExcelJS.Row {
  const row = ws.addRow(values);
  for (let i = 1; i <= values.length; i++) {
    const cell = row.getCell(i);
    cell.border = BORDER;
    const format = formats[i - 1];
    if (format) cell.numFmt = format;
  }
  return row;
}

function labelValue(ws: ExcelJS.Worksheet, label: string, value: ExcelJS.CellValue, format?: string) {
  const row = ws.addRow([label, value]);
  row.getCell(1).font = { bold: true };
  if (format) row.getCell(2).numFmt = format;
  return row;
}

function gridSheet(
  wb: ExcelJS.Workbook,
  name: string,
  lang: Lang,
  result: QuoteResult,
  edition: QuoteEdition,
) {
  const ws = sheet(wb, name, [48, 30, 16, 9, 16, 18, 20]);
  ws.addRow([tr(lang, 'title')]).font = { bold: true, size: 14 };
  ws.addRow([tr(lang, 'grid.heading')]).font = { bold: true, size: 12 };
  labelValue(ws, tr(lang, 'meta.client'), result.client.name);
  labelValue(ws, tr(lang, 'meta.issueDate'), excelDay(result.issueDate), DATE);
  labelValue(ws, tr(lang, 'meta.validUntil'), excelDay(result.validUntil), DATE);
  if (edition === 'internal') {
    labelValue(ws, tr(lang, 'meta.pricing'), pricingText(lang, result));
    labelValue(ws, tr(lang, 'meta.marginOnPrice'), result.pricing.marginPct / 100, PCT);
    labelValue(ws, tr(lang, 'meta.markupOnCost'), result.pricing.markupPct / 100, PCT);
  }
  labelValue(ws, tr(lang, 'meta.currency'), tr(lang, 'meta.currencyValue'));
  ws.addRow([]);
  const header = headerRow(ws, [
    tr(lang, 'column.service'),
    tr(lang, 'column.unit'),
    tr(lang, 'column.priceExclVat'),
    tr(lang, 'column.vatRate'),
    tr(lang, 'column.priceInclVat'),
    tr(lang, 'column.monthlyQuantity'),
    tr(lang, 'column.monthlyRevenue'),
  ]);
  const vat = result.terms.vatRate;
  const onDemand = (l: QuoteGridLine) => l.driver === null && l.monthlyQuantity === 0;
  for (const l of result.grid) {
    // Unit prices carry hundredths of a cent; the ad-hoc hour and the fees are whole cents.
    const price = WHOLE_CENT_SERVICES.has(l.service) ? EUR : EUR_UNIT;
    const row = dataRow(
      ws,
      [
        serviceLabel(lang, l.service),
        unitLabel(lang, l.unit),
        euros(l.price),
        vat,
        euros(l.priceInclVatCents),
        onDemand(l) ? null : l.monthlyQuantity,
        onDemand(l) ? null : euros(l.monthlyRevenueCents),
      ],
      [undefined, undefined, price, PCT, price, QTY, EUR],
    );
    if (l.service === 'minimum_monthly' || l.service === 'management_fee')
      row.getCell(1).font = { bold: true };
  }
  const first = header.number + 1;
  const last = header.number + result.grid.length;
  const total = ws.addRow([tr(lang, 'grid.totalMonthly'), null, null, null, null, null, null]);
  total.getCell(7).value = {
    formula: `SUM(G${first}:G${last})`,
    result: result.grid.reduce((a, l) => a + (onDemand(l) ? 0 : euros(l.monthlyRevenueCents)), 0),
  };
  total.getCell(7).numFmt = EUR;
  total.font = { bold: true };
  ws.views = [{ state: 'frozen', ySplit: header.number }];

  if (result.bands.length > 0) {
    const flow = result.bands[0]?.flow;
    ws.addRow([]);
    const heading = ws.addRow([tr(lang, 'bands.heading', { flow: flow ? driverLabel(lang, flow) : '' })]);
    heading.font = { bold: true };
    heading.getCell(1).fill = solid(SECTION_FILL);
    ws.addRow([tr(lang, 'bands.note')]).font = { italic: true };
    headerRow(ws, [
      tr(lang, 'column.fromQuantity'),
      tr(lang, 'column.toQuantity'),
      tr(lang, 'column.bandPrice'),
    ]);
    for (const b of result.bands) {
      dataRow(
        ws,
        [b.fromQuantity, b.toQuantity ?? tr(lang, 'bands.open'), euros(b.priceCents)],
        [QTY, QTY, EUR_UNIT],
      );
    }
  }
}

function totalsRow(ws: ExcelJS.Worksheet, label: string, t: QuoteTotals, formats: string[]) {
  return dataRow(
    ws,
    [label, euros(t.revenue), euros(t.cost), euros(t.margin), t.marginPct / 100],
    [undefined, ...formats],
  );
}

function simulationSheet(wb: ExcelJS.Workbook, name: string, lang: Lang, result: QuoteResult) {
  const ws = sheet(wb, name, [34, 20, 20, 20, 12]);
  titleBlock(ws, lang, result, tr(lang, 'simulation.heading'));
  const header = headerRow(ws, [
    tr(lang, 'column.month'),
    tr(lang, 'column.revenue'),
    tr(lang, 'column.cost'),
    tr(lang, 'column.margin'),
    tr(lang, 'column.marginPct'),
  ]);
  for (const m of result.monthly) {
    const row = dataRow(
      ws,
      [monthLabel(lang, m.month), euros(m.revenue), euros(m.cost), euros(m.margin), null],
      [undefined, EUR, EUR, EUR_SIGNED, PCT],
    );
    row.getCell(5).value = {
      formula: `IF(B${row.number}=0,0,D${row.number}/B${row.number})`,
      result: m.revenue === 0 ? 0 : m.margin / m.revenue,
    };
  }
  const first = header.number + 1;
  const last = header.number + result.monthly.length;
  const t = result.totals;
  const total = dataRow(
    ws,
    [tr(lang, 'simulation.total'), null, null, null, null],
    [undefined, EUR, EUR, EUR_SIGNED, PCT],
  );
  const n = total.number;
  total.getCell(2).value = { formula: `SUM(B${first}:B${last})`, result: euros(t.revenue) };
  total.getCell(3).value = { formula: `SUM(C${first}:C${last})`, result: euros(t.cost) };
  total.getCell(4).value = { formula: `SUM(D${first}:D${last})`, result: euros(t.margin) };
  total.getCell(5).value = { formula: `IF(B${n}=0,0,D${n}/B${n})`, result: t.marginPct / 100 };
  total.font = { bold: true };
  totalsRow(
    ws,
    tr(lang, 'simulation.contractTotal', { months: result.contractTotals.months }),
    result.contractTotals,
    [EUR, EUR, EUR_SIGNED, PCT],
  ).font = { bold: true };
  ws.addRow([]);
  ws.addRow([breakEvenText(lang, result)]);
  ws.addRow([tr(lang, 'simulation.note')]).font = { italic: true };
  ws.views = [{ state: 'frozen', ySplit: header.number }];
}

function sensitivitySheet(wb: ExcelJS.Workbook, name: string, lang: Lang, result: QuoteResult) {
  const ws = sheet(wb, name, [34, 20, 20, 20, 12]);
  titleBlock(ws, lang, result, tr(lang, 'sensitivity.heading'));
  headerRow(ws, [
    tr(lang, 'column.scenario'),
    tr(lang, 'column.revenue'),
    tr(lang, 'column.cost'),
    tr(lang, 'column.margin'),
    tr(lang, 'column.marginPct'),
  ]);
  const formats = [EUR, EUR, EUR_SIGNED, PCT];
  totalsRow(ws, tr(lang, 'sensitivity.base'), result.totals, formats).font = { bold: true };
  for (const s of result.sensitivity) totalsRow(ws, scenarioLabel(lang, s), s, formats);
  ws.addRow([]);
  ws.addRow([tr(lang, 'sensitivity.note')]).font = { italic: true };
}

function assumptionsSheet(wb: ExcelJS.Workbook, name: string, lang: Lang, result: QuoteResult) {
  const ws = sheet(wb, name, [6, 120]);
  titleBlock(ws, lang, result, tr(lang, 'assumptions.heading'));
  headerRow(ws, ['#', tr(lang, 'column.assumption')]);
  result.assumptions.forEach((a, i) => {
    const row = dataRow(ws, [i + 1, assumptionText(lang, a)], []);
    row.getCell(2).alignment = { wrapText: true, vertical: 'top' };
  });
}

function termsSheet(wb: ExcelJS.Workbook, name: string, lang: Lang, result: QuoteResult) {
  const ws = sheet(wb, name, [40, 90]);
  titleBlock(ws, lang, result, tr(lang, 'terms.heading'));
  headerRow(ws, [tr(lang, 'column.item'), tr(lang, 'column.value')]);
  const t = result.terms;
  const rows: [string, ExcelJS.CellValue, string?][] = [
    [tr(lang, 'meta.currency'), tr(lang, 'meta.currencyValue')],
    [tr(lang, 'terms.vatRate'), t.vatRate, PCT],
    [tr(lang, 'terms.validity'), validityText(lang, result)],
    [tr(lang, 'terms.payment'), paymentText(lang, t)],
    [serviceLabel(lang, 'start_up'), euros(result.startUpFeeCents), EUR],
    [serviceLabel(lang, 'management_fee'), euros(result.managementFeeCents), EUR],
    [serviceLabel(lang, 'minimum_monthly'), euros(result.minimumMonthlyFeeCents), EUR],
    [tr(lang, 'terms.volumeTolerance'), t.volumeTolerancePct / 100, PCT],
    [tr(lang, 'terms.indexation'), tr(lang, 'terms.indexationRule')],
    [tr(lang, 'terms.formula'), indexationFormula(lang, t)],
    ...indexationLegend(lang, t).map((text): [string, ExcelJS.CellValue] => ['', text]),
    [tr(lang, 'terms.fixedShare'), t.indexation.fixedShare, '0.00'],
    [tr(lang, 'terms.labourShare'), t.indexation.labourShare, '0.00'],
    [tr(lang, 'terms.energyShare'), t.indexation.energyShare, '0.00'],
    [tr(lang, 'terms.rentShare'), t.indexation.rentShare, '0.00'],
  ];
  for (const [label, value, format] of rows) {
    const row = dataRow(ws, [label, value], [undefined, format]);
    row.getCell(1).font = { bold: true };
    row.getCell(2).alignment = { wrapText: true, vertical: 'top', horizontal: 'left' };
  }
}

/**
 * The quote's workbook in `lang`: price schedule (bordereau de prix unitaires), assumptions, terms; the internal
 * edition adds the pricing basis, the cost and margin simulation and the sensitivity.
 */
export async function quoteXlsx(
  result: QuoteResult,
  lang: Lang,
  edition: QuoteEdition = 'client',
): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Logipilot';
  const names = sheetNames(lang);
  gridSheet(wb, names.grid, lang, result, edition);
  if (edition === 'internal') {
    simulationSheet(wb, names.simulation, lang, result);
    sensitivitySheet(wb, names.sensitivity, lang, result);
  }
  assumptionsSheet(wb, names.assumptions, lang, result);
  termsSheet(wb, names.terms, lang, result);
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
