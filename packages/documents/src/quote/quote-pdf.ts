// The quote as an A4 PDF (pdfmake, embedded Roboto): price schedule, fees, bands, simulation, break-even,
// sensitivity, terms with the revision formula, and the assumptions the prices rest on.
import type { QuoteGridLine, QuoteResult, QuoteTotals } from '@logipilot/domain';
import type { Lang } from '@logipilot/i18n';
import { renderPdf } from '../pdf/pdf-printer.ts';
import {
  assumptionText,
  breakEvenText,
  dayText,
  driverLabel,
  HEADER_FILL,
  indexationFormula,
  indexationLegend,
  money,
  monthLabel,
  paymentText,
  percent,
  pricingText,
  printable,
  type QuoteEdition,
  quantity,
  SECTION_FILL,
  scenarioLabel,
  serviceLabel,
  tr,
  unitLabel,
  unitMoney,
  validityText,
} from './quote-document.ts';

type Node = Record<string, unknown>;

const PAGE_MARGIN = 40;

const GRID = {
  hLineWidth: () => 0.4,
  vLineWidth: () => 0.4,
  hLineColor: () => '#BFBFBF',
  vLineColor: () => '#BFBFBF',
  paddingLeft: () => 4,
  paddingRight: () => 4,
  paddingTop: () => 2.5,
  paddingBottom: () => 2.5,
};

const head = (text: string, right = false): Node => ({
  text: printable(text),
  bold: true,
  fillColor: `#${HEADER_FILL}`,
  ...(right ? { alignment: 'right' } : {}),
});
const num = (text: string, extra: Node = {}): Node => ({
  text: printable(text),
  alignment: 'right',
  noWrap: true,
  ...extra,
});
const cell = (text: string, extra: Node = {}): Node => ({ text: printable(text), ...extra });

function table(widths: (number | string)[], header: Node[], rows: Node[][]): Node {
  return {
    table: { headerRows: 1, dontBreakRows: true, widths, body: [header, ...rows] },
    layout: GRID,
    margin: [0, 2, 0, 8],
  };
}

const h2 = (text: string, extra: Node = {}): Node => ({ text: printable(text), style: 'h2', ...extra });

const FEES = new Set(['management_fee', 'start_up', 'minimum_monthly']);

function infoBlock(lang: Lang, result: QuoteResult, edition: QuoteEdition): Node {
  const rows: [string, string][] = [
    [tr(lang, 'meta.client'), result.client.name],
    [tr(lang, 'meta.issueDate'), dayText(lang, result.issueDate)],
    [tr(lang, 'meta.validUntil'), dayText(lang, result.validUntil)],
    ...(edition === 'internal'
      ? ([[tr(lang, 'meta.pricing'), pricingText(lang, result)]] as [string, string][])
      : []),
    [tr(lang, 'meta.currency'), tr(lang, 'meta.currencyValue')],
  ];
  return {
    table: {
      widths: [110, '*'],
      body: rows.map(([k, v]) => [cell(k, { bold: true, color: '#333333' }), cell(v)]),
    },
    layout: { ...GRID, hLineColor: () => '#FFFFFF', vLineColor: () => '#FFFFFF', fillColor: () => '#F5F7FA' },
    margin: [0, 0, 0, 10],
  };
}

function gridTable(lang: Lang, result: QuoteResult): Node {
  const lines = result.grid.filter((l) => !FEES.has(l.service));
  const onDemand = (l: QuoteGridLine) => l.driver === null && l.monthlyQuantity === 0;
  return table(
    ['*', 92, 58, 58, 62, 70],
    [
      head(tr(lang, 'column.service')),
      head(tr(lang, 'column.unit')),
      head(tr(lang, 'column.priceExclVat'), true),
      head(tr(lang, 'column.priceInclVat'), true),
      head(tr(lang, 'column.monthlyQuantity'), true),
      head(tr(lang, 'column.monthlyRevenue'), true),
    ],
    lines.map((l) => [
      cell(serviceLabel(lang, l.service)),
      cell(unitLabel(lang, l.unit), { color: '#444444' }),
      // Unit prices carry hundredths of a cent; the ad-hoc hourly rate is whole cents and prints as such anyway.
      num(unitMoney(lang, l.price), { bold: true }),
      num(unitMoney(lang, l.priceInclVatCents)),
      num(onDemand(l) ? '—' : quantity(lang, l.monthlyQuantity)),
      num(onDemand(l) ? '—' : money(lang, l.monthlyRevenueCents)),
    ]),
  );
}

function feesTable(lang: Lang, result: QuoteResult): Node {
  const fees = result.grid.filter((l) => FEES.has(l.service));
  return table(
    ['*', 92, 58, 58],
    [
      head(tr(lang, 'column.fee')),
      head(tr(lang, 'column.unit')),
      head(tr(lang, 'column.priceExclVat'), true),
      head(tr(lang, 'column.priceInclVat'), true),
    ],
    fees.map((l) => [
      cell(serviceLabel(lang, l.service), { bold: true }),
      cell(unitLabel(lang, l.unit), { color: '#444444' }),
      num(money(lang, l.price), { bold: true }),
      num(money(lang, l.priceInclVatCents)),
    ]),
  );
}

function bandsSection(lang: Lang, result: QuoteResult): Node[] {
  const flow = result.bands[0]?.flow;
  if (!flow) return [];
  return [
    {
      stack: [
        h2(tr(lang, 'bands.heading', { flow: driverLabel(lang, flow) })),
        { text: tr(lang, 'bands.note'), style: 'note', margin: [0, 0, 0, 3] },
        table(
          [110, 110, 120],
          [
            head(tr(lang, 'column.fromQuantity'), true),
            head(tr(lang, 'column.toQuantity'), true),
            head(tr(lang, 'column.bandPrice'), true),
          ],
          result.bands.map((b) => [
            num(quantity(lang, b.fromQuantity)),
            num(b.toQuantity === null ? tr(lang, 'bands.open') : quantity(lang, b.toQuantity)),
            num(unitMoney(lang, b.priceCents), { bold: true }),
          ]),
        ),
      ],
      unbreakable: true,
    },
  ];
}

function totalsCells(lang: Lang, label: string, t: QuoteTotals, extra: Node = {}): Node[] {
  return [
    cell(label, extra),
    num(money(lang, t.revenue), extra),
    num(money(lang, t.cost), extra),
    num(money(lang, t.margin), { ...extra, ...(t.margin < 0 ? { color: '#CC0000' } : {}) }),
    num(percent(lang, t.marginPct, false, true), extra),
  ];
}

function simulationSection(lang: Lang, result: QuoteResult): Node[] {
  const columns = [
    head(tr(lang, 'column.month')),
    head(tr(lang, 'column.revenue'), true),
    head(tr(lang, 'column.cost'), true),
    head(tr(lang, 'column.margin'), true),
    head(tr(lang, 'column.marginPct'), true),
  ];
  const rows: Node[][] = result.monthly.map((m) =>
    totalsCells(lang, monthLabel(lang, m.month), {
      ...m,
      marginPct: m.revenue === 0 ? 0 : Math.round((m.margin / m.revenue) * 10_000) / 100,
    }),
  );
  const bold = { bold: true, fillColor: `#${SECTION_FILL}` };
  rows.push(totalsCells(lang, tr(lang, 'simulation.total'), result.totals, bold));
  rows.push(
    totalsCells(
      lang,
      tr(lang, 'simulation.contractTotal', { months: result.contractTotals.months }),
      result.contractTotals,
      { bold: true },
    ),
  );
  return [
    h2(tr(lang, 'simulation.heading'), { pageBreak: 'before' }),
    table(['*', 90, 90, 90, 56], columns, rows),
    { text: breakEvenText(lang, result), bold: true, margin: [0, 0, 0, 2] },
    { text: tr(lang, 'simulation.note'), style: 'note', margin: [0, 0, 0, 8] },
  ];
}

/** The client's estimated invoice month by month at the profile supplied (revenue only: no cost, no margin). */
function invoiceSection(lang: Lang, result: QuoteResult): Node[] {
  const vat = 1 + result.terms.vatRate;
  const rows: Node[][] = result.monthly.map((m) => [
    cell(monthLabel(lang, m.month)),
    num(money(lang, m.revenue)),
    num(money(lang, Math.round(m.revenue * vat))),
  ]);
  const bold = { bold: true, fillColor: `#${SECTION_FILL}` };
  rows.push([
    cell(tr(lang, 'simulation.total'), bold),
    num(money(lang, result.totals.revenue), bold),
    num(money(lang, Math.round(result.totals.revenue * vat)), bold),
  ]);
  return [
    h2(tr(lang, 'invoice.heading'), { pageBreak: 'before' }),
    table(
      ['*', 110, 110],
      [
        head(tr(lang, 'column.month')),
        head(tr(lang, 'column.amountExclVat'), true),
        head(tr(lang, 'column.amountInclVat'), true),
      ],
      rows,
    ),
    { text: tr(lang, 'invoice.note'), style: 'note', margin: [0, 0, 0, 8] },
  ];
}

function sensitivitySection(lang: Lang, result: QuoteResult): Node[] {
  const rows: Node[][] = [
    totalsCells(lang, tr(lang, 'sensitivity.base'), result.totals, { bold: true }),
    ...result.sensitivity.map((s) => totalsCells(lang, scenarioLabel(lang, s), s)),
  ];
  return [
    {
      stack: [
        h2(tr(lang, 'sensitivity.heading')),
        table(
          ['*', 90, 90, 90, 56],
          [
            head(tr(lang, 'column.scenario')),
            head(tr(lang, 'column.revenue'), true),
            head(tr(lang, 'column.cost'), true),
            head(tr(lang, 'column.margin'), true),
            head(tr(lang, 'column.marginPct'), true),
          ],
          rows,
        ),
        { text: tr(lang, 'sensitivity.note'), style: 'note' },
      ],
      unbreakable: true,
    },
  ];
}

function termsSection(lang: Lang, result: QuoteResult): Node[] {
  const t = result.terms;
  const rows: [string, string | Node][] = [
    [tr(lang, 'terms.vatRate'), percent(lang, t.vatRate * 100)],
    [tr(lang, 'terms.validity'), validityText(lang, result)],
    [tr(lang, 'terms.payment'), paymentText(lang, t)],
    [tr(lang, 'terms.volumeTolerance'), percent(lang, t.volumeTolerancePct)],
    [
      tr(lang, 'terms.indexation'),
      {
        stack: [
          { text: tr(lang, 'terms.indexationRule') },
          { text: printable(indexationFormula(lang, t)), bold: true, margin: [0, 3, 0, 3] },
          ...indexationLegend(lang, t).map((line) => ({
            text: printable(line),
            fontSize: 7.5,
            color: '#444444',
          })),
        ],
      },
    ],
  ];
  return [
    h2(tr(lang, 'terms.heading'), { pageBreak: 'before' }),
    {
      table: {
        widths: [130, '*'],
        body: rows.map(([k, v]) => [cell(k, { bold: true }), typeof v === 'string' ? cell(v) : v]),
      },
      layout: GRID,
      margin: [0, 2, 0, 10],
    },
  ];
}

function assumptionsSection(lang: Lang, result: QuoteResult): Node[] {
  return [
    h2(tr(lang, 'assumptions.heading')),
    { text: tr(lang, 'assumptions.intro'), style: 'note', margin: [0, 0, 0, 4] },
    { ol: result.assumptions.map((a) => ({ text: assumptionText(lang, a), margin: [0, 0, 0, 2.5] })) },
  ];
}

/** The quote's PDF in `lang`: the client's edition (default) or the internal file with costs and margins. */
export async function quotePdf(
  result: QuoteResult,
  lang: Lang,
  edition: QuoteEdition = 'client',
): Promise<Uint8Array> {
  const title = tr(lang, 'title');
  const running = printable(`${title}   ·   ${result.client.name}   ·   ${dayText(lang, result.issueDate)}`);
  const content: Node[] = [
    { text: title, style: 'h1' },
    {
      text: edition === 'internal' ? tr(lang, 'edition.internal') : tr(lang, 'grid.heading'),
      style: 'subtitle',
      ...(edition === 'internal' ? { color: '#B00020', bold: true } : {}),
    },
    infoBlock(lang, result, edition),
    h2(tr(lang, 'grid.heading')),
    gridTable(lang, result),
    h2(tr(lang, 'fees.heading')),
    feesTable(lang, result),
    ...bandsSection(lang, result),
    ...(edition === 'internal'
      ? [...simulationSection(lang, result), ...sensitivitySection(lang, result)]
      : invoiceSection(lang, result)),
    ...termsSection(lang, result),
    ...assumptionsSection(lang, result),
  ];
  const doc = {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: [PAGE_MARGIN, 40, PAGE_MARGIN, 40],
    info: { title: `${title} · ${result.client.name}`, subject: result.client.name, creator: 'Logipilot' },
    defaultStyle: { font: 'Roboto', fontSize: 8.5 },
    styles: {
      h1: { fontSize: 18, bold: true, color: '#1F3A5F', margin: [0, 0, 0, 2] },
      subtitle: { fontSize: 10.5, color: '#444444', margin: [0, 0, 0, 10] },
      h2: { fontSize: 11.5, bold: true, color: '#1F3A5F', margin: [0, 8, 0, 3] },
      note: { fontSize: 7.5, italics: true, color: '#444444' },
    },
    // Every page after the first names the quote, so that a loose printed page still says what it is.
    header: (page: number) =>
      page > 1
        ? { text: running, fontSize: 7, color: '#666666', margin: [PAGE_MARGIN, 20, PAGE_MARGIN, 0] }
        : null,
    footer: (page: number, pages: number) => ({
      columns: [
        { text: tr(lang, 'meta.footer'), fontSize: 7, color: '#666666' },
        { text: tr(lang, 'meta.page', { page, pages }), alignment: 'right', fontSize: 7, color: '#666666' },
      ],
      margin: [PAGE_MARGIN, 12, PAGE_MARGIN, 0],
    }),
    content,
  };
  return new Uint8Array(await renderPdf(doc));
}
