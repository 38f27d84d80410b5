// Numbers as French and English people type them: `1 234,56`, `1234.56`, `1.234,56`, non-breaking and thin spaces.

import type { CellValue } from '../tables/table.ts';
import { type FieldResult, fail, ok } from './field-result.ts';

/** Every kind of space Excel or a WMS puts between thousands (regular, no-break, narrow no-break, thin…). */
const SPACES = /[\s\u00a0\u2007\u2009\u202f']/g;

/**
 * Reads a decimal number. With both `,` and `.`, the last one is the decimal mark; a lone `,` is the French decimal
 * mark unless it repeats (`1,234,567`), a lone `.` is the English one unless it repeats (`1.234.567`).
 * @example parseNumberText('1 234,56') // 1234.56
 */
export function parseNumberText(raw: string): number | null {
  let s = raw.replace(SPACES, '');
  if (s === '') return null;
  const lastComma = s.lastIndexOf(',');
  const lastDot = s.lastIndexOf('.');
  if (lastComma >= 0 && lastDot >= 0) {
    const decimal = lastComma > lastDot ? ',' : '.';
    const thousands = decimal === ',' ? '.' : ',';
    s = s.split(thousands).join('');
    if (decimal === ',') s = s.replace(',', '.');
  } else if (lastComma >= 0) {
    s = s.indexOf(',') === lastComma ? s.replace(',', '.') : s.split(',').join('');
  } else if (lastDot >= 0 && s.indexOf('.') !== lastDot) {
    s = s.split('.').join('');
  }
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(s)) return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

export function parseNumber(cell: CellValue): FieldResult<number> {
  if (typeof cell === 'number') return Number.isFinite(cell) ? ok(cell) : fail('INVALID_NUMBER');
  if (typeof cell === 'string') {
    const n = parseNumberText(cell);
    return n === null ? fail('INVALID_NUMBER') : ok(n);
  }
  return fail('INVALID_NUMBER');
}

export function parseInteger(cell: CellValue): FieldResult<number> {
  const r = parseNumber(cell);
  if (!r.ok) return fail('INVALID_INTEGER');
  return Number.isInteger(r.value) ? r : fail('INVALID_INTEGER');
}

/** A measure read in the column's unit and scaled to the stored one (e.g. cm → mm), rounded when `integer`. */
export function parseScaled(cell: CellValue, factor: number, integer: boolean): FieldResult<number> {
  const r = parseNumber(cell);
  if (!r.ok) return r;
  // Dividing by the inverse avoids 1250 × 0.001 = 1.2500000000000002.
  const scaled = factor >= 1 ? r.value * factor : r.value / Math.round(1 / factor);
  return ok(integer ? Math.round(scaled) : Math.round(scaled * 1e6) / 1e6);
}
