// Writes the monthly KPI report to an A4 PDF (pdfmake, embedded Roboto, no URL fetched): summary and family tables,

// service by client, 13-month charts (ECharts SVG), the month's SPC alerts and the formulas appendix.
import type { Lang } from '@logipilot/i18n';
import { pageFrame } from '../pdf/page-frame.ts';
import { renderPdf } from '../pdf/pdf-printer.ts';
import { chartCaption, trendArrowSvg, trendChartSvg } from './kpi-report-charts.ts';
import {
  actionPlanKpis,
  alertScope,
  byFamily,
  dayLabel,
  FAMILY_FILL,
  familyName,
  formatKpiValue,
  formatVariance,
  HEADER_FILL,
  handbookOf,
  type KpiReportInput,
  type KpiReportTile,
  kpiName,
  kpiText,
  LIGHT_FILL,
  LIGHT_STRONG,
  lightCounts,
  metaLines,
  monthLabel,
  printable,
  tr,
  unitLabel,
  varianceOf,
} from './kpi-report-model.ts';

/** The part of pdfmake's server API used here (the package ships no types). */

type Node = Record<string, unknown>;

const PAGE_MARGIN = 34;
/** A4 portrait width less the margins, in points. */
const CONTENT_WIDTH = 595.28 - 2 * PAGE_MARGIN;
const CHART_GAP = 14;
const CHART_WIDTH = Math.floor((CONTENT_WIDTH - CHART_GAP) / 2);
const CHART_HEIGHT = 132;

const GRID = {
  hLineWidth: () => 0.4,
  vLineWidth: () => 0.4,
  hLineColor: () => '#BFBFBF',
  vLineColor: () => '#BFBFBF',
  paddingLeft: () => 3,
  paddingRight: () => 3,
  paddingTop: () => 2,
  paddingBottom: () => 2,
};

const header = (text: string): Node => ({ text: printable(text), bold: true, fillColor: `#${HEADER_FILL}` });
const num = (text: string): Node => ({ text: printable(text), alignment: 'right', noWrap: true });

function table(widths: (number | string)[], head: Node[], rows: Node[][]): Node {
  return {
    table: { headerRows: 1, dontBreakRows: true, widths, body: [head, ...rows] },
    layout: GRID,
    margin: [0, 2, 0, 8],
  };
}

function lightCell(lang: Lang, tile: KpiReportTile): Node {
  const fill = LIGHT_FILL[tile.status];
  return {
    text: tr(lang, `light.${tile.status}`),
    alignment: 'center',
    bold: tile.status === 'red',
    ...(fill ? { fillColor: `#${fill}` } : {}),
  };
}

function trendCell(lang: Lang, tile: KpiReportTile): Node {
  if (tile.trend === null) return { text: '—', alignment: 'center' };
  return {
    columns: [
      { svg: trendArrowSvg(tile.trend, tile.direction), width: 9, margin: [0, 0.5, 0, 0] },
      { text: kpiText(lang, `trend.${tile.trend}`), width: '*', margin: [2, 0, 0, 0] },
    ],
    columnGap: 0,
  };
}

/** The KPI table of a family or a client: value, target, light, variance, previous month, last year, trend. */
function kpiTable(lang: Lang, tiles: readonly KpiReportTile[]): Node {
  const columns = [
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
  return table(
    ['*', 54, 50, 46, 38, 48, 50, 50, 50],
    columns.map((c, i) => ({
      ...header(tr(lang, `column.${c}`)),
      ...(i >= 2 && c !== 'light' && c !== 'trend' ? { alignment: 'right' } : {}),
    })),
    tiles.map((t) => [
      { text: printable(kpiName(lang, t.id)) },
      { text: printable(unitLabel(lang, t.id)), color: '#555555' },
      { ...num(formatKpiValue(lang, t.unit, t.value)), bold: true },
      num(formatKpiValue(lang, t.unit, t.target)),
      lightCell(lang, t),
      num(formatVariance(lang, t.unit, varianceOf(t))),
      num(formatKpiValue(lang, t.unit, t.previous)),
      num(formatKpiValue(lang, t.unit, t.lastYear)),
      trendCell(lang, t),
    ]),
  );
}

function summary(lang: Lang, input: KpiReportInput): Node[] {
  const counts = lightCounts(input.tiles);
  const box = (light: keyof typeof counts): Node => ({
    stack: [
      { text: String(counts[light]), fontSize: 18, bold: true, color: `#${LIGHT_STRONG[light]}` },
      { text: tr(lang, `summary.${light}`, { count: counts[light] }) },
    ],
    alignment: 'center',
    fillColor: `#${LIGHT_FILL[light] ?? 'F3F3F3'}`,
    margin: [0, 3, 0, 3],
  });
  const red = input.tiles.filter((t) => t.status === 'red').map((t) => kpiName(lang, t.id));
  const plans = actionPlanKpis(input).map((id) => kpiName(lang, id));
  const lines: Node[] = [
    { text: tr(lang, 'summary.heading'), style: 'h2' },
    {
      text: printable(tr(lang, 'summary.lights', { count: input.tiles.length })),
      margin: [0, 0, 0, 3],
    },
    {
      table: {
        widths: ['*', '*', '*', '*'],
        body: [(['green', 'amber', 'red', 'none'] as const).map(box)],
      },
      layout: { ...GRID, hLineColor: () => '#FFFFFF', vLineColor: () => '#FFFFFF', vLineWidth: () => 4 },
      margin: [0, 0, 0, 6],
    },
  ];
  if (red.length > 0) lines.push({ text: printable(tr(lang, 'summary.redList', { kpis: red.join(', ') })) });
  lines.push(
    plans.length > 0
      ? {
          text: printable(tr(lang, 'summary.actionPlan', { kpis: plans.join(', ') })),
          bold: true,
          color: `#${LIGHT_STRONG.red}`,
        }
      : { text: tr(lang, 'summary.noActionPlan') },
  );
  lines.push({
    text:
      input.alerts.length === 0
        ? tr(lang, 'summary.noAlerts')
        : tr(lang, 'summary.alerts', { count: input.alerts.length }),
  });
  lines.push({ text: tr(lang, 'summary.reading'), style: 'note', margin: [0, 4, 0, 4] });
  return lines;
}

function familyTables(lang: Lang, tiles: readonly KpiReportTile[]): Node[] {
  return byFamily(tiles).map(({ family, tiles: list }) => ({
    // A family's table stays on one page with its heading; the tables are short (at most eight rows).
    stack: [
      {
        text: familyName(lang, family),
        style: 'h3',
        fillColor: `#${FAMILY_FILL}`,
      },
      kpiTable(lang, list),
    ],
    unbreakable: true,
  }));
}

function clientsSection(lang: Lang, input: KpiReportInput): Node[] {
  const out: Node[] = [
    { text: tr(lang, 'clients.heading'), style: 'h2', pageBreak: 'before' },
    { text: tr(lang, 'clients.intro'), style: 'note', margin: [0, 0, 0, 4] },
  ];
  if (input.clients.length === 0) out.push({ text: tr(lang, 'clients.empty') });
  for (const client of input.clients)
    out.push({
      stack: [{ text: printable(client.name), style: 'h3' }, kpiTable(lang, client.tiles)],
      unbreakable: true,
    });
  return out;
}

function chartsSection(lang: Lang, input: KpiReportInput): Node[] {
  const out: Node[] = [
    { text: tr(lang, 'charts.heading'), style: 'h2', pageBreak: 'before' },
    { text: tr(lang, 'charts.intro'), style: 'note', margin: [0, 0, 0, 6] },
  ];
  const tiles = new Map(input.tiles.map((t) => [t.id, t]));
  const series = new Map(input.series.map((s) => [s.kpiId, s.values]));
  const cells: Node[] = [];
  for (const id of input.chartKpiIds) {
    const tile = tiles.get(id);
    const values = series.get(id);
    if (!tile || !values || values.every((v) => v === null)) continue;
    cells.push({
      width: CHART_WIDTH,
      stack: [
        { text: printable(kpiName(lang, id)), bold: true, fontSize: 8.5 },
        { text: printable(chartCaption(lang, tile)), fontSize: 7, color: '#555555', margin: [0, 1, 0, 1] },
        {
          svg: trendChartSvg(lang, tile, input.months, values, { width: CHART_WIDTH, height: CHART_HEIGHT }),
          width: CHART_WIDTH,
        },
      ],
    });
  }
  if (cells.length === 0) out.push({ text: tr(lang, 'charts.empty') });
  for (let i = 0; i < cells.length; i += 2)
    out.push({
      columns: cells.slice(i, i + 2),
      columnGap: CHART_GAP,
      unbreakable: true,
      margin: [0, 0, 0, 10],
    });
  return out;
}

function alertsSection(lang: Lang, input: KpiReportInput): Node[] {
  const out: Node[] = [
    { text: tr(lang, 'alerts.heading'), style: 'h2', pageBreak: 'before' },
    { text: tr(lang, 'alerts.intro'), style: 'note', margin: [0, 0, 0, 4] },
  ];
  if (input.alerts.length === 0) {
    out.push({ text: tr(lang, 'alerts.empty') });
    return out;
  }
  const units = new Map(input.tiles.map((t) => [t.id, t.unit]));
  const columns = ['firedAt', 'kpi', 'scope', 'rule', 'side', 'start', 'value', 'centre'] as const;
  out.push(
    table(
      [44, 88, 66, '*', 42, 44, 46, 46],
      columns.map((c) => header(tr(lang, `column.${c}`))),
      input.alerts.map((a) => {
        const unit = units.get(a.kpiId) ?? 'rate';
        return [
          { text: dayLabel(lang, a.firedAt), noWrap: true },
          { text: printable(kpiName(lang, a.kpiId)) },
          { text: printable(alertScope(lang, a)) },
          { text: printable(kpiText(lang, `rule.${a.rule}`)) },
          { text: tr(lang, `side.${a.side}`) },
          { text: dayLabel(lang, a.start), noWrap: true },
          num(formatKpiValue(lang, unit, a.value)),
          num(formatKpiValue(lang, unit, a.centre)),
        ];
      }),
    ),
  );
  return out;
}

function formulasSection(lang: Lang, input: KpiReportInput): Node[] {
  const columns = ['kpi', 'unit', 'formula', 'reference'] as const;
  const rows: Node[][] = [];
  for (const { family, tiles } of byFamily(input.tiles)) {
    rows.push([
      { text: familyName(lang, family), colSpan: 4, bold: true, fillColor: `#${FAMILY_FILL}` },
      {},
      {},
      {},
    ]);
    for (const t of tiles)
      rows.push([
        { text: printable(kpiName(lang, t.id)) },
        { text: printable(unitLabel(lang, t.id)) },
        { text: printable(kpiText(lang, `kpi.${t.id}.formula`)) },
        { text: printable(handbookOf(t.id)), color: '#555555' },
      ]);
  }
  return [
    { text: tr(lang, 'formulas.heading'), style: 'h2', pageBreak: 'before' },
    { text: tr(lang, 'formulas.intro'), style: 'note', margin: [0, 0, 0, 4] },
    table(
      [110, 62, '*', 120],
      columns.map((c) => header(tr(lang, `column.${c}`))),
      rows,
    ),
  ];
}

export async function writeKpiReportPdf(input: KpiReportInput, lang: Lang): Promise<Uint8Array> {
  const title = tr(lang, 'title');
  const meta = metaLines(lang, input);
  const content: Node[] = [
    { text: title, style: 'h1' },
    { text: printable(meta.join('   ·   ')), style: 'meta' },
    ...summary(lang, input),
    ...familyTables(lang, input.tiles),
    // A client's own report is its figures already: no section by client.
    ...(input.clientName ? [] : clientsSection(lang, input)),
    ...chartsSection(lang, input),
    ...alertsSection(lang, input),
    ...formulasSection(lang, input),
  ];
  const running = printable(
    [title, input.clientName ?? input.siteName, monthLabel(lang, input.month)].join('   ·   '),
  );
  const doc = {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: [PAGE_MARGIN, 32, PAGE_MARGIN, 34],
    info: {
      title: `${title} · ${input.siteName} · ${monthLabel(lang, input.month)}`,
      subject: input.siteName,
      creator: 'Logipilot',
    },
    defaultStyle: { font: 'Roboto', fontSize: 7.5 },
    styles: {
      h1: { fontSize: 16, bold: true, margin: [0, 0, 0, 2] },
      meta: { fontSize: 8.5, color: '#444444', margin: [0, 0, 0, 8] },
      h2: { fontSize: 12, bold: true, margin: [0, 6, 0, 3] },
      h3: { fontSize: 9.5, bold: true, margin: [0, 4, 0, 1] },
      note: { fontSize: 7, italics: true, color: '#444444' },
    },
    ...pageFrame({
      running,
      pageLabel: (page, pages) => tr(lang, 'meta.page', { page, pages }),
      margin: PAGE_MARGIN,
    }),
    content,
  };
  const bytes = await renderPdf(doc);
  return new Uint8Array(bytes);
}
