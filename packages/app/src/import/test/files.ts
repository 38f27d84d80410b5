// Builders for test files: a French Excel CSV (BOM, `;`, CRLF) and XLSX workbooks made with exceljs.
import ExcelJS from 'exceljs';

export function frenchCsv(lines: readonly string[]): Uint8Array {
  return new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(`${lines.join('\r\n')}\r\n`)]);
}

export async function workbook(sheets: Record<string, unknown[][]>): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    for (const row of rows) ws.addRow(row);
  }
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}
