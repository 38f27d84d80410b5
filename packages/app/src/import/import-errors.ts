// Collects every error of a file (up to a cap, counting the rest) and turns them into one IMPORT_REJECTED error.
import { DomainError } from '@logipilot/domain';
import type { ErrorParams, ImportErrorDetail, ImportWarning } from './import-types.ts';

/** Enough for anyone to see the pattern; past it only the count grows (and memory stays flat on a 1M-row file). */
export const MAX_REPORTED_ERRORS = 1_000;

export interface ErrorAt {
  sheet: string | null;
  row: number | null;
  column: string | null;
  field?: string | undefined;
  value: string | null;
  code: string;
  params?: ErrorParams;
}

export class ImportReport {
  readonly errors: ImportErrorDetail[] = [];
  readonly warnings: ImportWarning[] = [];
  errorCount = 0;

  constructor(
    readonly file: string,
    private readonly cap = MAX_REPORTED_ERRORS,
  ) {}

  error(at: ErrorAt): void {
    this.errorCount += 1;
    if (this.errors.length >= this.cap) return;
    const { sheet, row, column, field, value, code } = at;
    this.errors.push({
      file: this.file,
      sheet,
      row,
      column,
      ...(field === undefined ? {} : { field }),
      value,
      code,
      params: {
        file: this.file,
        sheet,
        row,
        column,
        value,
        ...(field === undefined ? {} : { field }),
        ...at.params,
      },
    });
  }

  warn(code: string, sheet: string | null, column: string | null, params: ErrorParams = {}): void {
    this.warnings.push({
      code,
      file: this.file,
      sheet,
      column,
      params: { file: this.file, sheet, column, ...params },
    });
  }

  /** All-or-nothing: one error anywhere rejects the whole file before anything is written. */
  throwIfAny(): void {
    if (this.errorCount === 0) return;
    throw new DomainError('IMPORT_REJECTED', {
      params: {
        file: this.file,
        errorCount: this.errorCount,
        shown: this.errors.length,
        omitted: this.errorCount - this.errors.length,
      },
      details: this.errors,
    });
  }
}
