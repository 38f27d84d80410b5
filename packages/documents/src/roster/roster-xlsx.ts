// Writes a roster document's layout to an XLSX workbook: a title block, tables with coloured cells, frozen headers,
// hours as numbers with two decimals, real dates, notes; printed landscape or portrait on one page width.
import ExcelJS from 'exceljs';
import type { DocCell, DocCellKind, DocColumn, RosterLayout } from './roster-document.ts';
import { HEADER_FILL } from './roster-document.ts';

const NUM_FMT: Record<DocCellKind, string> = {
  text: '@',
  hours: '0.00',
  integer: '0',
  date: 'dd/mm/yyyy',
};

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

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function excelValue(kind: DocCellKind, value: DocCell['value']): ExcelJS.CellValue {
  if (value === null || value === '') return null;
  // UTC midnight: exceljs turns dates into serials in UTC, so no time zone shifts the day.
  if (kind === 'date' && typeof value === 'string' && ISO_DAY.test(value))
    return new Date(`${value}T00:00:00Z`);
  return value;
}

function styleCell(
  cell: ExcelJS.Cell,
  column: DocColumn | undefined,
  fill: string | undefined,
  bold: boolean,
) {
  cell.border = BORDER;
  if (fill) cell.fill = solid(fill);
  if (bold) cell.font = { bold: true };
  cell.alignment = {
    vertical: 'top',
    ...(column?.wrap ? { wrapText: true } : {}),
    ...(column?.kind === 'text' && !column.wrap ? { horizontal: 'left' } : {}),
  };
}

export async function writeLayoutXlsx(layout: RosterLayout): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Logipilot';
  for (const section of layout.sections) {
    if (section.only === 'pdf') continue;
    const ws = workbook.addWorksheet(section.name, {
      pageSetup: {
        paperSize: 9,
        orientation: layout.orientation,
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
      },
    });
    ws.addRow([layout.title]).font = { bold: true, size: 14 };
    for (const line of layout.meta) ws.addRow([line]);
    if (section.heading !== layout.title) ws.addRow([section.heading]).font = { bold: true, size: 12 };
    for (const line of section.lines) ws.addRow([line]);
    const widths: number[] = [];
    let frozen: { row: number; columns: number } | null = null;
    for (const table of section.tables) {
      if (table.only === 'pdf') continue;
      ws.addRow([]);
      const header = ws.addRow(table.columns.map((c) => c.header));
      frozen ??= { row: header.number, columns: table.frozenColumns ?? 0 };
      table.columns.forEach((c, i) => {
        widths[i] = Math.max(widths[i] ?? 0, c.width);
        const cell = header.getCell(i + 1);
        styleCell(cell, undefined, c.fill ?? HEADER_FILL, true);
        cell.alignment = { vertical: 'top', wrapText: true };
      });
      for (const cells of table.rows) {
        const row = ws.addRow(table.columns.map((c, i) => excelValue(c.kind, cells[i]?.value ?? null)));
        table.columns.forEach((c, i) => {
          const cell = row.getCell(i + 1);
          const source = cells[i];
          if (cell.value !== null) cell.numFmt = NUM_FMT[typeof cell.value === 'string' ? 'text' : c.kind];
          styleCell(cell, c, source?.fill, source?.bold ?? false);
          const span = source?.span ?? 1;
          if (span > 1) ws.mergeCells(row.number, i + 1, row.number, i + span);
        });
      }
    }
    if (section.notes.length > 0) ws.addRow([]);
    for (const note of section.notes) ws.addRow([note]).font = { italic: true };
    widths.forEach((w, i) => {
      // exceljs takes a width of exactly 9 for its default and leaves it out of the file.
      ws.getColumn(i + 1).width = w === 9 ? 9.5 : w;
    });
    if (frozen) ws.views = [{ state: 'frozen', ySplit: frozen.row, xSplit: frozen.columns }];
  }
  // A workbook needs a sheet: a roster without anyone still gets its title block.
  if (workbook.worksheets.length === 0) {
    const ws = workbook.addWorksheet(layout.title.slice(0, 31));
    ws.addRow([layout.title]).font = { bold: true, size: 14 };
    for (const line of layout.meta) ws.addRow([line]);
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
