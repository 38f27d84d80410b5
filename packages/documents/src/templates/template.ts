// An import/export template: the fields of one entity, their kind, whether required, and the headers that name them.
import type { Lang } from '@logipilot/i18n';
import { translate } from '@logipilot/i18n';
import type { ChoiceSetName, ChoiceValue } from './choices.ts';

export const TEMPLATE_ENTITIES = [
  'skus',
  'locations',
  'employees',
  'qualifications',
  'absences',
  'forecast-volumes',
] as const;
export type TemplateEntity = (typeof TEMPLATE_ENTITIES)[number];

/** Measures are stored in one unit; a header naming another unit ("Longueur (cm)") scales the column. */
export type FieldKind =
  | 'code'
  | 'text'
  | 'number'
  | 'integer'
  | 'mm'
  | 'kg'
  | 'date'
  | 'boolean'
  | 'choice'
  | 'adrClass'
  | 'unNumber'
  | 'licenceScheme'
  | 'licenceCategory';

export interface TemplateField<Id extends string = string, K extends FieldKind = FieldKind> {
  id: Id;
  kind: K;
  /** For `choice` fields: the enumeration read from labels. */
  choice?: ChoiceSetName;
  required: boolean;
  /** Headers beyond the catalogue labels (`import.column.<entity>.<id>` in French and English). */
  synonyms: readonly string[];
  /** Written by exports for people to read (e.g. the name next to a matricule), ignored on import. */
  informative?: boolean;
}

export interface EntityTemplate<F extends readonly TemplateField[] = readonly TemplateField[]> {
  entity: TemplateEntity;
  fields: F;
  /** Sheet names that hold this entity in a workbook (the catalogue's `import.sheet.<entity>` is added). */
  sheetSynonyms: readonly string[];
}

interface KindValues {
  code: string;
  text: string;
  number: number;
  integer: number;
  mm: number;
  kg: number;
  date: string;
  boolean: boolean;
  adrClass: string;
  unNumber: string;
  licenceScheme: string;
  licenceCategory: string;
}

export type FieldValue<F> = F extends { kind: 'choice'; choice: infer S extends ChoiceSetName }
  ? ChoiceValue<S>
  : F extends { kind: infer K extends keyof KindValues }
    ? KindValues[K]
    : never;

/** One parsed row: `undefined` when the file has no such column, `null` when the cell is blank. */
export type ParsedRow<T extends EntityTemplate> = {
  [F in T['fields'][number] as F['id']]?: FieldValue<F> | null;
};

export function defineTemplate<const F extends readonly TemplateField[]>(
  template: EntityTemplate<F>,
): EntityTemplate<F> {
  return template;
}

export function columnLabel(entity: TemplateEntity, fieldId: string, lang: Lang): string {
  return translate(lang, `import.column.${entity}.${fieldId}`);
}

export function sheetLabel(entity: TemplateEntity, lang: Lang): string {
  return translate(lang, `import.sheet.${entity}`);
}
