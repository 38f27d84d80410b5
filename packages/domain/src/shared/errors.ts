// Domain errors: stable codes with structured params; sentences come from the i18n catalogues, never from here.
export interface ErrorDetail {
  code: string;
  field?: string;
  params?: Record<string, string | number | boolean | null>;
}

export class DomainError extends Error {
  readonly code: string;
  readonly field: string | undefined;
  readonly params: Record<string, string | number | boolean | null>;
  readonly details: ErrorDetail[];

  constructor(
    code: string,
    options: { field?: string; params?: ErrorDetail['params']; details?: ErrorDetail[] } = {},
  ) {
    super(code);
    this.name = 'DomainError';
    this.code = code;
    this.field = options.field;
    this.params = options.params ?? {};
    this.details = options.details ?? [];
  }
}

export function isDomainError(e: unknown): e is DomainError {
  return e instanceof DomainError;
}
