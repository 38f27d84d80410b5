// Parses, resolves and validates every row of one sheet, collecting all errors; returns the valid domain rows.

import {
  cellText,
  type EntityTemplate,
  type MappedColumn,
  type ParsedRow,
  parseRow,
  type TableSheet,
} from '@logipilot/documents';
import { zodErrorToDetails } from '@logipilot/domain';
import type { BuildContext, RowSpec } from './adapters/row-spec.ts';
import type { ImportReport } from './import-errors.ts';
import type { ErrorParams } from './import-types.ts';

export interface ParsedSheetRow<Tpl extends EntityTemplate> {
  row: number;
  cells: TableSheet['rows'][number]['cells'];
  values: ParsedRow<Tpl>;
  key: string | null;
  /** False when a cell failed to parse or the key repeats an earlier row: such rows are not built. */
  clean: boolean;
}

/**
 * First pass: every cell parsed, blank required cells and duplicate natural keys reported. The keys found let the
 * caller load the stored rows they match in one go before the second pass.
 */
export function parseSheet<T, Refs, Tpl extends EntityTemplate>(
  spec: RowSpec<T, Refs, Tpl>,
  sheet: TableSheet,
  columns: readonly MappedColumn[],
  report: ImportReport,
): ParsedSheetRow<Tpl>[] {
  const keyColumn = columns.find((c) => c.field.id === spec.keyField)?.header ?? null;
  const firstRowOfKey = new Map<string, number>();
  const out: ParsedSheetRow<Tpl>[] = [];
  for (const row of sheet.rows) {
    const { values, problems } = parseRow<Tpl>(columns, row);
    for (const p of problems) {
      report.error({
        sheet: sheet.name,
        row: row.rowNumber,
        column: p.column,
        field: p.field,
        value: p.value,
        code: p.code,
        params: p.params,
      });
    }
    let clean = problems.length === 0;
    const key = spec.keyOf(values);
    if (key !== null) {
      const first = firstRowOfKey.get(key);
      if (first === undefined) firstRowOfKey.set(key, row.rowNumber);
      else {
        clean = false;
        report.error({
          sheet: sheet.name,
          row: row.rowNumber,
          column: keyColumn,
          field: spec.keyField,
          value: keyColumn === null ? null : cellText(row.cells[keyColumn] ?? null),
          code: 'IMPORT_DUPLICATE_KEY',
          params: { otherRow: first },
        });
      }
    }
    out.push({ row: row.rowNumber, cells: row.cells, values, key, clean });
  }
  return out;
}

export interface ValidRow<T> {
  row: number;
  key: string;
  value: T;
}

/**
 * Second pass: each clean row built into a domain object (codes → ids, stored values kept for absent columns) and
 * validated by the domain's zod schema; every issue is reported against the column that holds the field.
 */
export function validateParsed<T, Refs, Tpl extends EntityTemplate>(
  spec: RowSpec<T, Refs, Tpl>,
  sheet: TableSheet,
  columns: readonly MappedColumn[],
  parsed: readonly ParsedSheetRow<Tpl>[],
  context: { siteId: string; refs: Refs; existing: ReadonlyMap<string, T> },
  report: ImportReport,
  onRow?: (index: number) => void,
): ValidRow<T>[] {
  const headerOf = new Map(columns.map((c) => [c.field.id, c.header]));
  const valid: ValidRow<T>[] = [];
  for (let i = 0; i < parsed.length; i++) {
    onRow?.(i);
    const p = parsed[i] as ParsedSheetRow<Tpl>;
    if (!p.clean || p.key === null) continue;
    let failed = false;
    const reportField = (field: string, code: string, params?: ErrorParams) => {
      failed = true;
      const column = headerOf.get(field) ?? null;
      report.error({
        sheet: sheet.name,
        row: p.row,
        column,
        field,
        value: column === null ? null : cellText(p.cells[column] ?? null),
        code,
        ...(params ? { params } : {}),
      });
    };
    const ctx: BuildContext<T, Refs> = {
      siteId: context.siteId,
      row: p.row,
      refs: context.refs,
      existing: context.existing.get(p.key),
      issue: reportField,
    };
    const candidate = spec.build(p.values, ctx);
    if (failed) continue;
    const result = spec.schema.safeParse(candidate);
    if (!result.success) {
      for (const d of zodErrorToDetails(result.error))
        reportField(spec.fieldOfPath(d.field ?? ''), d.code, d.params);
      continue;
    }
    valid.push({ row: p.row, key: p.key, value: result.data });
  }
  return valid;
}
