// Reads a CSV or XLSX upload into a Table, choosing the reader from the content first and the file name second.
import { readCsv } from './read-csv.ts';
import { type ReadXlsxOptions, readXlsx } from './read-xlsx.ts';
import type { Table, TableInput } from './table.ts';
import { tableError } from './table-error.ts';

export type TableFormat = 'csv' | 'xlsx';

const TEXT_EXTENSIONS = ['csv', 'txt', 'tsv', 'tab'];
const XLSX_EXTENSIONS = ['xlsx', 'xlsm'];

function extensionOf(fileName: string): string {
  const m = /\.([^./\\]+)$/.exec(fileName);
  return m ? (m[1] ?? '').toLowerCase() : '';
}

/** Which reader fits: a ZIP signature is a workbook whatever its name; an OLE2 file (.xls) is refused. */
export function detectFormat(fileName: string, bytes: Uint8Array): TableFormat | null {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return 'xlsx';
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return null;
  const ext = extensionOf(fileName);
  if (TEXT_EXTENSIONS.includes(ext)) return 'csv';
  if (XLSX_EXTENSIONS.includes(ext)) return 'xlsx';
  return null;
}

/**
 * @example const table = await readTable({ fileName: 'articles.csv', bytes });
 * table.sheets[0].rows[0] // { rowNumber: 2, cells: { 'Code article': 'A-001', 'Poids (kg)': '1,5' } }
 */
export async function readTable(input: TableInput, options: ReadXlsxOptions = {}): Promise<Table> {
  const format = detectFormat(input.fileName, input.bytes);
  if (format === null) {
    throw tableError('FILE_TYPE_UNSUPPORTED', input.fileName, { extension: extensionOf(input.fileName) });
  }
  if (input.bytes.length === 0) throw tableError('FILE_EMPTY', input.fileName);
  return format === 'csv' ? readCsv(input) : readXlsx(input, options);
}
