// Use case: read an upload without importing it and say how its columns would map (saved mapping, else synonyms).
import {
  cellText,
  type EntityTemplate,
  employeeTemplate,
  mapHeaders,
  qualificationTemplate,
  readTable,
  type SavedColumns,
  sheetMatches,
  type Table,
  type TableSheet,
  type TemplateEntity,
  templateFor,
} from '@logipilot/documents';
import { type Actor, can, DomainError } from '@logipilot/domain';
import type { ImportContext } from './import-entity.ts';
import { type ImportEntity, isImportEntity } from './import-types.ts';
import { pickSheet } from './sheet-selection.ts';

/** Rows shown under each header so that a person recognises the column ("A-001", "1,5"…). */
export const PREVIEW_SAMPLE_ROWS = 5;

export interface PreviewInput {
  entity: string;
  fileName: string;
  bytes: Uint8Array;
  /** A saved mapping to start from instead of the built-in synonyms. */
  mappingName?: string;
}

export interface PreviewField {
  id: string;
  required: boolean;
  /** Catalogue key of the field's name (`import.column.<entity>.<id>`), for the caller to translate. */
  labelKey: string;
  /** The template (sheet kind) the field belongs to: `employees` files also carry `qualifications` fields. */
  template: TemplateEntity;
}

export interface PreviewSheet {
  name: string;
  /** Which template the importer applies to this sheet; null when the importer ignores the sheet. */
  template: TemplateEntity | null;
  headers: string[];
  /** The first rows, one cell per header in header order, as typed (dates as ISO days). */
  sampleRows: (string | null)[][];
  /** Header → field id, "" when the column would be ignored. */
  mapping: Record<string, string>;
  missingRequired: string[];
  unknownHeaders: string[];
}

export interface ImportPreview {
  entity: ImportEntity;
  file: string;
  sheets: PreviewSheet[];
  fields: PreviewField[];
  /** Over every sheet the importer reads: what the importer would use now. */
  mapping: Record<string, string>;
  missingRequired: string[];
  unknownHeaders: string[];
}

/** The sheets an import of `entity` reads, with their template — the same choice `importEntity` makes. */
function sheetsRead(table: Table, entity: ImportEntity): Map<TableSheet, EntityTemplate> {
  const used = new Map<TableSheet, EntityTemplate>();
  if (entity === 'employees') {
    const staff = pickSheet(table, employeeTemplate, [qualificationTemplate]);
    used.set(staff, employeeTemplate);
    const quals = table.sheets.find((s) => s !== staff && sheetMatches(qualificationTemplate, s.name));
    if (quals) used.set(quals, qualificationTemplate);
    return used;
  }
  const template = templateFor(entity);
  const exclude = entity === 'qualifications' ? [employeeTemplate] : [];
  used.set(pickSheet(table, template, exclude), template);
  return used;
}

function previewSheet(
  sheet: TableSheet,
  template: EntityTemplate | undefined,
  saved: SavedColumns | undefined,
) {
  const sampleRows = sheet.rows
    .slice(0, PREVIEW_SAMPLE_ROWS)
    .map((row) => sheet.headers.map((h) => cellText(row.cells[h] ?? null)));
  const base = { name: sheet.name, headers: sheet.headers, sampleRows };
  if (!template) {
    return { ...base, template: null, mapping: {}, missingRequired: [], unknownHeaders: [] };
  }
  const mapped = mapHeaders(sheet.headers, template, saved);
  const mapping: Record<string, string> = {};
  for (const header of sheet.headers) mapping[header] = '';
  for (const column of mapped.columns) mapping[column.header] = column.field.id;
  return {
    ...base,
    template: template.entity,
    mapping,
    missingRequired: mapped.problems.filter((p) => p.code === 'IMPORT_MISSING_COLUMN').map((p) => p.field),
    unknownHeaders: mapped.unknown,
  };
}

/**
 * @example const p = await previewImport(ctx, actor, { entity: 'skus', fileName: 'reflex.csv', bytes });
 * p.mapping // { ART_CODE: '', 'Code article': 'code', … }; p.missingRequired // ['weightKg']
 */
export async function previewImport(
  ctx: ImportContext,
  actor: Actor,
  input: PreviewInput,
): Promise<ImportPreview> {
  if (!can(actor.role, 'import:run'))
    throw new DomainError('FORBIDDEN', { params: { permission: 'import:run' } });
  const { entity, fileName } = input;
  if (!isImportEntity(entity)) throw new DomainError('IMPORT_UNKNOWN_ENTITY', { params: { entity } });
  let saved: SavedColumns | undefined;
  if (input.mappingName) {
    const found = await ctx.db.repos.importMappings.getByName(actor.siteId, entity, input.mappingName);
    if (!found)
      throw new DomainError('IMPORT_MAPPING_NOT_FOUND', { params: { mapping: input.mappingName, entity } });
    saved = found.columns;
  }
  const table = await readTable({ fileName, bytes: input.bytes });
  const used = sheetsRead(table, entity);
  const sheets = table.sheets.map((s) => previewSheet(s, used.get(s), saved));
  const templates = [...new Set(used.values())];
  const fields = templates.flatMap((t) =>
    t.fields.map((f) => ({
      id: f.id,
      required: f.required,
      labelKey: `import.column.${t.entity}.${f.id}`,
      template: t.entity,
    })),
  );
  const read = sheets.filter((s) => s.template !== null);
  return {
    entity,
    file: fileName,
    sheets,
    fields,
    mapping: Object.assign({}, ...read.map((s) => s.mapping)) as Record<string, string>,
    missingRequired: [...new Set(read.flatMap((s) => s.missingRequired))],
    unknownHeaders: [...new Set(read.flatMap((s) => s.unknownHeaders))],
  };
}
