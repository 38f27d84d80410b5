// Parses every mapped cell of one row; collects each failing cell as a coded problem naming its column and value.
import { cellText, type FieldParams, isBlank } from '../fields/field-result.ts';
import type { TableRow } from '../tables/table.ts';
import type { MappedColumn } from './header-mapping.ts';
import { parseField } from './parse-field.ts';
import type { EntityTemplate, ParsedRow } from './template.ts';

export interface CellProblem {
  field: string;
  column: string;
  value: string | null;
  code: string;
  params: FieldParams;
}

export interface ParsedRowResult<T extends EntityTemplate> {
  values: ParsedRow<T>;
  problems: CellProblem[];
}

/**
 * Unmapped fields stay `undefined` (the use case keeps what the store holds); blank cells become `null`, and a
 * blank required cell is a VALUE_REQUIRED problem.
 */
export function parseRow<T extends EntityTemplate>(
  columns: readonly MappedColumn[],
  row: TableRow,
): ParsedRowResult<T> {
  const values: Record<string, unknown> = {};
  const problems: CellProblem[] = [];
  for (const { field, header, factor } of columns) {
    if (field.informative) continue;
    const cell = row.cells[header] ?? null;
    if (isBlank(cell)) {
      values[field.id] = null;
      if (field.required)
        problems.push({ field: field.id, column: header, value: null, code: 'VALUE_REQUIRED', params: {} });
      continue;
    }
    const r = parseField(field, cell, factor);
    if (r.ok) values[field.id] = r.value;
    else
      problems.push({
        field: field.id,
        column: header,
        value: cellText(cell),
        code: r.code,
        params: r.params ?? {},
      });
  }
  return { values: values as ParsedRow<T>, problems };
}
