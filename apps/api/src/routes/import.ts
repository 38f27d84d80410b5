// Imports (multipart CSV/XLSX, all-or-nothing), saved column mappings, and XLSX exports of master data.
import { createRoute, z } from '@hono/zod-openapi';
import { exportEntity } from '@logipilot/app/export/export-entity';
import { importEntity } from '@logipilot/app/import/import-entity';
import { IMPORT_ENTITIES } from '@logipilot/app/import/import-types';
import { listMappings } from '@logipilot/app/import/save-mapping';
import type { ApiApp, RouteDeps } from '../http/deps.ts';
import { commonErrors, errorResponse, notFound } from '../http/schemas.ts';
import { requireSession } from '../http/session-cookie.ts';

const mappingsRoute = createRoute({
  method: 'get',
  path: '/api/import/mappings',
  tags: ['import'],
  summary: 'Saved column mappings (source header → field)',
  request: { query: z.strictObject({ entity: z.enum(IMPORT_ENTITIES).optional() }) },
  responses: {
    200: {
      description: 'The mappings',
      content: {
        'application/json': {
          schema: z.object({
            items: z.array(
              z.object({
                id: z.string(),
                name: z.string(),
                entity: z.string(),
                columns: z.record(z.string(), z.string()),
              }),
            ),
          }),
        },
      },
    },
    ...commonErrors,
  },
});

const uploadedFile = z
  .custom<File>((v) => v instanceof File, { message: 'FILE_REQUIRED' })
  .openapi({ type: 'string', format: 'binary' });

const importRoute = createRoute({
  method: 'post',
  path: '/api/import/{entity}',
  tags: ['import'],
  summary: 'Import a CSV or XLSX file; nothing is imported when one row is wrong',
  request: {
    params: z.strictObject({
      entity: z.enum(IMPORT_ENTITIES).openapi({ param: { name: 'entity', in: 'path' } }),
    }),
    body: {
      required: true,
      content: {
        'multipart/form-data': {
          schema: z.strictObject({
            file: uploadedFile,
            mapping: z.string().min(1).max(100).optional(),
            dryRun: z.enum(['true', 'false']).optional(),
          }),
        },
      },
    },
  },
  responses: {
    200: {
      description: 'Imported (or checked, with dryRun)',
      content: {
        'application/json': {
          schema: z.object({
            entity: z.string(),
            file: z.string(),
            imported: z.number(),
            dryRun: z.boolean(),
            warnings: z.array(
              z.object({
                code: z.string(),
                file: z.string(),
                sheet: z.string().nullable(),
                column: z.string().nullable(),
                params: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
              }),
            ),
          }),
        },
      },
    },
    ...commonErrors,
    422: errorResponse(
      'IMPORT_REJECTED: `errors` lists every faulty cell (file, row, column, value, code, message)',
    ),
  },
});

const exportRoute = createRoute({
  method: 'get',
  path: '/api/export/{entity}',
  tags: ['import'],
  summary: 'Download master data as an XLSX workbook',
  request: {
    params: z.strictObject({
      entity: z.enum(IMPORT_ENTITIES).openapi({ param: { name: 'entity', in: 'path' } }),
    }),
  },
  responses: {
    200: {
      description: 'The workbook (Content-Disposition: attachment)',
      content: {
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
          schema: z.string().openapi({ format: 'binary' }),
        },
      },
    },
    ...commonErrors,
    ...notFound,
  },
});

/** RFC 6266 filename: an ASCII fallback plus the UTF-8 original. */
function attachment(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

export function registerImportRoutes(app: ApiApp, deps: RouteDeps): void {
  app.openapi(mappingsRoute, async (c) => {
    const mappings = await listMappings(deps.ctx, requireSession(c).actor, c.req.valid('query').entity);
    return c.json({ items: mappings.map(({ siteId: _siteId, ...m }) => m) }, 200);
  });

  app.openapi(importRoute, async (c) => {
    const { actor } = requireSession(c);
    const { entity } = c.req.valid('param');
    const form = c.req.valid('form');
    const result = await importEntity(deps.ctx, actor, {
      entity,
      fileName: form.file.name,
      bytes: new Uint8Array(await form.file.arrayBuffer()),
      ...(form.mapping ? { mappingName: form.mapping } : {}),
      dryRun: form.dryRun === 'true',
    });
    return c.json(result, 200);
  });

  app.openapi(exportRoute, async (c) => {
    const { actor } = requireSession(c);
    const { fileName, bytes } = await exportEntity(
      deps.ctx,
      actor,
      c.req.valid('param').entity,
      c.get('lang'),
    );
    return c.body(bytes as never, 200, {
      'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'Content-Disposition': attachment(fileName),
    }) as never;
  });
}
