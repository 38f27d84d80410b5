// The monthly KPI report written from the sample input and read back: XLSX sheets in French and English, KPI values
// as numbers with unit formats, light fills, frozen headers; PDFs that are real PDFs with charts and several pages.
import { inflateSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { writeKpiReport } from './kpi-report.ts';
import { trendArrowSvg, trendChartSvg } from './kpi-report-charts.ts';
import {
  actionPlanKpis,
  formatKpiValue,
  formatVariance,
  LIGHT_FILL,
  lightCounts,
} from './kpi-report-model.ts';
import { SAMPLE_MONTHS, SAMPLE_VALUES, sampleKpiReport } from './sample-kpi-report.ts';

const input = sampleKpiReport();

async function workbook(lang: 'fr' | 'en', report = input) {
  const bytes = await writeKpiReport(report, 'xlsx', lang);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return wb;
}

function sheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name} in ${wb.worksheets.map((w) => w.name).join(', ')}`);
  return ws;
}

/** The row whose `column`th cell reads `text`, and the cell under `header` in it. */
function cellOf(ws: ExcelJS.Worksheet, rowText: string, header: string, column = 1): ExcelJS.Cell {
  let headerRow = 0;
  ws.eachRow((row, n) => {
    if (!headerRow && (row.values as unknown[]).includes(header)) headerRow = n;
  });
  if (!headerRow) throw new Error(`no header ${header} in ${ws.name}`);
  const col = (ws.getRow(headerRow).values as unknown[]).indexOf(header);
  for (let n = headerRow + 1; n <= ws.rowCount; n++)
    if (ws.getRow(n).getCell(column).text === rowText) return ws.getRow(n).getCell(col);
  throw new Error(`no row ${rowText} in ${ws.name}`);
}

const fillOf = (c: ExcelJS.Cell) => (c.fill?.type === 'pattern' ? c.fill.fgColor?.argb?.slice(2) : undefined);

/** Page objects of the PDF (pdfkit writes its object dictionaries uncompressed). */
function pdfPages(bytes: Uint8Array): number {
  return (
    Buffer.from(bytes)
      .toString('latin1')
      .match(/\/Type\s*\/Page(?![s\w])/g) ?? []
  ).length;
}

/** The PDF's content streams, inflated: drawing operators are readable there. */
function pdfStreams(bytes: Uint8Array): string {
  const text = Buffer.from(bytes).toString('latin1');
  const out: string[] = [];
  for (const m of text.matchAll(/stream\r?\n/g)) {
    const start = (m.index ?? 0) + m[0].length;
    const end = text.indexOf('endstream', start);
    try {
      out.push(inflateSync(Buffer.from(text.slice(start, end), 'latin1')).toString('latin1'));
    } catch {
      // Not a Flate stream (fonts are stored as their own filters): skipped.
    }
  }
  return out.join('\n');
}

describe('value formats', () => {
  it('writes French and English figures with their units', () => {
    expect(formatKpiValue('fr', 'percent', 98.5)).toBe('98,5\u00a0%');
    expect(formatKpiValue('en', 'percent', 98.5)).toBe('98.5\u00a0%');
    expect(formatKpiValue('fr', 'ppm', 1830)).toBe('1\u00a0830\u00a0ppm');
    expect(formatKpiValue('fr', 'per_mille', 2.4)).toBe('2,4\u00a0‰');
    expect(formatKpiValue('fr', 'eur', 0.4213)).toBe('0,42\u00a0€');
    expect(formatKpiValue('fr', 'per_hour', 104.3)).toBe('104,3');
    expect(formatKpiValue('fr', 'rate', null)).toBe('—');
    expect(formatVariance('fr', 'percent', -0.38)).toBe('-0,38\u00a0pt');
    expect(formatVariance('en', 'hours', 1.2)).toBe('+1.2\u00a0h');
  });

  it('counts the lights and finds the KPI red three months running', () => {
    const counts = lightCounts(input.tiles);
    expect(counts.green + counts.amber + counts.red + counts.none).toBe(input.tiles.length);
    expect(input.tiles.find((t) => t.id === 'picking_accuracy')?.status).toBe('red');
    // Storage occupancy has sat above its 90 % red edge since January too.
    expect(actionPlanKpis(input)).toEqual(['picking_accuracy', 'storage_occupancy']);
  });
});

describe('charts', () => {
  it('draws a 13-month line with its target as an SVG, French month labels and figures', () => {
    const tile = input.tiles.find((t) => t.id === 'on_time_shipments')!;
    const values = input.series.find((s) => s.kpiId === 'on_time_shipments')!.values;
    const svg = trendChartSvg('fr', tile, SAMPLE_MONTHS, values, { width: 250, height: 130 });
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('width="250"');
    expect(svg).toContain('janv. 26');
    expect(svg).toMatch(/>9\d,\d</);
    expect(svg).toContain('stroke-dasharray');
    expect(trendArrowSvg('up', 'down')).toContain('#CC0000');
  });
});

describe('XLSX', () => {
  it('names the sheets from the catalogue in French', async () => {
    const wb = await workbook('fr');
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Synthèse',
      'Service client',
      'Productivité',
      'Capacité et qualité des stocks',
      'Coûts',
      'RH et sécurité',
      'Clients',
      'Tendance 13 mois',
      'Alertes SPC',
      'Formules',
    ]);
  });

  it('keeps KPI values as numbers with unit formats, and fills the light of a red KPI', async () => {
    const wb = await workbook('fr');
    const service = sheet(wb, 'Service client');
    const onTime = cellOf(service, "Expéditions à l'heure", 'Réalisé');
    expect(onTime.value).toBe(SAMPLE_VALUES.on_time_shipments);
    expect(onTime.numFmt).toBe('0.00" %"');
    expect(cellOf(service, "Expéditions à l'heure", 'Objectif').value).toBe(99);
    const light = cellOf(service, 'Fiabilité de préparation', 'Feu');
    expect(light.value).toBe('Rouge');
    expect(fillOf(light)).toBe(LIGHT_FILL.red);
    expect(cellOf(service, 'Fiabilité de préparation', "Écart à l'objectif").value).toBeCloseTo(-0.38, 9);
    expect(service.views[0]).toMatchObject({ state: 'frozen', ySplit: 4 });
    expect(service.getColumn(1).width).toBe(40);
  });

  it('lists the clients, the 13 months, the alerts with real dates and the formulas', async () => {
    const wb = await workbook('fr');
    const clients = sheet(wb, 'Clients');
    expect(cellOf(clients, 'Maison Déco & Cie', 'Feu').value).toBeTypeOf('string');
    const trend = sheet(wb, 'Tendance 13 mois');
    expect((trend.getRow(4).values as unknown[]).slice(1, 5)).toEqual([
      'Indicateur',
      'Unité',
      'Objectif',
      'mars 25',
    ]);
    expect(cellOf(trend, 'Fiabilité de préparation', 'mars 26').value).toBe(99.42);
    const alerts = sheet(wb, 'Alertes SPC');
    const fired = cellOf(alerts, "Taux d'erreur", 'Déclenchée le', 2);
    expect(fired.value).toEqual(new Date('2026-03-05T00:00:00Z'));
    expect(fired.numFmt).toBe('dd/mm/yyyy');
    expect(cellOf(alerts, "Taux d'erreur", 'Règle', 2).value).toBe(
      'deux points sur trois au-delà de 2 sigma du même côté',
    );
    expect(cellOf(sheet(wb, 'Formules'), 'Taux de fréquence TF1', 'Référence').value).toBe(
      'qualifications-safety.md §4 TF1; kpis.md §5',
    );
  });

  it('speaks English', async () => {
    const wb = await workbook('en');
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Summary',
      'Customer service',
      'Productivity',
      'Capacity and inventory quality',
      'Costs',
      'HR and safety',
      'Clients',
      '13-month trend',
      'SPC alerts',
      'Formulas',
    ]);
    const service = sheet(wb, 'Customer service');
    expect(service.getCell('A1').value).toBe('Monthly dashboard');
    expect(cellOf(service, 'Picking accuracy', 'Light').value).toBe('Red');
  });

  it('leaves the clients sheet out of a client’s own report', async () => {
    const wb = await workbook('fr', { ...input, clientName: 'Biocoop Sud-Est', clients: [] });
    expect(wb.worksheets.map((w) => w.name)).not.toContain('Clients');
    expect(sheet(wb, 'Synthèse').getCell('A2').text).toContain('Client : Biocoop Sud-Est');
  });
});

describe('PDF', () => {
  it.each(['fr', 'en'] as const)(
    'writes a %s PDF with tables, charts and the appendix over several pages',
    async (lang) => {
      const bytes = await writeKpiReport(input, 'pdf', lang);
      expect(Buffer.from(bytes.slice(0, 5)).toString('latin1')).toBe('%PDF-');
      expect(Buffer.from(bytes.slice(-6)).toString('latin1')).toContain('%%EOF');
      expect(bytes.length).toBeGreaterThan(30_000);
      expect(pdfPages(bytes)).toBeGreaterThanOrEqual(6);
      const streams = pdfStreams(bytes);
      // Light fills of the tables (pale red of picking accuracy) and the charts' dashed target lines.
      expect(streams).toMatch(/0\.917\d* 0\.6 0\.6 scn/);
      expect(streams).toMatch(/\[[\d. ]+\] \d+ d/);
    },
  );
});
