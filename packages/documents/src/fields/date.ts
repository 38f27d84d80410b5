// Dates as found in French spreadsheets and WMS exports → ISO `YYYY-MM-DD`; impossible dates are refused.
import { parseIsoDate } from '@logipilot/domain';
import type { CellValue } from '../tables/table.ts';
import { type FieldResult, fail, ok } from './field-result.ts';

/** Excel's day 0 is 30/12/1899 once its fictitious 29/02/1900 is accounted for (serials from 61 on). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const MS_PER_DAY = 86_400_000;
/** 31/12/9999, the last date Excel can show. */
const MAX_SERIAL = 2_958_465;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function isoOf(y: number, m: number, d: number): string | null {
  return parseIsoDate(`${pad(y, 4)}-${pad(m)}-${pad(d)}`);
}

/** Two-digit years follow Excel: 00–29 → 2000–2029, 30–99 → 1930–1999. */
function fullYear(yy: number): number {
  return yy < 30 ? 2000 + yy : 1900 + yy;
}

export function excelSerialToIso(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > MAX_SERIAL) return null;
  const day = Math.floor(serial);
  return new Date(EXCEL_EPOCH_MS + day * MS_PER_DAY).toISOString().slice(0, 10);
}

const DMY = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})(?:[ T]\d{1,2}[:h]\d{2}(?::\d{2})?)?$/;
const YMD = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const SERIAL = /^\d{1,7}([.,]\d+)?$/;

/**
 * @example parseDateText('05/03/2026') // '2026-03-05'
 * @example parseDateText('31/02/2026') // null
 */
export function parseDateText(raw: string): string | null {
  const s = raw.trim();
  let m = DMY.exec(s);
  if (m) {
    const yRaw = m[3] as string;
    const y = yRaw.length === 2 ? fullYear(Number(yRaw)) : Number(yRaw);
    return isoOf(y, Number(m[2]), Number(m[1]));
  }
  m = YMD.exec(s);
  if (m) return isoOf(Number(m[1]), Number(m[2]), Number(m[3]));
  m = COMPACT.exec(s);
  if (m) return isoOf(Number(m[1]), Number(m[2]), Number(m[3]));
  if (SERIAL.test(s)) return excelSerialToIso(Number(s.replace(',', '.')));
  return null;
}

/** Date cells (exceljs builds them in UTC), Excel serials (a date typed in a General-formatted cell) and text. */
export function parseDate(cell: CellValue): FieldResult<string> {
  let iso: string | null = null;
  if (cell instanceof Date) iso = Number.isNaN(cell.getTime()) ? null : cell.toISOString().slice(0, 10);
  else if (typeof cell === 'number') iso = excelSerialToIso(cell);
  else if (typeof cell === 'string') iso = parseDateText(cell);
  return iso === null ? fail('INVALID_DATE') : ok(iso);
}
