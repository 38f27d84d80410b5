// Writes typed sheets to an XLSX workbook: frozen bold header, autofilter, fitted widths, real dates (dd/mm/yyyy).
import ExcelJS from 'exceljs';

export type ColumnKind = 'text' | 'number' | 'integer' | 'date';

export interface WorkbookColumn {
  header: string;
  kind: ColumnKind;
}

/** Dates are ISO `YYYY-MM-DD` strings; they become Excel dates so that sorting and filters work in Excel. */
export type WorkbookCell = string | number | null;

export interface WorkbookSheet {
  name: string;
  columns: WorkbookColumn[];
  rows: WorkbookCell[][];
}

const NUM_FMT: Record<ColumnKind, string | undefined> = {
  text: '@',
  number: '#,##0.###',
  integer: '0',
  date: 'dd/mm/yyyy',
};

const MIN_WIDTH = 8;
const MAX_WIDTH = 60;
/** Widths are fitted on a sample: scanning 100,000 rows buys nothing visible. */
const WIDTH_SAMPLE = 500;

function cellFor(kind: ColumnKind, value: WorkbookCell): ExcelJS.CellValue {
  if (value === null || value === '') return null;
  if (kind === 'date' && typeof value === 'string') {
    // UTC midnight: exceljs turns dates into serials in UTC, so no time zone shifts the day.
    return new Date(`${value}T00:00:00Z`);
  }
  return value;
}

function displayLength(kind: ColumnKind, value: WorkbookCell): number {
  if (value === null) return 0;
  if (kind === 'date') return 10;
  return String(value).length;
}

/** Excel forbids some characters in sheet names and caps them at 31 characters. */
export function safeSheetName(name: string): string {
  return name.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31) || 'Sheet';
}

export async function writeXlsx(sheets: readonly WorkbookSheet[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Logipilot';
  for (const sheet of sheets) {
    const ws = workbook.addWorksheet(safeSheetName(sheet.name), {
      views: [{ state: 'frozen', ySplit: 1 }],
    });
    ws.columns = sheet.columns.map((col, i) => {
      let width = col.header.length;
      for (const row of sheet.rows.slice(0, WIDTH_SAMPLE))
        width = Math.max(width, displayLength(col.kind, row[i] ?? null));
      const numFmt = NUM_FMT[col.kind];
      return {
        header: col.header,
        key: `c${i}`,
        width: Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, width + 2)),
        ...(numFmt ? { style: { numFmt } } : {}),
      };
    });
    for (const row of sheet.rows) {
      ws.addRow(sheet.columns.map((col, i) => cellFor(col.kind, row[i] ?? null)));
    }
    const header = ws.getRow(1);
    header.font = { bold: true };
    header.eachCell((cell) => {
      cell.numFmt = 'General';
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF4' } };
    });
    if (sheet.columns.length > 0) {
      ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columns.length } };
    }
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
