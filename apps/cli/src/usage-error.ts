// Bad usage (unknown flag, missing argument, invalid value): a domain error the runner turns into exit code 2.
import { DomainError, type ErrorDetail } from '@logipilot/domain';

export class UsageError extends DomainError {
  /** The command whose usage line the human-readable output recalls; null for the global usage. */
  readonly command: string | null;

  constructor(code: string, params: ErrorDetail['params'], command: string | null, field?: string) {
    super(code, { params: params ?? {}, ...(field ? { field } : {}) });
    this.name = 'UsageError';
    this.command = command;
  }
}

export function isUsageError(e: unknown): e is UsageError {
  return e instanceof UsageError;
}
