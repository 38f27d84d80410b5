// The activity plan as a printable A4 landscape PDF (pdfmake, embedded Roboto: accents and € render; no URL fetched).

import { formatCurrencyCents, formatDate, formatNumber, type Lang, translate } from '@logipilot/i18n';
import { renderPdf } from '../pdf/pdf-printer.ts';
import type { WorkbookCell, WorkbookSheet } from '../tables/write-xlsx.ts';
import { type PlanDocumentInput, planSheets } from './plan-document.ts';

/** The part of pdfmake's server API used here (the package ships no types). */

/** Past this many rows a table stops in the PDF (with a note): the XLSX holds every row. */
export const PDF_MAX_ROWS_PER_TABLE = 1500;

/** French number formats group thousands with U+202F, which Roboto lacks: the plain no-break space prints. */
function printable(text: string): string {
  return text.replace(/\u202f/g, '\u00a0');
}

function cellText(lang: Lang, kind: string, value: WorkbookCell): string {
  if (value === null) return '';
  if (kind === 'date' && typeof value === 'string') return formatDate(lang, value, 'short');
  if (typeof value === 'number') return printable(formatNumber(lang, value));
  return printable(value);
}

function table(lang: Lang, sheet: WorkbookSheet, widths?: (string | number)[]): Record<string, unknown>[] {
  const rows = sheet.rows.slice(0, PDF_MAX_ROWS_PER_TABLE);
  const numeric = sheet.columns.map((c) => c.kind === 'number' || c.kind === 'integer');
  const body = [
    sheet.columns.map((c) => ({ text: c.header, style: 'th' })),
    ...rows.map((r) =>
      sheet.columns.map((c, i) => ({
        text: cellText(lang, c.kind, r[i] ?? null),
        alignment: numeric[i] ? 'right' : 'left',
      })),
    ),
  ];
  const out: Record<string, unknown>[] = [
    { text: sheet.name, style: 'h2', pageBreak: 'before' },
    {
      table: { headerRows: 1, widths: widths ?? sheet.columns.map(() => 'auto'), body },
      layout: 'lightHorizontalLines',
      fontSize: 7,
    },
  ];
  if (sheet.rows.length > rows.length)
    out.push({
      text: `… ${sheet.rows.length - rows.length} / ${sheet.rows.length}`,
      italics: true,
      margin: [0, 4],
    });
  return out;
}

export async function writePlanPdf(plan: PlanDocumentInput, lang: Lang): Promise<Uint8Array> {
  const [, workload, staffing, levers, tempOrder] = planSheets(plan, lang);
  const t = (key: string, params?: Record<string, unknown>) => translate(lang, `plan.export.${key}`, params);
  const money = (cents: number) => formatCurrencyCents(lang, cents);
  const totals: [string, string][] = [
    [t('from'), formatDate(lang, plan.from)],
    [t('to'), formatDate(lang, plan.to)],
    [t('totalHours'), formatNumber(lang, plan.totals.hours)],
    [t('overtimeHours'), formatNumber(lang, plan.totals.overtimeHours)],
    [t('tempHours'), formatNumber(lang, plan.totals.tempHours)],
    [t('staffCost'), money(plan.totals.staffCostCents ?? 0)],
    [t('leversCost'), money(plan.totals.leversCostCents ?? 0)],
    [t('cost'), money(plan.totals.cost)],
    [t('peakDays'), String(plan.totals.peakDays)],
    [t('status'), translate(lang, `levers.status.${plan.levers.status}`)],
  ];
  const doc = {
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: [28, 36, 28, 36],
    info: { title: `${t('title')} ${plan.name ?? ''}`.trim(), creator: 'Logipilot' },
    defaultStyle: { font: 'Roboto', fontSize: 9 },
    styles: {
      h1: { fontSize: 16, bold: true, margin: [0, 0, 0, 8] },
      h2: { fontSize: 12, bold: true, margin: [0, 0, 0, 6] },
      th: { bold: true, fillColor: '#e8eef4' },
    },
    footer: (page: number, pages: number) => ({
      text: t('page', { page, pages }),
      alignment: 'right',
      margin: [28, 8],
      fontSize: 7,
    }),
    content: [
      { text: `${t('title')} — ${plan.name ?? plan.siteId}`, style: 'h1' },
      {
        table: {
          widths: [180, 'auto'],
          body: totals.map(([k, v]) => [{ text: k, bold: true }, printable(v)]),
        },
        layout: 'lightHorizontalLines',
      },
      ...plan.issues.map((i) => ({ text: printable(i.message), margin: [0, 6, 0, 0], color: '#8a4b00' })),
      ...(workload ? table(lang, workload) : []),
      ...(staffing ? table(lang, staffing) : []),
      ...(levers ? table(lang, levers, [48, 50, 70, 60, 80, 32, 40, '*']) : []),
      ...(tempOrder ? table(lang, tempOrder) : []),
    ],
  };
  const bytes = await renderPdf(doc);
  return new Uint8Array(bytes);
}
