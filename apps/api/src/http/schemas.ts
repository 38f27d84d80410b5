// OpenAPI schemas shared by the route modules: error bodies, the public user, list queries, path ids.
import { z } from '@hono/zod-openapi';

export const errorJsonSchema = z
  .object({
    code: z.string().openapi({ example: 'NOT_FOUND' }),
    field: z.string().nullable(),
    message: z.string(),
    params: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
  })
  .openapi('ErrorDetail');

export const errorBodySchema = z
  .object({
    error: errorJsonSchema.extend({ details: z.array(errorJsonSchema).optional() }),
    errors: z
      .array(
        z.object({
          file: z.string().nullable(),
          row: z.number().nullable(),
          column: z.string().nullable(),
          value: z.string().nullable(),
          code: z.string(),
          message: z.string(),
        }),
      )
      .optional(),
  })
  .openapi('Error');

const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: errorBodySchema } },
});

/** The error answers every authenticated route may give. */
export const commonErrors = {
  400: errorResponse('Invalid request (malformed JSON, wrong type, unknown field)'),
  401: errorResponse('Not signed in'),
  403: errorResponse('Not allowed for this role'),
} as const;

export const notFound = { 404: errorResponse('Not found') } as const;
export const conflict = {
  409: errorResponse('Natural key already used, or the item is still referenced'),
} as const;
export { errorResponse };

export const publicUserSchema = z
  .object({
    id: z.string(),
    username: z.string(),
    displayName: z.string(),
    role: z.enum(['admin', 'site_manager', 'methods_technician', 'team_leader', 'client_viewer']),
    clientId: z.string().nullable(),
    locale: z.enum(['fr', 'en']),
  })
  .openapi('User');

export const idParamsSchema = z.strictObject({
  id: z
    .string()
    .min(1)
    .max(64)
    .openapi({ param: { name: 'id', in: 'path' } }),
});

const intParam = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

export const listQuerySchema = z.strictObject({
  q: z.string().max(200).optional(),
  sort: z.string().max(64).optional(),
  order: z.enum(['asc', 'desc']).optional(),
  limit: intParam(1, 1000).optional(),
  offset: intParam(0, 10_000_000).optional(),
  clientId: z.string().min(1).max(64).optional(),
});

export const auditQuerySchema = z.strictObject({
  entity: z.string().max(64).optional(),
  limit: intParam(1, 1000).optional(),
  offset: intParam(0, 10_000_000).optional(),
});
