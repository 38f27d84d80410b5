// Error codes of the operational store and the translation of driver errors (pg, PGlite) into them.
import { DomainError } from '@logipilot/domain';

/** Every code this package throws; i18n carries one `errors.<CODE>` sentence for each (errors-db.json). */
export const DB_ERROR_CODES = [
  'DB_UNAVAILABLE',
  'DB_CONFLICT',
  'DB_INVALID_VALUE',
  'DB_MIGRATION_FAILED',
  'DB_SCHEMA_TOO_NEW',
  'DB_INVALID_SCHEMA_NAME',
  'DATA_DIR_IN_USE',
  'ENTITY_NOT_FOUND',
  'ENTITY_IN_USE',
  'REFERENCE_NOT_FOUND',
] as const;
export type DbErrorCode = (typeof DB_ERROR_CODES)[number];

/** What the failing statement was doing: a foreign-key error means "in use" on delete, "missing" on write. */
export type DbOperation = 'read' | 'write' | 'delete';

interface DriverError {
  code?: unknown;
  constraint?: unknown;
  message?: unknown;
}

const CONNECTION_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'ETIMEDOUT',
  'EPIPE',
  '57P01',
  '57P03',
]);

/** Turns a pg/PGlite error into a DomainError with a stable code; anything unknown is returned unchanged. */
export function translateDbError(error: unknown, entity: string, operation: DbOperation): unknown {
  if (error instanceof DomainError || typeof error !== 'object' || error === null) return error;
  const { code, constraint, message } = error as DriverError;
  if (typeof code !== 'string') return error;
  const params = { entity, constraint: typeof constraint === 'string' ? constraint : null };
  if (code === '23505') return new DomainError('DB_CONFLICT', { params });
  if (code === '23503')
    return new DomainError(operation === 'delete' ? 'ENTITY_IN_USE' : 'REFERENCE_NOT_FOUND', { params });
  if (code === '23502' || code === '23514' || code.startsWith('22'))
    return new DomainError('DB_INVALID_VALUE', {
      params: { entity, reason: typeof message === 'string' ? message : code },
    });
  if (CONNECTION_CODES.has(code) || code.startsWith('08'))
    return new DomainError('DB_UNAVAILABLE', { params: { reason: code } });
  return error;
}
