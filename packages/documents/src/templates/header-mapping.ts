// Maps the headers of a sheet to template fields: saved mapping first, then synonyms; reports missing and unknown columns.
import { normaliseLabel } from '../fields/normalise.ts';
import { columnLabel, type EntityTemplate, type TemplateField } from './template.ts';

export interface MappedColumn {
  field: TemplateField;
  /** The header as written in the file. */
  header: string;
  /** Multiplier from the column's unit to the stored unit (a "Poids (g)" column reads 1000 → 1 kg). */
  factor: number;
}

export interface HeaderProblem {
  code: 'IMPORT_MISSING_COLUMN' | 'IMPORT_DUPLICATE_COLUMN';
  field: string;
  column: string | null;
  params: Record<string, string>;
}

export interface HeaderMapping {
  columns: MappedColumn[];
  /** Headers no field claims: reported as warnings, their cells ignored. */
  unknown: string[];
  problems: HeaderProblem[];
}

/** Source header → field id; an empty field id means "ignore this column on purpose". */
export type SavedColumns = Readonly<Record<string, string>>;

const UNITS: Partial<Record<TemplateField['kind'], Record<string, number>>> = {
  mm: { mm: 1, cm: 10, m: 1000 },
  kg: { kg: 1, g: 0.001, t: 1000 },
};

const UNIT_SUFFIX = /\s*\((mm|cm|m|kg|g|t)\)\s*$/i;

interface IndexEntry {
  field: TemplateField;
  factor: number;
}

const indexes = new WeakMap<EntityTemplate, Map<string, IndexEntry>>();

/** Every spelling of every field, normalised; a spelling claimed by two fields is a template bug, thrown at once. */
export function headerIndex(template: EntityTemplate): Map<string, IndexEntry> {
  const cached = indexes.get(template);
  if (cached) return cached;
  const index = new Map<string, IndexEntry>();
  const add = (key: string, entry: IndexEntry) => {
    if (key === '') return;
    const earlier = index.get(key);
    if (earlier && (earlier.field.id !== entry.field.id || earlier.factor !== entry.factor)) {
      throw new Error(
        `${template.entity}: header "${key}" names both ${earlier.field.id} and ${entry.field.id}`,
      );
    }
    index.set(key, entry);
  };
  for (const field of template.fields) {
    const spellings = [
      columnLabel(template.entity, field.id, 'fr'),
      columnLabel(template.entity, field.id, 'en'),
      ...field.synonyms,
    ];
    const units = UNITS[field.kind];
    for (const spelling of spellings) {
      if (!units) {
        add(normaliseLabel(spelling), { field, factor: 1 });
        continue;
      }
      const base = normaliseLabel(spelling.replace(UNIT_SUFFIX, ''));
      const unit = UNIT_SUFFIX.exec(spelling)?.[1]?.toLowerCase();
      add(base, { field, factor: unit ? (units[unit] ?? 1) : 1 });
      for (const [u, factor] of Object.entries(units)) add(base + u, { field, factor });
    }
  }
  indexes.set(template, index);
  return index;
}

/** Both catalogue labels, since the person may have started from a French or an English template. */
function expectedHeader(template: EntityTemplate, fieldId: string): string {
  const fr = columnLabel(template.entity, fieldId, 'fr');
  const en = columnLabel(template.entity, fieldId, 'en');
  return fr === en ? fr : `${fr} / ${en}`;
}

/**
 * @example mapHeaders(['Code article', 'Poids (g)', 'Couleur'], skuTemplate)
 * // columns: code ← "Code article", weightKg ← "Poids (g)" ×0.001; unknown: ["Couleur"]; problems: missing columns…
 */
export function mapHeaders(
  headers: readonly string[],
  template: EntityTemplate,
  saved?: SavedColumns,
): HeaderMapping {
  const index = headerIndex(template);
  const savedIndex = new Map<string, string>();
  for (const [header, fieldId] of Object.entries(saved ?? {}))
    savedIndex.set(normaliseLabel(header), fieldId);
  const byId = new Map(template.fields.map((f) => [f.id, f]));

  const columns: MappedColumn[] = [];
  const unknown: string[] = [];
  const problems: HeaderProblem[] = [];
  const taken = new Map<string, string>();
  for (const header of headers) {
    const key = normaliseLabel(header);
    let entry: IndexEntry | undefined;
    const savedField = savedIndex.get(key);
    if (savedField === '') continue;
    const field = savedField === undefined ? undefined : byId.get(savedField);
    if (field) {
      const known = index.get(key);
      entry = { field, factor: known?.field.id === field.id ? known.factor : 1 };
    } else {
      // No saved entry, or one for another sheet's field (a workbook holding two sheets): synonyms decide.
      entry = index.get(key);
    }
    if (!entry) {
      unknown.push(header);
      continue;
    }
    const other = taken.get(entry.field.id);
    if (other !== undefined) {
      problems.push({
        code: 'IMPORT_DUPLICATE_COLUMN',
        field: entry.field.id,
        column: header,
        params: { field: entry.field.id, otherColumn: other },
      });
      continue;
    }
    taken.set(entry.field.id, header);
    columns.push({ field: entry.field, header, factor: entry.factor });
  }
  for (const field of template.fields) {
    if (!field.required || taken.has(field.id)) continue;
    problems.push({
      code: 'IMPORT_MISSING_COLUMN',
      field: field.id,
      column: null,
      params: {
        field: field.id,
        expected: expectedHeader(template, field.id),
        columns: headers.join(', '),
      },
    });
  }
  return { columns, unknown, problems };
}
