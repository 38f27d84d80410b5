// GET /api/health: liveness, version and which store backs this process (no authentication).
import { createRoute, z } from '@hono/zod-openapi';
import pkg from '../../package.json' with { type: 'json' };
import type { ApiApp, RouteDeps } from '../http/deps.ts';

const health = createRoute({
  method: 'get',
  path: '/api/health',
  tags: ['system'],
  summary: 'Liveness and store kind',
  responses: {
    200: {
      description: 'The server is up',
      content: {
        'application/json': {
          schema: z.object({
            status: z.literal('ok'),
            version: z.string(),
            store: z.enum(['pglite', 'postgres']),
          }),
        },
      },
    },
  },
});

export function registerHealthRoutes(app: ApiApp, { ctx }: RouteDeps): void {
  app.openapi(health, (c) =>
    c.json({ status: 'ok' as const, version: pkg.version, store: ctx.db.kind }, 200),
  );
}
