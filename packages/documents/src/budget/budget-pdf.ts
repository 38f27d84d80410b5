// Writes the forecast budget to an A4 landscape PDF (pdfmake, embedded Roboto): budget vs actual bar chart (ECharts
// SVG), the summary by month, the variance split into volume, productivity, rate and mix, and the cost centres.
import type { Lang } from '@logipilot/i18n';
import * as echarts from 'echarts';
import { pageFrame } from '../pdf/page-frame.ts';
import { renderPdf } from '../pdf/pdf-printer.ts';
import {
  ACTUAL_COLOUR,
  BUDGET_COLOUR,
  type BudgetReportDoc,
  costCentreLabel,
  EFFECTS,
  formatEuros,
  formatWholeEuros,
  HEADER_FILL,
  landingCents,
  metaLine,
  monthLong,
  monthShort,
  printable,
  TOTAL_FILL,
  tr,
  varianceByMonth,
  yearToDate,
} from './budget-document.ts';

type Node = Record<string, unknown>;

const PAGE_MARGIN = 32;
/** A4 landscape width less the margins, in points. */
const CONTENT_WIDTH = 841.89 - 2 * PAGE_MARGIN;
const CHART_HEIGHT = 180;

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

const header = (text: string, right = false): Node => ({
  text: printable(text),
  bold: true,
  fillColor: `#${HEADER_FILL}`,
  ...(right ? { alignment: 'right' } : {}),
});
const num = (text: string): Node => ({ text: printable(text), alignment: 'right', noWrap: true });
const totalRow = (cells: Node[]): Node[] =>
  cells.map((c) => ({ ...c, bold: true, fillColor: `#${TOTAL_FILL}` }));

function table(widths: (number | string)[], head: Node[], rows: Node[][]): Node {
  return {
    table: { headerRows: 1, dontBreakRows: true, widths, body: [head, ...rows] },
    layout: GRID,
    margin: [0, 2, 0, 8],
  };
}

/** Monthly budget vs actual bars, in euros; a month without actuals has no actual bar. */
export function budgetChartSvg(lang: Lang, doc: BudgetReportDoc, width: number, height: number): string {
  const variance = varianceByMonth(doc);
  const axisFont = { fontFamily: 'Roboto', fontSize: 7, color: '#444444' };
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({
      animation: false,
      textStyle: { fontFamily: 'Roboto' },
      legend: {
        top: 0,
        right: 0,
        itemWidth: 10,
        itemHeight: 8,
        textStyle: { ...axisFont, fontSize: 8 },
        data: [tr(lang, 'column.budget'), tr(lang, 'column.actual')],
      },
      grid: { left: 4, right: 8, top: 22, bottom: 2, containLabel: true },
      xAxis: {
        type: 'category',
        data: doc.budget.months.map((m) => monthShort(lang, m.month)),
        axisLabel: { ...axisFont, interval: 0 },
        axisTick: { alignWithLabel: true },
        axisLine: { lineStyle: { color: '#999999' } },
      },
      yAxis: {
        type: 'value',
        min: 0,
        splitNumber: 4,
        axisLabel: { ...axisFont, formatter: (v: number) => `${formatWholeEuros(lang, v * 100)} €` },
        splitLine: { lineStyle: { color: '#E5E5E5' } },
      },
      series: [
        {
          type: 'bar',
          name: tr(lang, 'column.budget'),
          data: doc.budget.months.map((m) => m.totalCents / 100),
          itemStyle: { color: `#${BUDGET_COLOUR}` },
          barGap: '10%',
          barCategoryGap: '30%',
        },
        {
          type: 'bar',
          name: tr(lang, 'column.actual'),
          data: doc.budget.months.map((m) => {
            const actual = variance.get(m.month)?.actual;
            return actual === null || actual === undefined ? null : actual / 100;
          }),
          itemStyle: { color: `#${ACTUAL_COLOUR}` },
        },
      ],
    });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

function summaryTable(lang: Lang, doc: BudgetReportDoc): Node {
  const variance = varianceByMonth(doc);
  const rows: Node[][] = doc.budget.months.map((m) => {
    const v = variance.get(m.month);
    return [
      { text: printable(monthLong(lang, m.month)) },
      num(formatEuros(lang, m.labourCents)),
      num(formatEuros(lang, m.fixedCents)),
      { ...num(formatEuros(lang, m.totalCents)), bold: true },
      num(formatEuros(lang, v?.actual ?? null)),
      num(formatEuros(lang, v?.variance?.total ?? null, true)),
    ];
  });
  const labour = doc.budget.months.reduce((a, m) => a + m.labourCents, 0);
  const fixed = doc.budget.months.reduce((a, m) => a + m.fixedCents, 0);
  const ytd = yearToDate(doc.variance);
  rows.push(
    totalRow([
      { text: tr(lang, 'summary.year') },
      num(formatEuros(lang, labour)),
      num(formatEuros(lang, fixed)),
      num(formatEuros(lang, doc.budget.totalCents)),
      num(ytd.months === 12 ? formatEuros(lang, ytd.actual) : '—'),
      num(ytd.months === 12 ? formatEuros(lang, ytd.total, true) : '—'),
    ]),
  );
  if (ytd.months > 0 && ytd.months < 12) {
    const landing = landingCents(doc.variance);
    rows.push(
      totalRow([
        { text: printable(tr(lang, 'summary.landing', { count: ytd.months })) },
        num(''),
        num(''),
        num(formatEuros(lang, landing)),
        num(''),
        num(formatEuros(lang, landing - doc.budget.totalCents, true)),
      ]),
    );
  }
  return table(
    ['*', 100, 100, 100, 100, 100],
    [
      header(tr(lang, 'column.month')),
      header(tr(lang, 'column.labour'), true),
      header(tr(lang, 'column.fixed'), true),
      header(tr(lang, 'column.budget'), true),
      header(tr(lang, 'column.actual'), true),
      header(tr(lang, 'column.variance'), true),
    ],
    rows,
  );
}

function varianceSection(lang: Lang, doc: BudgetReportDoc): Node[] {
  const out: Node[] = [
    { text: tr(lang, 'variance.heading'), style: 'h2', pageBreak: 'before' },
    { text: tr(lang, 'variance.reading'), style: 'note', margin: [0, 0, 0, 4] },
  ];
  const months = doc.variance.filter((m) => m.variance !== null && m.actual !== null);
  if (months.length === 0) {
    out.push({ text: tr(lang, 'variance.empty') });
    return out;
  }
  const rows: Node[][] = months.map((m) => [
    { text: printable(monthLong(lang, m.month)) },
    num(formatEuros(lang, m.budget)),
    num(formatEuros(lang, m.actual)),
    ...EFFECTS.map((e) => num(formatEuros(lang, m.variance?.[e] ?? 0, true))),
    { ...num(formatEuros(lang, m.variance?.total ?? 0, true)), bold: true },
  ]);
  const ytd = yearToDate(doc.variance);
  rows.push(
    totalRow([
      { text: printable(tr(lang, 'summary.yearToDate', { count: ytd.months })) },
      num(formatEuros(lang, ytd.budget)),
      num(formatEuros(lang, ytd.actual)),
      ...EFFECTS.map((e) => num(formatEuros(lang, ytd[e], true))),
      num(formatEuros(lang, ytd.total, true)),
    ]),
  );
  out.push(
    table(
      ['*', 80, 80, 76, 76, 76, 76, 84],
      [
        header(tr(lang, 'column.month')),
        header(tr(lang, 'column.budget'), true),
        header(tr(lang, 'column.actual'), true),
        ...EFFECTS.map((e) => header(tr(lang, `effect.${e}`), true)),
        header(tr(lang, 'column.variance'), true),
      ],
      rows,
    ),
  );
  return out;
}

function costCentreSection(lang: Lang, doc: BudgetReportDoc): Node[] {
  const rows: Node[][] = doc.budget.byCostCentre.map((c) => [
    { text: printable(costCentreLabel(doc, c.costCentre)) },
    ...c.monthly.map((cents) => num(formatWholeEuros(lang, cents))),
    { ...num(formatWholeEuros(lang, c.totalCents)), bold: true },
  ]);
  rows.push(
    totalRow([
      { text: tr(lang, 'column.total') },
      ...doc.budget.months.map((m) => num(formatWholeEuros(lang, m.totalCents))),
      num(formatWholeEuros(lang, doc.budget.totalCents)),
    ]),
  );
  // Short enough to follow the variance table; kept whole with its heading.
  return [
    {
      unbreakable: true,
      stack: [
        { text: tr(lang, 'costCentres.heading'), style: 'h2', margin: [0, 10, 0, 3] },
        { text: tr(lang, 'costCentres.intro'), style: 'note', margin: [0, 0, 0, 4] },
        {
          ...table(
            ['*', ...doc.budget.months.map(() => 42), 52],
            [
              header(tr(lang, 'column.costCentre')),
              ...doc.budget.months.map((m) => header(monthShort(lang, m.month), true)),
              header(tr(lang, 'column.total'), true),
            ],
            rows,
          ),
          fontSize: 6.5,
        },
      ],
    },
  ];
}

export async function budgetPdf(doc: BudgetReportDoc, lang: Lang): Promise<Uint8Array> {
  const title = tr(lang, 'title', { year: doc.year });
  const content: Node[] = [
    { text: title, style: 'h1' },
    { text: printable(metaLine(lang, doc)), style: 'meta' },
    { text: tr(lang, 'chart.heading'), style: 'h2' },
    {
      svg: budgetChartSvg(lang, doc, CONTENT_WIDTH, CHART_HEIGHT),
      width: CONTENT_WIDTH,
      margin: [0, 0, 0, 8],
    },
    { text: tr(lang, 'summary.heading'), style: 'h2' },
    summaryTable(lang, doc),
    ...varianceSection(lang, doc),
    ...costCentreSection(lang, doc),
  ];
  const running = printable([title, doc.siteName, doc.versionName].join('   ·   '));
  const pdf = {
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: [PAGE_MARGIN, 32, PAGE_MARGIN, 34],
    info: {
      title: `${title} · ${doc.siteName} · ${doc.versionName}`,
      subject: doc.siteName,
      creator: 'Logipilot',
    },
    defaultStyle: { font: 'Roboto', fontSize: 8 },
    styles: {
      h1: { fontSize: 16, bold: true, margin: [0, 0, 0, 2] },
      meta: { fontSize: 9, color: '#444444', margin: [0, 0, 0, 8] },
      h2: { fontSize: 12, bold: true, margin: [0, 6, 0, 3] },
      note: { fontSize: 7, italics: true, color: '#444444' },
    },
    ...pageFrame({
      running,
      pageLabel: (page, pages) => tr(lang, 'meta.page', { page, pages }),
      margin: PAGE_MARGIN,
    }),
    content,
  };
  return new Uint8Array(await renderPdf(pdf));
}
