// Imports (multipart CSV/XLSX, all-or-nothing), their preview, saved column mappings, and XLSX exports of master data.
import { createRoute, z } from '@hono/zod-openapi';
import { exportEntity } from '@logipilot/app/export/export-entity';
import { importEntity } from '@logipilot/app/import/import-entity';
import { IMPORT_ENTITIES } from '@logipilot/app/import/import-types';
import { previewImport } from '@logipilot/app/import/preview-import';
import { listMappings, saveMapping } from '@logipilot/app/import/save-mapping';
import { can, DomainError, type Permission } from '@logipilot/domain';
import { translate } from '@logipilot/i18n';
import { createMiddleware } from 'hono/factory';
import { attachment } from '../http/attachment.ts';
import type { ApiApp, RouteDeps } from '../http/deps.ts';
import type { ApiEnv } from '../http/env.ts';
import { commonErrors, errorResponse, notFound } from '../http/schemas.ts';
import { requireSession } from '../http/session-cookie.ts';

const mappingSchema = z.object({
  id: z.string(),
  name: z.string(),
  entity: z.string(),
  columns: z.record(z.string(), z.string()),
});

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
          schema: z.object({ items: z.array(mappingSchema) }),
        },
      },
    },
    ...commonErrors,
  },
});

/**
 * Refuses a role without the permission before the body is read, so that a client viewer learns nothing from
 * validation answers and an empty body is a 403, not a 400.
 */
const requirePermission = (permission: Permission) =>
  createMiddleware<ApiEnv>(async (c, next) => {
    const { actor } = requireSession(c);
    if (!can(actor.role, permission)) throw new DomainError('FORBIDDEN', { params: { permission } });
    await next();
  });

const saveMappingRoute = createRoute({
  method: 'post',
  path: '/api/import/mappings',
  tags: ['import'],
  summary: 'Save a column mapping under a name (one per source, e.g. per WMS export); same name replaces it',
  middleware: [requirePermission('import:run')] as const,
  request: {
    body: {
      required: true,
      content: {
        'application/json': {
          schema: z.strictObject({
            name: z.string().trim().min(1).max(100),
            entity: z.enum(IMPORT_ENTITIES),
            columns: z.record(z.string().max(200), z.string().max(100)),
          }),
        },
      },
    },
  },
  responses: {
    200: { description: 'The saved mapping', content: { 'application/json': { schema: mappingSchema } } },
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

const previewSheetSchema = z.object({
  name: z.string(),
  template: z.enum(IMPORT_ENTITIES).nullable(),
  headers: z.array(z.string()),
  sampleRows: z.array(z.array(z.string().nullable())),
  mapping: z.record(z.string(), z.string()),
  missingRequired: z.array(z.string()),
  unknownHeaders: z.array(z.string()),
});

const previewRoute = createRoute({
  method: 'post',
  path: '/api/import/{entity}/preview',
  tags: ['import'],
  summary: 'Read a file without importing it: its headers, first rows, and the mapping the import would use',
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
          }),
        },
      },
    },
  },
  responses: {
    200: {
      description: 'The preview (mapping: header → field id, "" when the column would be ignored)',
      content: {
        'application/json': {
          schema: z.object({
            entity: z.string(),
            file: z.string(),
            sheets: z.array(previewSheetSchema),
            fields: z.array(
              z.object({
                id: z.string(),
                required: z.boolean(),
                label: z.string(),
                labelKey: z.string(),
                template: z.enum(IMPORT_ENTITIES),
              }),
            ),
            mapping: z.record(z.string(), z.string()),
            missingRequired: z.array(z.string()),
            unknownHeaders: z.array(z.string()),
          }),
        },
      },
    },
    ...commonErrors,
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
    // A plain download link sends no X-Logipilot-Lang header: the web app names its language here.
    query: z.strictObject({
      lang: z.enum(['fr', 'en']).optional(),
      /** forecast-volumes only: the version to export (default: the newest). */
      version: z.string().min(1).max(64).optional(),
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
export function registerImportRoutes(app: ApiApp, deps: RouteDeps): void {
  app.openapi(mappingsRoute, async (c) => {
    const mappings = await listMappings(deps.ctx, requireSession(c).actor, c.req.valid('query').entity);
    return c.json({ items: mappings.map(({ siteId: _siteId, ...m }) => m) }, 200);
  });

  // Before the import route: its {entity} would otherwise claim "mappings".
  app.openapi(saveMappingRoute, async (c) => {
    const { siteId: _siteId, ...mapping } = await saveMapping(
      deps.ctx,
      requireSession(c).actor,
      c.req.valid('json'),
    );
    return c.json(mapping, 200);
  });

  app.openapi(previewRoute, async (c) => {
    const { entity } = c.req.valid('param');
    const form = c.req.valid('form');
    const preview = await previewImport(deps.ctx, requireSession(c).actor, {
      entity,
      fileName: form.file.name,
      bytes: new Uint8Array(await form.file.arrayBuffer()),
      ...(form.mapping ? { mappingName: form.mapping } : {}),
    });
    const lang = c.get('lang');
    return c.json(
      { ...preview, fields: preview.fields.map((f) => ({ ...f, label: translate(lang, f.labelKey) })) },
      200,
    );
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
    const query = c.req.valid('query');
    const { fileName, bytes } = await exportEntity(
      deps.ctx,
      actor,
      c.req.valid('param').entity,
      query.lang ?? c.get('lang'),
      query.version === undefined ? {} : { version: query.version },
    );
    return c.body(bytes as never, 200, {
      'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'Content-Disposition': attachment(fileName),
    }) as never;
  });
}
