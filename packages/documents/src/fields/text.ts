// Text-like cells: codes (trimmed), free text, ADR class, UN number, CACES recommendation and category.
import type { CellValue } from '../tables/table.ts';
import { type FieldResult, fail, ok } from './field-result.ts';

/** A number typed in a text column comes back from Excel as a number: 12345 must read as the code "12345". */
function asText(cell: CellValue): string | null {
  if (typeof cell === 'string') return cell;
  if (typeof cell === 'number') return String(cell);
  if (typeof cell === 'boolean') return cell ? 'true' : 'false';
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return null;
}

export function parseText(cell: CellValue): FieldResult<string> {
  const s = asText(cell);
  return s === null ? fail('INVALID_TYPE', { expected: 'string' }) : ok(s.trim());
}

/** Codes are trimmed and their inner runs of spaces collapsed; case is kept (WMS codes are case-sensitive). */
export function parseCode(cell: CellValue): FieldResult<string> {
  const r = parseText(cell);
  return r.ok ? ok(r.value.replace(/\s+/g, ' ')) : r;
}

/** "3", "Classe 3", "2,1" (French decimal) and the number 2.1 all give the ADR class string. */
export function parseAdrClass(cell: CellValue): FieldResult<string> {
  const s = asText(cell);
  if (s === null) return fail('INVALID_ADR_CLASS');
  const m = /^(?:classe|class)?\s*([1-9])(?:\s*[.,]\s*(\d))?$/i.exec(s.trim());
  if (!m) return fail('INVALID_ADR_CLASS');
  return ok(m[2] ? `${m[1]}.${m[2]}` : (m[1] as string));
}

/** "UN 1203", "ONU1203", "1203" and the number 1203 give "1203"; a number cell loses leading zeros, so pad it. */
export function parseUnNumber(cell: CellValue): FieldResult<string> {
  if (typeof cell === 'number') {
    return Number.isInteger(cell) && cell > 0 && cell < 10_000
      ? ok(String(cell).padStart(4, '0'))
      : fail('INVALID_UN_NUMBER');
  }
  const s = asText(cell);
  if (s === null) return fail('INVALID_UN_NUMBER');
  const m = /^(?:un|onu)?\s*(\d{4})$/i.exec(s.replace(/[\s.-]/g, ''));
  return m ? ok(m[1] as string) : fail('INVALID_UN_NUMBER');
}

/** "R489", "R 489", "CACES R489", "489" → "R489". */
export function parseLicenceScheme(cell: CellValue): FieldResult<string> {
  const s = asText(cell);
  if (s === null) return fail('INVALID_LICENCE_SCHEME');
  const m = /^(?:caces)?\s*r?\s*\.?\s*(4\d{2})$/i.exec(s.trim());
  return m ? ok(`R${m[1]}`) : fail('INVALID_LICENCE_SCHEME');
}

/** "cat. 3", "Catégorie 1A", "1a", the number 3 → "3", "1A"; the scheme decides later whether it exists. */
export function parseLicenceCategory(cell: CellValue): FieldResult<string> {
  const s = asText(cell);
  if (s === null) return fail('INVALID_TYPE', { expected: 'string' });
  const stripped = s
    .trim()
    .replace(/^(cat[ée]gorie|category|cat)\.?\s*/i, '')
    .trim();
  return ok(/^[0-9a-z]{1,3}$/i.test(stripped) ? stripped.toUpperCase() : stripped);
}
