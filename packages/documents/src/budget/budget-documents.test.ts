// Budget documents written from a computed budget and its variance, then read back: XLSX sheets whose totals are the
// sums of their rows, euros as numbers with € formats and frozen headers; a landscape PDF with its chart.
import {
  type ActualLine,
  type BudgetInput,
  budgetVariance,
  computeBudget,
  labourLineKey,
} from '@logipilot/domain';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { type BudgetReportDoc, formatEuros, lineLabel, yearToDate } from './budget-document.ts';
import { budgetChartSvg, budgetPdf } from './budget-pdf.ts';
import { budgetXlsx } from './budget-xlsx.ts';

const twelve = (v: number): number[] => new Array<number>(12).fill(v);

const drivers: BudgetInput = {
  year: 2027,
  drivers: [
    {
      costCentre: 'REC',
      activity: 'receiving',
      unit: 'pallet',
      qualification: 'cariste',
      volumes: [1_000, 1_200, 800, 1_000, 1_100, 1_300, 900, 700, 1_200, 1_250, 1_400, 1_500],
      standardHoursPerUnit: 0.05,
      rateCentsPerHour: 2_128,
    },
    {
      costCentre: 'PRE',
      activity: 'picking',
      unit: 'order_line',
      qualification: 'preparateur',
      volumes: [10_000, 9_500, 11_000, 10_500, 10_000, 12_000, 9_000, 7_500, 11_000, 12_500, 14_000, 16_000],
      standardHoursPerUnit: 0.0123,
      rateCentsPerHour: 2_345.5,
    },
    {
      costCentre: 'PRE',
      activity: 'packing',
      unit: 'order',
      qualification: 'preparateur',
      volumes: twelve(2_000),
      standardHoursPerUnit: 0.02,
      rateCentsPerHour: 2_200,
    },
  ],
  fixed: [
    { costCentre: 'PRE', key: 'rent', monthlyCents: twelve(500_000) },
    { costCentre: 'REC', key: 'reach_truck_rental', monthlyCents: twelve(180_000) },
  ],
};
const budget = computeBudget(drivers);
const actuals: ActualLine[] = ['2027-01', '2027-02', '2027-03'].flatMap((month, i) => [
  {
    month,
    costCentre: 'REC',
    key: 'receiving/pallet',
    volume: 1_050 + i * 40,
    hours: 55 + i,
    costCents: 118_000 + i * 3_000,
  },
  {
    month,
    costCentre: 'PRE',
    key: labourLineKey('picking', 'order_line'),
    volume: 10_200,
    hours: 130,
    costCents: 305_500,
  },
  { month, costCentre: 'PRE', key: 'packing/order', volume: 2_100, hours: 41, costCents: 91_000 },
  { month, costCentre: 'PRE', key: 'rent', costCents: 500_000 },
  { month, costCentre: 'REC', key: 'reach_truck_rental', costCents: 185_000 },
]);
const doc: BudgetReportDoc = {
  siteName: 'Entrepôt de Saint-Quentin-Fallavier',
  year: 2027,
  versionName: 'Budget initial',
  budget,
  variance: budgetVariance(budget, drivers, actuals),
  costCentreNames: { REC: 'Réception', PRE: 'Préparation et expédition' },
};

async function workbook(lang: 'fr' | 'en') {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(await budgetXlsx(doc, lang)) as unknown as ExcelJS.Buffer);
  return wb;
}

function sheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name} in ${wb.worksheets.map((w) => w.name).join(', ')}`);
  return ws;
}

/** The numbers of the rows under the header row (row 4) down to the row whose first cell reads `stop`. */
function column(ws: ExcelJS.Worksheet, col: number, stop: string): { values: number[]; total: unknown } {
  const values: number[] = [];
  for (let n = 5; n <= ws.rowCount; n++) {
    const row = ws.getRow(n);
    if (String(row.getCell(1).value).startsWith(stop)) return { values, total: row.getCell(col).value };
    values.push(Number(row.getCell(col).value));
  }
  throw new Error(`no row ${stop} in ${ws.name}`);
}

const cents = (xs: number[]): number => Math.round(xs.reduce((a, b) => a + b, 0) * 100);

describe('labels', () => {
  it('formats euros and names lines in both languages', () => {
    expect(formatEuros('fr', 106_400)).toBe('1\u00a0064,00\u00a0€');
    expect(formatEuros('en', -2_345, true)).toBe('-23.45\u00a0€');
    expect(lineLabel('fr', 'picking/order_line')).toBe('Préparation — ligne de commande');
    expect(lineLabel('en', 'rent')).toBe('Rent');
    expect(lineLabel('fr', 'cold_store_energy')).toBe('cold_store_energy');
  });

  it('sums the analysed months only into the year to date', () => {
    const ytd = yearToDate(doc.variance);
    expect(ytd.months).toBe(3);
    expect(ytd.budget).toBe(budget.months.slice(0, 3).reduce((a, m) => a + m.totalCents, 0));
    expect(ytd.volume + ytd.efficiency + ytd.rate + ytd.mix).toBe(ytd.total);
    expect(ytd.total).toBe(ytd.actual - ytd.budget);
  });
});

describe('XLSX', () => {
  it('lands the year on the actuals of the closed months and the budget of the others', async () => {
    // January to March have actuals: landing = their actuals + April–December's budget.
    const expected =
      doc.variance.slice(0, 3).reduce((a, m) => a + (m.actual ?? 0), 0) +
      doc.budget.months.slice(3).reduce((a, m) => a + m.totalCents, 0);
    const summary = sheet(await workbook('fr'), 'Synthèse');
    let landing: unknown = null;
    summary.eachRow((row) => {
      if (String(row.getCell(1).value).startsWith('Atterrissage')) landing = row.getCell(2).value;
    });
    expect(landing).toBe(expected / 100);
  });

  it('writes the five sheets in French, with totals that are the sums of their rows', async () => {
    const wb = await workbook('fr');
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Synthèse',
      'Par centre de coût',
      'Par activité',
      'Détail du budget',
      'Écarts',
    ]);
    const summary = sheet(wb, 'Synthèse');
    expect(summary.getCell('A1').value).toBe('Budget prévisionnel 2027');
    expect(summary.getCell('A2').value).toContain('Version : Budget initial');
    expect((summary.getRow(4).values as unknown[]).slice(1)).toEqual([
      'Mois',
      'Budget',
      'Main-d’œuvre',
      'Frais fixes',
      'Réalisé',
      'Écart',
      'Effet volume',
      'Effet productivité',
      'Effet taux',
      'Effet mix',
    ]);
    expect(summary.getCell('A5').value).toBe('Janvier 2027');
    expect(summary.views[0]).toMatchObject({ state: 'frozen', ySplit: 4 });
    expect(summary.getCell('B5').numFmt).toBe('#,##0.00" €"');
    // The year's budget row is the sum of the 12 months, to the cent.
    const months = column(summary, 2, 'Cumul');
    expect(months.values).toHaveLength(12);
    const yearRow = summary.getRow(18);
    expect(yearRow.getCell(1).value).toBe('Total de l’année');
    expect(Math.round(Number(yearRow.getCell(2).value) * 100)).toBe(cents(months.values));
    expect(Math.round(Number(yearRow.getCell(2).value) * 100)).toBe(budget.totalCents);
    // Year to date: the three analysed months; effects add up to the variance.
    const ytd = summary.getRow(17);
    expect(ytd.getCell(1).value).toBe('Cumul à date (3 mois réalisés)');
    const effects = [7, 8, 9, 10].map((c) => Math.round(Number(ytd.getCell(c).value) * 100));
    expect(effects.reduce((a, b) => a + b, 0)).toBe(Math.round(Number(ytd.getCell(6).value) * 100));
    expect(summary.getCell('E8').value).toBeNull();

    const centres = sheet(wb, 'Par centre de coût');
    expect(centres.getCell('A5').value).toBe('PRE — Préparation et expédition');
    const total = column(centres, 14, 'Total');
    expect(Math.round(Number(total.total) * 100)).toBe(cents(total.values));
    expect(Math.round(Number(total.total) * 100)).toBe(budget.totalCents);

    const activities = sheet(wb, 'Par activité');
    expect(activities.getColumn(1).values.slice(5, 9)).toEqual([
      'Réception',
      'Préparation',
      'Emballage',
      'Frais fixes',
    ]);
    const jan = column(activities, 2, 'Total');
    expect(Math.round(Number(jan.total) * 100)).toBe(cents(jan.values));

    const detail = sheet(wb, 'Détail du budget');
    expect(detail.rowCount).toBe(4 + 12 * 5);
    expect((detail.getRow(5).values as unknown[]).slice(1)).toEqual([
      '2027-01',
      'REC — Réception',
      'Main-d’œuvre',
      'Réception — palette',
      'receiving/pallet',
      1_000,
      50,
      1_064,
    ]);

    const variance = sheet(wb, 'Écarts');
    // Three months of five lines and a total row each.
    expect(variance.getCell('A5').value).toBe('2027-01');
    const rows = [5, 6, 7, 8, 9].map((n) => Math.round(Number(variance.getRow(n).getCell(6).value) * 100));
    expect(variance.getRow(10).getCell(2).value).toBe('Total');
    expect(Math.round(Number(variance.getRow(10).getCell(6).value) * 100)).toBe(
      rows.reduce((a, b) => a + b, 0),
    );
    expect(Math.round(Number(variance.getRow(10).getCell(6).value) * 100)).toBe(
      doc.variance[0]?.variance?.total,
    );
  });

  it('speaks English', async () => {
    const wb = await workbook('en');
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Summary',
      'By cost centre',
      'By activity',
      'Budget detail',
      'Variances',
    ]);
    expect(sheet(wb, 'Summary').getCell('A5').value).toBe('January 2027');
    expect(sheet(wb, 'Summary').getCell('I4').value).toBe('Rate effect');
  });
});

describe('PDF', () => {
  it('draws the monthly budget and actual bars as SVG', () => {
    const svg = budgetChartSvg('fr', doc, 700, 180);
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('janv.');
    expect(svg).toContain('Réalisé');
  });

  it.each(['fr', 'en'] as const)('writes a %s landscape PDF', async (lang) => {
    const bytes = await budgetPdf(doc, lang);
    expect(Buffer.from(bytes.slice(0, 5)).toString('latin1')).toBe('%PDF-');
    expect(Buffer.from(bytes.slice(-6)).toString('latin1')).toContain('%%EOF');
    // A4 landscape media box.
    expect(Buffer.from(bytes).toString('latin1')).toMatch(/\/MediaBox \[0 0 841\.89\d* 595\.28\d*\]/);
  });

  it('writes a budget without any actual', async () => {
    const bytes = await budgetPdf({ ...doc, variance: budgetVariance(budget, drivers, []) }, 'fr');
    expect(Buffer.from(bytes.slice(0, 5)).toString('latin1')).toBe('%PDF-');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(
      Buffer.from(
        await budgetXlsx({ ...doc, variance: budgetVariance(budget, drivers, []) }, 'fr'),
      ) as unknown as ExcelJS.Buffer,
    );
    expect(sheet(wb, 'Écarts').getCell('A5').value).toBe(
      'Aucun mois réalisé : pas encore d’écart à analyser.',
    );
  });
});
