// Yes/no cells: oui/non, yes/no, vrai/faux, true/false, 1/0, and a lone "x" ticked in a column.
import type { CellValue } from '../tables/table.ts';
import { type FieldResult, fail, ok } from './field-result.ts';
import { normaliseLabel } from './normalise.ts';

const TRUE = new Set(['oui', 'o', 'yes', 'y', 'vrai', 'true', '1', 'x']);
const FALSE = new Set(['non', 'n', 'no', 'faux', 'false', '0']);

export function parseBoolean(cell: CellValue): FieldResult<boolean> {
  if (typeof cell === 'boolean') return ok(cell);
  if (typeof cell === 'number')
    return cell === 1 ? ok(true) : cell === 0 ? ok(false) : fail('INVALID_BOOLEAN');
  if (typeof cell === 'string') {
    const key = normaliseLabel(cell);
    if (TRUE.has(key)) return ok(true);
    if (FALSE.has(key)) return ok(false);
  }
  return fail('INVALID_BOOLEAN');
}
