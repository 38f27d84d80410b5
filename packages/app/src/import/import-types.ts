// The shapes an import takes and gives back: input, progress, row errors and warnings.
import type { TemplateEntity } from '@logipilot/documents';

/** What a file can be imported as; `employees` also takes a qualifications sheet from the same workbook. */
export const IMPORT_ENTITIES = [
  'skus',
  'locations',
  'employees',
  'qualifications',
  'absences',
  'forecast-volumes',
] as const;
export type ImportEntity = (typeof IMPORT_ENTITIES)[number] & TemplateEntity;

export function isImportEntity(value: string): value is ImportEntity {
  return (IMPORT_ENTITIES as readonly string[]).includes(value);
}

export interface ImportInput {
  entity: string;
  fileName: string;
  bytes: Uint8Array;
  /** A saved column mapping (one per WMS export, say) that overrides the built-in header synonyms. */
  mappingName?: string;
  /** Validate everything, write nothing. */
  dryRun?: boolean;
}

export type ImportPhase = 'read' | 'validate' | 'write';

export interface ImportProgress {
  phase: ImportPhase;
  done: number;
  total: number;
}

export type ErrorParams = Record<string, string | number | boolean | null>;

/** One problem in the file; `params` repeats file, sheet, row, column and value for the sentence. */
export interface ImportErrorDetail {
  file: string;
  sheet: string | null;
  /** Row as Excel shows it (header = 1); null for a problem of the whole file. */
  row: number | null;
  /** The header as written in the file, when the problem is in one column. */
  column: string | null;
  /** Template field (e.g. `weightKg`), when known. */
  field?: string;
  /** The cell as typed. */
  value: string | null;
  code: string;
  params: ErrorParams;
}

export interface ImportWarning {
  code: string;
  file: string;
  sheet: string | null;
  column: string | null;
  params: ErrorParams;
}

export interface ImportResult {
  entity: ImportEntity;
  file: string;
  /** Rows written (or that would be, on a dry run). */
  imported: number;
  dryRun: boolean;
  warnings: ImportWarning[];
}
