// Shift requests (souhaits) that rosters weigh: list them over a period, record one (replacing the same person, day
// and shift), delete one. Never for client viewers; team leaders read them.
import { createRoute, z } from '@hono/zod-openapi';
import { assertMayReadRosters } from '@logipilot/app/roster/roster-policy';
import {
  addRosterRequest,
  addRosterRequestSchema,
  deleteRosterRequest,
  listRosterRequests,
} from '@logipilot/app/roster/roster-requests';
import { createMiddleware } from 'hono/factory';
import type { ApiApp, RouteDeps } from '../http/deps.ts';
import type { ApiEnv } from '../http/env.ts';
import { commonErrors, idParamsSchema, notFound } from '../http/schemas.ts';
import { requireSession } from '../http/session-cookie.ts';

/** Client viewers are refused before the body is read: requests name people, and validation answers would leak. */
const mayReadRosters = createMiddleware<ApiEnv>(async (c, next) => {
  assertMayReadRosters(requireSession(c).actor);
  await next();
});

const requestView = z
  .object({
    id: z.string(),
    employeeId: z.string(),
    day: z.string(),
    shift: z.string(),
    on: z.boolean(),
    weight: z.number(),
    note: z.string().nullable(),
    createdAt: z.string(),
    createdBy: z.string(),
  })
  .openapi('RosterRequest');

const json = <T extends z.ZodType>(description: string, schema: T) => ({
  description,
  content: { 'application/json': { schema } },
});

const listRoute = createRoute({
  method: 'get',
  path: '/api/roster-requests',
  tags: ['rosters'],
  summary: 'Shift requests by day, person and shift, inside an optional period (inclusive ISO dates)',
  middleware: [mayReadRosters] as const,
  request: {
    query: z.strictObject({
      from: z.string().optional().openapi({ example: '2026-11-02' }),
      to: z.string().optional().openapi({ example: '2026-11-08' }),
    }),
  },
  responses: {
    200: json('The requests', z.object({ items: z.array(requestView), total: z.number() })),
    ...commonErrors,
  },
});

const addRoute = createRoute({
  method: 'post',
  path: '/api/roster-requests',
  tags: ['rosters'],
  summary:
    'Record a request to work, or not to work, a shift on a day (replaces one for the same person, day, shift)',
  middleware: [mayReadRosters] as const,
  request: {
    body: {
      required: true,
      content: { 'application/json': { schema: addRosterRequestSchema.openapi('RosterRequestInput') } },
    },
  },
  responses: { 201: json('The request', requestView), ...commonErrors },
});

const deleteRoute = createRoute({
  method: 'delete',
  path: '/api/roster-requests/{id}',
  tags: ['rosters'],
  summary: 'Delete a shift request',
  middleware: [mayReadRosters] as const,
  request: { params: idParamsSchema },
  responses: { 204: { description: 'Deleted' }, ...commonErrors, ...notFound },
});

export function registerRosterRequestRoutes(app: ApiApp, deps: RouteDeps): void {
  const { ctx } = deps;
  app.openapi(listRoute, async (c) => {
    const items = await listRosterRequests(ctx, requireSession(c).actor, c.req.valid('query'));
    return c.json({ items, total: items.length }, 200);
  });
  app.openapi(addRoute, async (c) =>
    c.json(
      await addRosterRequest(ctx, requireSession(c).actor, c.req.valid('json'), { now: deps.clock() }),
      201,
    ),
  );
  app.openapi(deleteRoute, async (c) => {
    await deleteRosterRequest(ctx, requireSession(c).actor, c.req.valid('param').id, { now: deps.clock() });
    return c.body(null, 204);
  });
}
