// Stable error codes for files that cannot be read as a table, always naming the file.
import { DomainError } from '@logipilot/domain';

export type TableErrorCode = 'FILE_UNREADABLE' | 'FILE_EMPTY' | 'FILE_NO_HEADER' | 'FILE_TYPE_UNSUPPORTED';

export function tableError(
  code: TableErrorCode,
  file: string,
  extra: Record<string, string | number | boolean | null> = {},
): DomainError {
  return new DomainError(code, { params: { file, ...extra } });
}
