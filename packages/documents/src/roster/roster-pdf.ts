// Writes a roster document's layout to an A4 PDF (pdfmake, embedded Roboto: accents render; no URL fetched): each

// section opens a page with the title block, tables keep their colours, headers repeat on every page.
import { formatDate, formatNumber, type Lang } from '@logipilot/i18n';
import { renderPdf } from '../pdf/pdf-printer.ts';
import {
  type DocCell,
  type DocColumn,
  type DocTable,
  formatHours,
  HEADER_FILL,
  printable,
  type RosterLayout,
  tr,
} from './roster-document.ts';

/** The part of pdfmake's server API used here (the package ships no types). */

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function cellText(lang: Lang, column: DocColumn, value: DocCell['value']): string {
  if (value === null) return '';
  if (column.kind === 'date' && typeof value === 'string' && ISO_DAY.test(value))
    return formatDate(lang, value, 'short');
  if (typeof value === 'number')
    return column.kind === 'hours' ? formatHours(lang, value) : printable(formatNumber(lang, value));
  return printable(value);
}

const GRID = {
  hLineWidth: () => 0.4,
  vLineWidth: () => 0.4,
  hLineColor: () => '#bfbfbf',
  vLineColor: () => '#bfbfbf',
  paddingLeft: () => 2,
  paddingRight: () => 2,
  paddingTop: () => 1.5,
  paddingBottom: () => 1.5,
};

function pdfTable(lang: Lang, table: DocTable, fontSize: number | undefined): Record<string, unknown> {
  const numeric = (c: DocColumn) => c.kind === 'hours' || c.kind === 'integer';
  const body = [
    table.columns.map((c) => ({
      text: printable(c.header),
      bold: true,
      fillColor: `#${c.fill ?? HEADER_FILL}`,
    })),
    ...table.rows.map((cells) => {
      let covered = 0;
      return table.columns.map((c, i) => {
        // pdfmake wants the cells a span covers as placeholders.
        if (covered > 0) {
          covered--;
          return {};
        }
        const cell = cells[i];
        const span = cell?.span ?? 1;
        covered = span - 1;
        return {
          text: cellText(lang, c, cell?.value ?? null),
          alignment: numeric(c) && span === 1 ? 'right' : 'left',
          ...(span > 1 ? { colSpan: span } : {}),
          ...(cell?.fill ? { fillColor: `#${cell.fill}` } : {}),
          ...(cell?.bold ? { bold: true } : {}),
        };
      });
    }),
  ];
  return {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: table.columns.map((c) => c.pdfWidth ?? 'auto'),
      body,
    },
    layout: GRID,
    margin: [0, 4, 0, 6],
    ...(fontSize ? { fontSize } : {}),
  };
}

export async function writeLayoutPdf(layout: RosterLayout, lang: Lang): Promise<Uint8Array> {
  const content: Record<string, unknown>[] = [];
  let first = true;
  for (const section of layout.sections) {
    if (section.only === 'xlsx') continue;
    if (first || !section.flow) {
      content.push({ text: layout.title, style: 'h1', ...(first ? {} : { pageBreak: 'before' }) });
      content.push({ text: printable(layout.meta.join('   ·   ')), style: 'meta' });
    }
    first = false;
    const block: Record<string, unknown>[] = [];
    if (section.heading !== layout.title) block.push({ text: printable(section.heading), style: 'h2' });
    for (const line of section.lines) block.push({ text: printable(line), margin: [0, 0, 0, 2] });
    for (const table of section.tables)
      if (table.only !== 'xlsx') block.push(pdfTable(lang, table, layout.fontSize));
    // A section that follows another on the same page moves whole to the next page rather than split.
    if (section.flow) content.push({ stack: block, unbreakable: true });
    else content.push(...block);
    for (const note of section.notes) content.push({ text: printable(note), style: 'note' });
  }
  const doc = {
    pageSize: 'A4',
    pageOrientation: layout.orientation,
    pageMargins: [28, 30, 28, 34],
    info: { title: layout.title, creator: 'Logipilot' },
    defaultStyle: { font: 'Roboto', fontSize: 7.5 },
    styles: {
      h1: { fontSize: 14, bold: true, margin: [0, 0, 0, 2] },
      meta: { fontSize: 8, color: '#444444', margin: [0, 0, 0, 6] },
      h2: { fontSize: 11, bold: true, margin: [0, 4, 0, 3] },
      note: { fontSize: 7, italics: true, color: '#444444', margin: [0, 2, 0, 0] },
    },
    // Pages of flowing sections repeat the title and the site, so that a loose printed page still says what it is.
    header: (page: number) =>
      page > 1 && layout.sections.some((s) => s.flow)
        ? {
            text: printable(`${layout.title}   ·   ${layout.meta[0] ?? ''}`),
            fontSize: 7,
            color: '#666666',
            margin: [28, 14, 28, 0],
          }
        : null,
    footer: (page: number, pages: number) => ({
      text: tr(lang, 'meta.page', { page, pages }),
      alignment: 'right',
      margin: [28, 10],
      fontSize: 7,
    }),
    content,
  };
  const bytes = await renderPdf(doc);
  return new Uint8Array(bytes);
}
