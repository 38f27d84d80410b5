// The site overview (counts, zones, hazard cells, staff qualifications) and the 2D plan.
import { createRoute, z } from '@hono/zod-openapi';
import { siteOverview } from '@logipilot/app/overview/site-overview';
import { sitePlan } from '@logipilot/app/overview/site-plan';
import type { ApiApp, RouteDeps } from '../http/deps.ts';
import { commonErrors, notFound } from '../http/schemas.ts';
import { requireSession } from '../http/session-cookie.ts';

const temperatureClass = z.enum(['ambient', 'positive_cold', 'negative_cold']);
const qualificationRef = z.object({
  kind: z.string(),
  scheme: z.string().nullable(),
  category: z.string().nullable(),
});

const overviewSchema = z
  .object({
    site: z.object({
      id: z.string(),
      code: z.string(),
      name: z.string(),
      timeZone: z.string(),
      region: z.string(),
    }),
    counts: z.object({
      buildings: z.number(),
      zones: z.number(),
      locations: z.number(),
      skus: z.number(),
      employees: z.number(),
      clients: z.number(),
      docks: z.number(),
    }),
    zones: z.array(
      z.object({
        id: z.string(),
        code: z.string(),
        name: z.string(),
        buildingId: z.string(),
        temperatureClass,
        locationCount: z.number(),
        occupiedCount: z.number(),
        capacityPallets: z.number(),
        areaM2: z.number(),
      }),
    ),
    hazardCells: z.array(
      z.object({
        id: z.string(),
        code: z.string(),
        name: z.string(),
        zoneId: z.string(),
        rubrics: z.array(z.object({ rubric: z.string(), ceiling: z.number(), unit: z.string() })),
      }),
    ),
    staff: z
      .object({
        byQualification: z.array(
          z.object({
            key: z.string(),
            scheme: z.string().nullable(),
            category: z.string().nullable(),
            count: z.number(),
          }),
        ),
        expiring: z.array(
          z.object({
            employeeId: z.string(),
            employeeName: z.string(),
            qualification: qualificationRef,
            expiresOn: z.string(),
            daysLeft: z.number(),
          }),
        ),
      })
      .optional()
      .openapi({
        description: 'Omitted for client viewers; medical fitness only for roles with medical:read',
      }),
  })
  .openapi('SiteOverview');

const rect = {
  id: z.string(),
  code: z.string(),
  x: z.number(),
  y: z.number(),
  width: z.number(),
  depth: z.number(),
};
const planSchema = z
  .object({
    bounds: z.object({ minX: z.number(), minY: z.number(), maxX: z.number(), maxY: z.number() }),
    zones: z.array(z.object({ ...rect, temperatureClass })),
    aisles: z.array(z.object({ ...rect, zoneId: z.string() })),
    locations: z.array(z.object({ ...rect, zoneId: z.string(), occupied: z.boolean() })),
  })
  .openapi('SitePlan');

const overviewRoute = createRoute({
  method: 'get',
  path: '/api/site/overview',
  tags: ['site'],
  summary: 'Site overview: counts, zones, hazard cells, staff qualifications (expiring within 60 days)',
  responses: {
    200: { description: 'The overview', content: { 'application/json': { schema: overviewSchema } } },
    ...commonErrors,
  },
});

const planRoute = createRoute({
  method: 'get',
  path: '/api/site/plan',
  tags: ['site'],
  summary: '2D plan in metres, optionally of one zone',
  request: { query: z.strictObject({ zoneId: z.string().min(1).max(64).optional() }) },
  responses: {
    200: { description: 'The plan', content: { 'application/json': { schema: planSchema } } },
    ...commonErrors,
    ...notFound,
  },
});

export function registerSiteRoutes(app: ApiApp, deps: RouteDeps): void {
  app.openapi(overviewRoute, async (c) =>
    c.json(await siteOverview(deps.ctx, requireSession(c).actor, deps.clock()), 200),
  );
  app.openapi(planRoute, async (c) =>
    c.json(await sitePlan(deps.ctx, requireSession(c).actor, c.req.valid('query').zoneId), 200),
  );
}
