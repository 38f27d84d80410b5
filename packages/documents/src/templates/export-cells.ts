// Turns typed field values into the header and cells an export writes, in the words the importer reads back.
import type { Lang } from '@logipilot/i18n';
import { translate } from '@logipilot/i18n';
import type { ColumnKind, WorkbookCell, WorkbookColumn, WorkbookSheet } from '../tables/write-xlsx.ts';
import { choiceLabel } from './choices.ts';
import { columnLabel, type EntityTemplate, sheetLabel, type TemplateField } from './template.ts';

const COLUMN_KIND: Record<TemplateField['kind'], ColumnKind> = {
  code: 'text',
  text: 'text',
  number: 'number',
  integer: 'integer',
  mm: 'integer',
  kg: 'number',
  date: 'date',
  boolean: 'text',
  choice: 'text',
  adrClass: 'text',
  unNumber: 'text',
  licenceScheme: 'text',
  licenceCategory: 'text',
};

export function exportCell(field: TemplateField, value: unknown, lang: Lang): WorkbookCell {
  if (value === null || value === undefined) return null;
  if (field.kind === 'boolean') return translate(lang, `import.choice.boolean.${value ? 'true' : 'false'}`);
  if (field.kind === 'choice' && field.choice) return choiceLabel(field.choice, String(value), lang);
  if (typeof value === 'number' || typeof value === 'string') return value;
  return String(value);
}

/** A sheet in the template's column order; `rows` hold values keyed by field id. */
export function exportSheet(
  template: EntityTemplate,
  rows: readonly Record<string, unknown>[],
  lang: Lang,
): WorkbookSheet {
  const columns: WorkbookColumn[] = template.fields.map((f) => ({
    header: columnLabel(template.entity, f.id, lang),
    kind: COLUMN_KIND[f.kind],
  }));
  return {
    name: sheetLabel(template.entity, lang),
    columns,
    rows: rows.map((row) => template.fields.map((f) => exportCell(f, row[f.id], lang))),
  };
}
