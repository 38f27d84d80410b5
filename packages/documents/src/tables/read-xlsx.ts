// Reads an Excel workbook (.xlsx) with exceljs: header row 1, rich text and formula results as plain values.
import ExcelJS from 'exceljs';
import { headerNames } from './headers.ts';
import type { CellValue, Table, TableInput, TableRow, TableSheet } from './table.ts';
import { tableError } from './table-error.ts';

export interface ReadXlsxOptions {
  /** Sheet names to read (case-insensitive); by default every sheet that holds something. */
  sheets?: readonly string[];
}

/** Flattens what exceljs hands back (rich text, formulas, hyperlinks, errors) into a plain cell value. */
export function plainCellValue(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value.trim() === '' ? null : value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'boolean' || value instanceof Date) return value;
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (Array.isArray(v.richText)) {
      return plainCellValue((v.richText as { text?: string }[]).map((p) => p.text ?? '').join(''));
    }
    if ('formula' in v || 'sharedFormula' in v) return plainCellValue(v.result);
    if ('error' in v) return String(v.error);
    if ('text' in v) return plainCellValue(v.text);
  }
  return null;
}

function readSheet(ws: ExcelJS.Worksheet): TableSheet | null {
  if (ws.actualRowCount === 0) return null;
  const headerValues = ws.getRow(1).values as unknown[];
  // exceljs row values are 1-based: index 0 is always empty.
  const names = headerNames(
    headerValues
      .slice(1)
      .map(plainCellValue)
      .map((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v)),
  );
  const rows: TableRow[] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber === 1) return;
    const values = row.values as unknown[];
    const cells: Record<string, CellValue> = {};
    let any = false;
    for (let c = 0; c < names.length; c++) {
      const name = names[c];
      if (name === null || name === undefined) continue;
      const v = plainCellValue(values[c + 1]);
      if (v !== null) any = true;
      cells[name] = v;
    }
    if (any) rows.push({ rowNumber, cells });
  });
  // A sheet with cells somewhere but nothing in row 1 has no header: the caller reports it.
  return { name: ws.name, headers: names.filter((n): n is string => n !== null), rows };
}

export async function readXlsx(input: TableInput, options: ReadXlsxOptions = {}): Promise<Table> {
  const { fileName, bytes } = input;
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as never);
  } catch {
    throw tableError('FILE_UNREADABLE', fileName);
  }
  const wanted = options.sheets?.map((s) => s.toLocaleLowerCase('fr'));
  const sheets: TableSheet[] = [];
  for (const ws of workbook.worksheets) {
    if (wanted && !wanted.includes(ws.name.toLocaleLowerCase('fr'))) continue;
    const sheet = readSheet(ws);
    if (!sheet) continue;
    if (sheet.headers.length === 0) throw tableError('FILE_NO_HEADER', fileName, { sheet: sheet.name });
    sheets.push(sheet);
  }
  if (sheets.length === 0) throw tableError('FILE_EMPTY', fileName);
  return { fileName, sheets };
}
