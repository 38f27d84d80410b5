// Runs a zod schema and turns its issues into one VALIDATION_FAILED domain error carrying every failing field.
import { DomainError, zodErrorToDetails } from '@logipilot/domain';
import type { z } from 'zod';

export function validationError(error: z.ZodError): DomainError {
  const details = zodErrorToDetails(error);
  const first = details[0];
  return new DomainError('VALIDATION_FAILED', {
    ...(first?.field ? { field: first.field } : {}),
    details,
  });
}

export function parseOrThrow<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw validationError(result.error);
  return result.data;
}
