// The outcome of parsing one cell: a value, or a stable error code with params (never a sentence).
import type { CellValue } from '../tables/table.ts';

export type FieldParams = Record<string, string | number | boolean | null>;

export type FieldResult<T> = { ok: true; value: T } | { ok: false; code: string; params?: FieldParams };

export type FieldParser<T> = (cell: CellValue) => FieldResult<T>;

export const ok = <T>(value: T): FieldResult<T> => ({ ok: true, value });

export const fail = <T = never>(code: string, params?: FieldParams): FieldResult<T> =>
  params ? { ok: false, code, params } : { ok: false, code };

/** Blank means absent: null, an empty or whitespace-only string. */
export function isBlank(cell: CellValue): boolean {
  return cell === null || (typeof cell === 'string' && cell.trim() === '');
}

/** The cell as the person typed it, for error reports (dates shown as ISO). */
export function cellText(cell: CellValue): string | null {
  if (cell === null) return null;
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? null : cell.toISOString().slice(0, 10);
  return String(cell);
}
