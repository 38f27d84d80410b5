// GET /api/audit: who changed what, with before and after (admin and site manager).
import { createRoute, z } from '@hono/zod-openapi';
import { listAudit } from '@logipilot/app/audit/list-audit';
import type { ApiApp, RouteDeps } from '../http/deps.ts';
import { auditQuerySchema, commonErrors } from '../http/schemas.ts';
import { requireSession } from '../http/session-cookie.ts';

const auditItem = z
  .object({
    id: z.string(),
    at: z.string(),
    userId: z.string().nullable(),
    username: z.string(),
    action: z.enum(['create', 'update', 'delete', 'import', 'restore', 'seed']),
    entity: z.string(),
    entityId: z.string().nullable(),
    before: z.unknown(),
    after: z.unknown(),
  })
  .openapi('AuditEntry');

const auditRoute = createRoute({
  method: 'get',
  path: '/api/audit',
  tags: ['audit'],
  summary: 'Audit log, newest first',
  request: { query: auditQuerySchema },
  responses: {
    200: {
      description: 'A page of entries',
      content: { 'application/json': { schema: z.object({ items: z.array(auditItem), total: z.number() }) } },
    },
    ...commonErrors,
  },
});

export function registerAuditRoutes(app: ApiApp, deps: RouteDeps): void {
  app.openapi(auditRoute, async (c) =>
    c.json(await listAudit(deps.ctx, requireSession(c).actor, c.req.valid('query')), 200),
  );
}
