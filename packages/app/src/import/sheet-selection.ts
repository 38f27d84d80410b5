// Picks which sheet of a workbook holds which template (by sheet name), and maps its headers.
import {
  type EntityTemplate,
  type HeaderMapping,
  mapHeaders,
  type SavedColumns,
  sheetMatches,
  type Table,
  type TableSheet,
} from '@logipilot/documents';
import type { ImportReport } from './import-errors.ts';

/** The sheet named for the template, else the first one not claimed by another template. */
export function pickSheet(
  table: Table,
  template: EntityTemplate,
  exclude: readonly EntityTemplate[] = [],
): TableSheet {
  const named = table.sheets.find((s) => sheetMatches(template, s.name));
  if (named) return named;
  return (
    table.sheets.find((s) => !exclude.some((t) => sheetMatches(t, s.name))) ?? (table.sheets[0] as TableSheet)
  );
}

/** Maps the headers, reports header problems as errors and unknown columns as warnings. */
export function mapSheet(
  sheet: TableSheet,
  template: EntityTemplate,
  saved: SavedColumns | undefined,
  report: ImportReport,
): HeaderMapping {
  const mapping = mapHeaders(sheet.headers, template, saved);
  for (const p of mapping.problems) {
    report.error({
      sheet: sheet.name,
      row: 1,
      column: p.column,
      field: p.field,
      value: null,
      code: p.code,
      params: p.params,
    });
  }
  for (const header of mapping.unknown) report.warn('IMPORT_UNKNOWN_COLUMN', sheet.name, header);
  return mapping;
}

export function warnIgnoredSheets(table: Table, used: readonly TableSheet[], report: ImportReport): void {
  for (const s of table.sheets) if (!used.includes(s)) report.warn('IMPORT_SHEET_IGNORED', s.name, null);
}
